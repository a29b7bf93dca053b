"""Find the quantities a sentence states: counts, ordinals, money, percentages, measures,
clock times; each with the interval it allows, the thing it counts, and its span.

"about 15,000 soldiers" is the interval [13500, 16500] of soldiers; "C$2 billion
($1.47 billion)" is one amount given in two currencies; "April 30" and "Boeing 737" are
not quantities at all.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Sequence, TypeVar

from consistency.dates import WEEKDAYS
from consistency.memo import per_sentence
from consistency.stems import stem

T = TypeVar("T")

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
WORD_NUMBERS = {word: value for value, word in enumerate(_UNITS) if word}
WORD_NUMBERS.update(_TENS)
for _tens_word, _tens_value in _TENS.items():
    for _unit_value, _unit_word in enumerate(_UNITS[1:10], start=1):
        WORD_NUMBERS[f"{_tens_word}-{_unit_word}"] = _tens_value + _unit_value
WORD_NUMBERS.update({"a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000,
                     "a million": 1e6, "a billion": 1e9, "half a dozen": 6})

#: Vague amounts as intervals.
VAGUE_AMOUNTS = {
    "dozens of": (24, 144),
    "scores of": (40, 200),
    "hundreds of": (200, 999),
    "thousands of": (2000, 9999),
    "tens of thousands of": (20000, 99999),
    "hundreds of thousands of": (200000, 999999),
    "millions of": (2e6, 9.99e8),
    "a few": (2, 5),
    "several": (3, 9),
    # "a couple of days" is said of two or three: against "3 days" it is no conflict.
    "a couple of": (2, 3),
}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}

CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "canadian dollars": "CAD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    # The letters after the sign, as Australian and New Zealand papers write them: "$US10 million".
    "$us": "USD", "$a": "AUD", "$au": "AUD", "$nz": "NZD", "$c": "CAD", "$ca": "CAD", "$hk": "HKD", "$s": "SGD",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR",
    "inr": "INR", "rupees": "INR", "r$": "BRL", "brl": "BRL", "reais": "BRL", "yuan": "CNY", "cny": "CNY", "rubles": "RUB", "roubles": "RUB",
}

#: Currencies a bare "$" may mean besides US dollars.
OTHER_DOLLARS = ("CAD", "AUD", "NZD", "HKD", "SGD")

MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "feet": "ft", "foot": "ft", "ft": "ft", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton", "lb": "lb", "lbs": "lb",
    "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre", "mph": "mph",
    "km/h": "km/h", "kph": "km/h", "knots": "knot", "degrees": "degree", "°c": "°C", "°f": "°F",
    "celsius": "°C", "centigrade": "°C", "fahrenheit": "°F",
    "magnitude": "magnitude", "litres": "l", "liters": "l", "gallons": "gallon",
    "inch": "in", "inches": "in", "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm",
    "centimeters": "cm", "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm",
    "millimeters": "mm", "yard": "yd", "yards": "yd", "kilo": "kg", "kilos": "kg", "gram": "g", "grams": "g",
    "pound": "lb", "litre": "l", "liter": "l", "gallon": "gallon",
}

#: Units of one dimension and what one of each is in the first unit of its dimension, as
#: an interval where the unit itself is loose ("ton": short or long; "gallon": US or
#: imperial). "10 inches" and "25 cm" are one amount; "10 inches" and "50 cm" are not.
CONVERSIONS = {
    "m": ("length", 1.0, 1.0), "km": ("length", 1000.0, 1000.0), "cm": ("length", 0.01, 0.01),
    "mm": ("length", 0.001, 0.001), "in": ("length", 0.0254, 0.0254), "ft": ("length", 0.3048, 0.3048),
    "yd": ("length", 0.9144, 0.9144), "mile": ("length", 1609.344, 1609.344),
    "kg": ("mass", 1.0, 1.0), "g": ("mass", 0.001, 0.001), "lb": ("mass", 0.45359237, 0.45359237),
    "tonne": ("mass", 1000.0, 1000.0), "ton": ("mass", 907.18474, 1016.0469),
    "ha": ("area", 1.0, 1.0), "acre": ("area", 0.40468564, 0.40468564),
    "km/h": ("speed", 1.0, 1.0), "mph": ("speed", 1.609344, 1.609344), "knot": ("speed", 1.852, 1.852),
    "l": ("volume", 1.0, 1.0), "gallon": ("volume", 3.78541, 4.54609),
    "ft3": ("volume", 28.316846592, 28.316846592), "m3": ("volume", 1000.0, 1000.0), "yd3": ("volume", 764.554857984, 764.554857984),
    "km2": ("area", 100.0, 100.0), "mile2": ("area", 258.9988110336, 258.9988110336), "m2": ("area", 0.0001, 0.0001),
    "ft2": ("area", 0.000009290304, 0.000009290304),
    "°C": ("temperature", 1.0, 1.0), "°F": ("temperature", 5 / 9, 5 / 9),
}
#: Scales that do not start at zero: degrees Fahrenheit are counted from 32.
_OFFSETS = {"°F": -32.0}
#: A distance "per hour" is a speed: "60 miles per hour", "100 kilometres an hour".
_SPEEDS = {"mile": "mph", "km": "km/h"}

_APPROXIMATE = {
    "about": (0.9, 1.1), "around": (0.9, 1.1), "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1), "some": (0.9, 1.1), "an estimated": (0.9, 1.1),
    "estimated": (0.9, 1.1), "close to": (0.85, 1.0), "nearly": (0.85, 1.0),
    "almost": (0.85, 1.0), "just under": (0.9, 1.0), "just over": (1.0, 1.1),
    "more than": (1.0, math.inf), "over": (1.0, math.inf), "at least": (1.0, math.inf),
    "upwards of": (1.0, math.inf), "in excess of": (1.0, math.inf),
    # A running figure passing a mark: "the fund surpassed $55,000", "views topped 24 million".
    "surpassed": (1.0, math.inf), "surpassing": (1.0, math.inf), "exceeded": (1.0, math.inf),
    "exceeding": (1.0, math.inf), "topped": (1.0, math.inf), "topping": (1.0, math.inf),
    "fewer than": (0.0, 1.0), "less than": (0.0, 1.0), "under": (0.0, 1.0),
    "up to": (0.0, 1.0), "at most": (0.0, 1.0), "as many as": (0.0, 1.0),
    "no more than": (0.0, 1.0),
}

#: How approximate clock times widen, in minutes before and after the time named.
_APPROXIMATE_TIMES = {
    "about": (15, 15), "around": (15, 15), "approximately": (15, 15), "roughly": (15, 15),
    "shortly after": (0, 30), "just after": (0, 15), "soon after": (0, 45), "after": (0, 240),
    "shortly before": (30, 0), "just before": (15, 0), "before": (240, 0), "by": (600, 0),
    "until": (0, 0), "from": (0, 0), "at": (0, 0),
}
_QUALIFIER_BEFORE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted({*_APPROXIMATE, *_APPROXIMATE_TIMES}, key=len, reverse=True)) + r")\s+$"
)

#: "450, 000": thousands split by a stray space (old wire copy), one number all the same.
_NUMBER = r"\d{1,3}(?:,\s000)+(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCY_PREFIX = r"(?:[A-Z]{1,2}\$|\$(?:US|AU|A|NZ|CA|C|HK|S)(?=\s?\d)|\$|€|£|¥|₹|Rs\.?\s?|USD\s?|EUR\s?|GBP\s?|CAD\s?)"
_SCALE = r"(?:\s?(?:thousand|million|billion|trillion)\b|(?:bn|mn|tn|m|k)\b)"
_MERIDIEM = r"(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|JST|KST|BRT|ART|CLT|CLST)\b"

_TOKEN = re.compile(
    rf"""
    (?P<time>(?<![\d.,:])(?P<clock_h>\d{{1,2}})(?::(?P<clock_m>\d{{2}})|\.(?P<dot_m>\d{{2}})(?=\s?{_MERIDIEM}))(?:\s?(?P<clock_mer>{_MERIDIEM}))?(?:\s(?P<clock_zone>{_ZONE}))?
        |(?<![\d.,:])(?P<short_h>\d{{1,2}})\s?(?P<short_mer>{_MERIDIEM})(?:\s(?P<short_zone>{_ZONE}))?
        |(?<![\d.,:])(?P<mil>[0-2]\d[0-5]\d)\s?(?P<mil_zone>GMT|UTC)\b
        |\b(?P<named>noon|midnight)\b)
    |(?P<money>(?P<cur>{_CURRENCY_PREFIX})(?P<money_n>{_NUMBER})(?P<money_scale>{_SCALE})?)
    |(?P<ordinal>(?<![\w.,-])(?P<ord_n>\d+)(?:st|nd|rd|th)\b)
    |(?P<tally>(?<![\w.,-])(?P<tally_a>\d{{1,2}})-(?P<tally_b>\d{{1,2}})(?![\w-]))
    |(?P<plain>(?<![\w.,$€£¥₹])(?P<n>{_NUMBER})(?!\d)(?P<scale>{_SCALE})?)
    """,
    re.VERBOSE,
)

_WORD_TOKEN = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(w) for w in [*VAGUE_AMOUNTS, *WORD_NUMBERS, *ORDINAL_WORDS]), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)

_STOP_WORDS = set(
    """a an the of to in on at by for from with and or but as than that this these those
    is are was were be been being has have had do does did will would could should may might
    must can said says say told tell reported according who which whom whose what when where
    while after before since until during into onto over under about around across per each
    it its they them their he she his her him we our you your i me my there here not no also
    more most less least only just some all both either neither other another such same so
    then too very up down out off again further once if because being amid among against
    between through toward towards upon via year-old""".split()
)

#: A word after a number; "U.S." is one word.
_HEAD_WORD = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][A-Za-z'’-]*")
_PLURALS = {"people", "men", "women", "children", "police", "staff", "personnel", "crew", "cattle"}
_WORD_VARIANTS = {"storey": "story", "storeys": "story", "people": "person", "persons": "person",
                  "men": "man", "women": "woman", "children": "child", "troops": "troop",
                  "staff": "staff", "police": "police", "news": "news"}


def singular(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word in _WORD_VARIANTS:
        return _WORD_VARIANTS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@dataclass(frozen=True)
class Quantity:
    """A quantity stated in a sentence.

    ``kind`` is one of ``count``, ``ordinal``, ``money``, ``percent``, ``measure``, ``time``.
    ``low``/``high`` bound what the wording allows (equal when exact); clock times are in
    minutes after midnight. ``alternatives`` holds the same amount restated in another
    unit, as in a parenthetical conversion. ``head`` is the noun it counts (singular).
    """

    kind: str
    unit: str
    value: float
    low: float
    high: float
    start: int
    end: int
    text: str
    head: str = ""
    phrase_end: int = 0
    context: tuple[str, ...] = ()
    frame: frozenset[str] = frozenset()
    predicate: str = ""
    alternatives: tuple[tuple[str, float, float], ...] = ()
    topics: frozenset[str] = frozenset()
    vague: bool = False
    #: Where the wording of the amount starts: "at least" in "at least four dead".
    phrase_start: int = -1
    #: The approximation that widens the amount ("at least", "about"), lower-cased; "" if none.
    qualifier: str = ""
    #: A bar to reach, not an amount reached: "the 50 percent turnout required to make the
    #: vote valid". Only another bar is the same fact.
    bar: bool = False

    @property
    def exact(self) -> bool:
        return self.low == self.high

    def intervals(self) -> list[tuple[str, float, float]]:
        return [(self.unit, self.low, self.high), *self.alternatives]

    def agrees_with(self, other: "Quantity") -> bool:
        """True when some reading of both quantities can be the same amount; in units of
        one dimension ("10 inches", "25 cm") when they match once converted, within the
        rounding of the numbers as written."""
        readings, other_readings = self.intervals(), other.intervals()
        if self.kind == "time":
            # Two local hours in two reports may be read in two places; where both also give
            # the hour in UTC, that reading decides: "5 a.m. local time (10 p.m. EDT Sunday)"
            # and "5 a.m. (0100 GMT)" put one blast an hour apart.
            in_utc = [reading for reading in readings if reading[0].endswith("UTC")]
            other_in_utc = [reading for reading in other_readings if reading[0].endswith("UTC")]
            if {unit for unit, _, _ in in_utc} & {unit for unit, _, _ in other_in_utc}:
                readings, other_readings = in_utc, other_in_utc
        for unit, low, high in readings:
            for other_unit, other_low, other_high in other_readings:
                if unit == other_unit and low <= other_high * (1 + 1e-9) and other_low <= high * (1 + 1e-9):
                    return True
        for unit, dimension, low, high in self.converted(rounded=True):
            for other_unit, other_dimension, other_low, other_high in other.converted(rounded=True):
                if unit == other_unit or dimension != other_dimension:
                    continue  # one unit: compared as written above
                if low <= other_high * (1 + 1e-9) and other_low <= high * (1 + 1e-9):
                    return True
        return False

    def converted(self, rounded: bool = False) -> list[tuple[str, str, float, float]]:
        """(unit, dimension, low, high) of each reading of a measure, the interval in the
        first unit of its dimension (metres, kilograms ...). ``rounded`` widens it by the
        rounding of the number as written, since a converted amount is rounded ("10 inches
        (25 cm)")."""
        if self.kind != "measure":
            return []
        found = []
        for index, (unit, low, high) in enumerate(self.intervals()):
            if unit not in CONVERSIONS:
                continue
            dimension, factor_low, factor_high = CONVERSIONS[unit]
            offset = _OFFSETS.get(unit, 0.0)
            slack = 0.0
            if rounded:
                slack = _rounding(self.value) if index == 0 else _rounding(low) if low == high else 0.0
            found.append((unit, dimension, (low - slack + offset) * factor_low, (high + slack + offset) * factor_high))
        return found

    def measured_alike(self, other: "Quantity") -> bool:
        """Of one kind, in a unit both can be read in, or in units of one dimension."""
        units = {unit for unit, _, _ in self.intervals()}
        dimensions = {dimension for _, dimension, _, _ in self.converted()}
        return self.kind == other.kind and bool(
            units & {unit for unit, _, _ in other.intervals()} or dimensions & {dimension for _, dimension, _, _ in other.converted()}
        )

    def comparable_with(self, other: "Quantity") -> bool:
        """True when both quantities measure the same thing in one unit.

        The noun counted decides when it is specific ("firefighters", "floors"); a generic
        noun ("people") or none needs the words around both numbers to overlap, since "900
        people were evacuated" and "three people were killed" count different things.
        """
        if not self.measured_alike(other):
            return False
        said, other_said = _what_is_said(self), _what_is_said(other)
        if said in _PREDICATE_GROUPS and other_said in _PREDICATE_GROUPS and said != other_said:
            return False  # "900 people were evacuated" and "three people were killed"; "40 injured" and "93 died"
        if "live" in (said, other_said) and {said, other_said} & _HAPPENED_TO_PEOPLE and not _told_of_deaths(
            self if said == "live" else other
        ):
            return False  # "where 120 people were registered as living" and "121 people had perished"
        if (self.head in _PREDICATE_OF or other.head in _PREDICATE_OF) and said != other_said:
            return False  # "40 injured" and "13 children": only a count of the injured is one of the injured
        if self.bar != other.bar:
            return False  # "a 50 percent turnout is needed" and "turnout was 30 percent"
        if self.kind not in ("time", "ordinal") and not _same_magnitude(self, other):
            return False  # "$1.18 a share" and "$1.47 billion" in revenue are not one amount
        if self.kind in ("money", "percent", "time"):
            return True
        if (self.head == "age") != (other.head == "age") and not (
            {self.head, other.head} == {"age", "year"} and (self if self.head == "year" else other).frame & _OF_AGE
        ):
            return False  # "a 21-year-old" and "50 doctors", or "at the club for 12 years": an age is comparable with an age (or years of age) only
        if "age" in (self.head, other.head):
            # Stories give many people's ages: "James Foley, 45" and "40-year-old Foley" are one
            # person's, "Pope Francis, aged 77" and "Sarah Gluck, 26" two people's.
            return len(self.frame & other.frame) >= 2
        dimensioned = self.kind == "measure" and bool({self.head, other.head} & _DIMENSION_HEADS)
        if dimensioned and self.head != other.head and (
            (self.head and other.head) or {self.head, other.head} & _DIMENSIONS_OF_THEIR_OWN
        ):
            return False  # "40 feet wide" and "19 feet deep"; "a 16-foot-deep crater" and "a 40-foot crater"
        # A dimension says what of a thing is measured, not which thing: "a crater 12 metres
        # wide" and "an asteroid 20 metres wide" are told apart by the words around them.
        if self.kind == other.kind == "ordinal" and self.head and other.head and self.head != other.head:
            # What an ordinal places in order must be one thing ("storey" is read as "floor"),
            # however generic both nouns: "the first Jewish person to be adopted" and "the
            # seventh child of the family" are two orders. (On the 52 judged stories, 3
            # findings, none right.)
            return False
        if self.head and other.head and not dimensioned and not _one_toll(self, other):
            if self.head not in GENERIC_HEADS and other.head not in GENERIC_HEADS:
                return self.head == other.head or one_workforce(self, other)
            if not _same_kind_of_head(self.head, other.head):
                return False
            if _named_apart(self, other) or _named_apart(other, self):
                return False  # "almost 1,000 rescue workers", "rescue workers estimated around 100 people were buried"
        if said in _PREDICATE_GROUPS and said == other_said:
            return True  # "killing nine people", "12 people were killed", "the 92 dead"
        if self.topics & other.topics or (self.context[:1] and self.context[:1] == other.context[:1]):
            return True  # "the death toll stood at nine"; "magnitude 6.4", "magnitude 6.8"
        return len(self.frame & other.frame) >= 2


#: Nouns that say little about what is counted: "people" may be passengers or victims.
GENERIC_HEADS = {"person", "people", "man", "woman", "child", "other", "one", "time"}
#: Nouns for people, any of which a generic "people" may stand for.
PEOPLE_HEADS = set(
    """passenger resident worker civilian student tourist employee protester demonstrator
    patient victim migrant refugee pilgrim villager fan spectator firefighter soldier troop
    officer crew member adult child man woman person people staff miner pupil visitor dead
    injured wounded casualty fatality body survivor hostage""".split()
)
#: What a count of people says happened to them: a toll.
TOLL_PREDICATES = {"die", "injure", "missing", "arrest", "evacuate"}
#: The same, or being buried or trapped: no count of those who lived there.
_HAPPENED_TO_PEOPLE = TOLL_PREDICATES | {"trap"}


def _what_is_said(quantity: "Quantity") -> str:
    """The predicate group of a count: its verb's ("were killed"), its noun's when the noun
    says it ("four dead", "40 injured"), or the one its neighbours name ("the toll rose to
    118"); else its verb as it is. Bodies and victims with nothing else said of them are
    the dead ("112 bodies", "at least 93 victims of last Thursday's blast")."""
    if quantity.predicate in _PREDICATE_GROUPS:
        return quantity.predicate
    if quantity.head in _PREDICATE_OF:
        return _PREDICATE_OF[quantity.head]
    if len(quantity.topics) == 1:
        return next(iter(quantity.topics))
    if quantity.head in _TOLL_NOUNS and not quantity.topics:
        return "die"
    return quantity.predicate


#: Nouns a toll is told by besides "dead": "112 bodies", "93 victims", "three fatalities".
_TOLL_NOUNS = {"body", "victim", "fatality", "death", "dead"}


def _one_toll(first: "Quantity", second: "Quantity") -> bool:
    """Two nouns of one toll ("92 dead", "at least 93 victims"): both toll nouns, and what
    is said of them is the same."""
    return first.head in _TOLL_NOUNS and second.head in _TOLL_NOUNS and _what_is_said(first) == _what_is_said(second) == "die"


def one_toll_told(first: "Quantity", second: "Quantity") -> bool:
    """Both counts say the same thing happened to people, however worded: "the confirmed
    death toll has reached 49" and "112 bodies"; "two suspects had been arrested" and
    "three people have been detained"."""
    said = _what_is_said(first)
    return said in TOLL_PREDICATES and said == _what_is_said(second) and counts_people(first) and counts_people(second)


def said_alike(first: "Quantity", second: "Quantity") -> bool:
    """Both amounts are said to be the same kind of thing: both the dead, both those living
    in a place ("Denmark's population of 5.2 million" is no number of idled workers)."""
    return _what_is_said(first) == _what_is_said(second)


def counts_people(quantity: "Quantity") -> bool:
    """True for a count of people or of casualties: "at least four dead", "12 people were
    injured", "the death toll rose to nine"."""
    return quantity.kind == "count" and (
        quantity.head in PEOPLE_HEADS
        or _PREDICATE_OF.get(quantity.head, "") in TOLL_PREDICATES
        or quantity.predicate in TOLL_PREDICATES
        or bool(quantity.topics & TOLL_PREDICATES)
    )


#: Outlets that disagree on an amount are off by a little or by a slip of a digit; numbers
#: further apart than this count different things.
MAX_RATIO = 10.0
#: Amounts further apart than this, with no slip between them (``_a_slip``), are one fact
#: told two ways only by sentences that otherwise say the same ("About 30 people were
#: injured in the crash" / "More than 200 ..."): in two statements of a story they count
#: different things ("30 teams" in the league and "four" new ones). On judged real news,
#: amounts 2.5 to 10 times apart were the same fact 4 times in 93.
NEAR_RATIO = 2.5


def _rounding(value: float) -> float:
    """How far a number as written may be from what it rounds: half a unit of its last
    significant digit ("25": 0.5, "2.5": 0.05, "50": 5), at most a tenth of it."""
    magnitude = abs(value)
    if magnitude == 0:
        return 0.0
    place = 1.0
    if magnitude == round(magnitude):
        while round(magnitude / (place * 10)) * place * 10 == magnitude:
            place *= 10
    else:
        while place > 1e-6 and abs(magnitude / place - round(magnitude / place)) > 1e-6:
            place /= 10
    return min(place / 2, magnitude / 10)


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _last_figure_step(written: str, value: float) -> float:
    """One step of the last figure a number is written to, in ``value``'s terms: "about
    510,000" is 500,000 to 520,000, not 459,000 to 561,000; "about 1.3 billion" is 1.2 to
    1.4 billion. Zero when the number is not written in figures."""
    match = _WRITTEN_NUMBER.search(written)
    if match is None:
        return 0.0
    figures = match.group(0).replace(",", "")
    number = float(figures)
    if number == 0:
        return 0.0
    decimals = len(match.group(1) or "")
    step = 10.0 ** -decimals if decimals else 10.0 ** (len(figures) - len(figures.rstrip("0")))
    return step * value / number


def rounds_to_the_other(first: "Quantity", second: "Quantity") -> bool:
    """True when the amount written with more decimals, rounded to the other's decimals,
    gives the other: "89.92 percent" and "89.9 percent", "$15.2 billion" and "$15 billion".
    Outlets round a precise figure; "49" and "50", written alike, are two counts."""
    if first.kind != second.kind or first.kind in ("time", "ordinal") or first.unit != second.unit:
        return False
    if not (first.exact and second.exact):
        return False
    written = []
    for quantity in (first, second):
        match = _WRITTEN_NUMBER.search(quantity.text)
        if match is None:
            return False
        number = Decimal(match.group(0).replace(",", ""))
        if number == 0 or not math.isclose(quantity.value / float(number), round(quantity.value / float(number))):
            return False
        written.append((len(match.group(1) or ""), number, round(quantity.value / float(number))))
    (places, number, scale), (other_places, other_number, other_scale) = sorted(written, key=lambda item: item[0])
    if places == other_places or scale != other_scale:
        return False
    return other_number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) == number


