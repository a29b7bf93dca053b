"""``time``: clock times that disagree ("9:10 a.m." vs "9:40 a.m.", "0710 GMT")."""

from __future__ import annotations

from consistency.comparators import PairContext, comparators
from consistency.comparators._quantity_findings import quantity_findings
from consistency.records import Finding, Sentence


@comparators.register("time")
def compare_times(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    return quantity_findings("time", {"time"}, a, b, context)
