"""Markdown for issue trackers and wikis: the summary, the discrepancies grouped by claim
in tables, and the documents read.

Article text is untrusted: every character Markdown or HTML could read as syntax is
backslash-escaped, and line breaks inside a table cell become spaces.
"""

from __future__ import annotations

import re

from consistency.overview import ListedClaim, list_claims, select_discrepancies, summarize
from consistency.records import Report, Sentence
from consistency.renderers import RenderOptions, plural, renderers
from consistency.renderers.table import beyond_budget_line, describe_selection

# Enough to stop every inline construct (emphasis, code, links, HTML, entities, tables,
# strikethrough, math); article text never starts a line, so block markers such as "-"
# and "#" are safe as they are.
_SYNTAX = re.compile(r"([\\`*_\[\]<>|~&$])")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escaped(text: str) -> str:
    """``text`` as Markdown that renders to the same characters, on one line."""
    return _SYNTAX.sub(r"\\\1", _CONTROL.sub("", _LINE_BREAKS.sub(" ", text)))


def marked(sentence: Sentence, spans: tuple[tuple[int, int], ...]) -> str:
    """The sentence with each differing value in bold."""
    parts, position = [], 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        value = sentence.text[start:end]
        core = value.strip()
        lead = value[: len(value) - len(value.lstrip())]
        trail = value[len(value.rstrip()):]
        parts.append(escaped(sentence.text[position:start] + lead))
        parts.append(f"**{escaped(core)}**" if core else "")
        parts.append(escaped(trail))
        position = end
    parts.append(escaped(sentence.text[position:]))
    return "".join(parts)


def summary_lines(report: Report, shown: Report, options: RenderOptions) -> list[str]:
    summary = summarize(report)
    copies = f" ({plural(summary.n_copies, 'syndicated copy', 'syndicated copies')})" if summary.n_copies else ""
    lines = [
        f"- **Documents:** {summary.n_documents} from {plural(summary.n_outlets, 'outlet')} in "
        f"{plural(summary.n_stories, 'story', 'stories')}{copies}"
        + (f"; {summary.n_not_compared} read but not compared (language)" if summary.n_not_compared else ""),
        f"- **Sentences:** {summary.n_sentences}; {plural(summary.n_aligned_pairs, 'aligned pair')}, "
        f"{plural(summary.n_claims, 'claim')} stated by more than one outlet",
    ]
    found = plural(summary.n_discrepancies, "discrepancy", "discrepancies")
    if summary.by_kind:
        found += " (" + ", ".join(f"{count} {kind}" for kind, count in summary.by_kind) + "); "
        found += ", ".join(f"{count} {severity}" for severity, count in summary.by_severity)
    lines.append(f"- **Found:** {found}")
    if options.selection.is_active:
        lines.append(f"- **Shown:** {len(shown.discrepancies)} of {summary.n_discrepancies} "
                     f"({escaped(describe_selection(options))})")
    return lines


def group_lines(listed: ListedClaim, number: int, of: int) -> list[str]:
    group = listed.group
    lines = [
        f"## Claim {number} of {of}: {group.severity}, "
        f"{plural(len(group.discrepancies), 'discrepancy', 'discrepancies')} ({', '.join(group.kinds)}), "
        f"{plural(len(group.outlets), 'outlet')}",
        "",
        "| # | kind | severity | outlet A | outlet B | why |",
        "|--:|------|----------|----------|----------|-----|",
    ]
    for row, discrepancy in listed.rows:
        finding, pair = discrepancy.finding, discrepancy.pair
        lines.append(
            f"| {row} | {finding.kind} | {finding.severity} "
            f"| **{escaped(pair.a.source)}**: {marked(pair.a, finding.a_spans)} "
            f"| **{escaped(pair.b.source)}**: {marked(pair.b, finding.b_spans)} "
            f"| {escaped(finding.explanation)} |"
        )
    if listed.hidden_rows:
        lines += ["", f"… and {plural(listed.hidden_rows, 'more discrepancy', 'more discrepancies')} in this claim "
                      "(`--all` lists them)."]
    in_rows = {(s.doc_id, s.index) for _, d in listed.rows for s in (d.pair.a, d.pair.b)}
    others = [s for s in (group.claim.sentences if group.claim else ()) if (s.doc_id, s.index) not in in_rows]
    if others:
        lines += ["", "Same claim also in:", ""]
        lines += [f"- **{escaped(s.source)}**: {escaped(s.text)}" for s in others]
    return lines + [""]


def document_lines(report: Report) -> list[str]:
    sources = {summary.document.id: summary.document.source for summary in report.documents}
    lines = [
        "## Documents", "",
        "| outlet | title | file | sentences | story | syndicated copy of |",
        "|--------|-------|------|----------:|------:|--------------------|",
    ]
    for summary in report.documents:
        document = summary.document
        copy = escaped(sources.get(document.copy_of, document.copy_of)) if document.copy_of else ""
        lines.append(f"| {escaped(document.source)} | {escaped(document.title)} | {escaped(document.path)} "
                     f"| {summary.n_sentences} | {summary.story} | {copy} |")
    return lines + [""]


@renderers.register("markdown")
def render_markdown(report: Report, options: RenderOptions) -> str:
    shown = select_discrepancies(report, options.selection)
    lines = ["# consistency report", "", *summary_lines(report, shown, options), ""]
    listing = list_claims(shown, options.budget)
    for number, listed in enumerate(listing.listed, start=1):
        lines += group_lines(listed, number, listing.n_claims)
    if listing.beyond:
        lines += [f"**{beyond_budget_line(listing)}**", ""]
    if not shown.discrepancies:
        lines += ["No discrepancies match the filters." if report.discrepancies
                  else "No discrepancies found between aligned sentences.", ""]
    lines += document_lines(report)
    return "\n".join(lines)
