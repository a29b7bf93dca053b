"""Shared by the number and time comparators: turn conflicting quantities into findings."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import combinations
from typing import Callable

from consistency.comparators import PairContext, confidence_from_similarity, content_words, language_of, shared_statement
from consistency.comparators._elsewhere import sentence_around, states_quantity
from consistency.comparators._scope import clause_around
from consistency.dates import DateMention, extract_dates, parse_published
from consistency.memo import per_sentence
from consistency.quantities import (
    CONVERSIONS, GENERIC_HEADS, WORD_NUMBERS, Quantity, conflicting_pairs, counts_people, extract_quantities, far_apart, name_different_parts,
    numbered_parts, one_toll_told, one_workforce, rounds_to_the_other, said_alike,
)
from consistency.records import Finding, Sentence


def quantity_findings(kind: str, kinds: set[str], a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    """Findings for quantities of ``kinds`` that disagree between ``a`` and ``b``.

    Severity: ``high`` when both values are exact (a plain factual conflict), ``medium``
    when one is approximate and still cannot be the same amount. Score: how sure we are
    that the sentences speak of the same fact (their similarity), lowered to 0.75 of that
    when the two numbers were matched by surrounding words rather than by the noun they
    count.
    """
    quantities_a = _amounts(a.text, frozenset(kinds))
    quantities_b = _amounts(b.text, frozenset(kinds))
    published = parse_published(context.a_document.published), parse_published(context.b_document.published)
    days = _days_of_events(a.text, b.text, *published) if kind == "number" and quantities_a and quantities_b else None

    # Words around amounts are matched in English; in another language only the words its
    # reading rewrites are, so there one amount of a kind on each side is matched too.
    read_in_english = language_of(context.a_document) == language_of(context.b_document) == "en"
    roles_a, roles_b = _totals_and_parts(a.text, frozenset(kinds)), _totals_and_parts(b.text, frozenset(kinds))

    def comparable(first: Quantity, second: Quantity) -> bool:
        # Outlets word the same fact differently ("called to the scene" / "deployed"), so
        # unrelated surrounding words rule a pair out only when the sentences differ too.
        if first.vague or second.vague:
            if first.vague == second.vague or not _far_outside_vague(first, second):
                return False  # "dozens", "several": too loose to contradict what is near them
        if not first.comparable_with(second) and not (
            (not read_in_english or _an_area_or_a_volume(first))
            and _alone_of_their_kind(first, second, quantities_a, quantities_b, context.similarity)
        ):
            return False
        if days and _of_different_days(first, second, a.text, b.text, *days):
            return False  # "92 dead in Thursday's blast", "118 in Monday's blast": two blasts
        dated = (_date_of(a.text, first, days[0]), _date_of(b.text, second, days[1])) if days else None
        past = dated and _of_a_past_event(*dated, *published)
        one_past_event = past and _one_past_event_told_back(
            dated, (a, b), (context.a_document.text, context.b_document.text), (first, second), published
        )
        if past and not one_past_event:
            return False  # "the August 7 bombing killed 213 people" is not this year's blast
        if dated and _of_different_years(*dated, *published):
            return False  # "two expansion teams ... in 2000", "four teams added by 2017"
        if dated and _one_of_a_year_gone_by((a.text, b.text), (first, second), dated, days):
            return False  # "last year in Sarajevo, 31 girls" is not this trip's 28
        if days and all(published) and not one_past_event and _of_an_earlier_blast(
            _day_of_event(a, context.a_document.text, first, days[0], published[0]), published[0],
            _day_of_event(b, context.b_document.text, second, days[1], published[1]), published[1],
        ):
            return False  # "93 victims of last Thursday's blast" is not the toll of Monday's
        if not (first.frame & second.frame or first.topics & second.topics or context.similarity >= SAME_FACT_SIMILARITY
                or _one_specific_noun(first, second) or one_toll_told(first, second) or one_workforce(first, second)
                or (first.kind == "time" and _when_it_struck(a.text, first) and _when_it_struck(b.text, second))):
            return False
        if (_listed(first, quantities_a, a.text) or _listed(second, quantities_b, b.text)) and not first.frame & second.frame:
            return False  # "93 dead last Thursday, and 64 in Buinaksk": a list of tolls, one of them not this one
        if first.kind == "time" and first.predicate and second.predicate and first.predicate != second.predicate:
            return False  # "departed at 7:05 a.m.", "landed at 9:35 a.m.": two ends of one journey
        if first.kind == "time" and (_a_moment_to_count_by(a.text, first) or _a_moment_to_count_by(b.text, second)):
            return False  # "had voted by 2:00 pm": when a running count was taken, not when a thing happened
        if _partial_count_mark(a.text) != _partial_count_mark(b.text):
            return False  # "early results showed 89.8 percent Yes", "final results ... 89.92 percent": two moments
        if _counted_at_different_moments(a.text, first, b.text, second):
            return False  # "14 percent had voted by 2:00 pm", "56 percent by 9:00 pm": one count, two moments
        if far_apart(first, second) and shared_statement(a.text, b.text, *_value_words(a.text, b.text, first, second)) < ONE_STATEMENT_SHARE:
            return False  # "30 teams" in the league and "four" new ones; "0 women" on a panel and "1.3 million"
        if _in_addition(a.text, first) != _in_addition(b.text, second):
            return False  # "another 60,000 workers were locked out" is not the 550,000 on strike
        if _a_part(a.text, first) != _a_part(b.text, second) and first.head != second.head:
            return False  # "Thirteen children were among those killed" is no toll of the blast
        if _a_running_total(a.text, first) != _a_running_total(b.text, second):
            return False  # "more than 200 dead in two weeks" of bombings is no toll of one blast
        if first.kind == "percent" and not _shares_of_one_thing(a.text, first, b.text, second):
            return False  # "55.92 percent of voters had cast their ballots", "89.92 percent said Yes"
        if {roles_a.get(first.start), roles_b.get(second.start)} == {"total", "part"}:
            return False  # "11 shots: seven, a pause, then four" and "six shots, then four more": a total and a part
        if _per_unit(a.text, first) != _per_unit(b.text, second):
            return False  # "$346 million apiece" is not the "$800 million" offer
        if _anniversaries_of_different_things(a.text, first, b.text, second):
            return False  # "the 13th anniversary of 9/11", "the second anniversary of the Benghazi attack"
        # One of the articles gives both values: the sentences count different things.
        return not (states_quantity(context.b_document, first, a.text) or states_quantity(context.a_document, second, b.text))

    findings = []
    summed = _parts_of_a_total(a.text, quantities_a, b.text, quantities_b, comparable)
    if summed is None:
        flipped = _parts_of_a_total(b.text, quantities_b, a.text, quantities_a, lambda x, y: comparable(y, x))
        summed = None if flipped is None else (flipped[1], flipped[0])
    parts_and_total = set()
    if summed is not None:
        parts_a, parts_b = summed
        parts_and_total = {(first, second) for first in parts_a for second in parts_b}
        findings.extend(_sum_finding(kind, a, parts_a, b, parts_b, context))
    for first, second in conflicting_pairs(quantities_a, quantities_b, _agree, comparable, _same_amount):
        if (first, second) in parts_and_total:
            continue  # "213 in Nairobi" is a part of "the blasts killed 220"; their sum was compared
        if name_different_parts(a.text, ((first.start, first.end),), b.text, ((second.start, second.end),)):
            continue  # "Section 7 carried 412 tonnes", "Section 9 took 480 tonnes": two sections
        head_match = 1.0 if first.head and first.head == second.head or first.kind in ("money", "percent", "time") else 0.75
        score = round(confidence_from_similarity(context.similarity) * head_match, 3)
        findings.append(
            Finding(
                kind=kind,
                score=score,
                severity="high" if first.exact and second.exact and not far_apart(first, second, CLOSE_RATIO) else "medium",
                a_value=first.text,
                b_value=second.text,
                a_spans=((first.start, first.end),),
                b_spans=((second.start, second.end),),
                explanation=f"{a.source} says {_phrase(a.text, first)}; {b.source} says {_phrase(b.text, second)}",
            )
        )
    return findings


#: What an anniversary marks: "the 13th anniversary of the 9/11 attacks".
_OF_WHAT = re.compile(r"\s+of\s+((?:[\w'’/-]+\s+){0,3}[\w'’/-]+)")


def _anniversaries_of_different_things(text_a: str, first: Quantity, text_b: str, second: Quantity) -> bool:
    """Two anniversaries that say what they mark and share no word of it count years since
    two events, not one."""
    if not (first.kind == second.kind == "ordinal" and first.head == second.head == "anniversary"):
        return False
    marked = [_OF_WHAT.match(text, quantity.phrase_end) for text, quantity in ((text_a, first), (text_b, second))]
    if not all(marked):
        return False
    words_a, words_b = (content_words(match.group(1)) for match in marked)
    return bool(words_a and words_b) and not words_a & words_b


def _parts_of_a_total(parts_text: str, parts: tuple[Quantity, ...], total_text: str, totals: tuple[Quantity, ...],
                      comparable: Callable[[Quantity, Quantity], bool]) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]] | None:
    """The counts one sentence gives event by event and the one count the other gives for
    them all: "The bombing in Nairobi killed 213 people ... another the same day in Dar es
    Salaam killed 11" and "The blasts killed 220 people". None when there are none."""
    for total in totals:
        if total.kind != "count" or not total.exact or not total.predicate:
            continue
        start, end = clause_around(total_text, total.start)
        if not _EVENTS_TOGETHER.search(total_text, start, end):
            continue
        alike = tuple(q for q in parts if q.kind == "count" and q.exact and q.predicate == total.predicate and q.head == total.head)
        if len(alike) >= 2 and _ANOTHER_EVENT.search(parts_text, alike[0].end, alike[-1].start) and any(
            comparable(part, total) for part in alike
        ):
            return alike, (total,)
    return None