def far_apart(first: "Quantity", second: "Quantity", ratio: float = NEAR_RATIO) -> bool:
    """Whether the two amounts lie more than ``ratio`` apart in every reading, and neither
    reads as the other mistyped. Clock times and ordinals are not amounts. None is as far
    from an amount as one is: "0 women" and "3 women" are apart, "0" and "1" close."""
    if first.kind in ("time", "ordinal"):
        return False
    if 0 in (first.value, second.value) and first.unit == second.unit:
        return max(abs(first.value), abs(second.value)) > ratio
    return not _same_magnitude(first, second, ratio) and not _a_slip(first, second)


def _a_slip(first: "Quantity", second: "Quantity") -> bool:
    """Whether one amount reads as the other mistyped or misconverted: its digits swapped
    ("14" / "41 people detained"), a zero more or less ("12" / "120"), or the same number
    in another unit ("5 metres" / "1.5 metres (5 feet)")."""
    if any(value == other_value and unit != other_unit
           for unit, value in _numbers_written(first) for other_unit, other_value in _numbers_written(second)):
        return True
    digits, other_digits = _significant_digits(first.value), _significant_digits(second.value)
    return digits == other_digits or (len(digits) == len(other_digits) and sorted(digits) == sorted(other_digits))


def _numbers_written(quantity: "Quantity") -> list[tuple[str, float]]:
    """(unit, number) as the sentence writes the amount, a conversion in brackets included."""
    return [(quantity.unit, quantity.value), *((unit, low) for unit, low, high in quantity.alternatives if low == high)]


