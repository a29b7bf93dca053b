"""CSV for spreadsheets: one row per discrepancy, flat columns, both sides side by side.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be
run as a formula by a spreadsheet, and article text is untrusted; such a cell gets a
leading apostrophe, which spreadsheets hide and which keeps the text as text.
"""

from __future__ import annotations

import csv
import io
from itertools import chain
from typing import Iterator

from consistency.overview import select_discrepancies
from consistency.records import Discrepancy, Report
from consistency.renderers import RenderOptions, TextPieces, renderers

COLUMNS = (
    "id", "kind", "severity", "score", "similarity", "claim",
    "source_a", "value_a", "text_a", "doc_id_a", "sentence_index_a",
    "source_b", "value_b", "text_b", "doc_id_b", "sentence_index_b",
    "explanation",
)

# The ASCII formula triggers and their full-width forms, which some spreadsheets fold into them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralised(cell: str) -> str:
    """``cell`` as a spreadsheet will show it but never evaluate it."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def discrepancy_row(discrepancy: Discrepancy) -> list[str]:
    finding, pair = discrepancy.finding, discrepancy.pair
    text_cells = [
        discrepancy.id, finding.kind, finding.severity, f"{finding.score:.4f}", f"{pair.similarity:.4f}", discrepancy.claim,
        pair.a.source, finding.a_value, pair.a.text, pair.a.doc_id, str(pair.a.index),
        pair.b.source, finding.b_value, pair.b.text, pair.b.doc_id, str(pair.b.index),
        finding.explanation,
    ]
    numeric = {COLUMNS.index(name) for name in ("score", "similarity", "sentence_index_a", "sentence_index_b")}
    return [cell if column in numeric else neutralised(cell) for column, cell in enumerate(text_cells)]


@renderers.register("csv")
def render_csv(report: Report, options: RenderOptions) -> TextPieces:
    shown = select_discrepancies(report, options.selection)

    def rows() -> Iterator[str]:
        for row in chain([COLUMNS], (discrepancy_row(discrepancy) for discrepancy in shown.discrepancies)):
            out = io.StringIO()
            csv.writer(out, lineterminator="\r\n").writerow(row)
            yield out.getvalue()

    return TextPieces(rows)
