"""Recall of real conflicts in the CSTBank wire clusters: how many of the conflicting
sentence pairs that readers listed in eval-real/recall/<cluster>.jsonl `check` reports.

    .venv/bin/python eval-real/recall.py [--rules-only] [--shared ../shared] [--missed]

The readers read each cluster whole, without seeing what the checker reports, and listed
every pair of sentences from two articles that give one fact differently. A pair marked
``update`` may be a later report revising an earlier one (a toll that rose); the figures
are given with and without those. A pair counts as found when a finding the table lists links
its two sentences (scored the report threshold or more; with --rules-only any finding, which
is also what the JSON report carries); the kind need not match. Since the readers listed
every conflicting pair, the share of reported sentence pairs they listed is a precision.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from consistency.cache import default_cache_dir  # noqa: E402
from consistency.embedding import load_embedder  # noqa: E402
from consistency.pipeline import CheckSettings, check_paths  # noqa: E402
from consistency.records import Discrepancy  # noqa: E402
from consistency.verifier import REPORT_THRESHOLD  # noqa: E402

_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def _locate(document_sentences: list, text: str, value: str):
    """The sentence of the checker's split that holds the listed one: the one holding the
    conflicting words and most of the listed sentence's words."""
    wanted = _words(text)
    holding = [s for s in document_sentences if value in s.text] or document_sentences
    return max(holding, key=lambda s: len(wanted & _words(s.text)) / max(1, len(wanted | _words(s.text))), default=None)


def _through_original(sentence, sentences: dict, copy_of: dict):
    """A syndicated copy's sentence is reported through its twin in the original, when it
    has one (the checker compares what a copy repeats once); a sentence the copy adds, or
    a twin that adds a figure (``copies.fresh_sentences``), is reported as itself."""
    from consistency.copies import TWIN_OVERLAP, fresh_sentences
    from consistency.style import style_key

    original = copy_of.get(sentence.doc_id)
    if not original or sentence.index in fresh_sentences(sentences[sentence.doc_id], sentences[original]):
        return sentence
    key = set(style_key(sentence.text))
    twin = max(sentences[original], key=lambda other: len(key & set(style_key(other.text))) / max(1, len(key | set(style_key(other.text)))))
    overlap = len(key & set(style_key(twin.text))) / max(1, len(key | set(style_key(twin.text))))
    return twin if overlap >= TWIN_OVERLAP else sentence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    parser.add_argument("--rules-only", action="store_true", help="the comparators' rules alone: every finding counts")
    parser.add_argument("--missed", action="store_true", help="List the pairs not found.")
    parser.add_argument("--unlisted", action="store_true", help="List the reported pairs the readers did not list.")
    args = parser.parse_args()
    from consistency.sentences import split_sentences

    settings = CheckSettings(cache_dir=str(default_cache_dir()), verifier="" if args.rules_only else "default")
    floor = 0.0 if args.rules_only else REPORT_THRESHOLD
    embedder = load_embedder(None)
    totals = Counter()
    reported = Counter()
    by_kind: dict[str, Counter] = {}
    for labels in sorted((HERE / "recall").glob("*.jsonl")):
        cluster = labels.stem
        rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
        report = check_paths([str(Path(args.shared) / "real-news" / "cstbank-mds" / cluster)], settings, embedder=embedder)
        sentences = {summary.document.id: split_sentences(summary.document) for summary in report.documents}
        by_file = {Path(doc_id).name: doc_id for doc_id in sentences} | {Path(doc_id).name + ".txt": doc_id for doc_id in sentences}
        linked: dict[frozenset, set[str]] = {}
        shown: dict[frozenset, Discrepancy] = {}
        for discrepancy in report.discrepancies:
            if discrepancy.finding.score >= floor:
                key = frozenset({(discrepancy.pair.a.doc_id, discrepancy.pair.a.index), (discrepancy.pair.b.doc_id, discrepancy.pair.b.index)})
                linked.setdefault(key, set()).add(discrepancy.finding.kind)
                shown.setdefault(key, discrepancy)
        copy_of = {summary.document.id: summary.document.copy_of for summary in report.documents if summary.document.copy_of}
        found = Counter()
        listed_pairs = set()
        for row in rows:
            a = _through_original(_locate(sentences[by_file[row["a_doc"]]], row["a_text"], row["a_value"]), sentences, copy_of)
            b = _through_original(_locate(sentences[by_file[row["b_doc"]]], row["b_text"], row["b_value"]), sentences, copy_of)
            listed_pairs.add(frozenset({(a.doc_id, a.index), (b.doc_id, b.index)}))
            kinds = linked.get(frozenset({(a.doc_id, a.index), (b.doc_id, b.index)}), set())
            group = "update" if row.get("update") else "strict"
            found[group, bool(kinds)] += 1
            by_kind.setdefault(row["kind"], Counter())[bool(kinds)] += 1
            if args.missed and not kinds:
                print(f"MISSED {cluster} {row['kind']} [{group}] {row['a_value']!r} / {row['b_value']!r}: {row['note']}")
        for key, count in found.items():
            totals[key] += count
        # The readers listed every conflicting pair of the cluster, so a reported pair they
        # did not list is one they read as no conflict.
        if args.unlisted:
            for key in sorted(linked.keys() - listed_pairs, key=lambda key: -shown[key].finding.score):
                finding = shown[key].finding
                print(f"UNLISTED {cluster} {finding.kind} {finding.score:.2f} {finding.a_value!r} / {finding.b_value!r}: {finding.explanation}")
        reported["pairs"] += len(linked)
        reported["listed"] += len(linked.keys() & listed_pairs)
        strict = found["strict", True], found["strict", True] + found["strict", False]
        every = strict[0] + found["update", True], sum(found.values())
        print(f"{cluster}: found {every[0]}/{every[1]} listed pairs; {strict[0]}/{strict[1]} not marked as updates; "
              f"{len(report.discrepancies)} findings reported")
    strict = totals["strict", True], totals["strict", True] + totals["strict", False]
    every = strict[0] + totals["update", True], sum(totals.values())
    print(f"all: found {every[0]}/{every[1]} = {every[0] / max(1, every[1]):.2f}; "
          f"not marked as updates {strict[0]}/{strict[1]} = {strict[0] / max(1, strict[1]):.2f}")
    print(f"reported sentence pairs the readers listed: {reported['listed']}/{reported['pairs']} = "
          f"{reported['listed'] / max(1, reported['pairs']):.2f}")
    for kind, counts in sorted(by_kind.items()):
        print(f"  {kind:9} {counts[True]}/{counts[True] + counts[False]}")


if __name__ == "__main__":
    main()
