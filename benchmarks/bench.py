"""Benchmarks, each speed next to a baseline measured in the same run (machines here are
noisy): `make bench`. Figures go to docs/benchmarks.md.

1. Throughput: raw `model.encode` against end-to-end `check` on a generated corpus of
   about 5,000 sentences (the model loaded once, no cache), and against the command a user
   runs first (default table to a pipe, empty cache, model load included); cold reading
   and splitting of the real articles beside the repository against the same encode rate;
   pairs compared per second by each comparator; the same on the templated corpus of
   benchmarks/templated_corpus.py (2,500 sentences that differ only in part and value).
2. Cache: the same `consistency check` command twice with one cache folder; the second
   run embeds nothing and never loads the model. Peak memory of `check` from the same run.
3. Alignment primitive (top-10 neighbours of every sentence) at 10^4, 10^5 (and 10^6 with
   --large) vectors: FAISS exact, FAISS HNSW and a blocked numpy all-pairs baseline, each
   in its own process for a clean peak memory. Vectors are synthetic, clustered like
   sentence embeddings (groups of about 40 near-paraphrases); HNSW recall is measured
   against exact search on 1,000 queries, over neighbours above the alignment floor.
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

ALIGN_SCRIPT = r'''
import json, resource, sys, time
import numpy as np
method, n, queries = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
k, d = 10, 384
rng = np.random.default_rng(0)
centers = rng.standard_normal((max(1, n // 40), d)).astype(np.float32)
centers /= np.linalg.norm(centers, axis=1, keepdims=True)
x = centers[rng.integers(0, len(centers), n)] * 0.75 + rng.standard_normal((n, d), dtype=np.float32) * (0.66 / np.sqrt(d))
x /= np.linalg.norm(x, axis=1, keepdims=True)
q = x[:queries]
def high_water_mb():
    # VmHWM starts afresh at exec, unlike ru_maxrss, which a child inherits from its parent.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
base = high_water_mb()
started = time.perf_counter()
if method == "numpy":
    ids = np.empty((len(q), k), dtype=np.int64)
    rows = max(16, 200_000_000 // n)  # a block of scores stays under about 1 GB
    for start in range(0, len(q), rows):
        block = q[start:start + rows] @ x.T
        top = np.argpartition(-block, k, axis=1)[:, :k]
        ids[start:start + rows] = np.take_along_axis(top, np.argsort(-np.take_along_axis(block, top, axis=1), axis=1), axis=1)
    build = 0.0
else:
    import faiss
    t = time.perf_counter()
    if method == "faiss-exact":
        index = faiss.IndexFlatIP(d)
    else:
        index = faiss.IndexHNSWFlat(d, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 64
    index.add(x)
    build = time.perf_counter() - t
    scores, ids = index.search(q, k)
elapsed = time.perf_counter() - started
recall = None
if method == "faiss-hnsw":
    import faiss
    exact = faiss.IndexFlatIP(d); exact.add(x)
    sample = q[:1000]; escores, eids = exact.search(sample, k)
    found = hits = 0
    for row in range(len(sample)):
        wanted = {int(i) for i, s in zip(eids[row], escores[row]) if s >= 0.25}
        found += len(wanted); hits += len(wanted & {int(i) for i in ids[row]})
    recall = hits / max(1, found)
print(json.dumps({"seconds": elapsed, "build": build, "queries": len(q), "peak_mb": high_water_mb(), "base_mb": base, "recall": recall}))
'''


def time_it(run, repeats: int = 3) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return sorted(timings)[len(timings) // 2]


#: The ONNX path's raw rate as last measured by ``throughput``: the embedder `check` runs.
ONNX_RATE = [0.0]


def throughput(corpus: Path) -> tuple[float, int, list[str]]:
    from consistency.embedding import load_embedder
    from consistency.loaders import load_documents
    from consistency.pipeline import check_paths
    from consistency.sentences import split_sentences

    documents = load_documents([str(corpus)])
    texts = [s.text for d in documents for s in split_sentences(d)]
    embedder = load_embedder(None)
    model = embedder.model
    model.encode(texts[:256], batch_size=64, show_progress_bar=False)
    # Alternate the two so that both see the same machine load.
    encode_runs, check_runs = [], []
    for _ in range(2):
        encode_runs.append(time_it(lambda: model.encode(texts, batch_size=64, show_progress_bar=False), repeats=1))
        check_runs.append(time_it(lambda: check_paths([str(corpus)], embedder=embedder), repeats=1))
    encode, check = min(encode_runs), min(check_runs)
    raw, end_to_end = len(texts) / encode, len(texts) / check
    onnx = ""
    if embedder.onnx is not None:
        ordered = sorted(texts, key=len)
        seconds = time_it(lambda: [embedder.onnx.encode(ordered[i : i + 64]) for i in range(0, len(ordered), 64)], repeats=1)
        ONNX_RATE[0] = len(texts) / seconds
        onnx = f"| raw ONNX Runtime encode of the same sentences (batch 64, sorted by length) | {len(texts) / seconds:.1f} sentences/s = **{len(texts) / seconds / raw:.2f} x raw `model.encode`** |"
    return raw, len(texts), [
        f"| generated corpus | {len(documents)} documents, {len(texts)} sentences |",
        f"| raw `model.encode` (batch 64) | {raw:.1f} sentences/s |",
        *([onnx] if onnx else []),
        f"| `check` (read, split, embed, align, compare, rank), model loaded, no cache | {end_to_end:.1f} sentences/s = **{end_to_end / raw:.2f} x raw encode** |",
    ]


REAL_ARTICLES = REPO.parent / "shared" / "real-news" / "emergent"


def reading(corpus: Path, raw_encode: float) -> list[str]:
    """Cold reading and splitting (no cache) of the real articles beside the repository,
    or of the generated corpus, against the embedder's raw rate measured in this run."""
    from consistency.loaders import read_corpus
    from consistency.sentences import split_sentences

    source = REAL_ARTICLES if REAL_ARTICLES.exists() else corpus
    files = [str(path) for path in sorted(source.rglob("*.txt"))] if source == REAL_ARTICLES else [str(source)]
    started = time.perf_counter()
    documents = read_corpus(files).documents
    read = time.perf_counter() - started
    count = sum(len(split_sentences(document)) for document in documents)
    total = time.perf_counter() - started
    rate = count / total
    return [
        f"| cold reading and splitting of {source.name}/ ({len(documents):,} documents, {count:,} sentences) | "
        f"{read:.1f} s reading + {total - read:.1f} s splitting = {rate:,.0f} sentences/s = **{rate / raw_encode:.1f} x torch's raw "
        f"encode**" + (f", {rate / ONNX_RATE[0]:.1f} x ONNX's" if ONNX_RATE[0] else "") + " |",
    ]


