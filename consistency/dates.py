"""Find the dates a sentence states and the span of days each can mean.

Explicit dates ("June 17", "17 June 2025", "Aug. 6", "2025-06-17"), months ("in May"),
years ("in 2024"), weekdays ("on Tuesday") and relative dates ("yesterday", "last month")
become intervals of days. Relative ones are resolved against the article's publication
date; without it they are left out, as their day cannot be known.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from consistency.memo import per_sentence
from consistency.style import strip_dateline

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_PATTERN = re.compile(
    rf"""
    (?P<iso>\b(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})\b)
    |(?P<month_day>\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?)
    |(?P<day_month>\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\b(?:,?\s+(?P<year2>\d{{4}})\b)?)
    |(?P<month_only>\b(?:in|during|since|until|by|early|late|mid-?|(?P<month_last>last))\s+(?P<month3>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\.?\s+\d{{1,2}}\b)(?:\s+(?P<year3>\d{{4}})\b)?)
    |(?P<year_only>\b(?:in|since|until|by|during)\s+(?P<year4>(?:19|20)\d{{2}})\b(?![-\d]))
    |(?P<weekday>\b(?P<weekday_lead>last\s+|next\s+|this\s+)?(?P<weekday_name>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
    |(?P<relative>\b(?:yesterday|today|tomorrow|(?:last|next|this)\s+(?:week|month|year))\b)
    |(?P<ago>\b(?P<ago_about>(?:about|around|some|nearly|almost|roughly)\s+)?(?P<ago_n>a|an|one|two|three|four|five|six|\d{{1,2}})\s+
        (?P<ago_unit>days?|weeks?|months?|years?)\s+ago\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: Words before a weekday that point it forward: "will stay closed until Thursday".
_FUTURE = re.compile(r"\b(?:will|shall|is\s+due|are\s+due|plans?\s+to|scheduled|expected|until|till|from\s+next)\b", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date as stated: ``first``/``last`` bound the days it can mean."""

    text: str
    start: int
    end: int
    first: dt.date
    last: dt.date
    granularity: str  # day, week, month or year
    #: Dates the telling, not the event: "officials said Tuesday", "told reporters on
    #: Monday", "police on Tuesday confirmed".
    reporting: bool = False
    #: A day and month without a year ("Sept. 11"), its year guessed from publication.
    yearless: bool = False

    def agrees_with(self, other: "DateMention") -> bool:
        """True when both can be one day; a weekday named alike in two reports of one story
        is that day, even when the two articles, published on different days, would
        resolve it to different weeks ("by Saturday"); a day and month written without a
        year is the same day and month in any year ("the anniversary of Sept. 11" and
        "Sept. 11, 2001"), and a month without a year the same month ("in December" and
        "December 2014", said in October 2014)."""
        if self.text.lower() == other.text.lower() and self.text.lower() in WEEKDAYS:
            return True
        if (self.yearless or other.yearless) and self.granularity == other.granularity == "day":
            if (self.first.month, self.first.day) == (other.first.month, other.first.day):
                return True
        if (self.yearless or other.yearless) and self.granularity == other.granularity == "month":
            if self.first.month == other.first.month:
                return True  # "in December" in an October article may be the coming one
        return self.first <= other.last and other.first <= self.last


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_published(value: str) -> dt.date | None:
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    return _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


@per_sentence(maxsize=65536)
def extract_dates(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """Dates in ``text``; ``published`` resolves weekdays, months without a year and
    relative dates (none of those are returned without it)."""
    mentions = []
    # "TORONTO, Aug 6 (Global Dispatch) -": a dateline dates the article, not an event.
    dateline_end = len(text) - len(strip_dateline(text))
    for match in _PATTERN.finditer(text, dateline_end):
        span = _interval(match, published, text)
        if span is None:
            continue
        first, last, granularity = span
        start, end = match.span()
        if match.group("relative") and _in_a_name(text, start, dateline_end):
            continue  # "the Today Nicaragua site", "USA Today": a name, not a day
        if match.group("relative") and any(quote_start < start < quote_end for quote_start, quote_end in _quotations(text)):
            continue  # "the person I am today": a speaker's now, not the article's date
        if match.group("relative") and _SHIFTED.search(text[max(0, start - 25): start]):
            continue  # "a year ago this month", "last year this week": not the article's month
        if match.group("weekday") and re.search(r"\bthe\s+$", text[:start], re.I) and re.match(r"\s+[A-Z]", text[end:]):
            continue  # "the Sunday Times": a name
        if match.group("month_only") or match.group("year_only"):
            start = match.start("month3") if match.group("month_only") else match.start("year4")
        yearless = (
            bool(match.group("month_day") or match.group("day_month")) and not (match.group("year") or match.group("year2"))
        ) or bool(match.group("month_only") and not match.group("year3"))
        mentions.append(DateMention(text[start:end], start, end, first, last, granularity, _reporting(text, start, end), yearless))
    return tuple(mentions)


#: Words before a relative date that move it to another year or week.
_SHIFTED = re.compile(r"\b(?:ago|last year|next year|a year earlier|years? before)\s*,?\s*$", re.IGNORECASE)
_QUOTATION = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’(?!\w)")


#: A quotation that runs on into the next sentence ("“US forces conducted an operation in
#: Somalia today against ...") or began in the one before ("... today,” he said.").
_OPENED = re.compile(r"(?:^|(?<=[\s(—–-]))[“\"](?=\w)[^”\"]*$")
_CLOSED = re.compile(r"^[^“\"]*[”\"](?=[\s,.;:!?)]|$)")


def _quotations(text: str) -> list[tuple[int, int]]:
    spans = [match.span() for match in _QUOTATION.finditer(text)]
    for pattern in (_OPENED, _CLOSED):
        match = pattern.search(text)
        if match and not any(start <= match.start() < end for start, end in spans):
            spans.append((match.start() - 1 if match.start() else -1, match.end() + 1))
    return spans


def _in_a_name(text: str, start: int, sentence_start: int = 0) -> bool:
    """True when a relative date is capitalised inside a sentence: "The Today Nicaragua
    site", "told the Today programme". At the start of a sentence or of a quotation it is
    the word itself ("Today, police said")."""
    if not text[start].isupper():
        return False
    before = text[sentence_start:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“‘'([—–-"


#: Verbs (and nouns) of telling: a date next to one dates the report, not what it reports.
_REPORTING_VERBS = (
    r"said|says|say|told|tells|reported|reports|announced|announces|confirmed|confirms|stated|states|added|"
    r"wrote|tweeted|posted|revealed|disclosed|testified|warned|acknowledged|admitted|denied|declared|briefed|"
    r"speaking|spoke|interviewed|announcement|statement|remarks|speech|interview|briefing"
)
#: Words between a reporting verb and its date: "told reporters on", "said in a statement
#: late", "told the BBC on".
_REPORT_FILLER = (
    r"(?:the|a|an|in|at|to|by|via|on|late|early|reporters|journalists|statement|interview|briefing|news|press|"
    r"conference|email|emailed|telephone|phone|written|online|parliament|lawmakers|programme|program|show|radio|"
    r"television|broadcaster|channel|newspaper|agency|[A-Z][\w.&'’-]*)"
)
_REPORTED_BEFORE = re.compile(rf"\b(?:{_REPORTING_VERBS})(?:\s+{_REPORT_FILLER}){{0,4}}\s*$")
#: Announcing verbs take the news itself as their object: in "reported a 16 per cent rise in
#: profit on Wednesday" the date is the report's, as in "reported on Tuesday that it earned".
#: Not when the object names an event, which the date may as well be of: "reported the
#: blast on Sunday".
_EVENT_NOUNS = (
    r"attacks?|blasts?|bombings?|explosions?|fires?|crash(?:es)?|collisions?|shootings?|strikes?|quakes?|"
    r"earthquakes?|storms?|eruptions?|derailments?|accidents?|incidents?|raids?|killings?|deaths?|landing|launch|"
    r"votes?|elections?|match|game|protests?|march|rally|ruling|verdict|arrests?"
)
_ANNOUNCED_OBJECT = re.compile(
    r"\b(?:reported|reports|announced|announces|unveiled|unveils|disclosed|discloses|claimed|claims)"
    rf"(?:\s+(?!that\b|which\b|who\b|after\b|before\b|when\b|and\b|but\b|(?:{_EVENT_NOUNS})\b)[\w$€£%.'’-]+){{1,15}}"
    r"\s+(?:on\s+|late\s+|early\s+)*$",
    re.IGNORECASE,
)
_REPORTED_NEXT = re.compile(
    rf"^\s+(?:{_REPORTING_VERBS})\b"
    # "the ministry on Tuesday put the final death toll at 118": giving a figure is telling it
    r"|^\s+(?:put|puts|raised|raises|revised|revises|lowered|lowers|gave|gives|updated|updates)\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally|total|estimate)\b"
)
_REPORTED_LATER = re.compile(rf"^\s*,?\s*(?:[A-Za-z][\w'’-]*\s+){{0,3}}?(?:{_REPORTING_VERBS})\b")
_SENTENCE_OPENING = re.compile(r"^\W*(?:(?:late|early)\s+)?(?:on\s+|this\s+|last\s+)?$", re.IGNORECASE)


def _reporting(text: str, start: int, end: int) -> bool:
    """True when the date says when something was said: "officials said Tuesday", "we
    reported on Monday", "said in a statement on Tuesday", "police on Tuesday confirmed",
    "the ministry on Tuesday put the death toll at 118", "On Monday, the ministry said".
    "The blast on Sunday, police said" dates the blast."""
    after = text[end:end + 60]
    if re.match(r"['’]s\b", after):
        return False  # "officials said Monday's blast ...": the date of the blast
    if _REPORTED_BEFORE.search(text[max(0, start - 80):start]) or _ANNOUNCED_OBJECT.search(text[max(0, start - 100):start]):
        return True
    if _REPORTED_NEXT.match(after):
        return True
    opening = _SENTENCE_OPENING.match(text[:start]) or _SENTENCE_OPENING.match(strip_dateline(text[:start]))
    return bool(opening) and bool(_REPORTED_LATER.match(after))


def _interval(match: re.Match, published: dt.date | None, text: str):
    if match.group("iso"):
        day = _safe_date(int(match.group("iso_y")), int(match.group("iso_m")), int(match.group("iso_d")))
        return (day, day, "day") if day else None
    if match.group("month_day") or match.group("day_month"):
        month = MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]
        day_number = int(match.group("day") or match.group("day2"))
        year = match.group("year") or match.group("year2")
        year = int(year) if year else _year_for(month, published)
        if year is None:
            return None
        day = _safe_date(year, month, day_number)
        return (day, day, "day") if day else None
    if match.group("month_only"):
        month = MONTHS[match.group("month3").lower()]
        if match.group("year3"):
            year = int(match.group("year3"))
        elif match.group("month_last") and published is not None:
            year = published.year if month < published.month else published.year - 1  # "last May" in a May report: a year before
        else:
            year = _year_for(month, published)
        if year is None:
            return None
        return (*_month_span(year, month), "month")
    if match.group("year_only"):
        year = int(match.group("year4"))
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if published is None:
        return None
    if match.group("weekday"):
        target = WEEKDAYS[match.group("weekday_name").lower()]
        lead = (match.group("weekday_lead") or "").strip().lower()
        future = lead == "next" or bool(_FUTURE.search(text[: match.start()]))
        if future:
            days = (target - published.weekday()) % 7 or 7
            day = published + dt.timedelta(days=days)
        else:
            day = published - dt.timedelta(days=(published.weekday() - target) % 7)
            if lead == "last" and day == published:
                day -= dt.timedelta(days=7)
        return day, day, "day"
    if match.group("ago"):
        return _ago(match, published)
    phrase = " ".join(match.group("relative").lower().split())
    if phrase in ("yesterday", "today", "tomorrow"):
        day = published + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[phrase])
        return day, day, "day"
    lead, unit = phrase.split()
    shift = {"last": -1, "this": 0, "next": 1}[lead]
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        return monday, monday + dt.timedelta(days=6), "week"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return (*_month_span(month_index // 12, month_index % 12 + 1), "month")
    return dt.date(published.year + shift, 1, 1), dt.date(published.year + shift, 12, 31), "year"


_AGO_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _ago(match: re.Match, published: dt.date):
    """"a week ago", "about two weeks ago", "three days ago", "a year ago": counted back from
    publication. Weeks are counted loosely (a day either side for each week: "a week ago" in
    two reports a day apart is one day), days exactly unless said to be about so many."""
    word = match.group("ago_n").lower()
    count = _AGO_NUMBERS[word] if word in _AGO_NUMBERS else int(word)
    unit = match.group("ago_unit").lower().rstrip("s")
    if unit in ("day", "week"):
        day = published - dt.timedelta(days=count * (7 if unit == "week" else 1))
        margin = dt.timedelta(days=count if unit == "week" else 1 if match.group("ago_about") else 0)
        return day - margin, day + margin, "day"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 - count
        return (*_month_span(month_index // 12, month_index % 12 + 1), "month")
    return dt.date(published.year - count, 1, 1), dt.date(published.year - count, 12, 31), "year"


def _year_for(month: int, published: dt.date | None) -> int | None:
    """A month without a year is the latest such month up to a little after publication."""
    if published is None:
        return None
    return published.year if month <= published.month + 1 else published.year - 1
