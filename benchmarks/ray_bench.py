"""`check --engine ray` against the local engine, measured in the same run: `make bench-ray`.
Figures go to docs/scaling.md.

    .venv/bin/python benchmarks/ray_bench.py [--sentences 20000] [--workers 1 2] [--skip-grouping]

1. Wall time of `check` on a generated corpus (``benchmarks/corpus.py``: stories told by 5
   outlets) with the real model, each run in its own process with an empty cache: the
   local engine, then the ray engine with each number of workers (Ray started by the run,
   as a user's `check --engine ray` starts it). Each run's stages are timed too, and its
   JSON report must be the local engine's byte for byte. A second round with the cache
   warm shows the story checks without the embedding.
2. Ray's own costs: starting a local Ray, an empty task's round trip (one at a time, and
   many under way at once), an embedding actor's start with the model's first batch.
3. Grouping stories on the driver at growing numbers of documents (synthetic centroids),
   the one stage of the run that does not divide: its growth says where it stops.

Every time is also given as a ratio to the local engine's time from the same run: the
machines here are shared and noisy, ratios less so.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

RUN = r'''
import json, sys, time
from contextlib import contextmanager
from consistency.engine import EngineSettings, check_paths
from consistency.output import write_atomic
from consistency.pipeline import CheckSettings
from consistency.report import report_json_pieces

corpus, cache, output, engine, workers = sys.argv[1:6]
stages = {}

class Timing:
    @contextmanager
    def stage(self, name, total):
        started = time.perf_counter()
        yield lambda done: None
        stages[name] = stages.get(name, 0.0) + time.perf_counter() - started

started = time.perf_counter()
where = EngineSettings("ray", None, int(workers)) if engine == "ray" else EngineSettings()
report = check_paths([corpus], CheckSettings(cache_dir=cache), where, progress=Timing())
checked = time.perf_counter()
write_atomic(output, report_json_pieces(report))
print(json.dumps({"check": checked - started, "write": time.perf_counter() - checked, "stages": stages,
                  "documents": len(report.documents), "discrepancies": len(report.discrepancies),
                  "stories": len({summary.story for summary in report.documents}),
                  "largest": max(__import__("collections").Counter(s.story for s in report.documents).values())}))
'''

OVERHEAD = r'''
import json, logging, os, sys, time
started = time.perf_counter()
import ray
ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
figures = {"ray_start": time.perf_counter() - started}

@ray.remote(num_cpus=1)
def nothing():
    return None

ray.get([nothing.remote() for _ in range(4)])  # workers started and warm
rounds = 300
started = time.perf_counter()
for _ in range(rounds):
    ray.get(nothing.remote())
figures["round_trip"] = (time.perf_counter() - started) / rounds
many = 3000
started = time.perf_counter()
ray.get([nothing.remote() for _ in range(many)])
figures["per_task_many"] = (time.perf_counter() - started) / many

from consistency.embedding import load_embedder
from consistency.engine.ray_embedding import EmbedderRecipe, EmbeddingActors
embedder = load_embedder(None)
embedder.cache_identity  # the ONNX graph exported here, as the driver does before any actor starts
started = time.perf_counter()
actors = EmbeddingActors(ray, EmbedderRecipe.of(embedder), 1, embedder.cache_identity)
actors.start()
ray.get(actors.actors[0].embed_batches.remote([["A fire broke out on the 12th floor of Kestrel Tower on Tuesday."] * 64]))
figures["actor_start"] = time.perf_counter() - started
actors.close()
ray.shutdown()
print(json.dumps(figures))
'''

GROUPING = r'''
import json, sys, time
import numpy as np
from consistency.alignment import STORY_SIMILARITY, group_stories
n = int(sys.argv[1])
rng = np.random.default_rng(0)
# Stories of 5 documents: centroids near a story centre, a few names each, as the corpus has.
centres = rng.standard_normal((n // 5 + 1, 384)).astype(np.float32)
vectors = centres[np.arange(n) // 5] + 0.35 * rng.standard_normal((n, 384)).astype(np.float32)
vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
names = [frozenset({f"s{i // 5}a", f"s{i // 5}b", f"n{rng.integers(0, 5000)}"}) for i in range(n)]
started = time.perf_counter()
stories = group_stories(vectors, STORY_SIMILARITY, names)
print(json.dumps({"seconds": time.perf_counter() - started, "stories": len(set(stories))}))
'''


def python(code: str, *args: str, timeout: int = 3600) -> dict:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True, timeout=timeout)
    if result.returncode:
        raise SystemExit(f"failed ({result.returncode}):\n{result.stderr[-3000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["wall"] = time.perf_counter() - started
    return figures


def stages_line(stages: dict) -> str:
    return ", ".join(f"{name.lower()} {seconds:.1f} s" for name, seconds in stages.items())


def main() -> None:
    from benchmarks.corpus import generate_corpus

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip-grouping", action="store_true")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, Python {platform.python_version()}")

    with tempfile.TemporaryDirectory(prefix="ray-bench-") as folder:
        folder = Path(folder)
        sentences = generate_corpus(folder / "corpus", args.sentences)
        megabytes = sum(f.stat().st_size for f in (folder / "corpus").rglob("*") if f.is_file()) / 1e6
        print(f"corpus: {sentences:,} sentences, {megabytes:.1f} MB (benchmarks/corpus.py)")
        # The ONNX graph is exported once, before any timed run: no run pays for it.
        python(RUN, str(REPO / "examples"), str(folder / "warm-up"), str(folder / "warm-up.json"), "local", "0")

        runs = [("local", 0)] + [("ray", workers) for workers in args.workers]
        for round_name in ("empty cache", "warm cache"):
            print(f"\n{round_name}:")
            print("| engine | wall | ratio to local | check | report writing | stages |")
            print("|---|---|---|---|---|---|")
            baseline, reports = None, {}
            for engine, workers in runs:
                name = "local" if engine == "local" else f"ray, {workers} worker{'s' if workers > 1 else ''}"
                cache = folder / f"cache-{engine}-{workers}"
                output = folder / f"{engine}-{workers}-{round_name[:5]}.json"
                figures = python(RUN, str(folder / "corpus"), str(cache), str(output), engine, str(workers))
                baseline = baseline or figures["wall"]
                reports[name] = output.read_bytes()
                print(f"| {name} | {figures['wall']:.1f} s | {figures['wall'] / baseline:.2f} | {figures['check']:.1f} s | "
                      f"{figures['write']:.1f} s | {stages_line(figures['stages'])} |", flush=True)
            print(f"documents {figures['documents']:,}, stories {figures['stories']:,} (largest {figures['largest']}), "
                  f"discrepancies {figures['discrepancies']:,}")
            same = len(set(reports.values())) == 1
            print(f"JSON reports byte-identical across engines: {'yes' if same else 'NO'}")
            if not same:
                raise SystemExit("the engines' reports differ")

    overhead = python(OVERHEAD)
    print("\nRay's own costs:")
    print(f"- start a local Ray (2 CPUs): {overhead['ray_start']:.2f} s")
    print(f"- empty task round trip, one at a time: {overhead['round_trip'] * 1000:.2f} ms")
    print(f"- empty task, 3,000 under way at once: {overhead['per_task_many'] * 1000:.2f} ms each")
    print(f"- embedding actor start, model loaded, first batch of 64: {overhead['actor_start']:.2f} s")

    if not args.skip_grouping:
        print("\ngrouping stories on the driver (synthetic centroids, 384-d, stories of 5):")
        print("| documents | time | stories |")
        print("|---|---|---|")
        for n in (10_000, 40_000):
            figures = python(GROUPING, str(n))
            print(f"| {n:,} | {figures['seconds']:.1f} s | {figures['stories']:,} |", flush=True)


if __name__ == "__main__":
    main()