def table_to_a_pipe(corpus: Path, sentences: int, raw_encode: float) -> list[str]:
    """The run a user starts first: `consistency check FOLDER`, default table, output piped,
    an empty cache; process start and model load included."""
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "consistency"), "check", str(corpus), "--cache-dir", cache],
                       check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
    rate = sentences / elapsed
    return [f"| `consistency check` to a pipe, table, empty cache (process start, model load included) | "
            f"{elapsed:.1f} s = {rate:.1f} sentences/s = **{rate / raw_encode:.2f} x raw encode** |"]


def comparators(corpus: Path) -> list[str]:
    """Pairs compared per second, each comparator on its own with no memoised reading, then
    all of them as `check` runs them (reading shared between comparators)."""
    from consistency.comparators import load_builtin_comparators
    from consistency.memo import forget_sentences
    from consistency.pipeline import CheckSettings, check_paths, compare_pairs, pairs_to_compare

    report = check_paths([str(corpus)], CheckSettings(include_alignments=True))
    documents = {summary.document.id: summary.document for summary in report.documents}
    pairs = pairs_to_compare(report.alignments, documents)
    rows = []
    for name in load_builtin_comparators().names():
        forget_sentences()
        started = time.perf_counter()
        compare_pairs(pairs, documents, (name,))
        rows.append(f"| comparator `{name}` alone | {len(pairs) / (time.perf_counter() - started):,.0f} pairs/s |")
    forget_sentences()
    started = time.perf_counter()
    compare_pairs(pairs, documents)
    rows.append(f"| all comparators, as `check` runs them ({len(pairs):,} pairs) | "
                f"{len(pairs) / (time.perf_counter() - started):,.0f} pairs/s |")
    return rows


