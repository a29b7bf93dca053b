"""Every finding `check` reports on the real-news stories, with its judgement, and what a
change of the code did to them.

    .venv/bin/python eval-real/findings.py dump OUT.jsonl [--rules-only] [STORY_PREFIX ...]
    .venv/bin/python eval-real/findings.py diff OLD.jsonl NEW.jsonl
    .venv/bin/python eval-real/findings.py to-judge DUMP.jsonl OUT.jsonl [--top 20]

``dump`` writes one line per finding of the stories in eval-real/stories.txt (or those whose
path starts with a prefix given): its key, story, rank, kind, score, whether the table lists
it, the verdict and whether that makes it right, both sentences and values. ``diff`` prints
the findings one dump has and the other has not, with their verdicts: read them before any
total. ``to-judge`` writes the listed findings among each story's first ``--top`` (and every
listed one in the CSTBank wire clusters A-F) that nobody has judged, without scores or
ranks, as a batch for GUIDE.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sample import SHOWN  # noqa: E402  (what a judge sees of a finding: no score, no rank)

#: The CSTBank clusters whose readers listed every conflicting pair (eval-real/recall/).
WIRE_CLUSTERS = tuple(f"cstbank-mds/{name}" for name in "ABCDEF")


def dump(out: Path, rules_only: bool, prefixes: list[str], shared: Path) -> None:
    from consistency.cache import default_cache_dir
    from consistency.embedding import load_embedder
    from consistency.judged import discrepancy_key, is_correct, judgement_of, load_judgements
    from consistency.pipeline import CheckSettings, check_paths
    from consistency.verifier import REPORT_THRESHOLD

    judgements = load_judgements(HERE / "judgements.jsonl")
    settings = CheckSettings(cache_dir=str(default_cache_dir()), verifier="" if rules_only else "default")
    embedder = load_embedder(None)
    stories = [
        line.strip() for line in (HERE / "stories.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    lines = []
    for story in stories:
        if prefixes and not any(story.startswith(prefix) for prefix in prefixes):
            continue
        report = check_paths([str(shared / "real-news" / story)], settings, embedder=embedder)
        for rank, discrepancy in enumerate(report.discrepancies):
            judgement, finding = judgement_of(discrepancy, judgements), discrepancy.finding
            lines.append(json.dumps({
                "key": discrepancy_key(discrepancy), "story": story, "rank": rank, "kind": finding.kind,
                "score": finding.score, "pair_score": discrepancy.pair_score, "severity": finding.severity,
                "listed": finding.score >= REPORT_THRESHOLD,
                "verdict": judgement.verdict if judgement else None,
                "correct": is_correct(judgement, finding.kind) if judgement else None,
                "a_source": discrepancy.pair.a.source, "a_doc": discrepancy.pair.a.doc_id, "a_text": discrepancy.pair.a.text,
                "a_value": finding.a_value,
                "b_source": discrepancy.pair.b.source, "b_doc": discrepancy.pair.b.doc_id, "b_text": discrepancy.pair.b.text,
                "b_value": finding.b_value, "explanation": finding.explanation,
            }, ensure_ascii=False))
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} findings -> {out}")


def _load(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["key"]: row for row in rows}


def diff(old_path: Path, new_path: Path) -> None:
    old, new = _load(old_path), _load(new_path)
    for label, keys, rows in (("GONE", sorted(old.keys() - new.keys()), old), ("NEW", sorted(new.keys() - old.keys()), new)):
        for key in keys:
            row = rows[key]
            score = "" if label == "GONE" else f" {row['score']}"
            print(f"{label} {row['story']} {row['kind']} {row['verdict']}{score} {row['a_value']!r} | {row['b_value']!r}")
            print(f"  A: {row['a_text'][:200]}")
            print(f"  B: {row['b_text'][:200]}")
    gone, added = old.keys() - new.keys(), new.keys() - old.keys()
    judged_gone = [old[key] for key in gone if old[key]["verdict"]]
    print(f"{len(gone)} gone ({len(judged_gone)} judged, {sum(bool(r['correct']) for r in judged_gone)} right); {len(added)} new")


def to_judge(dump_path: Path, out: Path, top: int) -> None:
    rows = sorted(_load(dump_path).values(), key=lambda row: (row["story"], row["rank"]))
    listed_before: dict[str, int] = defaultdict(int)
    chosen, seen = [], set()
    for row in rows:
        if not row["listed"]:
            continue
        first = listed_before[row["story"]] < top
        listed_before[row["story"]] += 1
        if row["verdict"] is None and row["key"] not in seen and (first or row["story"] in WIRE_CLUSTERS):
            seen.add(row["key"])
            chosen.append({name: row[name] for name in SHOWN})
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in chosen), encoding="utf-8")
    print(f"{len(chosen)} findings to judge -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("prefixes", nargs="*")
    dumping.add_argument("--rules-only", action="store_true")
    dumping.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    differing = commands.add_parser("diff")
    differing.add_argument("old", type=Path)
    differing.add_argument("new", type=Path)
    judging = commands.add_parser("to-judge")
    judging.add_argument("dump", type=Path)
    judging.add_argument("out", type=Path)
    judging.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.rules_only, args.prefixes, args.shared)
    elif args.command == "diff":
        diff(args.old, args.new)
    else:
        to_judge(args.dump, args.out, args.top)


if __name__ == "__main__":
    main()