def _significant_digits(value: float) -> str:
    """"120" -> "12", "1.5" -> "15", "0.05" -> "5"."""
    return f"{abs(value):.6f}".replace(".", "").strip("0")


def _same_magnitude(first: "Quantity", second: "Quantity", max_ratio: float = MAX_RATIO) -> bool:
    readings = [*first.intervals(), *((dimension, low, high) for _, dimension, low, high in first.converted())]
    other_readings = [*second.intervals(), *((dimension, low, high) for _, dimension, low, high in second.converted())]
    for unit, low, high in readings:
        for other_unit, other_low, other_high in other_readings:
            if unit != other_unit:
                continue
            if math.isinf(min(abs(high), abs(other_high))):
                small, large = sorted([abs(low), abs(other_low)])  # "at least 4", "at least 5"
            else:
                small, large = sorted([max(abs(low), abs(other_low)), min(abs(high), abs(other_high))])
            if small == 0 or large / small <= max_ratio:
                return True
    return False


def _named_apart(specific: "Quantity", generic: "Quantity") -> bool:
    """A count of a specific group ("1,000 rescue workers") and one of "people" whose own
    sentence names that group apart from what it counts: those people are others."""
    return specific.head not in GENERIC_HEADS and generic.head in GENERIC_HEADS and bool(_head_stem(specific.head) & generic.frame)


#: Nouns a strike's participants are counted by: "550,000 workers", "450,000 union members".
_WORKFORCE_HEADS = frozenset({"worker", "employee", "member", "striker"})
#: Stems (as ``_frame`` cuts them) of the words that tell of a strike.
_STRIKE_WORDS = frozenset({"strik", "strike", "struck", "walkou"})


