"""Story grouping against real rumour folders: are documents about one event one story?

    .venv/bin/python benchmarks/story_grouping.py [--folders N] [--threshold 0.64] [--findings]

Reads ../shared/real-news/emergent/ (one folder per rumour claim, 1,777 articles about 194
claims), splits and embeds the sentences as ``check`` does (through the embedding cache in
the default folder, so a second run does not embed again), groups the documents into
stories exactly as the pipeline does (``group_stories`` on the document centroids and
their proper names) and scores the stories against the claim folders:

- B-cubed precision, recall and F1 (per document: the share of its story that tells its
  claim, and the share of its claim that is in its story; averaged over documents);
- the number of stories and the largest one;
- the share of document pairs within stories that pair documents of different claims,
  which is what alignment would compare across claims.

With ``--findings`` every story of two or more documents is also aligned and compared as
``check`` does (comparators' own scores), and the findings that pair documents of two
claims are counted: the figure the issue measured (16,579 of 44,825 findings).

Time and peak memory (ru_maxrss) are printed for reading, embedding and grouping.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REPO = Path(__file__).resolve().parent.parent
EMERGENT = REPO.parent / "shared" / "real-news" / "emergent"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bcubed(stories: list[int], claims: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``stories`` against the gold ``claims``."""
    together = Counter(zip(stories, claims))
    story_size, claim_size = Counter(stories), Counter(claims)
    n = len(stories)
    precision = sum(together[(s, c)] / story_size[s] for s, c in zip(stories, claims)) / n
    recall = sum(together[(s, c)] / claim_size[c] for s, c in zip(stories, claims)) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def cross_claim_pairs(stories: list[int], claims: list[str]) -> tuple[int, int]:
    """(document pairs within stories that cross claims, all document pairs within stories)."""
    together = Counter(zip(stories, claims))
    story_size = Counter(stories)
    total = sum(size * (size - 1) // 2 for size in story_size.values())
    same = sum(size * (size - 1) // 2 for size in together.values())
    return total - same, total


def claim_folders(root: Path, limit: int | None, chosen: list[str] | None = None) -> list[Path]:
    folders = sorted(p for p in root.iterdir() if p.is_dir())
    if chosen:
        folders = [root / name for name in chosen]
    return folders[:limit] if limit else folders


def load(root: Path, folders: list[Path], embedder, cache):
    """Documents, each one's claim folder, sentences per document and all their vectors."""
    from consistency.language import is_compared
    from consistency.loaders import read_corpus
    from consistency.sentences import split_sentences

    started = time.perf_counter()
    # Folders of labelled stories reuse outlet names as file names; read from their parent
    # they get ids "story/outlet". emergent/ has manifests beside its folders: read each.
    whole = all(p.is_dir() for p in root.iterdir()) and len(folders) == sum(1 for p in root.iterdir())
    corpus = read_corpus([str(root)] if whole else [str(folder) for folder in folders], cache=cache)
    documents = list(corpus.documents)
    claims = [Path(document.path).resolve().parent.name for document in documents]
    sentences_by_document = {
        d.id: split_sentences(d, cache) if is_compared(d.language) else [] for d in documents
    }
    sentences = [s for d in documents for s in sentences_by_document[d.id]]
    read_seconds = time.perf_counter() - started
    started = time.perf_counter()
    vectors = embedder.embed([s.text for s in sentences], cache=cache)
    embed_seconds = time.perf_counter() - started
    print(
        f"read {len(documents):,} documents of {len(set(claims))} claims, {len(sentences):,} sentences in "
        f"{read_seconds:.1f} s; embedded in {embed_seconds:.1f} s ({len(sentences) / max(embed_seconds, 1e-9):,.0f} "
        f"sentences/s); peak {peak_mb():.0f} MB",
        flush=True,
    )
    return documents, claims, sentences_by_document, sentences, vectors


def group(documents, sentences_by_document, sentences, vectors, threshold: float, embedder) -> list[int]:
    """Stories exactly as ``find_candidates`` groups them."""
    from consistency.alignment import document_centroids, group_stories, proper_names

    doc_ids = [d.id for d in documents]
    names = [proper_names(sentences_by_document[doc_id]) for doc_id in doc_ids]
    return group_stories(document_centroids(doc_ids, sentences, vectors), threshold, names,
                         shared_names=embedder.story_shared_names, linkage=embedder.story_linkage)


def score(stories: list[int], claims: list[str], label: str = "") -> dict:
    precision, recall, f1 = bcubed(stories, claims)
    crossing, total = cross_claim_pairs(stories, claims)
    sizes = Counter(stories)
    largest_story, largest = sizes.most_common(1)[0]
    claims_in_largest = len({c for s, c in zip(stories, claims) if s == largest_story})
    mixed = sum(1 for s in sizes if len({c for t, c in zip(stories, claims) if t == s}) > 1)
    print(
        f"{label}B-cubed precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}; {len(sizes)} stories "
        f"({len(set(claims))} claims), largest {largest} documents of {claims_in_largest} claims, "
        f"{mixed} stories mix claims; within-story document pairs across claims {crossing:,}/{total:,} "
        f"= {crossing / max(total, 1):.1%}",
        flush=True,
    )
    return {"precision": precision, "recall": recall, "f1": f1, "cross_share": crossing / max(total, 1), "largest": largest}


def findings_across_claims(documents, claims, sentences_by_document, sentences, vectors, stories) -> None:
    """Align and compare every story as ``check`` does; count findings across claims."""
    import numpy as np

    from consistency.alignment import AlignmentSettings, align_sentences
    from consistency.copies import find_copies
    from consistency.pipeline import compare_pairs, pairs_to_compare

    started = time.perf_counter()
    story_of = {d.id: s for d, s in zip(documents, stories)}
    claim_of = {d.id: c for d, c in zip(documents, claims)}
    row_of_document: dict[str, list[int]] = defaultdict(list)
    for row, sentence in enumerate(sentences):
        row_of_document[sentence.doc_id].append(row)
    members: dict[int, list] = defaultdict(list)
    for document, story in zip(documents, stories):
        members[story].append(document)
    found_total = found_across = 0
    from dataclasses import replace

    for story, story_documents in sorted(members.items()):
        if len(story_documents) < 2:
            continue
        rows = [row for d in story_documents for row in row_of_document[d.id]]
        story_sentences = [sentences[row] for row in rows]
        story_vectors = vectors[np.asarray(rows, dtype=np.int64)] if rows else vectors[:0]
        by_document = {d.id: sentences_by_document[d.id] for d in story_documents}
        copy_of = find_copies(story_documents, by_document, None, story_of)
        story_documents = [replace(d, copy_of=copy_of.get(d.id, "")) for d in story_documents]
        pairs = align_sentences(story_sentences, story_vectors, story_of, AlignmentSettings(), copy_of, None)
        by_id = {d.id: d for d in story_documents}
        for pair, _ in compare_pairs(pairs_to_compare(pairs, by_id), by_id):
            found_total += 1
            found_across += claim_of[pair.a.doc_id] != claim_of[pair.b.doc_id]
    print(
        f"findings {found_total:,}, across claims {found_across:,} = {found_across / max(found_total, 1):.1%} "
        f"(aligned and compared in {time.perf_counter() - started:.1f} s; peak {peak_mb():.0f} MB)",
        flush=True,
    )


def mixed_folders(documents, claims, by_document, sentences, vectors, embedder, threshold: float, count: int,
                  claims_per_folder: tuple[int, int], documents_per_claim: tuple[int, int], seed: int) -> None:
    """Folders drawn at random as a user might give them: each holds ``claims_per_folder``
    claims with ``documents_per_claim`` of their articles, and is grouped on its own, as
    ``check`` groups one folder. Scores pooled over the folders: B-cubed F1, the share of
    within-story pairs that cross claims, and how many one-claim parts are split."""
    import random

    import numpy as np

    rng = random.Random(seed)
    row_of_document: dict[str, list[int]] = defaultdict(list)
    for row, sentence in enumerate(sentences):
        row_of_document[sentence.doc_id].append(row)
    by_claim: dict[str, list[int]] = defaultdict(list)
    for position, claim in enumerate(claims):
        by_claim[claim].append(position)
    eligible = sorted(claim for claim, members in by_claim.items() if len(members) >= documents_per_claim[0])
    f1s, crossing, total, split_parts, parts = [], 0, 0, 0, 0
    for _ in range(count):
        chosen_claims = rng.sample(eligible, rng.randint(*claims_per_folder))
        positions = [p for claim in chosen_claims
                     for p in rng.sample(by_claim[claim], min(len(by_claim[claim]), rng.randint(*documents_per_claim)))]
        folder_documents = [documents[p] for p in positions]
        folder_claims = [claims[p] for p in positions]
        rows = [row for d in folder_documents for row in row_of_document[d.id]]
        folder_sentences = [sentences[row] for row in rows]
        folder_vectors = vectors[np.asarray(rows, dtype=np.int64)] if rows else vectors[:0]
        stories = group(folder_documents, by_document, folder_sentences, folder_vectors, threshold, embedder)
        f1s.extend([bcubed(stories, folder_claims)[2]] * len(stories))
        across, within = cross_claim_pairs(stories, folder_claims)
        crossing, total = crossing + across, total + within
        for claim in chosen_claims:
            parts += 1
            split_parts += len({s for s, c in zip(stories, folder_claims) if c == claim}) > 1
    print(
        f"{count} folders of {claims_per_folder[0]}-{claims_per_folder[1]} claims, {documents_per_claim[0]}-"
        f"{documents_per_claim[1]} articles each: B-cubed F1 {sum(f1s) / max(len(f1s), 1):.3f}; within-story pairs "
        f"across claims {crossing:,}/{total:,} = {crossing / max(total, 1):.1%}; claims split into several stories "
        f"{split_parts}/{parts}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=str(EMERGENT), help="folder of claim folders")
    parser.add_argument("--folders", type=int, default=None, help="only the first N claim folders")
    parser.add_argument("--only", nargs="*", help="only these claim folders")
    parser.add_argument("--threshold", type=float, nargs="*", default=None, help="[default: the model's own]")
    parser.add_argument("--model", default=None, help="sentence model, as check --model [default: all-MiniLM-L6-v2]")
    parser.add_argument("--findings", action="store_true", help="also align, compare and count findings across claims")
    parser.add_argument("--no-cache", action="store_true", help="embed afresh, without the embedding cache")
    parser.add_argument("--mixed", action="store_true",
                        help="also group random folders of 1, 2-3 and 8-25 claims, each on its own (seed 7)")
    args = parser.parse_args()
    root = Path(args.root)
    if not root.is_dir():
        raise SystemExit(f"{root} is missing")

    from consistency.cache import EmbeddingCache, default_cache_dir
    from consistency.embedding import load_embedder

    embedder = load_embedder(args.model)
    cache = None if args.no_cache else EmbeddingCache(default_cache_dir())
    try:
        documents, claims, by_document, sentences, vectors = load(root, claim_folders(root, args.folders, args.only), embedder, cache)
    finally:
        if cache is not None:
            cache.close()
    for threshold in args.threshold or [embedder.story_similarity]:
        before = peak_mb()
        started = time.perf_counter()
        stories = group(documents, by_document, sentences, vectors, threshold, embedder)
        seconds = time.perf_counter() - started
        print(f"threshold {threshold}: grouped in {seconds:.2f} s; peak {peak_mb():.0f} MB (before grouping {before:.0f} MB)")
        score(stories, claims, "  ")
        if args.findings:
            findings_across_claims(documents, claims, by_document, sentences, vectors, stories)
        if args.mixed:
            for folders, per_folder, per_claim in ((194, (1, 1), (2, 40)), (300, (2, 3), (2, 5)), (40, (8, 25), (2, 8))):
                mixed_folders(documents, claims, by_document, sentences, vectors, embedder, threshold, folders, per_folder,
                              per_claim, seed=7)


if __name__ == "__main__":
    main()
