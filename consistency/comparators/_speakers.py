"""Shared by the quote and attribution comparators: who a sentence says spoke, and what
titles it gives people.

Quoted words are blanked out first, so a quotation never reads as a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from consistency.comparators import content_words
from consistency.memo import per_sentence

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_VERBS = r"(?:said|says|told|added|announced|confirmed|stated|wrote|warned|explained|insisted)"
#: "..., the company said", "Mayor Dana Kowal said", "Norway's space agency confirmed".
_BEFORE_VERB = re.compile(rf"(?P<speaker>(?:[\w'’.-]+,?\s+){{0,5}}?[\w'’.-]+),?\s+{_VERBS}\b")
#: Lower-case words that belong to a speaker's name: "Kingsmere manager Graham Holt".
TITLE_WORDS = (
    "manager|spokeswoman|spokesman|spokesperson|chief|executive|officer|director|president|minister|mayor|"
    "governor|secretary|chairman|chairwoman|chair|head|captain|coach|analyst|official|office|ministry|"
    "department|police|agency|regional|deputy|general|of|for|the"
)
#: "said Marta Saraiva, a spokeswoman ...", "according to the mayor's office".
#: Who follows the verb spoke ("said Mayor Dana Kowal"), except after "told": "told Real
#: Radio" names who listened.
_AFTER_VERB = re.compile(
    rf"(?:\b(?!told\b){_VERBS}\s+(?=[A-Z])|\baccording\s+to\s+)(?P<speaker>(?:the\s+)?(?:[A-Z][\w'’.-]*|[a-z][\w'’-]*)"
    rf"(?:\s+(?:[A-Z][\w'’.-]*|[a-z]+['’]s|(?:{TITLE_WORDS})\b)){{0,5}})"
)
_LEADING = re.compile(r"^(?:(?:and|but|while|as|which|who|that|he|she|they|it|also|later|then|had|has|have)\s+)+", re.IGNORECASE)
#: Words that say nothing about which speaker: "officials said", "he told reporters".
_UNSPECIFIC = {"officials", "official", "reporters", "authorities", "sources", "people", "statement", "spokesman",
               "spokeswoman", "spokesperson", "local", "radio", "news", "conference", "interview", "later", "also",
               "media", "television", "briefing", "added", "told", "said"}
#: Words of time are never who spoke: "a DHS spokesman said Wednesday", "Friday." after
#: the verb, "Last week we reported".
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
               "tonight", "tomorrow", "week", "weekend", "month", "year", "last", "earlier", "morning", "afternoon",
               "evening", "night", "overnight", "recently", "previously"}


_CLAUSE_START = re.compile(r"\b(?:that|who|which|after|before|when|while|on|in|at|as|and|but|with|to)\s+", re.IGNORECASE)
#: A speaker starts with a name, an article or a possessive: "Toronto police", "the
#: company", "Norway's space agency".
_SPEAKER_SHAPE = re.compile(r"(?:the\s|a\s|an\s|[A-Z]|[a-z]+['’]s\s)")
_FINITE = re.compile(r"\b(?:is|was|were|are|has|had|have|be|been|chairs|heads|leads|led|runs|ran)\b")


@dataclass(frozen=True)
class Speaker:
    start: int
    end: int
    text: str
    words: frozenset[str]


def blank_quotes(text: str) -> str:
    """``text`` with quoted passages replaced by spaces (offsets are kept)."""
    return _QUOTED.sub(lambda match: " " * len(match.group()), text)


_SPEECH_OR_SOURCE = re.compile(rf"\b{_VERBS}\b|\baccording\s+to\b")


@per_sentence(maxsize=65536)
def speakers(text: str) -> tuple[Speaker, ...]:
    """Whoever ``text`` says made its statement, nearest the verb, with the words that
    identify them."""
    plain = blank_quotes(text)
    if not _SPEECH_OR_SOURCE.search(plain):
        return ()  # both patterns need one of these words; most sentences have none
    found = []
    for pattern in (_BEFORE_VERB, _AFTER_VERB):
        for match in pattern.finditer(plain):
            start, end = match.span("speaker")
            phrase = plain[start:end]
            # The speaker is the last clause before the verb: "INDECI" in "Peru's civil
            # defence institute, INDECI, said"; "the company" in "..., the company said".
            if pattern is _BEFORE_VERB:
                trimmed = phrase.rstrip(" ,")
                cut = max(trimmed.rfind(","), trimmed.rfind(";"), trimmed.rfind("—"))
                if cut >= 0:
                    start += cut + 1
            else:
                cut = min([i for i in (phrase.find(","), phrase.find(";")) if i >= 0] or [len(phrase)])
                end = start + cut
            while start < end and plain[start] in " ,;—":
                start += 1
            phrase = re.sub(r"(?:\s+(?:also|later|then|again|earlier))+$", "", plain[start:end].rstrip(" ,"))
            leading = _LEADING.match(phrase)
            if leading:
                start += leading.end()
                phrase = phrase[leading.end():]
            clause = None
            for clause in _CLAUSE_START.finditer(phrase):
                pass
            if clause:
                # "a ruling that campaigners said": the speaker follows the last clause word.
                start += clause.end()
                phrase = phrase[clause.end():]
            if not _SPEAKER_SHAPE.match(phrase) or _FINITE.search(phrase):
                continue  # "chairs the council said", "the result was": not a speaker
            words = frozenset(content_words(phrase) - _UNSPECIFIC)
            if words and words <= _TIME_WORDS:
                continue
            if phrase and words:
                found.append(Speaker(start, start + len(phrase), phrase, words))
    return tuple(found)


@per_sentence(maxsize=65536)
def speaker_words(text: str) -> frozenset[str]:
    """The words that name whoever ``text`` says spoke: set aside when asking what it says."""
    return frozenset().union(*(speaker.words for speaker in speakers(text)))


def same_speaker_possible(first: Sequence[Speaker], second: Sequence[Speaker]) -> bool:
    """False only when both sentences name speakers and no name is shared."""
    if not first or not second:
        return True
    words_a = frozenset().union(*(speaker.words for speaker in first))
    words_b = frozenset().union(*(speaker.words for speaker in second))
    return bool(_stems(words_a) & _stems(words_b))


def _stems(words: frozenset[str]) -> set[str]:
    return {word.rstrip("'’s")[:6] for word in words}


_PERSON = r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2}"
#: A title written before a name: "Aurora chief executive Ingrid Solberg", "Arequipa Mayor".
_TITLE_BEFORE = re.compile(
    rf"(?P<title>(?:[A-Z][\w'’-]*\s+)??(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){{1,4}}?)(?P<name>{_PERSON})"
    # or set off by commas: "The trust's chief information officer, Mark Tully, said"
    rf"|(?<![\w'’-])(?P<title2>(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*),\s+(?P<name2>{_PERSON}),"
)
#: A title after it: "Ingrid Solberg, Aurora's chief technology officer,".
_TITLE_AFTER = re.compile(rf"(?P<name>{_PERSON}),\s+(?P<title>(?:the\s+|a\s+|an\s+)?[^,;:\"“]{{3,90}}?)(?=,|\s+(?:said|says|told|later|who)\b|\.$)")
_TITLE_WORD = re.compile(
    r"\b(?:president|secretary-general|secretary|chief|executive|technology|financial|operating|officer|director|"
    r"mayor|governor|minister|spokeswoman|spokesman|spokesperson|manager|captain|coach|chair|chairman|chairwoman|"
    r"head|analyst|founder|deputy|regional|senior|junior|vice|general|commissioner|inspector|superintendent|"
    r"marshal|judge|justice|lawyer|adviser|advisor|editor|professor|economist|defender|striker|midfielder|goalkeeper|"
    r"councillor|councilor|senator|ambassador)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Titled:
    name: str
    start: int
    end: int
    titles: frozenset[str]
    #: Whom the person works for, as named right after the name: "Priya Raman of Larch
    #: Capital" -> larch, capital.
    employer: frozenset[str] = frozenset()
    employer_span: tuple[int, int] = (0, 0)


_EMPLOYER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?P<employer>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})")


@per_sentence(maxsize=65536)
def titles(text: str) -> tuple[Titled, ...]:
    """People with the title words the sentence gives them, before or after the name."""
    plain = blank_quotes(text)
    found = []
    for pattern in (_TITLE_BEFORE, _TITLE_AFTER):
        for match in pattern.finditer(plain):
            which = "2" if pattern is _TITLE_BEFORE and match.group("title") is None else ""  # the comma form
            title, name = match.group("title" + which), match.group("name" + which)
            start, end = match.span("title" + which)
            first, _, rest = name.partition(" ")
            if _TITLE_WORD.fullmatch(first) and pattern is _TITLE_BEFORE:
                # "Arequipa regional Governor Ernesto Valdivia": the capitalised title is not a name.
                title, name, end = f"{title}{first}", rest, match.start("name" + which) + len(first)
            words = frozenset(word.lower() for word in _TITLE_WORD.findall(title))
            if words and len(name.split()) >= 2 and not _TITLE_WORD.fullmatch(name.split()[0]):
                employer = _EMPLOYER.match(plain, match.end("name" + which)) if pattern is _TITLE_BEFORE else None
                found.append(Titled(
                    name, start, end, words,
                    frozenset(content_words(employer.group("employer"))) if employer else frozenset(),
                    employer.span("employer") if employer else (0, 0),
                ))
    return tuple(found)
