from __future__ import annotations

from consistency.overview import select_discrepancies
from consistency.records import Report
from consistency.renderers import RenderOptions, TextPieces, renderers
from consistency.report import report_json_pieces


@renderers.register("json")
def render_json(report: Report, options: RenderOptions) -> TextPieces:
    shown = select_discrepancies(report, options.selection)
    return TextPieces(lambda: report_json_pieces(shown, options.include_alignments))