def one_workforce(first: "Quantity", second: "Quantity") -> bool:
    """Workers, employees, union members and strikers counted where both sentences tell of a
    strike are one group: "the strike by 550,000 workers", "450,000 union members ... struck"."""
    return {first.head, second.head} <= _WORKFORCE_HEADS and bool(first.frame & _STRIKE_WORDS) and bool(second.frame & _STRIKE_WORDS)


#: Stems (as ``_frame`` cuts them) that make a count of years an age: "nine years old",
#: "11 years of age", "older than 12 years".
_OF_AGE = frozenset({"old", "ag", "age", "older", "aged"})


def _same_kind_of_head(first: str, second: str) -> bool:
    if first == second:
        return True
    return {first, second} <= PEOPLE_HEADS and bool({first, second} & GENERIC_HEADS)


def _to_number(digits: str) -> float:
    return float(digits.replace(",", "").replace(" ", ""))


def _scale(word: str | None) -> float:
    return SCALES.get((word or "").strip().lower(), 1.0)


def _head_after(text: str, end: int, kind: str = "count") -> tuple[str, int]:
    """The noun a number counts, singular, and where it ends in ``text``.

    English noun phrases end in their head ("5,000 military construction workers"), but a
    verb may follow without punctuation ("15,000 people fled"), so for counts the first
    plural word wins; otherwise the last word of the short run after the number.
    """
    rest = text[end:]
    # A full stop ends the phrase, the stops inside "U.S." do not.
    stop = re.search(r"[,;:!?()\"“”]|(?<!\b[A-Za-z])\.(?![A-Za-z]\.)|\s[-–—]\s", rest)
    words: list[re.Match] = []
    for match in _HEAD_WORD.finditer(rest[: stop.start() if stop else len(rest)]):
        word = match.group().lower().strip("-")
        if word in _STOP_WORDS or word in MONTHS or len(words) >= 4:
            break
        words.append(match)
    if not words:
        return "", end
    if kind == "count":
        for match in words:
            word = match.group().lower()
            if singular(word) != word or word in _PLURALS:
                return _storeys(singular(word), text, end), end + match.end()
    if kind == "ordinal":
        # "the 13th floor minutes later": an ordinal counts one thing; a plural or an
        # adverb after its noun starts something else.
        for index, match in enumerate(words[1:], start=1):
            word = match.group().lower()
            if singular(word) != word or word in _PLURALS or word.endswith("ly") or word in _AFTER_A_NOUN:
                words = words[:index]
                break
    last = words[min(len(words), 3) - 1]
    head = singular(last.group().strip("-"))
    return (_numbered_floor(head) if kind == "ordinal" else head), end + last.end()


#: Words that follow a noun phrase without being part of it: "the 13th floor later".
_AFTER_A_NOUN = {"later", "earlier", "ago", "afterwards", "away", "apart", "alone", "again", "instead", "too"}


#: How tall a building is, however worded: "a 41-storey tower", "44-story building", "the
#: tower is 44 floors high", "has 44 floors". A floor by its number stays "floor".
STOREYS = "story"
_STOREY_WORDS = {"storey", "story", "floor"}


def _numbered_floor(head: str) -> str:
    """What an ordinal numbers, a storey or a floor being one floor: "the 13th storey"."""
    return "floor" if head in _STOREY_WORDS else head


def _storeys(head: str, text: str, end: int, hyphenated: bool = False) -> str:
    """``head`` as the height of a building when it counts storeys, else ``head``."""
    if head not in _STOREY_WORDS:
        return head
    if hyphenated or head != "floor":
        return STOREYS  # "41-storey", "44-floor", "44 storeys"
    before = re.findall(r"[A-Za-z]+", text[:end])[-3:]
    if re.match(r"\s*[A-Za-z]+\s+(?:high|tall)\b", text[end:]) or any(w.lower() in ("has", "have", "had") for w in before):
        return STOREYS  # "44 floors high", "the tower has 44 floors"
    return head


def _content_words_before(text: str, start: int, limit: int = 2) -> tuple[str, ...]:
    words = [w.lower() for w in re.findall(r"(?<![\w'’-])[A-Za-z]{3,}(?![\w'’-])", text[:start])]
    content = [singular(w) for w in reversed(words) if w not in _STOP_WORDS and w not in _APPROXIMATE]
    return tuple(content[:limit])


_AUXILIARIES = set(
    """will would be been being were was is are have has had reportedly also later now already
    still then initially officially""".split()
)
_DETERMINERS_AND_QUALIFIERS = set(
    """the a an some about around nearly almost roughly approximately more than less fewer over
    under at least most up to as many estimated another further additional other""".split()
)

#: News predicates that say the same of a count; "died" and "were killed" agree, "died" and
#: "were deployed" do not.
_PREDICATE_GROUPS = {
    "die": "died dies dead killed kill kills death deaths perished fatalities lost",
    "injure": "injured injure injures hurt wounded injuries hospitalised hospitalized",
    "send": "send sends sent deploy deploys deployed dispatch dispatched",
    "evacuate": "evacuated evacuate evacuates fled displaced",
    "arrest": "arrested arrest arrests detained detain",
    "missing": "missing unaccounted",
    # Under the rubble, alive or dead: "burying almost 100 people" is no toll of the dead.
    "trap": "trapped trap traps trapping buried bury buries burying",
}
#: A time told with a verb of setting off or arriving (its object between them: "left the
#: port at 6:10 p.m.") is the time of that end of a journey: "departed at 7:05 a.m." and
#: "landed at 9:35 a.m." are two moments, not one told two ways.
_MOVEMENT_BEFORE = re.compile(
    r"\b(?P<verb>departed|departs|depart|departing|left|leaves|leaving|took\s+off|takes\s+off|set\s+off|sets\s+off|"
    r"set\s+sail|arrived|arrives|arrive|arriving|landed|lands|landing|reached|reaches|touched\s+down|docked)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?:at|around|about|shortly\s+after|just\s+after|soon\s+after|by)\s+)?$",
    re.IGNORECASE,
)
_ARRIVING = re.compile(r"^(?:arriv|land|reach|touch|dock)", re.IGNORECASE)


def _movement(text: str, start: int) -> str:
    """"depart" or "arrive" for a time right after such a verb, else ""."""
    match = _MOVEMENT_BEFORE.search(text[max(0, start - 40) : start])
    if match is None:
        return ""
    return "arrive" if _ARRIVING.match(match.group("verb")) else "depart"


#: Nouns that name what a count is of, without a verb: "the death toll", "taken to hospital".
_TOPIC_WORDS = {"toll": "die", "hospital": "injure", "casualties": "die", "bodies": "die", "corpses": "die",
                "evacuation": "evacuate", "evacuees": "evacuate", "arrests": "arrest"}
_PREDICATE_OF = {word: group for group, words in _PREDICATE_GROUPS.items() for word in words.split()}
_DEATH_STEMS = frozenset(stem(word) for word in _PREDICATE_GROUPS["die"].split())


def _predicate_group(word: str) -> str:
    """The group of ``word`` in any inflection ("killing" -> die), or ""."""
    word = word.lower()
    for candidate in (word, word[:-3], word[:-3] + "e", word[:-2], word[:-1]):
        if candidate in _PREDICATE_OF:
            return _PREDICATE_OF[candidate]
    return ""


def _predicate_stem(word: str) -> str:
    word = word.lower()
    group = _predicate_group(word)
    if group:
        return group
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _predicate(text: str, start: int, phrase_end: int) -> str:
    """The verb said of a count: "15,000 soldiers were deployed" -> send;
    "killed three people" -> die. Empty when none is found nearby."""
    rest = text[phrase_end:]
    stop = re.search(r"[,.;:!?()\"“”]", rest)
    for word in re.findall(r"[A-Za-z]+", rest[: stop.start() if stop else len(rest)])[:4]:
        lowered = word.lower()
        if lowered in _AUXILIARIES:
            continue
        if lowered in _STOP_WORDS:
            break
        return _predicate_stem(lowered)
    before = re.findall(r"[A-Za-z]+", text[:start])
    for word in reversed(before[-4:]):
        lowered = word.lower()
        if lowered in _DETERMINERS_AND_QUALIFIERS or lowered in _AUXILIARIES:
            continue
        if lowered in _STOP_WORDS:
            return ""
        return _predicate_stem(lowered)
    return ""


_FRAME_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{3,}")


def _frame(text: str, start: int, end: int, reach: int = 6) -> frozenset[str]:
    """Stems of the content words around a quantity: what is said about it.

    Two numbers with the same noun can still count different things ("900 people were
    evacuated", "three people were killed"); their frames then share no word.
    """
    def content(words: list[str]) -> list[str]:
        return [word for word in words if word.lower() not in _STOP_WORDS and word.lower() not in MONTHS]

    before = content(_FRAME_WORD.findall(text[:start]))[-reach:]
    after = content(_FRAME_WORD.findall(text[end:]))[:reach]
    return frozenset(stem(word) for word in before + after)


