"""Real headline pairs from two outlets, for or against one rumour claim (Emergent): how
often `compare` finds a conflict where the outlets take opposite stances, and how often it
finds one where they take the same stance.

    .venv/bin/python benchmarks/headline_pairs.py [--shared ../shared] [--verifier] [--show N]

The pairs are ../shared/real-news/emergent/headline_pairs.jsonl (the Emergent corpus's
headline stances, "contradiction" for a headline for the claim against one against it,
"consistent" for two of one stance). Nobody here wrote or labelled them. A stance label
is about the claim, not the wording: two headlines of opposite stance may word no
conflict a comparator can see ("Setting the record straight on Tor"), and two of one
stance may still give different figures. So the share of opposite-stance pairs with a
finding is a recall proxy, and the share of same-stance pairs with one an upper bound on
false alarms, on the shortest real statements outlets make. Each pair is compared as
`compare` does: the headlines' similarity from the sentence model, every comparator, and
with --verifier the shipped verifier's score (a finding counts from the report threshold).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from consistency.embedding import load_embedder  # noqa: E402
from consistency.pipeline import CheckSettings, compare_statements  # noqa: E402
from consistency.verifier import REPORT_THRESHOLD  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    parser.add_argument("--verifier", action="store_true", help="score findings with the shipped verifier")
    parser.add_argument("--show", type=int, default=0, help="print this many pairs of each outcome")
    args = parser.parse_args()

    rows = [
        json.loads(line)
        for line in (Path(args.shared) / "real-news" / "emergent" / "headline_pairs.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    embedder = load_embedder(None)
    headlines = sorted({row[side] for row in rows for side in ("a", "b")})
    vectors = dict(zip(headlines, embedder.embed(headlines)))
    settings = CheckSettings(verifier="default" if args.verifier else "")
    floor = REPORT_THRESHOLD if args.verifier else 0.0

    flagged: Counter = Counter()
    totals: Counter = Counter()
    kinds: dict[str, Counter] = {"contradiction": Counter(), "consistent": Counter()}
    shown: dict[tuple[str, bool], list[str]] = {}
    for row in rows:
        similarity = round(float(vectors[row["a"]] @ vectors[row["b"]]), 4)
        comparison = compare_statements(row["a"], row["b"], settings, embedder=embedder, similarity=similarity)
        found = [d.finding for d in comparison.discrepancies if d.finding.score >= floor]
        label = row["label"]
        totals[label] += 1
        if found:
            flagged[label] += 1
            kinds[label].update({finding.kind for finding in found})
        examples = shown.setdefault((label, bool(found)), [])
        if len(examples) < args.show:
            what = ", ".join(f"{f.kind} {f.a_value!r}/{f.b_value!r}" for f in found) or "nothing"
            examples.append(f"  {row['a']!r}\n  {row['b']!r}\n    -> {what}")

    mode = f"verifier, scored {REPORT_THRESHOLD:g} or more" if args.verifier else "rules, every finding"
    print(f"Emergent headline pairs ({mode}):")
    for label, meaning in (("contradiction", "opposite stances"), ("consistent", "one stance")):
        share = flagged[label] / max(1, totals[label])
        by_kind = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds[label].items()))
        print(f"  {label:13} ({meaning}): {flagged[label]}/{totals[label]} = {share:.3f} with a finding ({by_kind or 'none'})")
    for (label, any_found), examples in sorted(shown.items()):
        if examples:
            print(f"\n{label}, {'a finding' if any_found else 'no finding'}:")
            print("\n".join(examples))


if __name__ == "__main__":
    main()
