"""Run the checker over the judged real-news stories and write what it reports, without
scores, for judging: eval-real/candidates/<story>.jsonl (not tracked; regenerate it).

    .venv/bin/python eval-real/collect.py [--shared ../shared] [--rules-only]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from consistency.cache import default_cache_dir  # noqa: E402
from consistency.embedding import load_embedder  # noqa: E402
from consistency.judged import discrepancy_key  # noqa: E402
from consistency.pipeline import CheckSettings, check_paths  # noqa: E402
from consistency.verifier import REPORT_THRESHOLD  # noqa: E402


def story_folders(shared: Path) -> list[tuple[str, Path]]:
    lines = (HERE / "stories.txt").read_text(encoding="utf-8").splitlines()
    return [(line.strip(), shared / "real-news" / line.strip()) for line in lines if line.strip() and not line.startswith("#")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    parser.add_argument("--out", default=str(HERE / "candidates"))
    parser.add_argument("--only-new", action="store_true", help="skip stories that already have candidates")
    parser.add_argument("--rules-only", action="store_true", help="the comparators' rules alone: every finding counts")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    embedder = load_embedder(None)
    settings = CheckSettings(cache_dir=str(default_cache_dir()), verifier="" if args.rules_only else "default")
    floor = 0.0 if args.rules_only else REPORT_THRESHOLD
    for story, folder in story_folders(Path(args.shared)):
        if args.only_new and (out / f"{story.replace('/', '__')}.jsonl").exists():
            continue
        report = check_paths([str(folder)], settings, embedder=embedder)
        rows = []
        for rank, d in enumerate(d for d in report.discrepancies if d.finding.score >= floor):
            rows.append(
                {
                    "key": discrepancy_key(d), "story": story, "rank": rank, "kind": d.finding.kind,
                    "a_source": d.pair.a.source, "a_doc": d.pair.a.doc_id, "a_text": d.pair.a.text, "a_value": d.finding.a_value,
                    "b_source": d.pair.b.source, "b_doc": d.pair.b.doc_id, "b_text": d.pair.b.text, "b_value": d.finding.b_value,
                    "explanation": d.finding.explanation,
                }
            )
        name = story.replace("/", "__")
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{story}: {len(report.documents)} documents, {len(rows)} findings", flush=True)


if __name__ == "__main__":
    main()