def _sum_finding(kind: str, a: Sentence, parts_a: tuple[Quantity, ...], b: Sentence, parts_b: tuple[Quantity, ...],
                 context: PairContext) -> list[Finding]:
    """A finding when the parts one sentence gives do not add up to the total the other
    gives; none when they do."""
    sum_a, sum_b = (sum(q.value for q in parts) for parts in (parts_a, parts_b))
    if sum_a == sum_b:
        return []
    return [
        Finding(
            kind=kind,
            score=round(confidence_from_similarity(context.similarity), 3),
            severity="high" if max(sum_a, sum_b) <= CLOSE_RATIO * min(sum_a, sum_b) else "medium",
            a_value=" + ".join(q.text for q in parts_a),
            b_value=" + ".join(q.text for q in parts_b),
            a_spans=tuple((q.start, q.end) for q in parts_a),
            b_spans=tuple((q.start, q.end) for q in parts_b),
            explanation=f"{a.source} says {_parts_told(a.text, parts_a, sum_a)}; {b.source} says {_parts_told(b.text, parts_b, sum_b)}",
        )
    ]


def _parts_told(text: str, parts: tuple[Quantity, ...], total: float) -> str:
    """The parts as the sentence words them and their sum: "'213 people' and '11 people'
    (224 in all)"; one part alone as the sentence words it."""
    if len(parts) == 1:
        return _phrase(text, parts[0])
    return " and ".join(_phrase(text, q) for q in parts) + f" ({total:,.0f} in all)"


#: Several events told as one: "the blasts killed 220", "both bombings", "the twin attacks".
_EVENTS_TOGETHER = re.compile(
    r"\b(?:the|both|two|twin|those|these)\s+(?:\w+\s+)?(?:blasts|bombings|explosions|attacks|crashes|shootings|raids|air\s?strikes)\b",
    re.IGNORECASE,
)
#: A second event told after the first in one sentence: "while another the same day in
#: Dar es Salaam killed 11", "and a second in Mombasa killed 4".
_ANOTHER_EVENT = re.compile(r"\b(?:another|a\s+second|the\s+other|a\s+third)\b", re.IGNORECASE)


