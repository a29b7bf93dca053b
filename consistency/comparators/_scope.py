"""Shared by the negation and modality comparators: cue words, the words they govern, and
whether another sentence states those words without such a cue.

A cue ("not", "may", "is considering") governs the next content words of its clause: the
verb after "not" or "may", the noun phrase after "no". Another sentence *states* one of
those words when it has the same word (by a crude stem, or whole for names), or a word of
the same family ("hurt", "taken to hospital"), outside any cue of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from consistency.ingest.lines import FUNCTION_WORDS

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\"“”]|\s[-–—]\s")
_CLAUSE_BREAK_IN_QUOTES = re.compile(r"[,;:.!?()]|\s[-–—]\s")
CLAUSE_WORDS = {"but", "and", "which", "who", "while", "although", "though", "because", "whereas", "as", "where", "when"}
#: Words between a cue and what it governs: auxiliaries, articles, adverbs of time.
SKIPPED = {
    "be", "been", "being", "was", "were", "is", "are", "had", "has", "have", "yet", "ever", "immediately",
    "also", "fully", "initially", "one", "body", "thing", "any", "the", "a", "an", "its", "their", "his", "her",
    "to", "of", "in", "on", "at", "for", "by", "with", "from", "that", "this", "longer", "more",
}
#: Words after which the cue reaches one word further: "not considered suspicious", "no
#: plans to change".
PASS_ON = {"considered", "expected", "believed", "thought", "seen", "likely", "clear", "able", "allowed",
           "plan", "plans", "sign", "signs", "reason", "evidence", "indication"}


@dataclass(frozen=True)
class Scope:
    """A cue and the words it governs."""

    start: int
    end: int
    keys: tuple[tuple[int, int], ...]  # spans of the governed words
    cue: str


def stem(word: str) -> str:
    """Crude stem for matching inflections: "arrests", "arrested" -> "arrest";
    "capping" -> "cap"; "caused", "cause" -> "caus"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousl":
        word = word[:-1]
    return word.rstrip("e")[:6]


def words(text: str) -> list[re.Match]:
    return list(TOKEN.finditer(text))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(r"\"[^\"]*\"|“[^”]*”", text)]


def scopes(
    text: str,
    cue_length: Callable[[list[re.Match], int], int],
    limit: Callable[[str], int],
    skip_quoted: bool,
    pass_on: set[str] = PASS_ON,
) -> list[Scope]:
    """Every cue in ``text`` with the words it governs.

    ``cue_length(words, index)`` says how many words a cue starting at ``words[index]``
    has (0: none there); ``limit(cue)`` how many content words it governs.
    """
    tokens = words(text)
    quoted = quoted_spans(text)
    clause_break = _CLAUSE_BREAK if skip_quoted else _CLAUSE_BREAK_IN_QUOTES
    found = []
    index = 0
    while index < len(tokens):
        length = cue_length(tokens, index)
        if not length or (skip_quoted and any(start <= tokens[index].start() < end for start, end in quoted)):
            index += 1
            continue
        cue_end = tokens[index + length - 1].end()
        cue = text[tokens[index].start(): cue_end].lower()
        allowed = limit(cue)
        keys: list[tuple[int, int]] = []
        for token in tokens[index + length:]:
            if clause_break.search(text[cue_end: token.start()]) or len(keys) >= allowed:
                break
            lowered = token.group().lower()
            if lowered in CLAUSE_WORDS and keys:
                break
            if lowered in SKIPPED or lowered in FUNCTION_WORDS or len(lowered) < 3:
                continue
            keys.append(token.span())
            if lowered in pass_on:
                allowed += 1
        if keys:
            found.append(Scope(tokens[index].start(), keys[-1][1], tuple(keys), cue))
        index += length
    return found


def inside(position: int, spans: list[Scope]) -> bool:
    return any(scope.start <= position < scope.end for scope in spans)


#: Words that report the same event without the same verb: "taken to hospital" says someone
#: was hurt; "detained" and "arrested" are one thing.
FAMILIES = {"hospit": "injure", "burn": "injure", "injur": "injure", "injuri": "injure", "hurt": "injure",
            "wound": "injure", "arrest": "arrest", "detain": "arrest", "kill": "die", "dead": "die",
            "death": "die", "die": "die"}


def stated(word: str, text: str, exclude: list[Scope]) -> tuple[int, int] | None:
    """Where ``text`` says ``word`` (or a word of its family) outside the ``exclude`` scopes.

    Names match whole ("Legionella" is not "Legionnaires'"); other words by stem.
    """
    key = stem(word)
    family = FAMILIES.get(key, "")
    for match in words(text):
        lowered = match.group().lower()
        if inside(match.start(), exclude) or lowered in FUNCTION_WORDS or len(lowered) < 3:
            continue
        if word[:1].isupper() or match.group()[:1].isupper() and match.start() > 0:
            if lowered.rstrip("'’s") == word.lower().rstrip("'’s"):
                return match.span()
            continue
        other = stem(lowered)
        if other == key or (family and FAMILIES.get(other) == family):
            return match.span()
    return None


def phrase(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``, at most a few words either side."""
    left = _CLAUSE_BREAK.split(text[:start])[-1].split()[-3:]
    right = _CLAUSE_BREAK.split(text[end:])[0].split()[:2]
    return " ".join([*left, text[start:end]]).strip() + (" " + " ".join(right) if right else "")


def first_contradiction(
    scopes_a: list[Scope], scopes_b: list[Scope], text_a: str, text_b: str, usable: Callable[[Scope], bool] = lambda scope: True
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first scope of either sentence whose governed word the other states outside its
    own scopes, as (span in a, span in b)."""
    for own, own_text, other_text, other_scopes, flipped in (
        (scopes_a, text_a, text_b, scopes_b, False),
        (scopes_b, text_b, text_a, scopes_a, True),
    ):
        for scope in own:
            if not usable(scope):
                continue
            for key_start, key_end in scope.keys:
                word = own_text[key_start:key_end]
                if word.lower() in PASS_ON:
                    continue
                where = stated(word, other_text, other_scopes)
                if where:
                    span = (scope.start, scope.end)
                    return (where, span) if flipped else (span, where)
    return None