def _qualifier(text: str, start: int) -> tuple[str, int]:
    """The approximation phrase just before ``start`` ("" if none), and where it begins."""
    window = max(0, start - 40)
    match = _QUALIFIER_BEFORE.search(text[window:start].lower())
    if match:
        return match.group(1), window + match.start()
    return "", start


#: Capitalised words after a number that end in a word for a building or a street.
_ADDRESS = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Center|Centre|Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Plaza|Square|Place|Tower|Lane|"
    r"Boulevard|Drive)\b"
)


def _number_word_in_name(text: str, start: int, end: int) -> bool:
    """A number word that is part of a name: "Page Six", "Formula One" (capitalised after a
    capitalised word), "One World Trade Center" (before an address)."""
    if _ADDRESS.match(text, end):
        return True
    previous = re.search(r"([A-Za-z]+)\s$", text[max(0, start - 20): start])
    return text[start:start + 1].isupper() and previous is not None and previous.group(1)[:1].isupper()


#: A place named just before a number, after a preposition: "in Sarajevo 31 underage girls".
_IN_A_PLACE = re.compile(r"\b(?i:in|at|from|across|throughout)\s+[A-Z][a-z]+\s$")
#: People counted in the plural, besides ``PEOPLE_HEADS``.
_YOUNG_PEOPLE = frozenset({"girl", "boy", "teenager", "baby", "infant", "youth"})


def _people_counted_in_a_place(text: str, start: int, end: int) -> bool:
    """"Last year in Sarajevo 31 underage girls became pregnant": a count of people after
    the place they were in, with no comma between, not a name with a number ("Flight 17")."""
    if not _IN_A_PLACE.search(text, max(0, start - 30), start):
        return False
    return _head_after(text, end)[0] in PEOPLE_HEADS | _YOUNG_PEOPLE


def _is_date_or_identifier(text: str, start: int, end: int) -> bool:
    before = re.findall(r"[A-Za-z]+\.?", text[max(0, start - 15) : start])
    after = re.match(r"\s*(?:st|nd|rd|th)?\s*([A-Za-z]+)", text[end:])
    previous = before[-1].rstrip(".").lower() if before else ""
    if previous in MONTHS or (after and after.group(1).lower() in MONTHS):
        return True
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True  # "COVID-19", "Su-57"
    if re.match(r"[/.]\d", text[end : end + 2]) or re.search(r"\d[/.]$", text[max(0, start - 2) : start]):
        return True  # "01/05/2010", "05.01.2010": a date written in figures
    if text[start:start + 1] == "0" and end - start == 3 and re.search(r"\d,\s+$", text[max(0, start - 4) : start]):
        return True  # "450, 000": the thousands of a number split by a stray space
    previous_raw = before[-1] if before else ""
    sentence_start = not text[: max(0, start - len(previous_raw) - 1)].strip()
    grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+", text[start:end]) is not None  # "1,627" is an amount, never a name
    adjacent = start >= 2 and text[start - 1] == " " and text[start - 2].isalpha()  # "Cross, 280 workers" is no name
    if (
        previous_raw[:1].isupper() and adjacent and not sentence_start and previous_raw.lower() not in _APPROXIMATE
        and not grouped and not _people_counted_in_a_place(text, start, end)
    ):
        return True  # "Boeing 737", "Flight 302", "Resolution 2231"
    if previous_raw in ("No", "No.", "Nos", "Nos.", "Number") and adjacent:
        return True  # "No 10 will not confirm": Downing Street; "No. 3"
    if _ADDRESS.match(text, end) and not grouped:
        return True  # "1 World Trade Center", "10 Downing Street": an address
    return False


def _is_year(value: float, digits: str, scale: str | None) -> bool:
    return not scale and "," not in digits and "." not in digits and len(digits) == 4 and 1800 <= value <= 2100


def _clock_minutes(hour: int, minute: int, meridiem: str | None) -> tuple[float, bool] | None:
    if minute > 59 or hour > 24:
        return None
    meridiem = (meridiem or "").lower().replace(".", "")
    if meridiem:
        if hour == 0 or hour > 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
        return float(hour * 60 + minute), True
    return float(hour * 60 + minute), hour > 12 or hour == 0


#: Cubic and square units: "150 million cubic feet" of sludge, "40 square kilometres".
_POWERED_UNIT = re.compile(
    r"[\s-](cubic|square|sq\.?)\s+"
    r"(feet|foot|ft|metres|meters|metre|meter|m|yards|yard|kilometres|kilometers|kilometre|kilometer|km|miles|mile)\b",
    re.IGNORECASE,
)


def _measure_after(text: str, end: int) -> tuple[str, int] | None:
    powered = _POWERED_UNIT.match(text, end)
    if powered:
        base = MEASURE_UNITS[powered.group(2).lower()]
        unit = f"{base}3" if powered.group(1).lower() == "cubic" else f"{base}2"
        return (unit, powered.end()) if unit in CONVERSIONS else None
    match = re.match(r"[\s-]?(°[CF]|[A-Za-z/]+)\b", text[end:])
    if not match:
        return None
    unit = MEASURE_UNITS.get(match.group(1).lower())
    if not unit:
        return None
    unit_end = end + match.end()
    scale = re.match(r"\s*(Celsius|centigrade|Fahrenheit|C|F)\b", text[unit_end:]) if unit == "degree" else None
    if scale:
        return ("°F" if scale.group(1)[0] == "F" else "°C"), unit_end + scale.end()
    speed = re.match(r"\s+(?:per|an|a)\s+hour\b", text[unit_end:])
    if speed and unit in _SPEEDS:
        return _SPEEDS[unit], unit_end + speed.end()
    return unit, unit_end


_WEIGHT_WORDS = re.compile(r"\b(?:weigh\w*|heav\w*|lbs?)\b", re.IGNORECASE)
_MONEY_WORDS = re.compile(
    r"\b(?:pa(?:y|id|ys|ying)|cost\w*|fine[ds]?|worth|rais\w+|sp[ea]n[dt]\w*|price\w*|salar\w+|fees?|fund\w*|"
    r"budget\w*|compensation|wages?|sterling|deal|bid|offer\w*|charg\w+)\b",
    re.IGNORECASE,
)


def _pounds_of_weight(text: str, start: int, end: int) -> bool:
    """"200 pounds" is a weight next to "weighed" or in "pounds of explosives", money
    next to "paid" or "worth"."""
    window = text[max(0, start - 40): end + 40]
    if _MONEY_WORDS.search(window):
        return False
    return bool(_WEIGHT_WORDS.search(window) or re.match(r"\s+of\s+(?!the\b|his\b|her\b|their\b)[a-z]", text[end:]))


def _percent_after(text: str, end: int) -> int | None:
    match = re.match(r"\s?(?:%|percent\b|per cent\b)", text[end:])
    return end + match.end() if match else None


def _currency_after(text: str, end: int) -> tuple[str, int] | None:
    match = re.match(r"\s(canadian dollars|dollars|euros|pounds sterling|pounds|yen|rupees|yuan|rubles|roubles)\b", text[end:], re.IGNORECASE)
    return (CURRENCIES[match.group(1).lower().replace(" sterling", "")], end + match.end()) if match else None


def _make(
    kind: str,
    unit: str,
    value: float,
    text: str,
    start: int,
    end: int,
    qualifier: tuple[str, int],
    head: tuple[str, int] = ("", 0),
) -> Quantity:
    phrase, qualifier_start = qualifier
    if kind == "time":
        before, after = _APPROXIMATE_TIMES.get(phrase, (0, 0))
        low, high = value - before, value + after
    else:
        temperature = kind == "measure" and unit in ("°C", "°F", "degree")
        sign = re.search(r"(?:\bminus\s+|(?<![\w.])-)$", text[:start]) if temperature else None
        if sign:
            value, start = -value, sign.start()  # "minus 28 degrees Fahrenheit", "-33°C"
        low_factor, high_factor = _APPROXIMATE.get(phrase, (1.0, 1.0))
        low, high = sorted((value * low_factor, value * high_factor))
        if low_factor < 1.0 < high_factor:
            step = _last_figure_step(text[start:end], value)
            if step:
                low, high = max(low, value - step), min(high, value + step)
    return Quantity(
        kind=kind, unit=unit, value=value, low=low, high=high, start=start, end=end,
        text=text[start:end], head=head[0], phrase_end=max(end, head[1]),
        phrase_start=start if (low, high) == (value, value) else min(start, qualifier_start),
        qualifier="" if (low, high) == (value, value) else phrase,
        context=_content_words_before(text, qualifier_start),
        frame=_frame(text, qualifier_start, max(end, head[1]))
        | (_phrase_words(text, end, head[1]) or (_head_stem(head[0]) if kind == "ordinal" else frozenset())),
        predicate=(
            _predicate(text, qualifier_start, max(end, head[1])) if kind == "count"
            else _movement(text, qualifier_start) if kind == "time" else ""
        ),
        topics=_topics(text, qualifier_start, max(end, head[1])) if kind == "count" else frozenset(),
    )


def _head_stem(head: str) -> frozenset[str]:
    """The noun an ordinal numbers, as a frame word: "the 13th-floor landing" speaks of a
    floor as much as "the 13th floor" does."""
    return frozenset({stem(head)}) if len(head) >= 3 and head not in ("tally", "age") else frozenset()


