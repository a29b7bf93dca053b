"""What the same-fact verifier adds to a check: time per 1,000 findings, beside the time the
comparators took to propose them in the same run (these machines are noisy).

    .venv/bin/python benchmarks/verifier_cost.py [--story ../shared/real-news/emergent/a-meteorite-landed-in-nicaragua]

Embeddings come from the cache when it holds them, as in a second run; the value windows
the verifier reads are embedded afresh (a cold window cache) and again from the cache.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consistency.cache import EmbeddingCache, default_cache_dir  # noqa: E402
from consistency.embedding import load_embedder  # noqa: E402
from consistency.loaders import read_corpus  # noqa: E402
from consistency.pipeline import CheckSettings, SilentProgress, compare_pairs, find_candidates, pairs_to_compare  # noqa: E402
from consistency.verifier import StoryContext, Verifier, verify_findings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--story", default=str(ROOT.parent / "shared" / "real-news" / "emergent" / "a-meteorite-landed-in-nicaragua"))
    args = parser.parse_args()
    embedder = load_embedder(None)
    settings = CheckSettings(cache_dir=str(default_cache_dir()))
    cache = EmbeddingCache(str(default_cache_dir()))
    corpus = read_corpus([args.story], cache=cache)
    candidates = find_candidates(corpus.documents, settings, embedder, SilentProgress(), None, cache)
    documents = {document.id: document for document in candidates.documents}
    compared = pairs_to_compare(candidates.pairs, documents)
    started = time.perf_counter()
    found = compare_pairs(compared, documents)
    comparing = time.perf_counter() - started
    verifier = Verifier.load()
    with tempfile.TemporaryDirectory() as folder:
        cold_cache = EmbeddingCache(folder)
        started = time.perf_counter()
        verify_findings(found, StoryContext.build(candidates.pairs, found, lambda texts: embedder.embed(texts, cache=cold_cache), candidates.story_of_document), verifier)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        verify_findings(found, StoryContext.build(candidates.pairs, found, lambda texts: embedder.embed(texts, cache=cold_cache), candidates.story_of_document), verifier)
        warm = time.perf_counter() - started
        cold_cache.close()
    cache.close()
    per_thousand = 1000 / max(1, len(found))
    print(f"{len(corpus.documents)} documents, {len(compared)} pairs compared, {len(found)} findings")
    print(f"comparators: {comparing:.2f} s ({comparing * per_thousand:.2f} s per 1,000 findings)")
    print(f"verifier, windows embedded afresh: {cold:.2f} s ({cold * per_thousand:.2f} s per 1,000 findings) = {cold / comparing:.1f} x the comparators")
    print(f"verifier, windows from the cache: {warm:.2f} s ({warm * per_thousand:.2f} s per 1,000 findings) = {warm / comparing:.1f} x the comparators")


if __name__ == "__main__":
    main()
