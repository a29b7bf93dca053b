"""Throughput of `check` against raw `model.encode`, measured in one run.

Machines here are noisy, so every figure is reported next to a baseline from the same
run: raw sentence-transformers encode speed on the same sentences. Run: make bench.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

from consistency.embedding import load_embedder
from consistency.loaders import load_documents
from consistency.pipeline import check_documents
from consistency.sentences import split_sentences

REPO = Path(__file__).resolve().parent.parent


def best_of(repeats: int, run) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--corpus", default=str(REPO / "examples"))
    args = parser.parse_args()

    documents = load_documents([args.corpus])
    texts = [s.text for d in documents for s in split_sentences(d)]

    started = time.perf_counter()
    embedder = load_embedder(None)
    embedder.model  # load now, so the load is timed on its own
    load_seconds = time.perf_counter() - started

    model = embedder.model
    model.encode(texts, batch_size=64, show_progress_bar=False)  # warm-up
    encode = best_of(args.repeats, lambda: model.encode(texts, batch_size=64, show_progress_bar=False))
    check = best_of(args.repeats, lambda: check_documents(documents, embedder=embedder))

    raw_rate, check_rate = len(texts) / encode, len(texts) / check
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"corpus: {args.corpus} ({len(documents)} documents, {len(texts)} sentences), median of {args.repeats}")
    print(f"model load:              {load_seconds:8.2f} s (once per run)")
    print(f"raw model.encode:        {raw_rate:8.1f} sentences/s")
    print(f"check (model loaded):    {check_rate:8.1f} sentences/s  = {check_rate / raw_rate:.2f} x raw encode")


if __name__ == "__main__":
    main()
