"""A self-contained HTML report to send to colleagues: one file, no network, no external
assets.

It holds the summary, the discrepancies grouped by claim with both sentences side by side
and the differing values marked, filters by kind, severity and outlet (a small inline
script; the page is complete without it), every claim with each outlet's version, the
documents read with syndicated copies marked, and a heatmap of how often each pair of
outlets states the same claims and how often they conflict.

Article text is untrusted: everything from an article passes through ``html.escape``,
and a Content-Security-Policy lets only this module's own script run, so markup that
slipped through would still not execute.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace
from html import escape

from consistency.overview import (
    ClaimBudget,
    ClaimListing,
    ListedClaim,
    list_claims,
    outlets_of,
    select_discrepancies,
    source_agreement,
    summarize,
)
from consistency.records import SEVERITIES, Discrepancy, Report, Sentence
from consistency.renderers import RenderOptions, plural, renderers
from consistency.renderers.table import beyond_budget_line, describe_selection

STYLE = """
:root { --ink: #1d2430; --muted: #5b6472; --line: #d9dee6; --paper: #ffffff; --wash: #f4f6f9;
  --high: #b42318; --medium: #b54708; --low: #475467; --a: #fde2e1; --a-ink: #8f1d14; --b: #dcfae6; --b-ink: #085d3a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: var(--wash); }
main { max-width: 1180px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0; }
.muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(118px, 1fr)); gap: 10px; margin: 16px 0; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.card b { display: block; font-size: 24px; }
.card.lead { border-color: var(--high); box-shadow: inset 4px 0 0 var(--high); }
.card.lead.none { border-color: #12b76a; box-shadow: inset 4px 0 0 #12b76a; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 13px; font-weight: 600;
  background: #e9edf3; color: var(--ink); white-space: nowrap; }
.badge.high { background: var(--high); color: #fff; }
.badge.medium { background: var(--medium); color: #fff; }
.badge.low { background: var(--low); color: #fff; }
.badge.copy { background: #e0e7ff; color: #3730a3; }
.badge.zero { background: #e9edf3; color: var(--muted); font-weight: 400; }
.filters { position: sticky; top: 0; z-index: 2; background: var(--wash); padding: 10px 0; display: flex; flex-wrap: wrap;
  gap: 14px; align-items: center; border-bottom: 1px solid var(--line); }
.filters label { font-weight: 600; font-size: 14px; }
.filters select { margin-left: 6px; font: inherit; padding: 3px 6px; border: 1px solid var(--line); border-radius: 6px;
  background: var(--paper); }
.claim { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; margin: 16px 0; overflow: hidden; }
.claim > header { padding: 10px 16px; background: #eef1f6; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.discrepancy { border-top: 1px solid var(--line); padding: 12px 16px; }
.discrepancy:first-of-type { border-top: 0; }
.discrepancy .meta { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 8px; }
.number { font-weight: 700; color: var(--muted); min-width: 2em; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
@media (max-width: 720px) { .sides { grid-template-columns: 1fr; } }
.side { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; overflow-wrap: anywhere; }
.side .outlet { font-weight: 700; font-size: 13px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.side.a { border-left: 4px solid var(--a-ink); }
.side.b { border-left: 4px solid var(--b-ink); }
mark { padding: 0 2px; border-radius: 3px; font-weight: 700; }
mark.a { background: var(--a); color: var(--a-ink); }
mark.b { background: var(--b); color: var(--b-ink); }
.why { margin: 8px 0 0; color: var(--muted); overflow-wrap: anywhere; }
.versions { padding: 8px 16px 12px; border-top: 1px dashed var(--line); font-size: 14px; }
.versions ul { margin: 4px 0 0; padding-left: 18px; }
table { border-collapse: collapse; background: var(--paper); }
th, td { border: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
th { background: #eef1f6; }
td.count { text-align: right; font-variant-numeric: tabular-nums; }
.matrix td { text-align: center; min-width: 88px; font-variant-numeric: tabular-nums; }
.matrix td.self { background: #f0f2f5; }
.matrix td small { display: block; color: inherit; opacity: .85; }
.legend { display: flex; gap: 6px; align-items: center; font-size: 13px; margin-top: 8px; }
.legend span { display: inline-block; width: 28px; height: 14px; border-radius: 3px; }
details { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; padding: 6px 12px; }
details summary { cursor: pointer; }
.scroll { overflow-x: auto; }
[hidden] { display: none !important; }
"""

# Reads the filter menus (or #kind=...&severity=...&outlet=... in the address) and hides
# what does not match. It only compares data- attributes the renderer wrote.
SCRIPT = """
(function () {
  var order = {high: 0, medium: 1, low: 2};
  var kind = document.getElementById('filter-kind');
  var severity = document.getElementById('filter-severity');
  var outlet = document.getElementById('filter-outlet');
  var count = document.getElementById('shown-count');
  var more = document.getElementById('more-claims');
  var rows, groups;
  function collect() {
    rows = Array.prototype.slice.call(document.querySelectorAll('.discrepancy'));
    groups = Array.prototype.slice.call(document.querySelectorAll('.claim'));
  }
  function label() {
    var left = document.querySelectorAll('template.more-claims');
    more.hidden = !left.length;
    if (left.length) { more.textContent = 'Show ' + left[0].dataset.claims + ' more claims (' + more.dataset.left + ' not shown)'; }
  }
  if (more) {
    more.addEventListener('click', function () {
      var next = document.querySelector('template.more-claims');
      if (!next) { return; }
      more.dataset.left = +more.dataset.left - +next.dataset.claims;
      more.parentNode.insertBefore(next.content.cloneNode(true), more);
      next.parentNode.removeChild(next);
      collect();
      apply();
      label();
    });
    label();
  }
  collect();
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!kind.value || row.dataset.kind === kind.value)
        && order[row.dataset.severity] <= order[severity.value]
        && (!outlet.value || row.dataset.outletA === outlet.value || row.dataset.outletB === outlet.value);
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('.discrepancy:not([hidden])');
    });
    count.textContent = 'Showing ' + shown + ' of ' + (count.dataset.total || rows.length);
  }
  var wanted = new URLSearchParams(location.hash.slice(1));
  [['kind', kind], ['severity', severity], ['outlet', outlet]].forEach(function (pair) {
    var value = wanted.get(pair[0]);
    if (value !== null && Array.prototype.some.call(pair[1].options, function (o) { return o.value === value; })) {
      pair[1].value = value;
    }
    pair[1].addEventListener('change', apply);
  });
  apply();
  document.getElementById('filters').hidden = false;
  document.body.dataset.filtersReady = 'yes';
})();
"""


def _script_hash() -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")


def marked(sentence: Sentence, spans: tuple[tuple[int, int], ...], side: str) -> str:
    """The escaped sentence with each differing value in a <mark>."""
    parts, position = [], 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        parts.append(escape(sentence.text[position:start]))
        parts.append(f'<mark class="{side}">{escape(sentence.text[start:end])}</mark>')
        position = end
    parts.append(escape(sentence.text[position:]))
    return "".join(parts)


def summary_section(report: Report, shown: Report, options: RenderOptions) -> str:
    summary = summarize(report)
    cards = [
        ("discrepancies", summary.n_discrepancies), ("documents", summary.n_documents), ("outlets", summary.n_outlets), ("stories", summary.n_stories),
        ("sentences", summary.n_sentences), ("aligned pairs", summary.n_aligned_pairs),
        ("syndicated copies", summary.n_copies), ("claims", summary.n_claims),
    ]
    if summary.n_not_compared:
        cards.append(("read but not compared (language)", summary.n_not_compared))
    html = ['<section id="summary">', '<div class="cards">']
    lead = "card lead" + ("" if summary.n_discrepancies else " none")
    html += [f'<div class="{lead if label == "discrepancies" else "card"}"><b>{count}</b>{label}</div>'
             for label, count in cards]
    html.append("</div>")
    if summary.by_kind:
        html.append('<div class="chips"><span class="muted">By kind:</span>')
        html += [f'<span class="badge">{escape(kind)} {count}</span>' for kind, count in summary.by_kind]
        html.append('</div><div class="chips"><span class="muted">By severity:</span>')
        html += [f'<span class="badge {severity if count else "zero"}">{severity} {count}</span>'
                 for severity, count in summary.by_severity]
        html.append("</div>")
    if options.selection.is_active:
        html.append(f'<p class="muted">This report lists {len(shown.discrepancies)} of {summary.n_discrepancies} '
                    f"discrepancies ({escape(describe_selection(options))}).</p>")
    html.append("</section>")
    return "\n".join(html)


def filter_form(report: Report, shown: Report) -> str:
    kinds = sorted({d.finding.kind for d in shown.discrepancies})
    outlets = [o for o in outlets_of(report) if any(o in (d.pair.a.source, d.pair.b.source) for d in shown.discrepancies)]
    kind_options = "".join(f'<option value="{escape(k)}">{escape(k)}</option>' for k in kinds)
    severity_options = "".join(
        f'<option value="{s}"{" selected" if s == "low" else ""}>{s}{" or above" if s != "high" else ""}</option>'
        for s in SEVERITIES
    )
    outlet_options = "".join(f'<option value="{escape(o)}">{escape(o)}</option>' for o in outlets)
    return (
        '<form id="filters" class="filters" hidden>'
        f'<label>Kind<select id="filter-kind"><option value="">all kinds</option>{kind_options}</select></label>'
        f'<label>Severity<select id="filter-severity">{severity_options}</select></label>'
        f'<label>Outlet<select id="filter-outlet"><option value="">all outlets</option>{outlet_options}</select></label>'
        f'<span id="shown-count" class="muted" data-total="{len(shown.discrepancies)}">'
        f'{plural(len(shown.discrepancies), "discrepancy", "discrepancies")}</span>'
        "</form>"
    )


def discrepancy_item(discrepancy: Discrepancy, number: int) -> str:
    finding, pair = discrepancy.finding, discrepancy.pair
    return (
        f'<article class="discrepancy" id="{escape(discrepancy.id)}" data-kind="{escape(finding.kind)}" '
        f'data-severity="{finding.severity}" data-outlet-a="{escape(pair.a.source)}" data-outlet-b="{escape(pair.b.source)}">'
        f'<div class="meta"><span class="number">#{number}</span><span class="badge">{escape(finding.kind)}</span>'
        f'<span class="badge {finding.severity}">{finding.severity}</span>'
        f'<span class="muted">score {finding.score:.2f} · similarity {pair.similarity:.2f}</span></div>'
        '<div class="sides">'
        f'<div class="side a"><div class="outlet">{escape(pair.a.source)}</div>{marked(pair.a, finding.a_spans, "a")}</div>'
        f'<div class="side b"><div class="outlet">{escape(pair.b.source)}</div>{marked(pair.b, finding.b_spans, "b")}</div>'
        "</div>"
        f'<p class="why">{escape(finding.explanation)}</p>'
        "</article>"
    )


def claim_section(listed: ListedClaim, number: int, of: int, open_rows: int | None) -> str:
    """One claim; rows past ``open_rows`` are folded under a native <details>."""
    group = listed.group
    outlets = ", ".join(escape(outlet) for outlet in group.outlets)
    html = [
        f'<section class="claim" data-severity="{group.severity}">',
        f'<header><h3>Claim {number} of {of}</h3><span class="badge {group.severity}">{group.severity}</span>'
        f'<span class="muted">{plural(len(group.discrepancies), "discrepancy", "discrepancies")} '
        f'({escape(", ".join(group.kinds))}) · {outlets}</span></header>',
    ]
    html += [discrepancy_item(d, n) for n, d in listed.rows[:open_rows]]
    folded = listed.rows[open_rows:] if open_rows is not None else ()
    if folded:
        html.append(f'<details class="more-rows"><summary>{plural(len(folded), "more discrepancy", "more discrepancies")} '
                    "in this claim</summary>")
        html += [discrepancy_item(d, n) for n, d in folded]
        html.append("</details>")
    in_rows = {(s.doc_id, s.index) for d in group.discrepancies for s in (d.pair.a, d.pair.b)}
    others = [s for s in (group.claim.sentences if group.claim else ()) if (s.doc_id, s.index) not in in_rows]
    if others:
        html.append('<div class="versions"><span class="muted">Same claim also in:</span><ul>')
        html += [f"<li><b>{escape(s.source)}</b>: {escape(s.text)}</li>" for s in others]
        html.append("</ul></div>")
    html.append("</section>")
    return "\n".join(html)


def deferred_claims(listing: ClaimListing, budget: ClaimBudget) -> list[str]:
    """Claims past the budget, in inert <template> blocks of one budget each that the page's
    script lays out on demand: a browser renders the first claims at once however many
    there are. Without the script, a line says where they are."""
    if not listing.beyond:
        return []
    chunk = budget.claims or len(listing.beyond)
    first = len(listing.listed) + 1
    html = [f'<p class="muted beyond">{escape(beyond_budget_line(listing))}</p>']
    for start in range(0, len(listing.beyond), chunk):
        block = listing.beyond[start : start + chunk]
        html.append(f'<template class="more-claims" data-claims="{len(block)}">')
        html += [claim_section(listed, first + start + offset, listing.n_claims, budget.rows) for offset, listed in enumerate(block)]
        html.append("</template>")
    html.append(f'<button id="more-claims" type="button" data-left="{len(listing.beyond)}" hidden>Show more claims</button>')
    return html


def claims_section(report: Report) -> str:
    conflicted = {d.claim for d in report.discrepancies if d.claim}
    html = ['<section id="claims">', "<h2>Claims</h2>",
            '<p class="muted">Each statement made by more than one outlet, with every outlet\'s sentence.</p>']
    for number, claim in enumerate(report.claims, start=1):
        outlets = ", ".join(escape(o) for o in dict.fromkeys(s.source for s in claim.sentences))
        badge = '<span class="badge high">in conflict</span> ' if claim.id in conflicted else ""
        html.append(f'<details id="{escape(claim.id)}"><summary>{badge}Claim {number}: {outlets}</summary><ul>')
        html += [f"<li><b>{escape(s.source)}</b>: {escape(s.text)}</li>" for s in claim.sentences]
        html.append("</ul></details>")
    if not report.claims:
        html.append("<p>No statement was made by more than one outlet.</p>")
    html.append("</section>")
    return "\n".join(html)


def documents_section(report: Report) -> str:
    sources = {summary.document.id: summary.document.source for summary in report.documents}
    html = ['<section id="documents">', "<h2>Documents</h2>", '<div class="scroll"><table>',
            "<thead><tr><th>outlet</th><th>title</th><th>file</th><th>sentences</th><th>story</th><th>syndicated</th></tr>"
            "</thead><tbody>"]
    for summary in report.documents:
        document = summary.document
        copy = ""
        if document.copy_of:
            copy = f'<span class="badge copy">copy of {escape(sources.get(document.copy_of, document.copy_of))}</span>'
        html.append(
            f"<tr><td>{escape(document.source)}</td><td>{escape(document.title)}</td><td>{escape(document.path)}</td>"
            f'<td class="count">{summary.n_sentences}</td><td class="count">{summary.story}</td><td>{copy}</td></tr>'
        )
    html.append("</tbody></table></div></section>")
    return "\n".join(html)


def heat(conflicting: int, shared: int) -> str:
    """Cell colour: white where outlets share nothing, green where they agree on every
    shared claim, through amber to red where they conflict on all of them."""
    if not shared:
        return "background:#ffffff;color:#98a2b3"
    ratio = conflicting / shared
    hue = round(130 * (1 - ratio))
    lightness = round(88 - 30 * ratio)
    return f"background:hsl({hue},70%,{lightness}%);color:{'#fff' if lightness < 65 else '#1d2430'}"


def matrix_section(report: Report) -> str:
    agreement = source_agreement(report)
    html = ['<section id="agreement">', "<h2>Source agreement</h2>",
            '<p class="muted">For each pair of outlets: how many of the claims both state are in conflict. '
            "Green cells agree on everything they share, red ones conflict on all of it; · shares nothing.</p>",
            '<div class="scroll"><table class="matrix"><thead><tr><th></th>']
    html += [f'<th scope="col">{escape(outlet)}</th>' for outlet in agreement.outlets]
    html.append("</tr></thead><tbody>")
    for row, outlet in enumerate(agreement.outlets):
        cells = [f'<th scope="row">{escape(outlet)}</th>']
        for column in range(len(agreement.outlets)):
            if row == column:
                cells.append('<td class="self">—</td>')
                continue
            shared, conflicting = agreement.shared[row][column], agreement.conflicting[row][column]
            title = f"{escape(outlet)} and {escape(agreement.outlets[column])}: {conflicting} in conflict of {shared} shared"
            if not shared:
                cells.append(f'<td style="{heat(0, 0)}" title="{title}">·</td>')
                continue
            cells.append(f'<td style="{heat(conflicting, shared)}" title="{title}">{conflicting} of {shared}'
                         "<small>in conflict</small></td>")
        html.append("<tr>" + "".join(cells) + "</tr>")
    html.append("</tbody></table></div>")
    html.append('<div class="legend"><span style="background:#fff;border:1px solid #d9dee6"></span>nothing shared '
                f'<span style="{heat(0, 1)}"></span>all agree <span style="{heat(1, 2)}"></span>half conflict '
                f'<span style="{heat(1, 1)}"></span>all conflict</div>')
    html.append("</section>")
    return "\n".join(html)


@renderers.register("html")
def render_html(report: Report, options: RenderOptions) -> str:
    shown = select_discrepancies(report, options.selection)
    listing = list_claims(shown, replace(options.budget, rows=None))
    body = [
        "<main>",
        "<header><h1>consistency report</h1>",
        f'<p class="muted">Where outlets reporting the same story disagree. Model: {escape(report.model)}.</p></header>',
        summary_section(report, shown, options),
        '<section id="discrepancies"><h2>Discrepancies by claim</h2>',
        filter_form(report, shown),
    ]
    body += [claim_section(listed, number, listing.n_claims, options.budget.rows)
             for number, listed in enumerate(listing.listed, start=1)]
    body += deferred_claims(listing, options.budget)
    if not shown.discrepancies:
        body.append("<p>No discrepancies match the filters.</p>" if report.discrepancies
                    else "<p>No discrepancies found between aligned sentences.</p>")
    body += ["</section>", matrix_section(report), claims_section(report), documents_section(report), "</main>"]
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src '{_script_hash()}'; img-src data:"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>consistency report</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
