"""Train the line classifier the page reader uses (consistency/ingest/line_model.py).

Data: randomised pages of benchmarks/random_layouts.py (every page its own conventions:
where the outlet stands, bylines, times, separators, furniture drawn from broad pools and
made-up words, wrapped text), pages of the DEVELOPMENT layouts of benchmarks/layouts.py
generated with seeds 1-5 (never the held-out layouts, never the default evaluation seed 13),
plus the labelled aggregator pages in tests/fixtures/ingest/aggregator (not the fixtures'
heldout folder). Each page is seen as the reader sees it: hard-wrapped lines joined into
logical lines (``pages.unwrap``), a logical line labelled body when any of its lines is.
Labels are collapsed to consistency.ingest.line_model.CLASSES: body; title; outlet (a line
that names the article's outlet, a byline or time line included: "By A, Reuters"); meta
(byline, time naming no outlet); furniture (everything else). Blank and residue lines are
skipped.

Model: multinomial logistic regression with L2, fitted by full-batch Adam in numpy, with
classes weighted towards balance. Saved to models/line-classifier.json.

Run: .venv/bin/python models/train_line_classifier.py [--seeds 1,2,3,4,5] [--random-pages N] [--cv] [--report-held-out]
  --cv               leave-one-development-layout-out accuracy (for tuning; no held-out data)
  --report-held-out  per-class precision/recall on the held-out layouts (seed 13), for the
                     model card only: run it after the model is fixed, never to tune it.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.layouts import DEVELOPMENT, HELD_OUT, Page, generate_pages, normal_outlet  # noqa: E402
from benchmarks.random_layouts import generate_random_pages  # noqa: E402
from consistency.ingest.line_model import CLASSES, FEATURES, LineModel, page_features  # noqa: E402
from consistency.ingest.pages import unwrap  # noqa: E402

OUT = REPO / "models" / "line-classifier.json"

COLLAPSE = {"body": "body", "title": "title", "outlet": "outlet", "byline": "meta", "time": "meta"}
SKIP = {"blank", "residue"}
FIXTURE_COLLAPSE = {"body": "body", "title": "title", "outlet": "outlet", "meta": "meta", "boilerplate": "furniture", "site": "furniture"}


def page_rows(lines: list[str], labels: list[str | None]) -> tuple[np.ndarray, np.ndarray]:
    rows = page_features(lines)
    keep = [i for i, label in enumerate(labels) if label is not None and lines[i].strip()]
    return rows[keep], np.array([CLASSES.index(labels[i]) for i in keep], dtype=int)


def _class_of(label: str, line: str, outlets: set[str]) -> str | None:
    if label in SKIP:
        return None
    if label in ("byline", "time", "outlet"):
        # A line that names the article's outlet is an outlet line, whatever else it holds.
        squeezed = normal_outlet(line)
        return "outlet" if any(o and o in squeezed for o in outlets) else COLLAPSE[label]
    return COLLAPSE.get(label, "furniture")


def logical_lines(page: Page) -> tuple[list[str], list[str | None]]:
    """The page's lines as the reader sees them (hard-wrapped lines joined) and a class each."""
    outlets = {normal_outlet(a.outlet) for a in page.articles}
    classes = [_class_of(label, line, outlets) for line, label in zip(page.lines, page.labels)]
    joined = unwrap(page.text)
    if joined is None:
        return list(page.lines), classes
    lines = joined.text.split("\n")
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    covered: list[list[int]] = [[] for _ in lines]
    for joined_start, _, _, input_line in joined.runs:
        covered[bisect.bisect_right(starts, joined_start) - 1].append(input_line - 1)
    out: list[str | None] = []
    for inputs in covered:
        found = [classes[i] for i in inputs if classes[i] is not None]
        out.append("body" if "body" in found else (found[0] if found else None))
    return lines, out


