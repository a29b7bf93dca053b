"""Peak memory of ``check`` on corpora of growing size, checked story by story, with the
JSON report written to a file as ``check --json`` writes it.

    .venv/bin/python benchmarks/large_corpus.py --megabytes 2.5 20 200

Each size is a corpus from ``benchmarks/corpus.py`` (stories told by 5 outlets), checked
in its own process; peak memory is that process's maximum resident set size (``wait4``'s
ru_maxrss). The sentences are embedded by the tests' bag-of-words embedder: the real model
embeds about 200 sentences a second on two cores, so a 200 MB corpus (1.6 million
sentences) would take hours, and the model adds the same few hundred MB at any size
(``--real-model`` uses it; see ``benchmarks/story_memory.py`` for the model's figures).
Everything else (reading, splitting, grouping stories, aligning, comparing, ranking on
disk, writing the report) is the product's own code.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate_corpus  # noqa: E402

#: Sentences the generator writes per MB of text.
SENTENCES_PER_MB = 8000

RUN = """
import collections, json, sys, time
sys.path.insert(0, sys.argv[4])
from consistency.loaders import ReadOptions
from consistency.output import write_atomic
from consistency.pipeline import CheckSettings, check_paths
from consistency.report import report_json_pieces
embedder = None
if sys.argv[3] == "bag-of-words":
    from tests.conftest import FakeEmbedder
    embedder = FakeEmbedder()
started = time.perf_counter()
report = check_paths(
    [sys.argv[1]], CheckSettings(cache_dir=None, story_by_story_from_bytes=0), embedder=embedder,
    read_options=ReadOptions(max_documents=10**7, max_bytes=10**11),
)
checked = time.perf_counter() - started
write_atomic(sys.argv[2], report_json_pieces(report))
stories = collections.Counter(summary.story for summary in report.documents)
print(json.dumps({
    "documents": len(report.documents), "sentences": report.n_sentences, "stories": len(stories),
    "largest_story": max(stories.values()), "discrepancies": len(report.discrepancies), "check_s": checked,
}))
"""


def measure(corpus: Path, output: Path, embedder: str) -> tuple[float, float, dict]:
    import json

    started = time.perf_counter()
    repository = str(Path(__file__).resolve().parent.parent)
    process = subprocess.Popen(
        [sys.executable, "-c", RUN, str(corpus), str(output), embedder, repository], stdout=subprocess.PIPE, text=True
    )
    _, status, usage = os.wait4(process.pid, 0)
    printed = process.stdout.read().strip()
    if status:
        raise SystemExit(f"the check of {corpus} failed with status {status}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024, json.loads(printed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, nargs="+", default=[2.5, 20])
    parser.add_argument("--real-model", action="store_true", help="Embed with the bundled model (slow).")
    parser.add_argument("--folder", type=Path, help="Keep the corpora here (reused when present) instead of a temporary folder.")
    args = parser.parse_args()
    embedder = "model" if args.real_model else "bag-of-words"
    print("| input | documents | sentences | stories (largest) | discrepancies | JSON report | time | peak RSS |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        base = args.folder or Path(scratch)
        for megabytes in args.megabytes:
            corpus = base / f"corpus-{megabytes:g}MB"
            if not corpus.exists():
                generate_corpus(corpus, int(megabytes * SENTENCES_PER_MB))
            size = sum(f.stat().st_size for f in corpus.rglob("*") if f.is_file()) / 1e6
            output = Path(scratch) / "report.json"
            seconds, peak, found = measure(corpus, output, embedder)
            print(
                f"| {size:.1f} MB | {found['documents']:,} | {found['sentences']:,} | {found['stories']:,} "
                f"({found['largest_story']}) | {found['discrepancies']:,} | {output.stat().st_size / 1e6:.0f} MB "
                f"| {seconds:.0f} s | {peak:.0f} MB |",
                flush=True,
            )


if __name__ == "__main__":
    main()
