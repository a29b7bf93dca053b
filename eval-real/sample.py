"""Choose findings from eval-real/candidates/ for judging and split them into batches:
eval-real/to-judge/batch-<n>.jsonl (not tracked). Per story: the checker's first ``--top``
findings and ``--random`` more drawn kind by kind, so rare kinds are judged too; findings
already judged (eval-real/judgements.jsonl) are skipped. Scores and ranks are left out so
that a judge sees only the two sentences.

    python eval-real/sample.py [--top 10] [--random 14] [--batches 6] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHOWN = ("key", "story", "kind", "a_source", "a_doc", "a_text", "a_value", "b_source", "b_doc", "b_text", "b_value", "explanation")


def judged_keys() -> set[str]:
    keys = set()
    for path in [HERE / "judgements.jsonl", *sorted((HERE / "judgements").glob("*.jsonl"))]:
        if path.exists():
            keys |= {json.loads(line)["key"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return keys


def choose(rows: list[dict], top: int, extra: int, rng: random.Random) -> list[dict]:
    chosen = rows[:top]
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for row in rows[top:]:
        by_kind[row["kind"]].append(row)
    for kind_rows in by_kind.values():
        rng.shuffle(kind_rows)
    kinds = sorted(by_kind)
    while len(chosen) < top + extra and any(by_kind.values()):
        for kind in kinds:
            if by_kind[kind] and len(chosen) < top + extra:
                chosen.append(by_kind[kind].pop())
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", default=str(HERE / "candidates"))
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--random", type=int, default=14)
    parser.add_argument("--batches", type=int, default=6)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default=str(HERE / "to-judge"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    done = judged_keys()
    per_story = []
    for path in sorted(Path(args.candidates).glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        seen, unique = set(done), []
        for row in rows:
            if row["key"] not in seen:
                seen.add(row["key"])
                unique.append(row)
        chosen = choose(unique, args.top, args.random, rng)
        rng.shuffle(chosen)
        per_story.append(chosen)
    per_story.sort(key=len, reverse=True)
    batches: list[list[dict]] = [[] for _ in range(args.batches)]
    for chosen in per_story:
        min(batches, key=len).extend(chosen)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for number, batch in enumerate(batches, start=1):
        with open(out / f"batch-{number}.jsonl", "w", encoding="utf-8") as handle:
            for row in batch:
                handle.write(json.dumps({k: row[k] for k in SHOWN}, ensure_ascii=False) + "\n")
        print(f"batch-{number}: {len(batch)} findings")


if __name__ == "__main__":
    main()