def _far_outside_vague(first: Quantity, second: Quantity) -> bool:
    """True when an exact amount lies well outside what a vague one ("several", "dozens")
    can mean: "40 people missing" is not "several people missing"; "10" or "at least 30" may be."""
    vague, exact = (first, second) if first.vague else (second, first)
    if exact.kind != "count" or not exact.exact or exact.head != vague.head or vague.head in _SPANS_OF_TIME:
        return False  # "a few days later" is when something happened, not how long it lasted
    return exact.value > VAGUE_REACH * vague.high or exact.value * VAGUE_REACH < vague.value


#: Heads that make a count a span of time, which a vague amount of it ("a few days later")
#: dates rather than counts.
_SPANS_OF_TIME = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
#: How far beyond a vague amount's range ("several": 3 to 9) an exact one must lie to
#: contradict it: twice its top or half its bottom.
VAGUE_REACH = 2.0


#: Above this cosine two aligned sentences are taken to report the same fact whatever
#: words surround their numbers.
SAME_FACT_SIMILARITY = 0.5
#: Above this cosine a Portuguese or Spanish sentence and its counterpart (in any language)
#: are taken to state one fact when each gives one amount of a kind: their words cannot all
#: be matched.
SAME_FACT_ACROSS_LANGUAGES = 0.6


#: Two exact amounts this close (or a slip apart) are a plain conflict (``high``): on judged
#: real news, amounts less than 1.25 times apart were the same fact told two ways about half
#: the time, amounts further apart about one time in eight.
CLOSE_RATIO = 1.25
#: Share of the shorter sentence's content words (the two amounts left out) that two
#: sentences giving amounts far apart must have in common to state one fact.
ONE_STATEMENT_SHARE = 0.6


def _value_words(text_a: str, text_b: str, first: Quantity, second: Quantity) -> tuple[frozenset[str], frozenset[str]]:
    """The words of each amount as written ("1.3 million"), left out of what two sentences share."""
    return content_words(text_a[first.start : first.end]), content_words(text_b[second.start : second.end])


#: A count of a group in addition to another: "another 60,000 workers", "a further 12",
#: "the other three teams", "40 more", "they also beheaded six".
_ADDITION_BEFORE = re.compile(
    r"\b(?:another|a\s+further|an\s+additional|the\s+other|other)\s+(?:[\w-]+\s+)?$|\balso\s+[a-z]+(?:ed|ing)\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
_ADDITION_AFTER = re.compile(r"^\s+(?:more|others|additional)\b", re.IGNORECASE)


#: A count summed over a period or a series of events: "more than 200 people dead in two
#: weeks", "the series of bombings in which more than 200 people have died", "killed 40 so
#: far this year".
_TOTAL_OVER_A_PERIOD_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:\w+\s+)?"
    r"(?:days|weeks|months|years|decades)\b|^[^,;.]{0,40}?\bso\s+far\s+this\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
_TOTAL_OF_A_SERIES_BEFORE = re.compile(r"\b(?:series|wave|spate|string)\s+of\s+[^,;.]{0,60}$", re.IGNORECASE)


def _a_running_total(text: str, quantity: Quantity) -> bool:
    return _said_around(text, quantity, _TOTAL_OF_A_SERIES_BEFORE, 80, _TOTAL_OVER_A_PERIOD_AFTER, 80) or bool(
        _ONE_EVENTS_TOLL_INCLUDED.match(text, quantity.end)
    )


