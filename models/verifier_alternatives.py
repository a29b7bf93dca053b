"""Would a richer model than the shipped logistic verifier separate real findings better?

    .venv/bin/python models/verifier_alternatives.py [--rows FILE]

Gathers the training rows of models/train_verifier.py (judged real news, perturbations, the
templated corpus, our labelled sets), keeping each finding's two sentences and the words
around its values, and scores every row with a model that never saw its story (13 folds,
grouped by story). Three models:

- the shipped one: logistic regression on ``verifier.FEATURES``;
- gradient-boosted trees (scikit-learn) on the same features, which may combine them;
- logistic regression on those features plus the sentence model's vectors of the two
  sentences and of the two value windows (their elementwise product and difference: what
  the two clauses say, not only how alike they are).

For each it prints the ranking AUC over the judged real findings and the largest set of
best-ranked judged findings that is right at least 50/60/70% of the time. The source
offsets are zeroed when scoring, as the shipped model drops them.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "models"))

import train_verifier as trainer  # noqa: E402
from consistency.verifier import value_window  # noqa: E402

FOLDS = 13


class _FeaturesWithText(list):
    """A row's features, with the texts the embedding model reads."""

    texts: tuple[str, str, str, str] = ("", "", "", "")
    spans: tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]] = ((), ())


def _with_texts(candidate_rows):
    """``train_verifier.candidate_rows``, each row's features carrying the texts to embed."""

    def rows_with_texts(documents, settings, embedder, cache):
        candidates, rows = candidate_rows(documents, settings, embedder, cache)
        kept = []
        for pair, finding, features in rows:
            features = _FeaturesWithText(features)
            features.texts = (pair.a.text, pair.b.text, value_window(pair.a.text, finding.a_spans), value_window(pair.b.text, finding.b_spans))
            features.spans = (finding.a_spans, finding.b_spans)
            kept.append((pair, finding, features))
        return candidates, kept

    return rows_with_texts


def gather(rows_file: str):
    if rows_file and Path(rows_file).exists():
        return pickle.loads(Path(rows_file).read_bytes())
    trainer.candidate_rows = _with_texts(trainer.candidate_rows)
    embedder = trainer.load_embedder(None)
    settings = trainer.CheckSettings(verifier="", cache_dir=str(trainer.default_cache_dir()))
    judgements = trainer.load_judgements(ROOT / "eval-real" / "judgements.jsonl")
    stories = [
        line.strip() for line in (ROOT / "eval-real" / "stories.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    rows = trainer.gather_rows(ROOT.parent / "shared", judgements, stories, settings, embedder, random.Random(11), 11)
    texts = list(dict.fromkeys(text for row in rows for text in row.features.texts))
    vectors = dict(zip(texts, embedder.embed(texts)))
    for row in rows:
        a, b, window_a, window_b = (vectors[text] for text in row.features.texts)
        row.features.vectors = np.concatenate([window_a * window_b, np.abs(window_a - window_b), a * b, np.abs(a - b)])
    if rows_file:
        Path(rows_file).write_bytes(pickle.dumps(rows))
    return rows


def held_out_scores(rows, x: np.ndarray, fit_predict) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    _, y, w = trainer.matrix(rows)
    groups = np.array([row.group for row in rows])
    offsets = slice(len(trainer.FEATURES), len(trainer.FEATURES) + len(trainer.SOURCE_OFFSETS))
    scores = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        shown = x[test].copy()
        shown[:, offsets] = 0.0
        scores[test] = fit_predict(x[train], y[train], w[train], shown)
    return scores


def report(name: str, rows, scores: np.ndarray) -> None:
    judged = np.array([row.source == "judged" for row in rows])
    labels = np.array([row.label for row in rows], dtype=float)[judged]
    ranked = labels[np.argsort(-scores[judged], kind="stable")]
    right = np.cumsum(ranked)
    shares = right / np.arange(1, len(ranked) + 1)
    line = [f"{name:32} AUC {trainer.auc(scores[judged], labels):.3f}"]
    for floor in (0.5, 0.6, 0.7):
        reach = np.where(shares >= floor)[0]
        top = int(reach.max()) + 1 if len(reach) else 0
        line.append(f"right >= {floor:.1f}: best {top} ({int(right[top - 1]) if top else 0} right)")
    print(" | ".join(line), flush=True)


def main() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", default="", help="keep the gathered rows in this file and reuse them when it exists")
    rows = gather(parser.parse_args().rows)
    x, _, _ = trainer.matrix(rows)
    judged = [row for row in rows if row.source == "judged"]
    print(f"{len(rows)} rows; {len(judged)} judged real-news findings, {sum(r.label for r in judged)} right; {FOLDS} folds by story")

    def logistic(x_train, y_train, w_train, x_test):
        return x_test @ trainer.fit_logistic(x_train, y_train, w_train)

    def trees(x_train, y_train, w_train, x_test):
        model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=20,
                                               l2_regularization=1.0, random_state=0)
        return model.fit(x_train, y_train, sample_weight=w_train).predict_proba(x_test)[:, 1]

    def logistic_with_vectors(x_train, y_train, w_train, x_test):
        model = LogisticRegression(C=0.1, max_iter=2000)
        return model.fit(x_train, y_train, sample_weight=w_train).predict_proba(x_test)[:, 1]

    report("logistic (shipped)", rows, held_out_scores(rows, x, logistic))
    report("gradient-boosted trees", rows, held_out_scores(rows, x, trees))
    with_vectors = np.hstack([x, np.array([row.features.vectors for row in rows])])
    report("logistic + sentence vectors", rows, held_out_scores(rows, with_vectors, logistic_with_vectors))


if __name__ == "__main__":
    main()