def write_templated_corpus(folder: Path, stories: int = 25) -> Path:
    """The templated corpus of benchmarks/templated_corpus.py (25 stories x 4 outlets x 25
    sentences = 2,500 sentences whose sentences differ only in part number and value) as
    text files with front matter."""
    from benchmarks.templated_corpus import generate_corpus as templated_documents

    folder.mkdir(parents=True, exist_ok=True)
    for document in templated_documents(stories=stories, seed=1)[0]:
        (folder / f"{document.id.replace('/', '_')}.txt").write_text(
            f"---\nid: {document.id}\nsource: {document.source}\ntitle: {document.title}\n---\n{document.text}\n",
            encoding="utf-8",
        )
    return folder


def cached_rerun(corpus: Path) -> list[str]:
    command = [str(Path(sys.executable).parent / "consistency"), "check", str(corpus), "--format", "json", "-q"]
    peak_probe = (
        "import runpy, sys; sys.argv = sys.argv[1:]\n"
        "try:\n    runpy.run_path(sys.argv[0], run_name='__main__')\nfinally:\n"
        "    print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1], file=sys.stderr)"
    )
    with tempfile.TemporaryDirectory() as cache:
        runs = []
        for _ in range(2):
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", peak_probe, *command, "--cache-dir", cache], check=True,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            runs.append((time.perf_counter() - started, int(done.stderr.strip().splitlines()[-1])))
    (first, peak), (second, cached_peak) = runs
    return [
        f"| `consistency check` first run, empty cache (process start, model load, embed) | {first:.2f} s |",
        f"| same command again, warm cache | {second:.2f} s = **{first / second:.1f} x faster** |",
        f"| peak memory of `check` on this corpus | {peak / 1024:.0f} MB cold, {cached_peak / 1024:.0f} MB cached |",
    ]


