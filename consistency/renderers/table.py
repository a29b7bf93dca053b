"""The terminal report: a summary panel, then the discrepancies grouped by claim, most
severe group first.

Article text is data: it goes into ``rich.text.Text`` objects, never through markup, so
"[bold]" in an article prints as written, and control characters (ANSI escapes, carriage
returns, bidirectional overrides) are shown as escapes instead of acting on the terminal.
"""

from __future__ import annotations

from typing import Iterable

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from consistency.overview import ClaimListing, ListedClaim, Summary, list_claims, select_discrepancies, summarize
from consistency.records import AlignedPair, Discrepancy, Report, Sentence
from consistency.printable import literal
from consistency.renderers import RenderOptions, plural, renderers

SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "dim"}
A_STYLE, B_STYLE = "bold red", "bold green"

def highlighted(sentence: Sentence, spans: tuple[tuple[int, int], ...], style: str) -> Text:
    """The sentence as literal text with the characters in ``spans`` styled."""
    text = Text()
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        text.append(literal(sentence.text[position:start]))
        text.append(literal(sentence.text[start:end]), style=style)
        position = end
    text.append(literal(sentence.text[position:]))
    return text


def summary_line(report: Report) -> Text:
    """One line for the whole run: documents, outlets, stories, sentences, discrepancies."""
    summary = summarize(report)
    line = Text()
    line.append(f"{plural(summary.n_documents, 'document')} from {plural(summary.n_outlets, 'outlet')} in "
                f"{plural(summary.n_stories, 'story', 'stories')}")
    if summary.n_copies:
        line.append(f" ({plural(summary.n_copies, 'syndicated copy', 'syndicated copies')})")
    line.append(f", {plural(summary.n_sentences, 'sentence')}: ")
    line.append(plural(summary.n_discrepancies, "discrepancy", "discrepancies"), style="bold")
    if summary.by_kind:
        line.append(f" ({', '.join(f'{count} {kind}' for kind, count in summary.by_kind)})")
    return line


def beyond_budget_line(listing: ClaimListing) -> str:
    """What the budget left out, and how to see it."""
    return (f"{plural(len(listing.beyond), 'more claim')} ({plural(listing.beyond_discrepancies, 'discrepancy', 'discrepancies')}) "
            f"not listed: --max-claims N lists more, --all lists every one, --format json gives every finding.")


def not_compared(summary) -> str:
    return f"; {summary.n_not_compared} read but not compared (language)" if summary.n_not_compared else ""


def summary_panel(report: Report, shown: Report, options: RenderOptions) -> Panel:
    summary = summarize(report)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    copies = f" ({plural(summary.n_copies, 'syndicated copy', 'syndicated copies')})" if summary.n_copies else ""
    grid.add_row("Documents", Text(
        f"{summary.n_documents} from {plural(summary.n_outlets, 'outlet')} in "
        f"{plural(summary.n_stories, 'story', 'stories')}{copies}{not_compared(summary)}"
    ))
    grid.add_row("Sentences", Text(
        f"{summary.n_sentences}; {plural(summary.n_aligned_pairs, 'aligned pair')}, "
        f"{plural(summary.n_claims, 'claim')} stated by more than one outlet"
    ))
    grid.add_row("Found", _counts_line(summary))
    if options.selection.is_active:
        grid.add_row("Shown", Text(f"{len(shown.discrepancies)} of {summary.n_discrepancies} "
                                   f"({describe_selection(options)})"))
    return Panel(grid, title="consistency report", title_align="left", expand=True)


def _counts_line(summary: Summary) -> Text:
    line = Text(plural(summary.n_discrepancies, "discrepancy", "discrepancies"), style="bold")
    if summary.by_kind:
        line.append(" (" + ", ".join(f"{count} {kind}" for kind, count in summary.by_kind) + "); ")
        for number, (severity, count) in enumerate(summary.by_severity):
            line.append(", " if number else "")
            line.append(f"{count} {severity}", style=SEVERITY_STYLES[severity] if count else "")
    return line


def describe_selection(options: RenderOptions) -> str:
    """The filters in force, as a reader would type them."""
    chosen = options.selection
    parts = []
    if chosen.kinds:
        parts.append("kind " + ", ".join(chosen.kinds))
    if chosen.min_severity != "low":
        parts.append(f"severity {chosen.min_severity} or above")
    if chosen.sources:
        parts.append("outlet " + ", ".join(chosen.sources))
    if chosen.min_score:
        parts.append(f"score {chosen.min_score:g} or more; --all shows every one")
    if chosen.top is not None:
        parts.append(f"top {chosen.top}")
    return "; ".join(parts)


