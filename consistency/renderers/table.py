"""The terminal report: a summary line, then one row per discrepancy.

Article text is data: it goes into ``rich.text.Text`` objects, never through markup, so
"[bold]" in an article prints as written.
"""

from __future__ import annotations

from collections import Counter

from rich.console import Group
from rich.table import Table
from rich.text import Text

from consistency.records import AlignedPair, Report, Sentence
from consistency.renderers import RenderOptions, plural, renderers

SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "dim"}


def highlighted(sentence: Sentence, spans: tuple[tuple[int, int], ...], style: str) -> Text:
    text = Text(sentence.text)
    for start, end in spans:
        text.stylize(style, start, end)
    return text


def summary_line(report: Report) -> Text:
    outlets = {summary.document.source for summary in report.documents}
    stories = {summary.story for summary in report.documents}
    kinds = Counter(d.finding.kind for d in report.discrepancies)
    by_kind = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    line = Text()
    copies = sum(1 for summary in report.documents if summary.document.copy_of)
    line.append(f"{plural(len(report.documents), 'document')} from {plural(len(outlets), 'outlet')} in "
                f"{plural(len(stories), 'story', 'stories')}")
    if copies:
        line.append(f" ({copies} syndicated {'copy' if copies == 1 else 'copies'})")
    line.append(f", {plural(report.n_sentences, 'sentence')}: ")
    line.append(plural(len(report.discrepancies), "discrepancy", "discrepancies"), style="bold")
    if by_kind:
        line.append(f" ({by_kind})")
    return line


def discrepancy_table(report: Report) -> Table:
    table = Table(show_lines=True, expand=True, title="Discrepancies", title_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("kind / severity", no_wrap=True)
    table.add_column("outlet A", ratio=3)
    table.add_column("outlet B", ratio=3)
    table.add_column("why", ratio=2)
    for number, discrepancy in enumerate(report.discrepancies, start=1):
        finding, pair = discrepancy.finding, discrepancy.pair
        kind = Text(finding.kind + "\n")
        kind.append(finding.severity, style=SEVERITY_STYLES[finding.severity])
        kind.append(f"\nscore {finding.score:.2f}")
        table.add_row(
            str(number),
            kind,
            _side(pair.a, finding.a_spans, "bold red"),
            _side(pair.b, finding.b_spans, "bold green"),
            Text(finding.explanation),
        )
    return table


def alignment_table(pairs: tuple[AlignedPair, ...]) -> Table:
    table = Table(show_lines=True, expand=True, title="Aligned sentences", title_justify="left")
    table.add_column("similarity", justify="right", no_wrap=True)
    table.add_column("relation", no_wrap=True)
    table.add_column("outlet A", ratio=1)
    table.add_column("outlet B", ratio=1)
    for pair in pairs:
        table.add_row(f"{pair.similarity:.2f}", pair.relation, _side(pair.a, (), ""), _side(pair.b, (), ""))
    return table


def _side(sentence: Sentence, spans: tuple[tuple[int, int], ...], style: str) -> Text:
    cell = Text(sentence.source, style="bold")
    cell.append("\n")
    cell.append_text(highlighted(sentence, spans, style))
    return cell


@renderers.register("table")
def render_table(report: Report, options: RenderOptions) -> Group:
    parts = [summary_line(report)]
    if report.discrepancies:
        parts.append(discrepancy_table(report))
    else:
        parts.append(Text("No discrepancies found between aligned sentences.", style="green"))
    if options.include_alignments:
        parts.append(alignment_table(report.alignments))
    return Group(*parts)