def page_data(pages: list[Page]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for page in pages:
        x, y = page_rows(*logical_lines(page))
        xs.append(x)
        ys.append(y)
    return np.vstack(xs), np.concatenate(ys)


def layout_data(seeds: list[int], layouts: list[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Rows and classes per layout."""
    by_layout: dict[str, list[Page]] = {}
    for seed in seeds:
        for page in generate_pages(10, seed, layouts):
            by_layout.setdefault(page.layout, []).append(page)
    return {name: page_data(pages) for name, pages in by_layout.items()}


def fixture_data() -> tuple[np.ndarray, np.ndarray]:
    """The labelled aggregator fixture pages, a label per line (body wins on a mixed line)."""
    from tests.ingest_fixtures import labelled_pages

    xs, ys = [], []
    for page in labelled_pages("aggregator"):
        lines, labels, position = [], [], 0
        for line in page.text.split("\n"):
            start, end = position, position + len(line)
            position = end + 1
            covering = [s for s in page.segments if s.start < end and s.end > start and s.text.strip()]
            lines.append(line)
            if not line.strip() or not covering:
                labels.append(None)
                continue
            names = {FIXTURE_COLLAPSE.get(s.label, "furniture") for s in covering}
            labels.append("body" if "body" in names else max(covering, key=lambda s: len(s.text)).label)
            labels[-1] = FIXTURE_COLLAPSE.get(labels[-1], labels[-1])
        x, y = page_rows(lines, labels)
        xs.append(x)
        ys.append(y)
    return np.vstack(xs), np.concatenate(ys)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 600, rate: float = 0.05) -> LineModel:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    mean[0] = 0.0  # the bias column stays 1
    z = (x - mean) / scale
    n, d = z.shape
    k = len(CLASSES)
    counts = np.bincount(y, minlength=k).astype(float)
    # Halfway between the data's frequencies and balance: rare titles and outlets count.
    class_weight = (counts.sum() / (k * np.maximum(counts, 1))) ** 0.5
    sample_weight = class_weight[y] / class_weight[y].mean()
    onehot = np.eye(k)[y]
    w = np.zeros((d, k))
    b = np.zeros(k)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2 = 0.9, 0.999
    for step in range(1, steps + 1):
        logits = z @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - onehot) * sample_weight[:, None] / n
        grad_w = z.T @ error + l2 * w
        grad_b = error.sum(axis=0)
        for param, grad, m, v in ((w, grad_w, m_w, v_w), (b, grad_b, m_b, v_b)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    return LineModel(w, b, mean, scale)


def per_class(model: LineModel, x: np.ndarray, y: np.ndarray) -> dict[str, dict[str, float]]:
    predicted = model.probabilities(x).argmax(axis=1)
    out = {}
    for c, name in enumerate(CLASSES):
        tp = int(((predicted == c) & (y == c)).sum())
        out[name] = {
            "precision": round(tp / max(1, int((predicted == c).sum())), 3),
            "recall": round(tp / max(1, int((y == c).sum())), 3),
            "support": int((y == c).sum()),
        }
    out["accuracy"] = {"value": round(float((predicted == y).mean()), 3), "lines": int(len(y))}
    return out


def save(model: LineModel, meta: dict, path: Path = OUT) -> None:
    record = {
        "model": "multinomial logistic regression over line-shape features",
        "trained_by": "models/train_line_classifier.py",
        "classes": list(CLASSES),
        "features": list(FEATURES),
        "weights": np.round(model.weights, 5).tolist(),
        "bias": np.round(model.bias, 5).tolist(),
        "mean": np.round(model.mean, 6).tolist(),
        "scale": np.round(model.scale, 6).tolist(),
        **meta,
    }
    path.write_text(json.dumps(record, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="1,2,3,4,5")
    parser.add_argument("--dev-weight", type=int, default=5, help="how many times the development layouts' lines count")
    parser.add_argument("--random-pages", type=int, default=800, help="randomised training pages (benchmarks/random_layouts.py)")
    parser.add_argument("--cv", action="store_true", help="leave-one-development-layout-out evaluation")
    parser.add_argument("--report-held-out", action="store_true", help="per-class metrics on held-out layouts (seed 13)")
    parser.add_argument("--no-fixtures", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",")]
    started = time.time()
    dev = sorted(DEVELOPMENT)
    data = layout_data(seeds, dev)
    extra = fixture_data() if not args.no_fixtures else (np.zeros((0, len(FEATURES))), np.zeros(0, dtype=int))
    if args.random_pages:
        random_x, random_y = page_data(generate_random_pages(args.random_pages, seed=1))
        extra = (np.vstack([extra[0], random_x]), np.concatenate([extra[1], random_y]))
    print(f"features computed in {time.time() - started:.0f}s", file=sys.stderr)
    if args.cv:
        for left_out in dev:
            xs = [data[n][0] for n in dev if n != left_out] + [extra[0]]
            ys = [data[n][1] for n in dev if n != left_out] + [extra[1]]
            model = fit(np.vstack(xs), np.concatenate(ys))
            scores = per_class(model, *data[left_out])
            print(left_out, scores["accuracy"]["value"], {k: (v["precision"], v["recall"]) for k, v in scores.items() if k != "accuracy"})
    # The development layouts count ``--dev-weight`` times: real conventions, checked by hand.
    x = np.vstack([data[n][0] for n in dev] * args.dev_weight + [extra[0]])
    y = np.concatenate([data[n][1] for n in dev] * args.dev_weight + [extra[1]])
    model = fit(x, y)
    meta = {
        "data": {
            "layouts": dev,
            "seeds": seeds,
            "pages": len(seeds) * 10 * len(dev),
            "random_pages": args.random_pages,
            "dev_weight": args.dev_weight,
            "fixture_pages": "tests/fixtures/ingest/aggregator" if not args.no_fixtures else "",
            "lines": int(len(y)),
            "per_class": {name: int((y == c).sum()) for c, name in enumerate(CLASSES)},
        },
        "training_accuracy": per_class(model, x, y)["accuracy"]["value"],
    }
    if args.report_held_out:
        held = layout_data([13], sorted(HELD_OUT))
        hx = np.vstack([v[0] for v in held.values()])
        hy = np.concatenate([v[1] for v in held.values()])
        meta["held_out_layouts_seed13"] = per_class(model, hx, hy)
        print(json.dumps(meta["held_out_layouts_seed13"], indent=1))
    save(model, meta, args.out)
    print(f"saved {args.out} ({args.out.stat().st_size // 1024} kB) in {time.time() - started:.0f}s; "
          f"training accuracy {meta['training_accuracy']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