#: What a share of voters (or of those polled) did: turned out, said yes, said no, or
#: have not decided. "A turnout of 63.3 percent" and "89.92 percent of voters said Yes" are
#: two figures of one vote.
_SHARES = (
    # A bar the vote had to pass, not a share of it: "the required 50 percent minimum", "a 50
    # percent turnout threshold".
    ("threshold", re.compile(r"^[\s-]*(?:(?:turnout|participation)\s+)?(?:minimum|threshold|quorum|mark)\b", re.IGNORECASE),
     re.compile(r"\b(?:required|minimum(?:\s+of)?|threshold\s+of)\s+$", re.IGNORECASE)),
    ("turnout", re.compile(
        r"^.{0,70}?\b(?:cast\s+(?:their\s+|absentee\s+)?(?:ballots?|votes?)|turn(?:ed)?\s+out|turnout|showed\s+up|"
        r"took\s+part|participated|went\s+to\s+the\s+polls|had\s+voted|have\s+voted|decided\s+to\s+vote)\b", re.IGNORECASE),
     re.compile(r"\bturnout\s+(?:of|at|was|is|comes\s+to|came\s+to|stood\s+at|reached)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)),
    ("yes", re.compile(
        r"^.{0,70}?(?:\bsaid\s+[\"“]?yes\b|[\"“]yes\b|^\s+yes\b|\bvoted\s+[\"“]?(?:yes|for|in\s+favou?r)\b|\b(?:back|backs|backed|"
        r"support|supports|supported|favou?r|favou?rs|favou?red|approve|approves|approved)\b)", re.IGNORECASE), None),
    ("no", re.compile(
        r"^.{0,70}?(?:\bsaid\s+[\"“]?no\b|[\"“]no\b[\"”]|^\s+[\"“]?no\b|\bvoted\s+[\"“]?(?:no|against)\b|\b(?:oppose|opposes|opposed|"
        r"reject|rejects|rejected|against)\b)", re.IGNORECASE), None),
    ("undecided", re.compile(r"^.{0,70}?\b(?:undecided|unsure|don['’]t\s+know)\b", re.IGNORECASE), None),
    # How much of the vote has been counted: "1,969 of the 2,040 districts counted, or 97
    # percent", "with 97 percent of precincts reporting".
    ("counted", re.compile(
        r"^.{0,40}?\b(?:districts|precincts|constituencies|polling\s+stations|stations|ballots|votes)\s+(?:\w+\s+){0,2}?"
        r"(?:counted|reporting|tallied|in)\b", re.IGNORECASE),
     re.compile(r"\b(?:districts|precincts|constituencies|stations|ballots|votes)\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?"
                r"(?:counted|reporting|tallied|in)\s*,?\s*(?:or\s+|about\s+|some\s+)*$", re.IGNORECASE)),
)


#: Where the words about a share end: the next share, or the end of its clause.
_NEXT_SHARE = re.compile(r"[,;:.]\s|\d+(?:[.,]\d+)?\s*(?:percent|per\s+cent|%)", re.IGNORECASE)


def _share(text: str, percent: Quantity) -> str:
    """What a share counts, by the words right after it ("of voters said Yes") or before
    it ("a turnout of"), up to the next figure; "" when none of ``_SHARES`` is said."""
    after = text[percent.end : percent.end + 80]
    after = after[: next((m.start() for m in _NEXT_SHARE.finditer(after)), len(after))]
    before = text[max(0, percent.start - 40) : percent.start]
    for name, after_pattern, before_pattern in _SHARES:
        if after_pattern.search(after) or (before_pattern is not None and before_pattern.search(before)):
            return name
    return ""


#: A share of those polled is not a share of the vote: "the latest poll showed that 66.3
#: percent of voters back EU membership" against "89.9 percent of voters said Yes".
_POLL = re.compile(r"\b(?:poll|polls|polled|survey|surveyed|surveys)\b", re.IGNORECASE)
#: The vote itself, which news also calls a poll: "in the two-day poll", "went to the polls",
#: "polls closed". What a poll of a sample found is not what the voters did; the vote's own
#: figures are.
_THE_VOTE_AS_A_POLL = re.compile(
    r"\b(?:[\w-]+-day|weekend|general|national|presidential|parliamentary|referendum)\s+poll\b|\bpolls?\s+(?:opened|closed|open|close)\b"
    r"|\bto\s+the\s+polls\b|\bpoll(?:ing)?\s+(?:day|stations?|booths?|places?|centres?|centers?)\b",
    re.IGNORECASE,
)


def _tells_of_a_poll(text: str) -> bool:
    return bool(_POLL.search(_THE_VOTE_AS_A_POLL.sub(" ", text)))


def _shares_of_one_thing(text_a: str, first: Quantity, text_b: str, second: Quantity) -> bool:
    share_a, share_b = _share(text_a, first), _share(text_b, second)
    if share_a and share_b and _tells_of_a_poll(text_a) != _tells_of_a_poll(text_b):
        return False
    return not (share_a and share_b and share_a != share_b)


#: An amount for each one of several: "$346 million apiece", "about $300 million each",
#: "$5 per share", "two a day".
_PER_UNIT_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:apiece|each|per\s+(?!cent\b)\w+|a\s+(?:head|piece|person|member|share|year|month|week|day|night|hour)"
    r"|for\s+each)\b",
    re.IGNORECASE,
)


#: A sum paid to one person: "a contract that would have paid him about $300 million" is
#: his share, not the "$800 million" the band was offered. (On the 52 judged stories, 7
#: findings, none right.)
_TO_ONE_BEFORE = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|earn(?:s|ed|ing)?|net(?:s|ted|ting)?|giv(?:e|es|en|ing)|gave|offer(?:s|ed|ing)?)\s+(?:him|her)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def _per_unit(text: str, quantity: Quantity) -> bool:
    """The amount is counted for each one, or paid to one person."""
    return bool(_PER_UNIT_AFTER.match(text[quantity.end : quantity.end + 40])
                or _TO_ONE_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start]))


def _said_around(text: str, quantity: Quantity, before: re.Pattern, reach_before: int, after: re.Pattern, reach_after: int) -> bool:
    """Whether ``before`` ends the words just before ``quantity`` or ``after`` starts those
    just after it."""
    return bool(before.search(text[max(0, quantity.start - reach_before) : quantity.start])
                or after.match(text[quantity.end : quantity.end + reach_after]))


def _in_addition(text: str, quantity: Quantity) -> bool:
    return _said_around(text, quantity, _ADDITION_BEFORE, 25, _ADDITION_AFTER, 15)


#: "by 9:00 pm (1800 GMT)": a clock time given as a deadline, and the conversion after it.
_BY_CLOCK = re.compile(
    r"\bby\s+(?:about\s+|around\s+)?(?P<clock>\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)|\d{4}\s*GMT\b)(?![\d,])",
    re.IGNORECASE,
)
_CONVERSION_AFTER_BY = re.compile(r"\bby\s+[\d:.]+\s*(?:[ap]\.?\s?m\.?)?\s*\(\s*$", re.IGNORECASE)


def _a_moment_to_count_by(text: str, time: Quantity) -> bool:
    """Whether a clock time is the moment by which something was done or counted ("had
    voted by 2:00 pm (1100 GMT)"), the zone conversion in brackets included: on a story
    told over a day, each report's moment differs and none contradicts another."""
    return time.qualifier == "by" or bool(_CONVERSION_AFTER_BY.search(text[max(0, time.start - 30) : time.start]))


def _counted_at_different_moments(text_a: str, first: Quantity, text_b: str, second: Quantity) -> bool:
    """Whether each amount is counted "by" a clock time in its clause and the times differ."""
    moments = []
    for text, quantity in ((text_a, first), (text_b, second)):
        start, end = clause_around(text, quantity.start)
        found = _BY_CLOCK.search(text, start, end)
        if found is None:
            return False
        moments.append(re.sub(r"\s+", "", found.group("clock").lower()))
    return moments[0] != moments[1]


