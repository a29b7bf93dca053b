"""Judged precision of what `check` reports on the real-news stories of eval-real/, and the
Emergent recall proxy.

    .venv/bin/python eval-real/score.py [--rules-only] [--shared ../shared]

Reported means what the table lists: the findings the verifier (the default) scores at
least the report threshold; with ``--rules-only``, every finding. Precision counts judged findings only and says how many reported
findings are not judged yet (judge them: eval-real/sample.py, then GUIDE.md). The shipped
verifier was trained on these stories, so its figures here are in-sample; the held-out
figures are in models/verifier-metrics.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from consistency.cache import default_cache_dir  # noqa: E402
from consistency.embedding import load_embedder  # noqa: E402
from consistency.judged import is_correct, judgement_of, load_judgements  # noqa: E402
from consistency.pipeline import CheckSettings, check_paths  # noqa: E402
from consistency.verifier import REPORT_THRESHOLD  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    parser.add_argument("--rules-only", action="store_true", help="the comparators' rules alone: every finding counts")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    shared = Path(args.shared)
    judgements = load_judgements(HERE / "judgements.jsonl")
    settings = CheckSettings(cache_dir=str(default_cache_dir()), verifier="" if args.rules_only else "default")
    floor = 0.0 if args.rules_only else REPORT_THRESHOLD
    embedder = load_embedder(None)
    stance = {}
    manifest = shared / "real-news" / "emergent" / "manifest.jsonl"
    for line in manifest.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        stance[Path(record["doc"]).stem] = record["body_stance"]
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # correct, judged, reported
    top = [0, 0, 0]
    opposed = [0, 0]
    same_stance = [0, 0]
    stories = [line.strip() for line in (HERE / "stories.txt").read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    for story in stories:
        report = check_paths([str(shared / "real-news" / story)], settings, embedder=embedder)
        reported = [d for d in report.discrepancies if d.finding.score >= floor]
        real_pairs, any_pairs = set(), set()
        for rank, discrepancy in enumerate(reported):
            judgement = judgement_of(discrepancy, judgements)
            counts = by_kind[discrepancy.finding.kind]
            counts[2] += 1
            documents = frozenset((discrepancy.pair.a.doc_id, discrepancy.pair.b.doc_id))
            any_pairs.add(documents)
            if judgement is not None:
                counts[0] += is_correct(judgement, discrepancy.finding.kind)
                counts[1] += 1
                if judgement.verdict == "real":
                    real_pairs.add(documents)
            if rank < args.top:
                top[2] += 1
                if judgement is not None:
                    top[0] += is_correct(judgement, discrepancy.finding.kind)
                    top[1] += 1
        if story.startswith("emergent/"):
            ids = [summary.document.id for summary in report.documents]
            for first, second in combinations(ids, 2):
                stances = {stance.get(first), stance.get(second)}
                pair = frozenset((first, second))
                if stances == {"for", "against"}:
                    opposed[1] += 1
                    opposed[0] += pair in real_pairs
                elif len(stances) == 1 and stances & {"for", "against"}:
                    same_stance[1] += 1
                    same_stance[0] += pair in any_pairs
    total = [sum(v[i] for v in by_kind.values()) for i in range(3)]

    def line(name, correct, judged, reported):
        precision = f"{correct / judged:.2f}" if judged else "-"
        print(f"{name:12s} precision {precision:>5s} ({correct}/{judged} judged; {reported} reported, {reported - judged} not judged)")

    print(f"{'rules alone' if args.rules_only else 'verifier (listed: scored ' + format(REPORT_THRESHOLD, 'g') + ' or more)'}: {len(stories)} stories")
    for kind, (correct, judged, reported) in sorted(by_kind.items()):
        line(kind, correct, judged, reported)
    line("overall", *total)
    line(f"top {args.top}", *top)
    print(f"Emergent for-vs-against document pairs with a finding judged real: {opposed[0]}/{opposed[1]}")
    print(f"Emergent same-stance document pairs with any reported finding: {same_stance[0]}/{same_stance[1]}")


if __name__ == "__main__":
    main()
