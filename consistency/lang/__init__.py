"""Languages the comparators read besides English, and how they read them.

The comparators of numbers, times and dates were written for English. A Portuguese or
Spanish sentence is read through an English *reading* of it: its number formats ("1.500",
"2,5", "4m60", "10h13"), dates ("3 de março"), counted nouns ("mortos"), qualifiers ("pelo
menos") and relative days ("ontem") are rewritten in English, and everything else is
left as it was. The reading keeps a map back to the original, so a finding's spans and
values point into what the outlet wrote. Because both sides of a pair are read the same
way, an English sentence and a Portuguese one compare their values, never their words.

Each language is one module of data (``lang/pt.py``, ``lang/es.py``): word tables and the
phrases that need a rule. Adding one is adding a module and naming it in ``LANGUAGES``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Sequence

#: Languages read through an English reading, by ISO 639-1 code.
LANGUAGES = ("pt", "es")

Replace = Callable[[re.Match, "dt.date | None"], str]


@dataclass(frozen=True)
class Rule:
    """Rewrite what ``pattern`` matches into English; earlier rules win overlaps."""

    pattern: re.Pattern
    replace: Replace


@dataclass(frozen=True)
class Reading:
    """``text`` as the English comparators read it (``english``), with the way back.

    ``pieces`` are the rewritten stretches: (original start, original end, English start,
    English end), in order; outside them the two texts agree character for character.
    """

    original: str
    english: str
    pieces: tuple[tuple[int, int, int, int], ...] = ()

    @cached_property
    def _original_starts(self) -> list[int]:
        return [piece[0] for piece in self.pieces]

    @cached_property
    def _english_starts(self) -> list[int]:
        return [piece[2] for piece in self.pieces]

    def to_english(self, position: int) -> int:
        """Where a position of the original falls in the English reading."""
        index = bisect.bisect_right(self._original_starts, position) - 1
        if index < 0:
            return position
        start, end, english_start, english_end = self.pieces[index]
        if position < end:
            return english_start if position == start else english_end
        return english_end + (position - end)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of the original that the English span ``[start, end)`` was read from;
        a span that touches a rewritten stretch takes all of it."""
        english_starts = self._english_starts
        index = bisect.bisect_right(english_starts, start) - 1
        if index >= 0 and start < self.pieces[index][3]:
            original_start = self.pieces[index][0]
        else:
            original_start = start if index < 0 else self.pieces[index][1] + start - self.pieces[index][3]
        index = bisect.bisect_left(english_starts, end) - 1
        if index >= 0 and end <= self.pieces[index][3]:
            original_end = self.pieces[index][1]
        else:
            original_end = end if index < 0 else self.pieces[index][1] + end - self.pieces[index][3]
        return original_start, original_end