#: A count told as not yet complete: "early results", "preliminary figures", "with 25
#: percent of polling stations counted", "after votes at more than half of polling stations
#: were counted". Against a count not so marked, it is the same count at an earlier moment
#: (on judged real news, 49 such number findings, none right).
_PARTIAL_COUNT = re.compile(
    r"\b(?:early|earlier|preliminary|partial|provisional|initial|incomplete|(?<!final\s)unofficial)\s+(?:\w+\s+)?"
    r"(?:results?|returns?|counts?|figures?|tall(?:y|ies)|estimates?)\b"
    # "with 1,969 of the country's 2,040 districts counted"
    r"|\bwith\s+[\d,]+\s+of\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?[\d,]+\s+(?:\w+\s+){0,2}?(?:counted|reporting|in)\b"
    r"|\bwith\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:percent|per\s+cent|%)\s+of\s+"
    r"(?:the\s+)?(?:\w+\s+){0,3}(?:counted|reporting|in)\b"
    r"|\b(?:with|after|when)\s+(?:(?:votes|ballots)\s+(?:at|from|in)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|just\s+over|less\s+than|under)\s+)?"
    r"(?:[\d.,]+\s*(?:percent|per\s+cent|%)|half|a\s+third|a\s+quarter|two-thirds|three-quarters|most)\s+of\s+"
    r"(?:[\w,]+\s+){0,6}?(?:counted|reporting)\b"
    # "51.76 percent of voters had turned out by that time", "had cast ballots by 6:00 pm"
    r"|\bby\s+(?:that\s+time|then|that\s+point|that\s+hour)\b"
    r"|\bby\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)",
    re.IGNORECASE,
)


@per_sentence()
def _partial_count_mark(text: str) -> str:
    """How far a count not yet complete had got ("with around 25.25 percent of polling
    stations counted", "by that time"), in lower case; "" for a count not so marked. Two
    partial counts that say it differently were taken at two moments."""
    found = _PARTIAL_COUNT.search(text)
    return re.sub(r"\s+", " ", found.group().lower()).rstrip(".") if found else ""


#: A part of a count told as one: "including 13 children", "Thirteen children were among
#: those killed".
_A_PART_OF_IT = re.compile(
    r"\b(?:including|includ(?:es|ed)|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+which)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+)?$",
    re.IGNORECASE,
)
_AMONG_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:were|was|are|is)\s+among\b", re.IGNORECASE)


def _a_part(text: str, quantity: Quantity) -> bool:
    """A count given as a part of another: "including 13 children", "13 children were among
    the dead". A part that is one blast's toll ("more than 200 dead in the bombings,
    including 118 in Monday's blast") is that blast's toll."""
    if _OF_ONE_EVENT.match(text, quantity.end):
        return False
    return _introduced_as_a_part(text, quantity) or bool(_AMONG_AFTER.match(text[quantity.end : quantity.end + 40]))


def _introduced_as_a_part(text: str, quantity: Quantity) -> bool:
    """"including 13 children", "of whom 13": the words before the count make it a part."""
    return _A_PART_OF_IT.search(text[max(0, quantity.start - 30) : quantity.start]) is not None


def _listed(quantity: Quantity, quantities: tuple[Quantity, ...], text: str) -> bool:
    """Whether the sentence gives another amount of the same thing that differs: a list of
    several events' counts ("93 dead in Moscow last Thursday, and 64 in Buinaksk"). A part
    of the count is no other count ("118 bodies, including 13 children"), and a part of a
    running total told as one event's toll is that toll ("more than 200 people have died,
    including 118 in Monday's blast")."""
    if _introduced_as_a_part(text, quantity) and _OF_ONE_EVENT.match(text, quantity.end):
        return False
    return any(
        other is not quantity and not other.vague and other.comparable_with(quantity) and not other.agrees_with(quantity)
        and said_alike(other, quantity) and not _introduced_as_a_part(text, other)
        for other in quantities
    )


def _alone_of_their_kind(first: Quantity, second: Quantity, quantities_a, quantities_b, similarity: float) -> bool:
    """"reached 5.33 metres" and "chegou a 5,35 metros": the words around two amounts in
    two languages do not match, but when the sentences mean the same and each gives one
    amount of the kind, in one dimension, the two amounts are one fact. Two nouns that
    were both read in English and differ ("dead", "homeless") are two facts still."""
    if similarity < SAME_FACT_ACROSS_LANGUAGES or first.kind != second.kind:
        return False
    if first.head and second.head and first.head != second.head:
        return False

    def alike(quantity: Quantity, other: Quantity) -> bool:
        return quantity.kind == other.kind and (quantity.head == other.head or not (quantity.head and other.head))

    if sum(alike(q, first) for q in quantities_a) != 1 or sum(alike(q, second) for q in quantities_b) != 1:
        return False
    return first.measured_alike(second)


def _an_area_or_a_volume(quantity: Quantity) -> bool:
    """Land burned or flooded, a volume spilled: a story seldom gives two, whereas lengths
    are of everything (a crab, a crater, the asteroid that made it)."""
    return quantity.kind == "measure" and CONVERSIONS.get(quantity.unit, ("",))[0] in ("area", "volume")


@per_sentence()
def _amounts(text: str, kinds: frozenset[str]) -> tuple[Quantity, ...]:
    """The sentence's quantities of ``kinds`` that are amounts, not the number in a part's
    name nor a century ("the 19th century" is a period, as a year is)."""
    return tuple(
        q for q in extract_quantities(text)
        if q.kind in kinds and not _names_a_part(text, q) and not (q.kind == "ordinal" and q.head in _PERIODS)
    )


@per_sentence()
def _totals_and_parts(text: str, kinds: frozenset[str]) -> dict[int, str]:
    """For counts a sentence gives with their total ("11 shots, seven, a pause, then four")
    or as parts of one ("six shots ... then four more shots"): "total" or "part" by the
    position of each such count. A total is a count that two or three others add up to;
    without one, two or more counts of one noun, or counts one of which is told as more of
    them, are parts of a total left untold."""
    # "four more" is read as loose (a part told apart); here it is a count like any other.
    counts = [
        q for q in _amounts(text, kinds) if q.kind == "count" and q.value > 0 and (q.text[:1].isdigit() or q.text.lower() in WORD_NUMBERS)
    ]
    roles: dict[int, str] = {}
    if len(counts) > _MOST_COUNTS_SUMMED:
        return roles  # a table of figures, not a count and its parts
    for total in counts:
        others = [q for q in counts if q is not total]
        for size in (2, 3):
            for parts in combinations(others, size):
                if sum(q.value for q in parts) == total.value:
                    roles[total.start] = "total"
                    roles.update((q.start, "part") for q in parts if roles.get(q.start) != "total")
    if not roles and len(counts) > 1:
        if any(_MORE_OF_THEM.match(text, q.end) for q in counts):
            roles.update((q.start, "part") for q in counts)
        else:
            heads = Counter(q.head for q in counts if q.head)
            roles.update((q.start, "part") for q in counts if q.head and heads[q.head] > 1)
    return roles


