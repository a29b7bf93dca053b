"""``number``: counts, ordinals, money, percentages and measures that disagree."""

from __future__ import annotations

from consistency.comparators import PairContext, comparators
from consistency.comparators._quantity_findings import quantity_findings
from consistency.records import Finding, Sentence


@comparators.register("number")
def compare_numbers(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    return quantity_findings("number", {"count", "ordinal", "money", "percent", "measure"}, a, b, context)
