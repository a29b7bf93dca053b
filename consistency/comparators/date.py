"""``date``: the same event put on different days, months or years.

Relative dates are resolved against each article's own publication date, so "on Tuesday"
in one article and "on June 17" in another agree when that Tuesday was June 17, and "in
May" agrees with "last month" in a June article.
"""

from __future__ import annotations

from consistency.comparators import PairContext, comparators, confidence_from_similarity
from consistency.dates import DateMention, extract_dates, parse_published
from consistency.records import Finding, Sentence
from consistency.comparators._quantity_findings import SAME_FACT_SIMILARITY
from consistency.quantities import _frame, conflicting_pairs

#: Sentences that each give one date and are this close date one event.
ONE_DATE_SIMILARITY = 0.35


def _frame_of(text: str, mention: DateMention) -> frozenset[str]:
    return _frame(text, mention.start, mention.end)


@comparators.register("date")
def compare_dates(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    dates_a = list(extract_dates(a.text, parse_published(context.a_document.published)))
    dates_b = list(extract_dates(b.text, parse_published(context.b_document.published)))
    if not dates_a or not dates_b:
        return []
    days_a = {(mention.first, mention.granularity) for mention in dates_a}
    days_b = {(mention.first, mention.granularity) for mention in dates_b}

    def comparable(first: DateMention, second: DateMention) -> bool:
        if first.granularity != second.granularity:
            return False  # "in October" and "on Tuesday" most often date different things
        frame_a, frame_b = _frame_of(a.text, first), _frame_of(b.text, second)
        if frame_a & frame_b:
            return True
        if first.granularity == "year":
            return False  # "the G7 in 2018", "Crimea in 2014": years date many things in one story
        if context.similarity >= SAME_FACT_SIMILARITY:
            return True
        # One date each, in sentences about one event: "reported on Wednesday", "the
        # company reported on Tuesday that it earned".
        return len(days_a) == len(days_b) == 1 and context.similarity >= ONE_DATE_SIMILARITY

    findings = []
    for first, second in conflicting_pairs(dates_a, dates_b, DateMention.agrees_with, comparable):
        exact = first.granularity == second.granularity == "day"
        findings.append(
            Finding(
                kind="date",
                score=round(confidence_from_similarity(context.similarity) * (1.0 if exact else 0.85), 3),
                severity="high" if exact else "medium",
                a_value=first.text,
                b_value=second.text,
                a_spans=((first.start, first.end),),
                b_spans=((second.start, second.end),),
                explanation=(
                    f"{a.source} says '{first.text}' ({_describe(first)}); "
                    f"{b.source} says '{second.text}' ({_describe(second)})"
                ),
            )
        )
    return findings


def _describe(mention: DateMention) -> str:
    if mention.granularity == "day":
        return mention.first.strftime("%a %d %b %Y")
    if mention.granularity == "month":
        return mention.first.strftime("%B %Y")
    if mention.granularity == "year":
        return str(mention.first.year)
    return f"week of {mention.first.strftime('%d %b %Y')}"
