"""JSON Lines: one discrepancy per line, each the object the JSON report lists under
"discrepancies", for tools that stream or grep."""

from __future__ import annotations

import json

from consistency.overview import select_discrepancies
from consistency.records import Report
from consistency.renderers import RenderOptions, TextPieces, renderers
from consistency.report import discrepancy_to_dict


@renderers.register("jsonl")
def render_jsonl(report: Report, options: RenderOptions) -> TextPieces:
    shown = select_discrepancies(report, options.selection)
    return TextPieces(lambda: (json.dumps(discrepancy_to_dict(d), ensure_ascii=False) + "\n" for d in shown.discrepancies))
