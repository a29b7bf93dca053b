"""A report of thousands of findings is laid out up to a budget of claims, then one line
says how many more there are; the summary still counts everything."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

import consistency.renderers.table as table_renderer
from consistency.overview import EVERY_CLAIM, ClaimBudget, list_claims
from consistency.records import Claim, DocumentSummary, Document, Report
from consistency.renderers import RenderOptions
from consistency.renderers.html import render_html
from consistency.renderers.markdown import render_markdown
from consistency.renderers.table import render_table
from tests.hand_built_report import discrepancy, sentence

N_CLAIMS = 120
ROWS_IN_FIRST_CLAIM = 9


def big_report() -> Report:
    """120 claims about floors; the first claim holds 9 discrepancies (one per pair of its
    outlets' sentences), every other claim one. Ranked: the first claim's rows first."""
    documents = tuple(DocumentSummary(Document(f"d{n}", f"Outlet {n}", ""), N_CLAIMS, 0) for n in range(10))
    claims, found = [], []
    first = [sentence(f"d{n}", f"Outlet {n}", 0, f"The fire began on the {n + 10}th floor.") for n in range(10)]
    claims.append(Claim("c0000", tuple(first)))
    for n in range(1, ROWS_IN_FIRST_CLAIM + 1):
        found.append(discrepancy(f"d0-{n}", first[0], first[n], "number", "high", "10th", f"{n + 10}th", "c0000", 1.0 - n / 100))
    for number in range(1, N_CLAIMS):
        a = sentence("d0", "Outlet 0", number, f"Crews found {number} people on floor {number}.")
        b = sentence("d1", "Outlet 1", number, f"Crews found {number + 1} people on floor {number}.")
        claims.append(Claim(f"c{number:04d}", (a, b)))
        found.append(discrepancy(f"d{number}", a, b, "number", "medium", f"{number} people", f"{number + 1} people",
                                 f"c{number:04d}", 0.5))
    return Report(documents, tuple(found), (), model="fake", claims=tuple(claims))


def test_budget_lists_claims_in_order_of_their_best_finding_with_json_ranks():
    listing = list_claims(big_report(), ClaimBudget(claims=50, rows=3))
    assert len(listing.listed) == 50 and len(listing.beyond) == N_CLAIMS - 50
    first = listing.listed[0]
    assert [number for number, _ in first.rows] == [1, 2, 3] and first.hidden_rows == ROWS_IN_FIRST_CLAIM - 3
    # The second claim's only row is the report's 10th discrepancy: numbers are JSON ranks.
    assert listing.listed[1].rows[0][0] == ROWS_IN_FIRST_CLAIM + 1
    assert listing.beyond_discrepancies == N_CLAIMS - 50


def test_table_renderer_is_handed_at_most_the_budgeted_claims(monkeypatch):
    handed = []
    original = table_renderer.claim_group_view
    monkeypatch.setattr(table_renderer, "claim_group_view", lambda listed, *rest: handed.append(listed) or original(listed, *rest))
    render_table(big_report(), RenderOptions(budget=ClaimBudget(claims=50, rows=3)))
    assert len(handed) == 50
    assert max(len(listed.rows) for listed in handed) == 3


def _text(renderable) -> str:
    console = Console(width=160, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def test_table_says_how_many_claims_are_not_listed_and_summary_counts_all():
    text = _text(render_table(big_report(), RenderOptions(budget=ClaimBudget(claims=50, rows=3))))
    assert "70 more claims (70 discrepancies) not listed: --max-claims N lists more, --all lists every one" in text
    assert "… and 6 more discrepancies in this claim (--all lists them)" in text
    assert f"{ROWS_IN_FIRST_CLAIM + N_CLAIMS - 1} discrepancies" in text  # the summary panel
    assert "Claim 50 of 120" in text and "Claim 51 of 120" not in text


def test_every_claim_budget_lists_everything():
    text = _text(render_table(big_report(), RenderOptions(budget=EVERY_CLAIM)))
    assert "Claim 120 of 120" in text and "not listed" not in text and "more discrepancies in this claim" not in text


def test_markdown_keeps_the_same_budget():
    text = render_markdown(big_report(), RenderOptions(budget=ClaimBudget(claims=20, rows=2)))
    assert len(re.findall(r"^## Claim \d+ of 120", text, re.MULTILINE)) == 20
    assert "**100 more claims (100 discrepancies) not listed" in text
    assert "… and 7 more discrepancies in this claim" in text


@pytest.mark.parametrize("budget", [ClaimBudget(claims=50, rows=3), ClaimBudget(claims=25, rows=3)])
def test_html_lays_out_the_budget_and_keeps_the_rest_inert_for_on_demand(budget):
    page = render_html(big_report(), RenderOptions(budget=budget))
    outside_templates = re.sub(r"<template.*?</template>", "", page, flags=re.DOTALL)
    assert outside_templates.count('<section class="claim"') == budget.claims
    templates = re.findall(r'<template class="more-claims" data-claims="(\d+)">', page)
    assert sum(map(int, templates)) == N_CLAIMS - budget.claims and max(map(int, templates)) <= budget.claims
    # Every finding is still in the page, the extra rows of a claim folded under <details>.
    assert page.count('<article class="discrepancy"') == ROWS_IN_FIRST_CLAIM + N_CLAIMS - 1
    assert '<details class="more-rows"><summary>6 more discrepancies in this claim</summary>' in page
    assert page.count("<script") == 1
