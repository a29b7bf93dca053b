"""Time and peak memory of the tool on inputs too big for the test suite.

    .venv/bin/python benchmarks/bad_input_memory.py            # all three measurements
    .venv/bin/python benchmarks/bad_input_memory.py --corpus-mb 200 --read-mb 5 10 20

1. A corpus of ``--corpus-mb`` MB (200 by default) given to ``consistency check`` with the
   default limits: it is refused on file sizes alone, before any file is read.
2. ``consistency inspect`` (read, clean, split; no model) on corpora of ``--read-mb`` MB,
   to show how its memory grows with the input: the documents are held in memory, which
   ``--max-bytes`` bounds.
3. A 20 MB file without a line break through ``consistency inspect``.

Each command runs in its own process; peak memory is that process's maximum resident set
size (``wait4``'s ru_maxrss). Corpora are written to a temporary folder and removed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CONSISTENCY = [sys.executable, "-c", "from consistency.cli import main; main()"]

SENTENCES = [
    "A fire broke out on the {n}th floor of Kestrel Tower on Tuesday morning, officials said.",
    "The alarm was raised at 9:{m:02d} a.m. by a security guard who saw smoke in a stairwell.",
    "About {k} people were evacuated and {d} were taken to hospital with minor injuries.",
    "Firefighters from {s} stations brought the blaze under control within two hours.",
    "The building's owner said the sprinkler system had been inspected in March.",
    "Residents told reporters they had complained about faulty wiring for months.",
]


def article(rng: random.Random, number: int, size: int) -> str:
    lines = [f"---\nsource: Outlet {number % 40}\ntitle: Tower fire report {number}\n---"]
    length = 0
    while length < size:
        paragraph = " ".join(
            rng.choice(SENTENCES).format(n=rng.randint(2, 40), m=rng.randint(0, 59), k=rng.randint(10, 900), d=rng.randint(1, 30), s=rng.randint(2, 9))
            for _ in range(rng.randint(2, 5))
        )
        lines.append(paragraph)
        length += len(paragraph) + 1
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, megabytes: float, file_kb: int = 100) -> int:
    rng = random.Random(megabytes)
    folder.mkdir(parents=True)
    total, number = 0, 0
    while total < megabytes * 1_000_000:
        text = article(rng, number, file_kb * 1000)
        (folder / f"article-{number:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
        number += 1
    return total


def measure(arguments: list[str]) -> tuple[int, float, float, str]:
    """Exit code, seconds, peak resident memory in MB, last line of stderr."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [*CONSISTENCY, *arguments], cwd=REPO, stdout=subprocess.DEVNULL, stderr=errors,
            env={**os.environ, "XDG_CACHE_HOME": tempfile.mkdtemp()},
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        errors.seek(0)
        last = (errors.read().decode("utf-8", "replace").strip().splitlines() or [""])[-1]
    return os.waitstatus_to_exitcode(status), elapsed, usage.ru_maxrss / 1024, last


def report(label: str, result: tuple[int, float, float, str]) -> None:
    code, seconds, peak, last = result
    print(f"{label:<48} exit {code}  {seconds:7.1f} s  peak RSS {peak:7.0f} MB  {last[:110]}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus-mb", type=float, default=200)
    parser.add_argument("--read-mb", type=float, nargs="*", default=[5, 10, 20])
    parser.add_argument("--no-newline-mb", type=float, default=20)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        base = Path(temporary)
        total = write_corpus(base / "huge", options.corpus_mb)
        report(f"check, {total / 1e6:.0f} MB corpus, default limits", measure(["check", str(base / "huge"), "--quiet"]))
        for megabytes in options.read_mb:
            folder = base / f"read-{megabytes:g}"
            size = write_corpus(folder, megabytes)
            report(f"inspect, {size / 1e6:.0f} MB corpus", measure(["inspect", str(folder), "--format", "json"]))
        long = base / "no-newline.txt"
        words = "fire on the floor and crews at the tower while residents fled "
        long.write_text("---\nsource: Long\n---\n" + words * int(options.no_newline_mb * 1_000_000 // len(words)), encoding="utf-8")
        report(f"inspect, {long.stat().st_size / 1e6:.0f} MB without a line break", measure(["inspect", str(long), "--format", "json"]))


if __name__ == "__main__":
    main()
