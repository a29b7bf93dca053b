from __future__ import annotations

from consistency.overview import select_discrepancies
from consistency.records import Report
from consistency.renderers import RenderOptions, renderers
from consistency.report import report_to_json


@renderers.register("json")
def render_json(report: Report, options: RenderOptions) -> str:
    return report_to_json(select_discrepancies(report, options.selection), options.include_alignments)