def discrepancy_table(rows: Iterable[tuple[int, Discrepancy]], title: str | None = "Discrepancies") -> Table:
    """One row per numbered discrepancy: kind and severity, both sentences with the
    differing values highlighted, and the explanation."""
    table = Table(show_lines=True, expand=True, title=title, title_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("outlet A", ratio=3, overflow="fold")
    table.add_column("outlet B", ratio=3, overflow="fold")
    table.add_column("why", ratio=2, overflow="fold")
    for number, discrepancy in rows:
        table.add_row(str(number), *discrepancy_cells(discrepancy))
    return table


def discrepancy_cells(discrepancy: Discrepancy) -> tuple[Text, Text, Text, Text]:
    finding, pair = discrepancy.finding, discrepancy.pair
    kind = Text(finding.kind + "\n")
    kind.append(finding.severity, style=SEVERITY_STYLES[finding.severity])
    kind.append(f"\nscore {finding.score:.2f}")
    return (
        kind,
        _side(pair.a, finding.a_spans, A_STYLE),
        _side(pair.b, finding.b_spans, B_STYLE),
        Text(literal(finding.explanation)),
    )


def claim_group_view(listed: ListedClaim, number: int, of: int) -> Group:
    group = listed.group
    title = Text(f"Claim {number} of {of}: ", style="bold")
    title.append(group.severity, style=SEVERITY_STYLES[group.severity])
    title.append(f" · {plural(len(group.discrepancies), 'discrepancy', 'discrepancies')} "
                 f"({', '.join(group.kinds)}) · {plural(len(group.outlets), 'outlet')}")
    parts: list = [title, discrepancy_table(listed.rows, title=None)]
    if listed.hidden_rows:
        parts.append(Text(f"… and {plural(listed.hidden_rows, 'more discrepancy', 'more discrepancies')} "
                          "in this claim (--all lists them)", style="dim"))
    in_rows = {(s.doc_id, s.index) for _, d in listed.rows for s in (d.pair.a, d.pair.b)}
    others = [s for s in (group.claim.sentences if group.claim else ()) if (s.doc_id, s.index) not in in_rows]
    if others:
        versions = Table.grid(padding=(0, 1), expand=True)
        versions.add_column(no_wrap=True)
        versions.add_column(style="bold", ratio=1, overflow="fold")
        versions.add_column(style="dim", ratio=4, overflow="fold")
        for position, sentence in enumerate(others):
            label = "Same claim also in" if position == 0 else ""
            versions.add_row(Text(label, style="dim"), Text(literal(sentence.source)), Text(literal(sentence.text)))
        parts.append(versions)
    return Group(*parts)


def alignment_table(pairs: tuple[AlignedPair, ...]) -> Table:
    table = Table(show_lines=True, expand=True, title="Aligned sentences", title_justify="left")
    table.add_column("similarity", justify="right", no_wrap=True)
    table.add_column("relation", no_wrap=True)
    table.add_column("outlet A", ratio=1, overflow="fold")
    table.add_column("outlet B", ratio=1, overflow="fold")
    for pair in pairs:
        table.add_row(f"{pair.similarity:.2f}", pair.relation, _side(pair.a, (), ""), _side(pair.b, (), ""))
    return table


def _side(sentence: Sentence, spans: tuple[tuple[int, int], ...], style: str) -> Text:
    cell = Text(literal(sentence.source), style="bold")
    cell.append("\n")
    cell.append_text(highlighted(sentence, spans, style))
    return cell


@renderers.register("table")
def render_table(report: Report, options: RenderOptions) -> Group:
    shown = select_discrepancies(report, options.selection)
    parts: list = [summary_panel(report, shown, options)]
    listing = list_claims(shown, options.budget)
    for position, listed in enumerate(listing.listed, start=1):
        parts.append(claim_group_view(listed, position, listing.n_claims))
    if listing.beyond:
        parts.append(Text(beyond_budget_line(listing), style="bold"))
    if not shown.discrepancies:
        message = "No discrepancies match the filters." if report.discrepancies else \
            "No discrepancies found between aligned sentences."
        parts.append(Text(message, style="green"))
    if options.include_alignments:
        parts.append(alignment_table(report.alignments))
    return Group(*parts)