def _phrase_words(text: str, end: int, head_end: int) -> frozenset[str]:
    """Stems of the words between a number and the noun it counts: "210 planned
    operations" and "120 planned operations" both say "planned"."""
    return frozenset(stem(word) for word in _FRAME_WORD.findall(text[end:head_end]) if word.lower() not in _STOP_WORDS)


#: How many people live in a place: "a country of 5.1 million people", "Denmark's 5.2
#: million people", "a population of 5.2 million".
_QUALIFIED = r"(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?"
_POPULATION_OF = re.compile(r"\bpopulation\s+of\s+" + _QUALIFIED + "$", re.IGNORECASE)
_PLACE_OF = re.compile(r"(?:\b(?:country|nation|city|state|island|region|town)\s+of\s+|\b[A-Z][a-z]+['’]s\s+)" + _QUALIFIED + "$")
_INHABITANTS = re.compile(r"\b(?:people|inhabitants|residents|citizens)$", re.IGNORECASE)


#: Those who live in a building or a place, dead or alive: "where 120 people were officially
#: registered as living", "the 300 residents who lived there".
_LIVING_THERE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:were\s+|are\s+|had\s+)?(?:officially\s+)?(?:registered\s+as\s+)?"
    r"(?:living|lived|reside|resided|residing)(?:\s+(?:in|at|there)\b|(?=[,;.]))",
    re.IGNORECASE,
)


def _told_of_deaths(quantity: "Quantity") -> bool:
    """A word of dying near the count: "Forty people living in the block were killed" is a
    toll of those who lived there."""
    return bool(quantity.frame & _DEATH_STEMS)


def _counts_inhabitants(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(_POPULATION_OF.search(before) or (_PLACE_OF.search(before) and _INHABITANTS.search(text[start:end]))
                or _LIVING_THERE.match(text, end))


#: A toll set at a figure far from its noun: "the ministry put the final death toll in a
#: bomb blast that flattened an eight-storey block at 118".
_TOLL_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+the\s+(?:[\w-]+\s+){0,2}?(?P<noun>toll|casualties)\b"
    r"[^.;:!?]{0,150}?\s+at\s+(?:at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def _topics(text: str, start: int, end: int, reach: int = 4) -> frozenset[str]:
    """The kinds of event the words next to a count name ("killed", "death toll"), or that
    it counts the people living in a place ("a country of 5.1 million people")."""
    before = re.findall(r"[A-Za-z]+", text[:start])[-reach:]
    after = re.findall(r"[A-Za-z]+", text[end:])[:reach]
    found = {"live"} if _counts_inhabitants(text, start, end) else set()
    # The "at" before the figure may have been read as its qualifier (as in "at 5 p.m."),
    # so the search runs up to the figure itself.
    figure = start + 3 if text[start : start + 3].lower() == "at " else start
    put_at = _TOLL_PUT_AT.search(text[max(0, start - 200) : figure])
    if put_at:
        found.add(_TOPIC_WORDS[put_at.group("noun").lower()])
    for word in (*before, *after):
        lowered = word.lower()
        group = _predicate_group(lowered) or _TOPIC_WORDS.get(lowered)
        if group:
            found.add(group)
    return frozenset(found)


@per_sentence(maxsize=65536)
def _extract_cached(text: str) -> tuple[Quantity, ...]:
    return tuple(_extract(text))


def extract_quantities(text: str) -> list[Quantity]:
    """All quantities in ``text``, in order of position; years and dates are left out.

    Cached by text: an aligned sentence meets several partners."""
    return list(_extract_cached(text))


def _extract(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if not free(start, end):
            continue
        quantity = _quantity_from_match(text, match)
        if quantity:
            found.append(quantity)
            taken.append((quantity.start, quantity.end))

    for match in _WORD_TOKEN.finditer(text):
        start, end = match.span()
        if not free(start, end):
            continue
        phrase = match.group().lower()
        if _number_word_in_name(text, start, end):
            continue
        qualifier = _qualifier(text, start)
        if phrase in ORDINAL_WORDS:
            head = _head_after(text, end, "ordinal")
            if not head[0]:
                continue
            quantity = _make("ordinal", "", ORDINAL_WORDS[phrase], text, start, end, qualifier, head)
        elif phrase in VAGUE_AMOUNTS:
            low, high = VAGUE_AMOUNTS[phrase]
            head = _head_after(text, end)
            if not head[0]:
                continue
            quantity = replace(_make("count", "", low, text, start, end, ("", start), head), high=high, vague=True)
        else:
            value = WORD_NUMBERS[phrase]
            scale_match = re.match(r"\s(thousand|million|billion)\b", text[end:], re.IGNORECASE)
            if scale_match:
                value *= SCALES[scale_match.group(1).lower()]
                end += scale_match.end()
            unit_after = _percent_after(text, end)
            measure = _measure_after(text, end)
            if unit_after:
                quantity = _make("percent", "%", value, text, start, unit_after, qualifier)
            elif measure:
                quantity = _make("measure", measure[0], value, text, start, measure[1], qualifier)
            else:
                joined = _hyphenated_head(text, end)
                head = joined or _head_after(text, end)
                if not head[0] and phrase in ("one", "a dozen", "dozen"):
                    continue  # "one of the", "one said": not a count
                quantity = _make("count", "", value, text, start, joined[1] if joined else end, qualifier, head)
        found.append(quantity)
        taken.append((start, end))

    found.sort(key=lambda quantity: quantity.start)
    # "three other justices", "40 more homes": a part or an addition, not the total.
    found = [
        replace(quantity, vague=True) if quantity.kind == "count" and _PART_AFTER.match(text, quantity.end) else quantity
        for quantity in found
    ]
    found = [_with_dimension(text, quantity) if quantity.kind == "measure" and not quantity.head else quantity for quantity in found]
    found = [replace(quantity, bar=True) if _a_bar(text, quantity) else quantity for quantity in found]
    found = [
        replace(quantity, head="suspect")
        if quantity.kind == "count" and quantity.head in GENERIC_HEADS and _SUSPECTED_AFTER.match(text, quantity.phrase_end)
        else quantity
        for quantity in found
    ]
    found = [
        replace(quantity, head="age")
        if quantity.kind == "count" and (not quantity.head and _an_age(text, quantity) or _years_old(text, quantity))
        else quantity
        for quantity in found
    ]
    return _merge_ranges(text, _merge_conversions(text, found))


#: "Sotloff, 31, was kidnapped", "the pilot, 67, had radioed": a number set off by commas
#: after a name, or after a word for a person, is the person's age.
_AGE_AFTER_NAME = re.compile(
    r"(?:[A-Z][\w'’-]+|\b(?:pilot|co-pilot|driver|captain|gunman|gunwoman|suspect|victim|man|woman|boy|girl|mother|"
    r"father|son|daughter|husband|wife|teacher|student|officer|soldier|passenger|worker|resident|farmer|owner|"
    r"teenager|priest|doctor|nurse|singer|actor|actress|player|leader|spokesman|spokeswoman))\s*,\s*$"
)
#: "Sunday, 20." or "May, 12;" is no one's age.
_A_DAY_BEFORE = re.compile(r"\b(?:" + "|".join(name.capitalize() for name in (*WEEKDAYS, *MONTHS)) + r")\.?\s*,\s*$")
#: "aged 15 to 30", "aged from infancy to 65", "aged between 20 and 40".
_AGED_BEFORE = re.compile(r"\baged\s+(?:(?:from|between|under|over|about|around)\s+)?(?:[\w-]+\s+(?:to|and)\s+)?$", re.IGNORECASE)


#: "just turned 13", "when he turns 13", "at the age of 13", "an aid worker, age 26,", "he's
#: 21.": an age by its verb or by the word itself.
_AGE_VERB_BEFORE = re.compile(r"\b(?:turn|turns|turned|turning|at\s+(?:the\s+)?age\s+(?:of\s+)?|age)\s*$", re.IGNORECASE)
_AGE_OF_A_PERSON_BEFORE = re.compile(r"\b(?:he|she)(?:['’]s|\s+is|\s+was)\s+$", re.IGNORECASE)


def _years_old(text: str, quantity: Quantity) -> bool:
    """"just turned 13 years old": years counted after a verb of age. Other counts of years
    of age ("nine years old", "no older than 11 years of age") stay counts of years, which
    compare with each other whatever the words around them."""
    return quantity.head == "year" and _AGE_VERB_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start]) is not None


def _an_age(text: str, quantity: Quantity) -> bool:
    before, after = text[max(0, quantity.start - 40): quantity.start], text[quantity.end:]
    if _AGED_BEFORE.search(before):
        return True
    if not (0 < quantity.value < 120 and quantity.exact):
        return False
    return bool(
        _AGE_VERB_BEFORE.search(before)
        or _AGE_OF_A_PERSON_BEFORE.search(before) and re.match(r"\s*(?:[.,;!?)]|$)", after)
        or _AGE_AFTER_NAME.search(before) and re.match(r"\s*(?:,|[.;](?:\s|$)|$)", after) and not _A_DAY_BEFORE.search(before)
    )