_MORE_OF_THEM = re.compile(r"\s+(?:more|further|additional)\b", re.IGNORECASE)
_MOST_COUNTS_SUMMED = 8


#: Nouns an ordinal names a period by: the period is a date's business, not a count's.
_PERIODS = frozenset({"century", "millennium"})


def _names_a_part(text: str, quantity: Quantity) -> bool:
    """Whether the quantity is only the number in a part's name ("Block 21"): a name, not an amount."""
    return any(quantity.start <= start and end <= quantity.end for _, _, start, end in numbered_parts(text))


#: Qualifiers that make an amount an estimate on either side of it.
_ESTIMATES = frozenset({"about", "around", "approximately", "roughly", "some", "an estimated", "estimated"})
#: Two estimates further apart than this are two figures, though their margins touch.
ESTIMATES_RATIO = 1.1


def _two_estimates_apart(first: Quantity, second: Quantity) -> bool:
    """"some 550,000 workers" and "about 450,000": each widened by a tenth, the two
    margins meet, but no reader takes them for one figure."""
    if first.qualifier not in _ESTIMATES or second.qualifier not in _ESTIMATES or first.unit != second.unit:
        return False
    low, high = sorted((abs(first.value), abs(second.value)))
    return low > 0 and high / low > ESTIMATES_RATIO


def _one_specific_noun(first: Quantity, second: Quantity) -> bool:
    """Both amounts count one noun that says what is counted ("a 41-storey tower", "44
    floors high"): that noun ties them as surrounding words would. Not measures: "12 metres
    wide" and "60 feet wide" measure a crater and an asteroid alike."""
    return (first.kind == second.kind == "count" and bool(first.head) and first.head == second.head
            and first.head not in GENERIC_HEADS)


def _same_amount(first: Quantity, second: Quantity) -> bool:
    return (first.unit, first.low, first.high) == (second.unit, second.low, second.high)


def _agree(first: Quantity, second: Quantity) -> bool:
    """Open-ended amounts ("at least six") agree with so much that they are matched only
    with a quantity about the same thing. Two tolls each given as a floor ("at least four
    dead", "at least five dead"), or a floor and a count a little above it ("at least 102",
    "118"), are two reports' counts: when they differ, they conflict."""
    if first.kind != second.kind:
        return False
    if first.vague != second.vague:
        return False  # "several residents" does not stand for "seven people" when "nine" is there too
    if rounds_to_the_other(first, second):
        return True
    if not first.agrees_with(second):
        return False
    if _two_estimates_apart(first, second):
        return False
    if _toll_floors(first, second) and first.value != second.value:
        return False
    bounded = all(0 < q.low and q.high != float("inf") for q in (first, second))
    return bounded or first.comparable_with(second)


#: Resolves weekdays when an article has no publication date: both sides alike, so that
#: "Thursday" and "Monday" still differ. (A Monday.)
_SOME_MONDAY = dt.date(2001, 1, 1)


def _days_of_events(
    text_a: str, text_b: str, published_a: dt.date | None, published_b: dt.date | None
) -> tuple[list[DateMention], list[DateMention]]:
    """The dates of events (not of reports) in both sentences, resolved against each
    article's publication date; without one on either side, against one shared day and
    only for weekdays and dates written out."""
    if published_a and published_b:
        dates_a, dates_b = extract_dates(text_a, published_a), extract_dates(text_b, published_b)
    else:
        dates_a, dates_b = (
            [m for m in extract_dates(text, published_a or published_b or _SOME_MONDAY)
             if m.text[:1].isupper() or m.text[:1].isdigit() or _A_YEAR_GONE_BY.fullmatch(m.text)]
            for text in (text_a, text_b)
        )
    return [m for m in dates_a if not m.reporting], [m for m in dates_b if not m.reporting]


def _day_of(text: str, quantity: Quantity, dates: list[DateMention]) -> DateMention | None:
    """The day in the clause of ``quantity`` nearest to it, if any."""
    return _date_of(text, quantity, [m for m in dates if m.granularity == "day"])


def _of_different_days(first: Quantity, second: Quantity, text_a: str, text_b: str,
                       dates_a: list[DateMention], dates_b: list[DateMention]) -> bool:
    day_a, day_b = _day_of(text_a, first, dates_a), _day_of(text_b, second, dates_b)
    return bool(day_a and day_b) and not day_a.agrees_with(day_b)


#: A count dated this many days or more before its article was published is an earlier
#: event's, told as background.
PAST_EVENT_DAYS = 7


def _of_a_past_event(date_a: DateMention | None, date_b: DateMention | None,
                     published_a: dt.date | None, published_b: dt.date | None) -> bool:
    """True when one count is dated to a past event (its clause dates it (``_date_of``) to a
    day a week or more before its article's publication: "the August 7 bombing killed 213
    people") and the other is not dated alike: background, not this story's count. A month
    or a year is more often the period a figure covers ("supplied 322 megawatt hours in
    March", "net income of R$142.6 billion in 2023")."""
    if date_a and date_b and date_a.agrees_with(date_b):
        return False
    return any(
        date is not None and date.granularity == "day" and published is not None
        and (published - date.last).days >= PAST_EVENT_DAYS
        for date, published in ((date_a, published_a), (date_b, published_b))
    )


def _sentence_before(sentence: Sentence, document_text: str) -> str:
    """The text of the sentence before ``sentence`` in its document (``sentence.start`` > 0)."""
    return document_text[sentence_around(document_text, sentence.start - 1, sentence.start - 1)[0] : sentence.start]


