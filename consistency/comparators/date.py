"""``date``: the same event put on different days, months or years.

Relative dates are resolved against each article's own publication date, so "on Tuesday"
in one article and "on June 17" in another agree when that Tuesday was June 17, and "in
May" agrees with "last month" in a June article.
"""

from __future__ import annotations

import datetime as dt
import re

from consistency.comparators import PairContext, comparators, confidence_from_similarity, content_words, other_statements
from consistency.dates import DateMention, extract_dates, parse_published
from consistency.records import Finding, Sentence
from consistency.comparators._elsewhere import names_day, states_date
from consistency.comparators._quantity_findings import SAME_FACT_SIMILARITY
from consistency.comparators._scope import clause_around
from consistency.quantities import Quantity, _frame, conflicting_pairs, extract_quantities

#: Sentences that each give one date and are this close date one event.
ONE_DATE_SIMILARITY = 0.35


def _frame_of(text: str, mention: DateMention) -> frozenset[str]:
    return _frame(text, mention.start, mention.end)


@comparators.register("date")
def compare_dates(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    published_a = parse_published(context.a_document.published)
    published_b = parse_published(context.b_document.published)
    dates_a = list(extract_dates(a.text, published_a))
    dates_b = list(extract_dates(b.text, published_b))
    if not dates_a or not dates_b or _dates_a_picture(a.text, dates_a) or _dates_a_picture(b.text, dates_b):
        return []
    if other_statements(a, b, context, _date_words(dates_a), _date_words(dates_b)):
        return []  # two statements date two things

    def days(mentions: list[DateMention], reporting: bool) -> set:
        """The days the sentence gives to reports (``reporting``) or to events."""
        return {(mention.first, mention.granularity) for mention in mentions if mention.reporting == reporting}

    def comparable(first: DateMention, second: DateMention) -> bool:
        if _each_the_news_of_its_day(first, published_a, second, published_b):
            return False  # "struck on Monday" in Monday's report, "met Wednesday" in Wednesday's
        if first.granularity != second.granularity:
            return False  # "in October" and "on Tuesday" most often date different things
        if first.reporting != second.reporting:
            return False  # "officials said Tuesday" dates the telling, "killed on Monday" the event
        if _dating_different_counts(a.text, first, b.text, second):
            return False  # "92 dead in Thursday's blast", "118 in Monday's blast": two blasts
        frame_a, frame_b = _frame_of(a.text, first), _frame_of(b.text, second)
        if not about_one_event(first, frame_a, frame_b):
            return False
        if not (frame_a & frame_b) and (names_day(context.b_document, first) or names_day(context.a_document, second)):
            # No word around the two days in common, and one article names both days: a
            # story of several days ("Monday's bombing", "the ministry on Tuesday put the
            # toll at 118"). On the judged real news this removed 119 date findings, none right.
            return False
        # One of the articles gives both days: the sentences date different things.
        return not (states_date(context.b_document, first, frame_a) or states_date(context.a_document, second, frame_b))

    def about_one_event(first: DateMention, frame_a: frozenset[str], frame_b: frozenset[str]) -> bool:
        # One word in common around two days ("Moscow", "blast") is not one event: on the
        # judged real news, 0 of 73 such day findings were right. A year keeps the looser
        # test ("its last eruption was in 1992" / "last erupted in 1982").
        shared = frame_a & frame_b
        if len(shared) >= 2 or (shared and first.granularity == "year"):
            return True
        if first.granularity == "year":
            return False  # "the G7 in 2018", "Crimea in 2014": years date many things in one story
        if context.similarity >= SAME_FACT_SIMILARITY:
            return True
        # One date each, in sentences about one event: "reported on Wednesday", "the
        # company reported on Tuesday that it earned".
        one_each = len(days(dates_a, first.reporting)) == len(days(dates_b, first.reporting)) == 1
        return one_each and context.similarity >= ONE_DATE_SIMILARITY

    findings = []
    for first, second in conflicting_pairs(dates_a, dates_b, DateMention.agrees_with, comparable):
        exact = first.granularity == second.granularity == "day"
        findings.append(
            Finding(
                kind="date",
                score=round(confidence_from_similarity(context.similarity) * (1.0 if exact else 0.85), 3),
                # Low even for two exact days: stories of several days date many events, and
                # on judged real news 4 date findings in 116 were right.
                severity="low",
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


def _each_the_news_of_its_day(
    first: DateMention, published_a: dt.date | None, second: DateMention, published_b: dt.date | None
) -> bool:
    """True when two articles published on different days each date an event on the day
    they were published: coverage of a story that runs over several days, each report
    telling its own day's news (a strike "entered its second week Monday" in Monday's
    report, "Parliament voted Thursday" in Thursday's). On judged real news this removed
    73 date findings, none right. The day before publication does not count: the later
    report of one event often dates it so, and a conflict there is real ("the final on
    Saturday" in Saturday's report, "Sunday's final" in Monday's)."""
    if published_a is None or published_b is None or published_a == published_b:
        return False
    return first.granularity == second.granularity == "day" and (first.first, second.first) == (published_a, published_b)


def _date_words(dates: list[DateMention]) -> frozenset[str]:
    return frozenset().union(*(content_words(mention.text) for mention in dates))


#: What a photo caption shows, in the present tense, before its date.
_CAPTION_VERB = re.compile(
    r"\b(?:speaks|talks|stands|walks|poses|gestures|arrives|looks|holds|listens|attends|waves|smiles|sits|"
    r"detain|detains|carry|carries|inspect|inspects|standing|showing|checking|speaking|walking|holding|"
    r"looking|talking|posing|sitting|carrying|inspecting|pictured|seen here)\b"
)
_HANDLE_BEFORE = re.compile(r"\(@\w+\)\s+$")
_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d$")


def _dates_a_picture(text: str, mentions: list[DateMention]) -> bool:
    """Whether ``text`` is a photo caption or an embedded post's signature: what is shown,
    in the present tense, dated with the year ("Duncan Hunter speaks during a news
    conference ..., May 29, 2014", "Nicaraguan soldiers standing guard ... on September 7,
    2014"), or a day after a handle ("(@MSNNews) September 12, 2014"). It dates a picture
    or a post, not the event."""
    for mention in mentions:
        if mention.granularity != "day" or not re.search(r"\d", mention.text):
            continue  # a weekday or "today" dates no picture
        if mention.text[:1].isalpha() and _HANDLE_BEFORE.search(text, 0, mention.start):
            return True
        if _WITH_YEAR.search(mention.text) and _CAPTION_VERB.search(text, 0, mention.start):
            return True
    return False


def _counts_in_clause(text: str, mention: DateMention) -> list[Quantity]:
    start, end = clause_around(text, mention.start)
    return [q for q in extract_quantities(text) if q.kind == "count" and not q.vague and start <= q.start < end]


def _dating_different_counts(text_a: str, first: DateMention, text_b: str, second: DateMention) -> bool:
    """True when each date qualifies a count of one thing and the counts differ too: two
    events of one story (two blasts, two matches), not one event put on two days."""
    counts_b = _counts_in_clause(text_b, second)
    return any(
        count_a.comparable_with(count_b) and not count_a.agrees_with(count_b)
        for count_a in _counts_in_clause(text_a, first) for count_b in counts_b
    )


def _describe(mention: DateMention) -> str:
    if mention.granularity == "day":
        return mention.first.strftime("%a %d %b %Y")
    if mention.granularity == "month":
        return mention.first.strftime("%B %Y")
    if mention.granularity == "year":
        return str(mention.first.year)
    return f"week of {mention.first.strftime('%d %b %Y')}"