def index_growth(corpus: Path, indexed_sentences: int = 100_000) -> list[str]:
    """Add 100 articles to an index of 100,000 sentences: the embedding of the new
    sentences, and the index update itself, which must not grow with the index."""
    import numpy as np

    from consistency.embedding import load_embedder
    from consistency.loaders import load_documents
    from consistency.records import Document
    from consistency.sentences import split_sentences
    from consistency.store import SentenceStore

    embedder = load_embedder(None)
    new = load_documents([str(corpus)])[:100]
    new_sentences = {d.id: split_sentences(d) for d in new}
    with tempfile.TemporaryDirectory() as folder:
        store = SentenceStore(folder)
        rng = np.random.default_rng(0)
        filler, filler_sentences = [], {}
        for number in range(indexed_sentences // 20):
            text = " ".join(f"Filler sentence {number} {i} about the council budget." for i in range(20))
            document = Document(f"old/{number}", "Archive", text)
            filler.append(document)
            filler_sentences[document.id] = split_sentences(document)
        vectors = rng.standard_normal((indexed_sentences, 384)).astype(np.float32)
        store.add(filler, filler_sentences, lambda sentences: vectors[: len(sentences)], embedder)
        texts = [s.text for d in new for s in new_sentences[d.id]]
        started = time.perf_counter()
        embedded = embedder.embed(texts)
        embedding = time.perf_counter() - started
        started = time.perf_counter()
        result = store.add(new, new_sentences, lambda sentences: embedded, embedder)
        update = time.perf_counter() - started
        started = time.perf_counter()
        store.load()
        load = time.perf_counter() - started
    return [
        f"| `index add` of {result.documents_added} articles ({result.sentences_added} sentences) to an index of "
        f"{indexed_sentences:,} sentences | embedding {embedding:.1f} s + index update {update:.2f} s |",
        f"| loading that index for `check --index` | {load:.2f} s |",
    ]


def alignment(sizes: list[int]) -> list[str]:
    rows = ["| vectors | method | queries timed | time (all queries) | build | peak memory | HNSW recall |", "|---|---|---|---|---|---|---|"]
    for n in sizes:
        for method in ("numpy", "faiss-exact", "faiss-hnsw"):
            queries = n if n <= 100_000 else 10_000
            if method == "numpy" and n > 100_000:
                queries = 2_000
            result = json.loads(subprocess.run([sys.executable, "-c", ALIGN_SCRIPT, method, str(n), str(queries)],
                                               check=True, capture_output=True, text=True).stdout)
            projected = result["seconds"] - result["build"]
            total = result["build"] + projected * n / result["queries"]
            note = "" if result["queries"] == n else f" (projected from {result['queries']:,})"
            recall = f"{result['recall']:.3f}" if result["recall"] is not None else ""
            rows.append(f"| {n:,} | {method} | {result['queries']:,} | {total:.1f} s{note} | {result['build']:.1f} s | "
                        f"{result['peak_mb']:.0f} MB | {recall} |")
            print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--large", action="store_true", help="also run alignment at 10^6 vectors (several minutes)")
    parser.add_argument("--skip-alignment", action="store_true")
    parser.add_argument("--alignment-only", type=int, nargs="*", help="run only the alignment part, at these sizes")
    parser.add_argument("--index-only", action="store_true", help="run only the index growth part")
    parser.add_argument("--reading-only", action="store_true", help="run only the reading and comparator parts")
    parser.add_argument("--templated-only", action="store_true", help="run only the templated corpus part")
    args = parser.parse_args()
    from benchmarks.corpus import generate_corpus

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if args.alignment_only:
        alignment(args.alignment_only)
        return
    if args.reading_only:
        from consistency.embedding import load_embedder

        with tempfile.TemporaryDirectory() as folder:
            generate_corpus(Path(folder) / "corpus", args.sentences)
            model = load_embedder(None).model
            texts = [f"Sentence {n} about the council budget and the fire at the tower." for n in range(2000)]
            started = time.perf_counter()
            model.encode(texts, batch_size=64, show_progress_bar=False)
            raw = len(texts) / (time.perf_counter() - started)
            print("\n".join([*reading(Path(folder) / "corpus", raw), *comparators(Path(folder) / "corpus")]))
        return
    if args.templated_only:
        with tempfile.TemporaryDirectory() as folder:
            templated = write_templated_corpus(Path(folder) / "templated")
            raw, sentences, measured = throughput(templated)
            print("\n".join([*measured, *table_to_a_pipe(templated, sentences, raw), *cached_rerun(templated)]))
        return
    if args.index_only:
        with tempfile.TemporaryDirectory() as folder:
            generate_corpus(Path(folder) / "corpus", 2000)
            print("\n".join(index_growth(Path(folder) / "corpus")))
        return
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        generate_corpus(corpus, args.sentences)
        raw, sentences, measured = throughput(corpus)
        lines = ["| measure | figure |", "|---|---|", *measured, *table_to_a_pipe(corpus, sentences, raw),
                 *cached_rerun(corpus), *reading(corpus, raw), *comparators(corpus), *index_growth(corpus)]
        templated = write_templated_corpus(Path(folder) / "templated")
        raw, sentences, measured = throughput(templated)
        lines += ["| **templated corpus** | |", *measured, *table_to_a_pipe(templated, sentences, raw), *cached_rerun(templated)]
    print("\n".join(lines), flush=True)
    if not args.skip_alignment:
        print()
        alignment([10_000, 100_000, *([1_000_000] if args.large else [])])


if __name__ == "__main__":
    main()
