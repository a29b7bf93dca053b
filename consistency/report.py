"""The JSON report: schema_version 1, described by ``schema/report-v1.schema.json``.

Other tools read this format; keep its names. Fields may be added, never renamed or
removed, within one schema version.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Iterator

from consistency.language import is_compared
from consistency.records import AlignedPair, Discrepancy, Report, Sentence

SCHEMA_VERSION = 1


def schema() -> dict:
    return json.loads(resources.files("consistency.schema").joinpath("report-v1.schema.json").read_text("utf-8"))


def _side(sentence: Sentence, spans: tuple[tuple[int, int], ...] = (), value: str | None = None) -> dict:
    side = {
        "doc_id": sentence.doc_id,
        "source": sentence.source,
        "sentence_index": sentence.index,
        "text": sentence.text,
        "spans": [list(span) for span in spans],
    }
    if value is not None:
        side["value"] = value
    return side


def discrepancy_to_dict(discrepancy: Discrepancy) -> dict:
    finding, pair = discrepancy.finding, discrepancy.pair
    return {
        "id": discrepancy.id,
        "kind": finding.kind,
        "severity": finding.severity,
        "score": finding.score,
        "pair_score": discrepancy.pair_score,
        "similarity": pair.similarity,
        "explanation": finding.explanation,
        "a": _side(pair.a, finding.a_spans, finding.a_value),
        "b": _side(pair.b, finding.b_spans, finding.b_value),
        "claim": discrepancy.claim or None,
    }


def alignment_to_dict(pair: AlignedPair) -> dict:
    return {"a": _side(pair.a), "b": _side(pair.b), "similarity": pair.similarity, "relation": pair.relation}


def _sections(report: Report, include_alignments: bool) -> Iterator[tuple[str, Any]]:
    """The report's top-level keys in order, each with its value; a list value comes as an
    iterator of its items, so a spooled report is read once, piece by piece."""
    copies = {summary.document.id: summary.document.copy_of for summary in report.documents if summary.document.copy_of}
    syndicated = set(copies) | set(copies.values())
    yield "schema_version", SCHEMA_VERSION
    yield "model", report.model
    yield "documents", (
        {
            "id": summary.document.id,
            "source": summary.document.source,
            "title": summary.document.title,
            "path": summary.document.path,
            "n_sentences": summary.n_sentences,
            "story": summary.story,
            "copy_of": summary.document.copy_of or None,
            "syndicated": summary.document.id in syndicated,
            "language": summary.document.language or None,
            "compared": is_compared(summary.document.language),
        }
        for summary in report.documents
    )
    yield "discrepancies", (discrepancy_to_dict(discrepancy) for discrepancy in report.discrepancies)
    yield "claims", (
        {"id": claim.id, "sentences": [{k: v for k, v in _side(s).items() if k != "spans"} for s in claim.sentences]}
        for claim in report.claims
    )
    warnings = [note for note in report.notes if not note.detail]
    if warnings:
        yield "notes", iter([{"path": note.path, "message": note.message} for note in warnings])
    if include_alignments:
        yield "alignments", (alignment_to_dict(pair) for pair in report.alignments)


def report_to_dict(report: Report, include_alignments: bool = False) -> dict:
    return {key: value if not isinstance(value, Iterator) else list(value) for key, value in _sections(report, include_alignments)}


def report_json_pieces(report: Report, include_alignments: bool = False) -> Iterator[str]:
    """The JSON report as ``report_to_json`` spells it, written piece by piece: one list
    item at a time, so memory stays flat however many discrepancies there are."""

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2)

    yield "{"
    for number, (key, value) in enumerate(_sections(report, include_alignments)):
        yield f"{',' if number else ''}\n  {dumps(key)}: "
        if not isinstance(value, Iterator):
            yield dumps(value).replace("\n", "\n  ")
            continue
        empty = True
        for item in value:
            # JSON strings hold no raw newline, so every newline is the indentation's.
            yield ("[\n    " if empty else ",\n    ") + dumps(item).replace("\n", "\n    ")
            empty = False
        yield "[]" if empty else "\n  ]"
    yield "\n}\n"


def report_to_json(report: Report, include_alignments: bool = False) -> str:
    return "".join(report_json_pieces(report, include_alignments))
