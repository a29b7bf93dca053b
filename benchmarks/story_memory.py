"""Peak memory of ``check`` on the whole corpus at once against one story at a time.

    .venv/bin/python benchmarks/story_memory.py --sentences 5000 20000

For each size a generated corpus (``benchmarks/corpus.py``: stories told by 5 outlets) is
embedded once into a cache; then each way of checking runs in its own process on that warm
cache, so the figures compare what is held for alignment and comparison, not the model's
work. Peak memory is the process's maximum resident set size (``wait4``'s ru_maxrss).
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

RUN = """
import sys
from consistency.pipeline import CheckSettings, check_paths
threshold = 0 if sys.argv[3] == "by-story" else 10**15
report = check_paths([sys.argv[1]], CheckSettings(cache_dir=sys.argv[2], story_by_story_from_bytes=threshold))
print(len(report.discrepancies))
"""


def measure(corpus: Path, cache: Path, mode: str) -> tuple[float, float, str]:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", RUN, str(corpus), str(cache), mode], stdout=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    output = process.stdout.read().strip()
    if status:
        raise SystemExit(f"{mode} failed with status {status}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024, output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, nargs="+", default=[5000, 20000])
    args = parser.parse_args()
    print("| sentences | input | way | time (warm cache) | peak RSS | discrepancies |")
    print("|---|---|---|---|---|---|")
    for size in args.sentences:
        with tempfile.TemporaryDirectory() as folder:
            corpus, cache = Path(folder) / "corpus", Path(folder) / "cache"
            generate_corpus(corpus, size)
            megabytes = sum(f.stat().st_size for f in corpus.rglob("*") if f.is_file()) / 1e6
            measure(corpus, cache, "whole")  # embeds everything once
            counts = set()
            for mode in ("whole", "by-story"):
                seconds, peak, found = measure(corpus, cache, mode)
                counts.add(found)
                print(f"| {size:,} | {megabytes:.1f} MB | {mode} | {seconds:.1f} s | {peak:.0f} MB | {found} |", flush=True)
            if len(counts) != 1:
                raise SystemExit(f"the two ways found different numbers of discrepancies: {sorted(counts)}")


if __name__ == "__main__":
    main()