def _one_past_event_told_back(dated: tuple[DateMention | None, DateMention | None], sentences: tuple[Sentence, Sentence],
                              document_texts: tuple[str, str], quantities: tuple[Quantity, Quantity],
                              published: tuple[dt.date | None, dt.date | None]) -> bool:
    """True when one count is dated to a past event and the other, undated, is told of "the
    blasts" the sentence before dates alike: "The August 7 bombing in Nairobi killed 213
    people" and "... since the bombings of U.S. embassies last August. The blasts killed 220
    people": one past event, two tolls."""
    for side in (0, 1):
        other = 1 - side
        if dated[side] is not None or dated[other] is None or published[side] is None:
            continue
        sentence, quantity = sentences[side], quantities[side]
        start, end = clause_around(sentence.text, quantity.start)
        if sentence.start == 0 or not _THE_EVENT.search(sentence.text, start, end):
            continue
        previous = _sentence_before(sentence, document_texts[side])
        told_before = [m for m in extract_dates(previous, published[side]) if not m.reporting]
        if told_before and told_before[-1].agrees_with(dated[other]):
            return True
    return False


#: A count dated to a year this many years or more before its article's is background: "in
#: 2010 the dams were opened, forcing 100 families from their homes" in a 2014 report. (The
#: year before is often the period a figure covers: "net income in 2023" in a 2024 report.)
PAST_YEARS = 2


def _of_different_years(date_a: DateMention | None, date_b: DateMention | None,
                        published_a: dt.date | None, published_b: dt.date | None) -> bool:
    """True when the clauses of the two counts date them (``_date_of``) to years that do not
    overlap ("the last two expansion teams paid $80 million each in 2000", "four teams added
    by 2017"), or one count to a year long before its article and the other to none."""
    if date_a and date_b:
        return date_a.last.year < date_b.first.year or date_b.last.year < date_a.first.year
    return any(
        date is not None and published is not None and date.last.year <= published.year - PAST_YEARS
        for date, published in ((date_a, published_a), (date_b, published_b))
    )


#: A year counted back from the telling ("last year", "six years ago", as ``extract_dates``
#: finds them): at least a year before the article, whenever it was published.
_A_YEAR_GONE_BY = re.compile(
    r"(?:last|previous)\s+year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago", re.IGNORECASE
)


def _one_of_a_year_gone_by(texts: tuple[str, str], quantities: tuple[Quantity, Quantity],
                           dated: tuple[DateMention | None, DateMention | None],
                           days: tuple[list[DateMention], list[DateMention]]) -> bool:
    """True when one count is dated to a year gone by, in its clause or in a phrase opening
    the sentence ("Last year in Sarajevo, 31 underage girls became pregnant"), and the
    other is not dated at all: background, not the count the story is about. Such a date
    needs no publication date to be in the past. (A count that is itself the years, "six
    years ago", is no count of a past event. Money and shares dated so are more often the
    year a figure covers: "6.7 percent growth last year".)"""
    if any(quantity.kind != "count" for quantity in quantities):
        return False
    # ``dated`` holds each count's date in its own clause (``_date_of``).
    first, second = (
        date or _opening_date(text, quantity, dates) for text, quantity, date, dates in zip(texts, quantities, dated, days)
    )
    for quantity, date, other_date in ((quantities[0], first, second), (quantities[1], second, first)):
        if date is None or other_date is not None or date.granularity != "year":
            continue
        if _A_YEAR_GONE_BY.fullmatch(date.text) and not date.start <= quantity.start < date.end:
            return True
    return False


def _opening_date(text: str, quantity: Quantity, dates: list[DateMention]) -> DateMention | None:
    """A date in a phrase that opens the sentence before a comma ("Last year in Sarajevo,"),
    which dates what the sentence goes on to tell."""
    _, end = clause_around(text, 0)
    if end >= len(text) or text[end] != "," or quantity.start < end:
        return None
    return next((m for m in dates if m.start < end), None)