#: The dimension a length states when the words after it name one: "12 metres wide", "a
#: 16-foot-deep crater", "5 m in diameter". A crater's depth and its width are two amounts.
_DIMENSION_AFTER = re.compile(
    r"(?:-|\s+)(wide|across|deep|high|tall|long|thick|in\s+diameter|in\s+depth|in\s+height|in\s+length|in\s+width)\b",
    re.IGNORECASE,
)
_DIMENSIONS = {"wide": "width", "across": "width", "in diameter": "width", "in width": "width", "deep": "depth",
               "in depth": "depth", "high": "height", "tall": "height", "in height": "height", "long": "length",
               "in length": "length", "thick": "thickness"}


#: Words after an amount that make it a bar to reach: "the 50 percent turnout rate required
#: to make the referendum official", "a key 50 percent threshold needed"; not past a comma or
#: another number ("30 percent, short of the 50 percent threshold").
_BAR_AFTER = re.compile(
    r"[^.;:!?,\d]{0,40}?\b(?:(?:required|needed|necessary)\s+(?:to|for)\b|threshold|minimum|quorum)", re.IGNORECASE
)
#: Words before it that do: "valid only if more than 50 percent", "reach the 50 percent".
_BAR_BEFORE = re.compile(
    r"\b(?:(?:valid|binding|official)\s+(?:only\s+)?if\s+(?:more\s+than\s+|at\s+least\s+|over\s+)?|"
    r"(?:reach|reaching|meet|meeting|clear|clearing)\s+the\s+(?:key\s+|required\s+|minimum\s+)?)$",
    re.IGNORECASE,
)


def _a_bar(text: str, quantity: Quantity) -> bool:
    """The amount is one the sentence says must be reached, not one that was."""
    if quantity.kind == "count" and counts_people(quantity):
        return False  # "some 40 people needed to be rescued": people the thing happened to
    start = quantity.phrase_start if quantity.phrase_start >= 0 else quantity.start
    return bool(_BAR_AFTER.match(text, quantity.end) or _BAR_BEFORE.search(text[max(0, start - 40) : start]))


#: Dimensions a length is given in only when it is named: a crater's or a hole's size with no
#: dimension named is its breadth, never its depth; a plank's, never its thickness.
_DIMENSIONS_OF_THEIR_OWN = frozenset({"depth", "thickness"})
_DIMENSION_HEADS = frozenset(_DIMENSIONS.values())


def _with_dimension(text: str, quantity: Quantity, position: int | None = None) -> Quantity:
    """``quantity`` headed by the dimension the words at ``position`` (its end by default)
    name, if they name one."""
    match = _DIMENSION_AFTER.match(text, quantity.end if position is None else position)
    if match is None:
        return quantity
    return replace(quantity, head=_DIMENSIONS[" ".join(match.group(1).lower().split())])


_RANGE_BETWEEN = re.compile(r"\s*(?:to|-|–|and)\s*$")


def _fold_neighbours(
    quantities: list[Quantity], fold: Callable[[Quantity, Quantity], Quantity | None]
) -> list[Quantity]:
    """Each quantity folded into the one before it where ``fold(previous, quantity)`` gives
    the merged quantity (None keeps them apart)."""
    merged: list[Quantity] = []
    for quantity in quantities:
        folded = fold(merged[-1], quantity) if merged else None
        if folded is None:
            merged.append(quantity)
        else:
            merged[-1] = folded
    return merged


def _merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Fold "20 to 30 minutes", "between 20 and 30" and "20-30" into one interval."""

    def fold(previous: Quantity, quantity: Quantity) -> Quantity | None:
        if not (
            quantity.kind in ("count", "measure", "money", "percent")
            and (previous.kind, previous.unit) in ((quantity.kind, quantity.unit), ("count", ""))
            and _RANGE_BETWEEN.fullmatch(text[previous.end: quantity.start])
            and (text[previous.end: quantity.start].strip() != "and" or text[: previous.start].rstrip().lower().endswith("between"))
            and previous.low <= quantity.low
            and (
                not re.search(r"\bfrom\s+(?:about\s+|around\s+)?\S*$", text[: previous.start])  # "rose from 12 to 15": a change
                or re.search(r"\b(?:anywhere|rang\w+|var(?:y|ies|ied|ying))\s+from\s+(?:about\s+|around\s+)?\S*$",
                             text[: previous.start], re.IGNORECASE)  # "anywhere from 12 to 15": a range
            )
        ):
            return None
        return replace(
            quantity, start=previous.start, text=text[previous.start: quantity.end], value=previous.value,
            low=min(previous.low, quantity.low), high=max(previous.high, quantity.high),
            context=previous.context, frame=previous.frame | quantity.frame, phrase_start=previous.phrase_start,
            qualifier=previous.qualifier,
        )

    return _fold_neighbours(quantities, fold)


_PART_AFTER = re.compile(r"\s+(?:other|more|additional|further|extra|new)\b", re.IGNORECASE)
#: "three people suspected of being linked with the blast": the people are suspects.
_SUSPECTED_AFTER = re.compile(
    r"\s+(?:who\s+(?:are|were|is|was)\s+)?(?:suspected\s+(?:of|in)|accused\s+of|alleged\s+to|wanted\s+(?:for|in)|charged\s+(?:with|in|over))\b",
    re.IGNORECASE,
)


def _hyphenated_head(text: str, end: int) -> tuple[str, int] | None:
    """What a number joined by a hyphen to the next word counts, in figures or in words:
    "40-story building" and "nine-story building" count storeys, "62-year-old" an age."""
    hyphenated = re.match(r"-([A-Za-z]+)(?:[- ]old\b)?", text[end:])
    if hyphenated is None:
        return None
    unit_word = hyphenated.group(1).lower()
    aged = hyphenated.group(0).endswith("old") and unit_word in ("year", "month", "week", "day")
    group = _GROUP_SIZE_NOUN.match(text, end + hyphenated.end()) if unit_word in _GROUP_SIZE_WORDS else None
    if group and group.group(1).lower() not in _STOP_WORDS:
        return singular(group.group(1).lower()), group.end(1)  # "a four-man patrol": the size of a patrol, not four men
    return ("age" if aged else _storeys(singular(unit_word), text, end, hyphenated=True)), end + hyphenated.end()


#: "a four-man patrol", "a 12-member jury", "a 40-strong crowd": the size of a group, which
#: is counted by the group's noun.
_GROUP_SIZE_WORDS = frozenset({"man", "men", "member", "strong", "person", "woman", "women"})
_GROUP_SIZE_NOUN = re.compile(r"\s+([a-z]{3,})\b")


def _quantity_from_match(text: str, match: re.Match) -> Quantity | None:
    start, end = match.span()
    qualifier = _qualifier(text, start)
    if match.group("time"):
        return _clock_time(text, match, qualifier)
    if match.group("money"):
        currency = CURRENCIES.get(match.group("cur").strip().lower(), match.group("cur").strip().upper())
        value = _to_number(match.group("money_n")) * _scale(match.group("money_scale"))
        quantity = _make("money", currency, value, text, start, end, qualifier)
        if match.group("cur").strip() == "$":
            # A bare "$" in a story about Canada may well be Canadian dollars.
            quantity = replace(quantity, alternatives=tuple((unit, quantity.low, quantity.high) for unit in OTHER_DOLLARS))
        return quantity
    if match.group("ordinal"):
        hyphenated = re.match(r"-([A-Za-z]+)", text[end:])
        if hyphenated:
            # "a 112th-minute winner": the word after the hyphen is what is counted.
            head = (_numbered_floor(singular(hyphenated.group(1))), end + hyphenated.end())
        else:
            head = _head_after(text, end, "ordinal")
        return _make("ordinal", "", float(match.group("ord_n")), text, start, end, qualifier, head)
    if match.group("tally"):
        # A score or a vote ("won 2-1", "split 4-1"): one value, winner's count first.
        high, low = sorted((int(match.group("tally_a")), int(match.group("tally_b"))), reverse=True)
        if not re.search(r"\b(?:won|win|beat|lost|lose|defeat\w*|victory|ruled|split|vote\w*|majority|score\w*|draw|drew|margin)\b",
                         text[max(0, start - 40): end + 30], re.IGNORECASE):
            return None  # "10-12 people": a range, not a tally
        return _make("count", "tally", high * 100 + low, text, start, end, ("", start), ("tally", end))
    digits, scale = match.group("n"), match.group("scale")
    if scale and scale.strip().lower() in ("m", "k"):
        # A lone "m" or "k" after a bare number is more often a unit (metres) than a scale.
        end = start + len(digits)
        scale = None
    value = _to_number(digits) * _scale(scale)
    if _is_year(value, digits, scale) or _is_date_or_identifier(text, start, end):
        return None
    percent_end = _percent_after(text, end)
    if percent_end:
        return _make("percent", "%", value, text, start, percent_end, qualifier)
    currency = _currency_after(text, end)
    if currency and currency[0] == "GBP" and not scale and _pounds_of_weight(text, start, currency[1]):
        return _make("measure", "lb", value, text, start, currency[1], qualifier)
    if currency:
        return _make("money", currency[0], value, text, start, currency[1], qualifier)
    hyphenated = re.match(r"-([A-Za-z]+)(?:[- ]old\b)?", text[end:])
    if hyphenated and not scale:
        # "40-story building", "62-year-old": the word after the hyphen is what is counted;
        # "a 10-mile queue", "a 500-pound bomb": a measure.
        unit_word = hyphenated.group(1).lower()
        if MEASURE_UNITS.get(unit_word) in CONVERSIONS and not hyphenated.group(0).endswith("old"):
            return _make("measure", MEASURE_UNITS[unit_word], value, text, start, end + hyphenated.end(), qualifier)
        head, end = _hyphenated_head(text, end)
        return _make("count", "", value, text, start, end, qualifier, (head, end))
    measure = _measure_after(text, end)
    if measure:
        return _make("measure", measure[0], value, text, start, measure[1], qualifier)
    return _make("count", "", value, text, start, end, qualifier, _head_after(text, end))


#: Hours ahead of UTC of the zones whose name says one offset. A time given in one of them is
#: compared in UTC, so "10 p.m. EDT Sunday" meets "0200 GMT" as one moment and "0100 GMT" as
#: another. Names read several ways (CST: Central US or China; IST: India, Israel or Ireland;
#: ET and PT: standard or daylight) keep their own unit and meet only themselves.
_UTC_OFFSETS = {"GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "EST": -5, "EDT": -4, "CDT": -5, "PST": -8, "PDT": -7,
                "JST": 9, "KST": 9, "BRT": -3, "ART": -3, "CLT": -4, "CLST": -3}


def _clock_time(text: str, match: re.Match, qualifier: tuple[str, int]) -> Quantity | None:
    start, end = match.span()
    if match.group("named"):
        minutes, zone = (720.0 if match.group("named").lower() == "noon" else 0.0), ""
    elif match.group("mil"):
        digits = match.group("mil")
        minutes, zone = float(int(digits[:2]) * 60 + int(digits[2:])), match.group("mil_zone")
        if minutes >= 24 * 60:
            return None
    else:
        hour = match.group("clock_h") or match.group("short_h")
        minute = match.group("clock_m") or match.group("dot_m") or "0"
        meridiem = match.group("clock_mer") or match.group("short_mer")
        zone = match.group("clock_zone") or match.group("short_zone") or ""
        parsed = _clock_minutes(int(hour), int(minute), meridiem)
        if parsed is None:
            return None
        minutes, unambiguous = parsed
        if not unambiguous:
            # "at 9:10" without a.m./p.m.: compare on a 12-hour dial.
            zone, minutes = _in_utc(zone, minutes)
            return _make("time", f"12h{zone}", minutes % 720, text, start, end, qualifier)
    zone, minutes = _in_utc(zone, minutes)
    return _make("time", zone, minutes, text, start, end, qualifier)


def _in_utc(zone: str, minutes: float) -> tuple[str, float]:
    """The zone to compare a time in and its minutes there: UTC for a zone of one offset."""
    zone = zone.upper()
    if zone not in _UTC_OFFSETS:
        return zone, minutes
    return "UTC", (minutes - 60 * _UTC_OFFSETS[zone]) % (24 * 60)


_BEFORE_CONVERSION = re.compile(r"\s*\(\s*(?:about|around|roughly|approximately|or|some)?\s*")
_AFTER_CONVERSION = re.compile(r"\s*\)")
#: "5 a.m. local time (10 p.m. EDT Sunday)", "5 a.m. Moscow time (0100 GMT)".
_TIME_BEFORE_CONVERSION = re.compile(r"\s*(?:local\s+time|[A-Z][a-z]+\s+time)?\s*\(\s*")
_TIME_AFTER_CONVERSION = re.compile(
    rf"\s*(?:on\s+)?(?:{'|'.join(WEEKDAYS)}|today|yesterday|tomorrow)?\s*\)", re.IGNORECASE
)


def _merge_conversions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Fold "C$2 billion ($1.47 billion)", "5 miles (8 km)" and "5 a.m. (0100 GMT)" into
    one quantity."""

    def fold(previous: Quantity, quantity: Quantity) -> Quantity | None:
        between = _TIME_BEFORE_CONVERSION if quantity.kind == "time" else _BEFORE_CONVERSION
        after = (_TIME_AFTER_CONVERSION if quantity.kind == "time" else _AFTER_CONVERSION).match(text, quantity.end)
        if not (
            previous.kind == quantity.kind
            and quantity.kind in ("money", "measure", "time")
            and between.fullmatch(text, previous.end, quantity.start)
            and after
        ):
            return None
        folded = replace(previous, alternatives=previous.alternatives + ((quantity.unit, quantity.low, quantity.high),))
        if quantity.kind == "time":
            # Explanations quote both: the local hour alone hides the converted one that differs.
            folded = replace(folded, phrase_end=after.end())
        if quantity.kind == "measure" and not folded.head:
            folded = _with_dimension(text, folded, after.end())  # "19 feet (5 meters) deep"
        return folded

    return _fold_neighbours(quantities, fold)