@lru_cache(maxsize=None)
def _rules(code: str) -> tuple[Rule, ...]:
    return importlib.import_module(f"consistency.lang.{code}").RULES


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names of every language read here, lower case: capitalised, they
    are not names of places or people."""
    found = set()
    for code in LANGUAGES:
        module = importlib.import_module(f"consistency.lang.{code}")
        found.update(module.MONTHS)
        found.update(name.split("-")[0] for name in module.WEEKDAYS)
    return frozenset(found)


def reads(code: str) -> bool:
    """Whether sentences in ``code`` get an English reading."""
    return code in LANGUAGES


@lru_cache(maxsize=4096)
def english_reading(text: str, code: str, published: dt.date | None = None) -> Reading:
    """``text``, written in ``code``, as the English comparators read it; English text
    (and any language without rules) reads as itself."""
    if not reads(code):
        return Reading(text, text)
    taken: list[tuple[int, int, str]] = []
    starts: list[int] = []
    for rule in _rules(code):
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if start == end:
                continue
            index = bisect.bisect_right(starts, start)
            if index > 0 and taken[index - 1][1] > start or index < len(taken) and taken[index][0] < end:
                continue  # an earlier rule read this stretch already
            # A rule may also keep a stretch as it is ("1,500" in Mexican Spanish), so that
            # no later rule reads it.
            taken.insert(index, (start, end, rule.replace(match, published)))
            starts.insert(index, start)
    parts, pieces, position, length = [], [], 0, 0
    for start, end, replacement in taken:
        if replacement == text[start:end]:
            continue
        parts.append(text[position:start])
        length += start - position
        pieces.append((start, end, length, length + len(replacement)))
        parts.append(replacement)
        length += len(replacement)
        position = end
    parts.append(text[position:])
    return Reading(text, "".join(parts), tuple(pieces))


# Helpers for the language modules' rules.


def words(table: dict[str, str]) -> Rule:
    """A rule that rewrites whole words and phrases of ``table`` (lower case keys), the
    longest first; a capitalised word gives a capitalised English one."""
    alternatives = "|".join(re.escape(key) for key in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)

    def replace(match: re.Match, published: dt.date | None) -> str:
        english = table[match.group(0).lower()]
        if match.group(0)[:1].isupper() and english[:1].islower():
            return english[:1].upper() + english[1:]
        return english

    return Rule(pattern, replace)


def rule(pattern: str, replace: Replace | str, flags: int = re.IGNORECASE) -> Rule:
    if isinstance(replace, str):
        template = replace
        return Rule(re.compile(pattern, flags), lambda match, published: match.expand(template))
    return Rule(re.compile(pattern, flags), replace)


_ENGLISH_MONTHS = ("January February March April May June July August September October November December").split()


def month_name(number: int) -> str:
    return _ENGLISH_MONTHS[number - 1]


def day_of_month(day: int, published: dt.date | None) -> str:
    """"the 3rd" of an article: the last 3rd on or before its publication (a story reports
    what has happened), as "March 3"; "" when it cannot be known."""
    if published is None or not 1 <= day <= 31:
        return ""
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return f"{month_name(month)} {dt.date(year, month, day).day}"
    except ValueError:
        return ""


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def digits_in_english(number: str, thousands: str) -> str:
    """'1.500,5' (thousands '.') -> '1,500.5'; '1 500' (thousands ' ') -> '1,500'."""
    whole, _, fraction = number.partition(",")
    whole = whole.replace(thousands, ",") if thousands else whole
    return f"{whole}.{fraction}" if fraction else whole


def clock(hour: str, minute: str | None, part_of_day: str | None = None) -> str:
    """A 24-hour clock time ('22', '15'), or one with a part of the day ("7 da noite"), in
    12-hour English: '10:15 p.m.'."""
    hours, minutes = int(hour), int(minute or 0)
    if part_of_day in ("afternoon", "evening", "night") and hours < 12:
        hours += 12
    # Written in 12-hour English, which the time comparator reads unambiguously; a bare
    # "10:13" could be either half of the day there.
    meridiem = "a.m." if hours < 12 else "p.m."
    return f"{(hours - 1) % 12 + 1}:{minutes:02d} {meridiem}"


def shared_number_rules(thousands_space: bool) -> Sequence[Rule]:
    """Number formats Portuguese and Spanish share: a dot between thousands, a decimal
    comma, a mark written "4m60", an ordinal "3º"."""
    rules = [
        rule(r"(?<![\d.,])(\d{1,2})m(\d{2})(?![\d\w])", r"\1.\2 m"),
        # "2,35m" is metres: in English "2.35m" would be millions.
        rule(r"(?<![\d.,])(?P<number>\d+(?:,\d+)?)m(?![\w²³/])", lambda match, published: digits_in_english(match.group("number"), "") + " m"),
        rule(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,]?\d)", lambda match, published: digits_in_english(match.group(0), ".")),
        # "6,9, foi": a comma after the number is punctuation; "1,2,3" is a list.
        rule(r"(?<![\d.,])\d+,\d+(?!,?\d|\.\d)", lambda match, published: digits_in_english(match.group(0), "")),
        rule(r"(?<![\d.,])(\d{1,3})\.?[ºª°](?!\s?[CF]\b)", lambda match, published: ordinal(int(match.group(1)))),
        rule(r"(?<![\d.,])(\d{1,2})\s*[xX]\s*(\d{1,2})(?![\d.,]?\d)", r"\1-\2"),
        rule(r"\b(?P<currency>[A-Z]{1,3})\$\s+(?=\d)", r"\g<currency>$", flags=0),
    ]
    if thousands_space:
        rules.insert(2, rule(r"(?<![\d.,])\d{1,3}(?:[  ]\d{3})+(?![\d.,]?\d)", lambda match, published: digits_in_english(match.group(0).replace(" ", " "), " ")))
    return rules


# Readers that several languages' rules share; each takes the match's named groups.


def english_date(months: dict[str, int]) -> Replace:
    """"3 de março de 2024" (groups day, month, year) -> "March 3, 2024"."""

    def replace(match: re.Match, published: dt.date | None) -> str:
        year = match.group("year")
        return f"{month_name(months[match.group('month').lower()])} {int(match.group('day'))}" + (f", {year}" if year else "")

    return replace


def english_month(months: dict[str, int]) -> Replace:
    """"em março de 2021" (groups month, year) -> "in March 2021"."""

    def replace(match: re.Match, published: dt.date | None) -> str:
        year = match.group("year")
        return f"in {month_name(months[match.group('month').lower()])}" + (f" {year}" if year else "")

    return replace


def english_weekday(weekdays: dict[str, str], last: Sequence[str], following: Sequence[str]) -> Replace:
    """A weekday (group weekday) with its lead word (group lead: "last" when it contains one
    of ``last``, "next" for ``following``), a trailing "passado" (group last) and a day of
    the month (group day, resolved against the article's date): "on Monday, May 6"."""

    def replace(match: re.Match, published: dt.date | None) -> str:
        lead = (match.group("lead") or "").lower()
        name = weekdays[match.group("weekday").lower()]
        if match.group("last") or any(word in lead for word in last):
            english = f"last {name}"
        elif any(word in lead for word in following):
            english = f"next {name}"
        else:
            english = f"on {name}"
        on_day = day_of_month(int(match.group("day")), published) if match.group("day") else ""
        return f"{english}, {on_day}" if on_day else english

    return replace


def on_day(match: re.Match, published: dt.date | None) -> str:
    """"no dia 3" (group day) -> "on May 3" in an article of May; unchanged without a date."""
    day = day_of_month(int(match.group("day")), published)
    return f"on {day}" if day else match.group(0)


def clock_at(hours: dict[str, str], parts: dict[str, str], prefix: str = "at ") -> Replace:
    """A clock time (groups hour, a number or a word of ``hours``; minute; part, a part of
    the day in ``parts``) in 12-hour English."""

    def replace(match: re.Match, published: dt.date | None) -> str:
        hour = hours.get(match.group("hour").lower(), match.group("hour"))
        part = parts.get((match.groupdict().get("part") or "").lower())
        return prefix + clock(hour, match.groupdict().get("minute"), part)

    return replace


def aged(match: re.Match, published: dt.date | None) -> str:
    """An age (group age, age2 or age3, as the pattern's alternatives name it): "aged 46"."""
    return f"aged {match.group('age') or match.group('age2') or match.group('age3')}"


def score(match: re.Match, published: dt.date | None) -> str:
    """A score or vote "2 a 1" (groups lead, home, away) -> "por 2-1"."""
    return f"{match.group('lead')} {match.group('home')}-{match.group('away')}"


#: A race or match time: "9s81", "1min43s12", "2h05min30s" (not a clock time "10h30min").
DURATION = (
    r"(?<![\w.,])(?:(?P<hours>\d{1,2})h(?P<hour_minutes>\d{2})min|(?P<minutes>\d{1,3})min)?"
    r"(?P<seconds>\d{1,2})s(?P<fraction>\d{2,3})?(?![\w])"
)


def duration(match: re.Match, published: dt.date | None) -> str:
    """A race time in seconds, with thousands commas so that no number reads as a year:
    "2h05min30s" -> "7,530 seconds", "9s81" -> "9.81 seconds". Only a time with hours,
    minutes or hundredths is one; "30s" alone is left as it is."""
    if not (match.group("hours") or match.group("minutes") or match.group("fraction")):
        return match.group(0)
    whole = int(match.group("hours") or 0) * 3600 + int(match.group("hour_minutes") or 0) * 60
    whole += int(match.group("minutes") or 0) * 60 + int(match.group("seconds"))
    fraction = match.group("fraction") or ""
    return f"{whole:,}" + (f".{fraction}" if fraction else "") + " seconds"