#: A count tied to a blast, a crash or an attack this many days or more before its article
#: was published is an earlier event's ("at least 93 victims of last Thursday's blast", in
#: a Tuesday report), against a count with no day: a report of a blast tells its own toll
#: without a day and names the day of an earlier one.
PAST_BLAST_DAYS = 3
_SUDDEN_EVENTS = (
    r"(?:blasts?|bombings?|explosions?|attacks?|crash(?:es)?|shootings?|earthquakes?|quakes?|derailments?|"
    r"collisions?|collapses?|raids?|air\s?strikes?|massacres?)"
)
_SUDDEN_EVENT_AFTER = re.compile(r"^(?:['’]s)?\s+(?:\w+\s+){0,2}?" + _SUDDEN_EVENTS + r"\b", re.IGNORECASE)
_SUDDEN_EVENT_BEFORE = re.compile(
    r"\b(?:" + _SUDDEN_EVENTS + r"|blown\s+up|blew\s+up|exploded|bombed|crashed|attacked)\s+(?:\w+\s+){0,2}?(?:on\s+|of\s+|last\s+)?$"
    # "the earlier bombings -- at a Moscow apartment building last Thursday": the place between.
    r"|\b" + _SUDDEN_EVENTS + r"\s*(?:--|,)?\s+(?:at|of|in)\s+(?:[\w'’-]+\s+){1,4}?(?:on\s+|last\s+)?$",
    re.IGNORECASE,
)
#: A part of a count told as one blast's toll: "including 118 in Monday's blast".
_OF_ONE_EVENT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|at|from)\s+(?:[\w'’-]+\s+){0,3}?" + _SUDDEN_EVENTS + r"\b", re.IGNORECASE)
#: "more than 200 people have died, including 118 in Monday's blast": a count with one
#: event's toll inside it is the total of several.
_ONE_EVENTS_TOLL_INCLUDED = re.compile(
    r"[^.;]{0,60}?,\s+including\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+)?\d[\d,]*" + _OF_ONE_EVENT.pattern,
    re.IGNORECASE,
)
#: An event named as one told before: "the blasts", "that attack", "both bombings".
_THE_EVENT = re.compile(r"\b(?:the|that|those|these|this|both)\s+(?:\w+\s+)?" + _SUDDEN_EVENTS + r"\b", re.IGNORECASE)
#: "died in that blast", "the same attack": the event is the one the sentence before names.
_THAT_EVENT = re.compile(r"\b(?:that|this|the\s+same)\s+(?:\w+\s+)?" + _SUDDEN_EVENTS + r"\b", re.IGNORECASE)


def _day_of_event(sentence: Sentence, document_text: str, quantity: Quantity, dates: list[DateMention],
                  published: dt.date | None) -> tuple[DateMention, bool] | None:
    """The day a count is told of, and whether it is the day of a blast (crash, attack):
    the day in the count's clause; else the sentence's only day ("after the first blast last
    Thursday, which killed 93 people"); else, for "that blast", the last day the sentence
    before names ("... and another building that was blown up Thursday. At least 93 people
    died in that blast."). None when the count has no day."""
    days = [m for m in dates if m.granularity == "day"]
    found = _day_of(sentence.text, quantity, dates) or (days[0] if len(days) == 1 else None)
    if found is not None:
        return found, _a_sudden_event(sentence.text, found)
    start, end = clause_around(sentence.text, quantity.start)
    if days or published is None or sentence.start == 0 or not _THAT_EVENT.search(sentence.text, start, end):
        return None
    previous = _sentence_before(sentence, document_text)
    previous_days = [m for m in extract_dates(previous, published) if not m.reporting and m.granularity == "day"]
    if previous_days:
        return previous_days[-1], _a_sudden_event(previous, previous_days[-1])
    return None


#: The moment a blast (crash, attack) happened: "when the explosion ripped through the
#: building at 5 a.m.", "when the massive bomb went off at 5 a.m.".
_STRUCK = re.compile(r"\b" + _SUDDEN_EVENTS + r"\b|\b(?:bomb|went\s+off|exploded|blew\s+up|struck|crashed|ripped\s+through)\b", re.IGNORECASE)


def _when_it_struck(text: str, time: Quantity) -> bool:
    """A clock time told in the clause of a sudden event: the time it happened."""
    start, end = clause_around(text, time.start)
    return bool(_STRUCK.search(text, start, end))


def _a_sudden_event(text: str, date: DateMention) -> bool:
    """Whether the day is that of a blast, a crash or an attack: "last Thursday's massive
    blast", "a September 4 bombing", "the bombing on Thursday"."""
    return bool(_SUDDEN_EVENT_AFTER.match(text[date.end : date.end + 40])
                or _SUDDEN_EVENT_BEFORE.search(text[max(0, date.start - 70) : date.start]))


def _of_an_earlier_blast(day_a: tuple[DateMention, bool] | None, published_a: dt.date,
                         day_b: tuple[DateMention, bool] | None, published_b: dt.date) -> bool:
    """One count told of a blast (crash, attack) days before its article, the other of no
    day at all or of a later day ("by today, rescuers had removed 118 bodies")."""
    if day_a is None and day_b is None:
        return False
    if day_a is not None and day_b is not None:
        if day_a[0].last < day_b[0].first:
            day_b = None
        elif day_b[0].last < day_a[0].first:
            day_a = None
        else:
            return False
    (date, sudden), published = (day_a, published_a) if day_a is not None else (day_b, published_b)
    return sudden and (published - date.last).days >= PAST_BLAST_DAYS


#: A count that opens a clause of another moment: "checked stations today ... after at least
#: 118 people died": the day before it is not the count's. (An ordinal after "before" names
#: a moment itself: "days before the 13th anniversary".)
_OPENS_ANOTHER_MOMENT = re.compile(r"\b(?:after|before|since|following|until)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


#: A clause that goes on describing the noun before it: its date is that noun's.
_RELATIVE_CLAUSE = re.compile(r"\s*(?:that|which|who)\b", re.IGNORECASE)


def _date_of(text: str, quantity: Quantity, dates: list[DateMention]) -> DateMention | None:
    """The date of any granularity in the clause of ``quantity`` nearest to it, if any."""
    start, end = clause_around(text, quantity.start)
    for _ in range(2):
        if start > 1 and _RELATIVE_CLAUSE.match(text, start):
            start = clause_around(text, start - 2)[0]  # "bombings in Kampala, on July 11, 2010, that killed more than 70"
    opening = quantity.kind == "count" and _OPENS_ANOTHER_MOMENT.search(text, max(start, quantity.start - 40), quantity.start)
    if opening:
        start = opening.start()
    near = [m for m in dates if m.start < end and start < m.end]  # "on July 12, 1998 that killed six"
    return min(near, key=lambda m: abs(m.start - quantity.start), default=None)


def _toll_floors(first: Quantity, second: Quantity) -> bool:
    """Counts of people (the dead, the injured, the evacuated), one or both stated as "at
    least" a number: each outlet's own count so far. ("More than 90" is a round figure below
    a count, which "at least 93" does not contradict.)"""
    floors = [q.qualifier == "at least" for q in (first, second)]
    if not (any(floors) and all(q.low > 0 and counts_people(q) for q in (first, second))):
        return False
    # A floor against an exact count a little above it ("at least 102 people", "118
    # bodies"): two reports' tolls. One far above it is of something else ("at least 23",
    # "the 128 who died in the villages since Sunday").
    return all(floors) or ((first.exact or second.exact) and max(first.value, second.value) <= CLOSE_RATIO * min(first.value, second.value))


def _phrase(text: str, quantity: Quantity) -> str:
    """The amount as the sentence words it, qualifier and noun included: 'at least four
    dead', '14th floor'."""
    start = quantity.phrase_start if 0 <= quantity.phrase_start < quantity.start else quantity.start
    return f"'{text[start : max(quantity.end, quantity.phrase_end)].strip()}'"