def conflicting_pairs(
    first: Sequence[T],
    second: Sequence[T],
    agree: Callable[[T, T], bool],
    comparable: Callable[[T, T], bool],
    same: Callable[[T, T], bool] | None = None,
) -> list[tuple[T, T]]:
    """Pairs of values, one from each list, that are about one thing but disagree.

    Values that agree are matched and set aside first, those about the same thing before
    others, so a sentence that repeats the other's values and adds one has no conflict; a
    leftover pair about the same thing is one. Used for quantities and for dates.

    With ``same`` (the two values are one value, not only compatible), a value that only
    falls within a loose one about something else ("92 killed", "almost 100 buried") is not
    set aside when the other list holds a value about the same thing as it.
    """
    remaining_a, remaining_b = list(first), list(second)
    for strict in (True, False):
        for value in list(remaining_a):
            for other in remaining_b:
                if not agree(value, other) or (strict and not comparable(value, other)):
                    continue
                if not strict and same is not None and not same(value, other) and (
                    any(comparable(value, third) for third in remaining_b if third is not other)
                    or any(comparable(third, other) for third in remaining_a if third is not value)
                ):
                    continue
                remaining_a.remove(value)
                remaining_b.remove(other)
                break
    conflicts = []
    for value in remaining_a:
        for other in remaining_b:
            if comparable(value, other):
                conflicts.append((value, other))
                remaining_b.remove(other)
                break
    return conflicts


def conflicting_quantities(a: list[Quantity], b: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Quantities of one kind that measure one thing but disagree."""
    return conflicting_pairs(
        a, b, lambda q, o: q.kind == o.kind and q.agrees_with(o), lambda q, o: q.comparable_with(o)
    )


#: Words that name one of several like things by a number: "deck 9", "Gate 4"; a capitalised
#: word before a number does too ("Section 7", "Flight 17"), unless it is a month, a weekday or
#: a quantifier that opens an amount ("About 40").
_PART_NOUNS = (
    "deck|section|ward|block|gate|platform|berth|plant|unit|lot|phase|stage|level|zone|sector|district|terminal|"
    "route|line|pier|building|room|bay|row|car|carriage|runway|reactor|turbine|well|shaft|tower|wing|hall|lane"
)
_NUMBERED_PART = re.compile(
    rf"\b([A-Z][a-z]{{2,}}|(?:{_PART_NOUNS})s?)\s+(?:No\.?\s*)?(\d{{1,4}})\b(?![.,:]?\d|\s*(?:%|per\b|percent|[ap]\.?m\b))"
)
_NOT_PART_NAMES = frozenset(
    "about nearly some around almost over under more less only just roughly approximately exactly at up another "
    "the a an and or but of in on to for by with from than some all his her their its our".split()
)
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)


@per_sentence(maxsize=65536)
def numbered_parts(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """The numbered parts ``text`` names, as (part word, number, start, end of the number)."""
    parts = []
    for match in _NUMBERED_PART.finditer(text):
        word = match.group(1).lower()
        if word in _NOT_PART_NAMES or word in _CALENDAR_WORDS:
            continue
        parts.append((stem(word), match.group(2), match.start(2), match.end(2)))
    return tuple(parts)


def name_different_parts(
    text_a: str, spans_a: Sequence[tuple[int, int]], text_b: str, spans_b: Sequence[tuple[int, int]]
) -> bool:
    """Whether the two sentences name different numbered parts of one kind ("Section 7"
    and "Section 9"), leaving out the numbers in the spans being compared: values of two
    parts are values of two things."""

    def parts(text: str, spans: Sequence[tuple[int, int]]) -> dict[str, set[str]]:
        named: dict[str, set[str]] = {}
        for word, number, start, end in numbered_parts(text):
            if not any(start < span_end and span_start < end for span_start, span_end in spans):
                named.setdefault(word, set()).add(number)
        return named

    first, second = parts(text_a, spans_a), parts(text_b, spans_b)
    return any(first[word].isdisjoint(second[word]) for word in first.keys() & second.keys())
