"""``negation``: one outlet says something happened, the other that it did not ("police
detained 14 people" vs "no one was detained"; "the fire was not considered suspicious" vs
"the fire marshal was treating it as suspicious").

A negation cue ("not", "no", "never", "without", ...) governs the next few words of its
clause. The comparator flags a pair when a word that one sentence negates appears in the
other sentence outside any negation, in the same inflection family or the same event family
("not hurt" vs "taken to hospital"), and the sentences are close enough to be about one
fact. Pairs of opposite words ("cancelled" vs "operated normally", "accepted" vs "rejected")
count as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.comparators import PairContext, comparators, confidence_from_similarity
from consistency.ingest.lines import FUNCTION_WORDS
from consistency.records import Finding, Sentence

#: Below this cosine two sentences rarely report the same fact; on eval/ 21 of the 23
#: labelled negation conflicts lie above it.
MIN_SIMILARITY = 0.3

#: "without" negates more loosely than "not"; it counts only between close paraphrases.
WITHOUT_SIMILARITY = 0.6

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\"“”]|\s[-–—]\s")
_CLAUSE_WORDS = {"but", "and", "which", "who", "while", "although", "though", "because", "whereas", "as", "where", "when"}
_SKIPPED = {
    "be", "been", "being", "was", "were", "is", "are", "had", "has", "have", "yet", "ever", "immediately",
    "also", "fully", "initially", "one", "body", "thing", "any", "the", "a", "an", "its", "their", "his", "her",
    "to", "of", "in", "on", "at", "for", "by", "with", "from", "that", "this", "longer", "more",
}
#: Words a cue says nothing about: "no plans", "no sign of".
_WEAK = {"plan", "plans", "sign", "signs", "reason", "immediate", "evidence", "word", "comment", "details", "indication", "way"}
_CUES = {"not", "never", "no", "none", "neither", "nor", "nobody", "nothing", "without", "cannot"}
#: A cue followed by these is not a negation of what follows: "not only", "no doubt".
_NOT_NEGATING = {"only", "just", "least", "doubt", "surprise", "matter", "exception", "fewer", "less", "more", "sooner",
                 "new", "further", "other", "additional", "longer"}
#: A negation in a condition states nothing: "if no bill is presented".
_CONDITIONS = {"if", "unless", "whether"}


@dataclass(frozen=True)
class Negated:
    """A negation cue and the words it governs."""

    start: int
    end: int
    keys: tuple[tuple[str, int, int], ...]  # (stem, start, end) of the words it negates
    cue: str = "not"


def stem(word: str) -> str:
    """Crude stem for matching inflections: "arrests", "arrested" -> "arrest"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


def _words(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


def _is_cue(word: str, next_word: str) -> bool:
    lowered = word.lower().replace("’", "'")
    if next_word.lower() in _NOT_NEGATING:
        return False
    return lowered in _CUES or lowered.endswith("n't")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(r"\"[^\"]*\"|“[^”]*”", text)]


#: Verbs of judging that pass the negation on to the next word: "not considered suspicious".
_LIGHT = {"considered", "expected", "believed", "thought", "seen", "likely", "clear", "able", "allowed", "immediately"}
#: Cues that stand for a whole noun phrase: what they negate is the verb that follows.
_PRONOUN_CUES = {"none", "nobody", "nothing", "no one"}


def negations(text: str) -> list[Negated]:
    """Every negation cue outside quotations, with the words it negates.

    After "not" or "never" that is the verb ("had not conceded"); after "no" the noun
    phrase ("no arrests", "no joint statement"); after "no one" or "nobody" the verb
    ("no one was detained"). Negations inside quotations are mostly rhetoric ("we will not
    stop until ...") and are left out.
    """
    words = _words(text)
    quoted = _quoted_spans(text)
    found = []
    for index, match in enumerate(words):
        following = words[index + 1].group() if index + 1 < len(words) else ""
        if not _is_cue(match.group(), following) or any(start <= match.start() < end for start, end in quoted):
            continue
        if match.group() == "No" and re.match(r"\.\s*\d", text[match.end():]):
            continue  # "No. 2"
        if any(word.group().lower() in _CONDITIONS for word in words[max(0, index - 2): index]):
            continue
        cue = match.group().lower()
        rest = words[index + 1:]
        if cue == "no" and following.lower() == "one":
            cue, rest = "no one", rest[1:]
        limit = 2 if cue in ("no", "neither", "nor", "without") else 1
        keys = []
        for word in rest:
            between = text[match.end(): word.start()]
            if _CLAUSE_BREAK.search(between) or len(keys) >= limit:
                break
            lowered = word.group().lower()
            if lowered in _CLAUSE_WORDS and keys:
                break
            if lowered in _SKIPPED or lowered in FUNCTION_WORDS or len(lowered) < 3:
                continue
            keys.append((stem(lowered), word.start(), word.end()))
            if lowered in _LIGHT or lowered in _WEAK:
                limit += 1  # "not considered suspicious", "no plans to change"
        if keys:
            found.append(Negated(match.start(), keys[-1][2], tuple(keys), cue))
    return found


def _inside(position: int, spans: list[Negated]) -> bool:
    return any(negated.start <= position < negated.end for negated in spans)


def _affirmed(word: str, text: str, negated_spans: list[Negated]) -> tuple[int, int] | None:
    """Where ``text`` says ``word`` (or a word of its event family) outside a negation.

    Names match whole ("Legionella" is not "Legionnaires'"); other words by stem.
    """
    key = stem(word)
    family = _family_of_stem(key)
    for match in _words(text):
        lowered = match.group().lower()
        if _inside(match.start(), negated_spans) or lowered in FUNCTION_WORDS or len(lowered) < 3:
            continue
        if word[:1].isupper() or match.group()[:1].isupper() and match.start() > 0:
            if lowered.rstrip("'’s") == word.lower().rstrip("'’s"):
                return match.start(), match.end()
            continue
        if stem(lowered) == key or (family and _family_of_stem(stem(lowered)) == family):
            return match.start(), match.end()
    return None


#: Words that report harm without the verb: "taken to hospital" says someone was hurt.
_FAMILY_WORDS = {"hospit": "injure", "burn": "injure", "injur": "injure", "injure": "injure", "injuri": "injure",
                 "hurt": "injure", "wound": "injure", "arrest": "arrest", "detain": "arrest", "kill": "die",
                 "dead": "die", "death": "die", "die": "die"}


def _family_of_stem(word_stem: str) -> str:
    return _FAMILY_WORDS.get(word_stem, "")


#: Opposite outcomes news reports state without a negation word. Each side is a regular
#: expression; a pair conflicts when one sentence has one side and the other the other side.
OPPOSITES = (
    (r"\b(?:cancell?ed|called off|suspended|grounded)\b", r"\b(?:operated normally|ran normally|as normal|on schedule)\b"),
    (r"\b(?:intact|recovered|survived)\b", r"\b(?:broke (?:apart|up)|disintegrated|destroyed|was lost|exploded)\b"),
    (r"\baccept(?:ed|s)?\b", r"\breject(?:ed|s)?\b"),
    (r"\bapproved?\b", r"\b(?:rejected|blocked|vetoed)\b"),
    (r"\bconfirm(?:ed|s)?\b", r"\bden(?:ied|ies|y)\b"),
    (r"\bpeaceful(?:ly)?\b", r"\b(?:violent|violence|scuffles|clashes|clashed|rioting)\b"),
    (r"\bupheld\b", r"\b(?:overturned|quashed)\b"),
    (r"\bacquitted\b", r"\bconvicted\b"),
    (r"\bguilty\b", r"\binnocent\b"),
)


def _opposites(a: str, b: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    found = []
    for first, second in OPPOSITES:
        for left, right in ((first, second), (second, first)):
            match_a, match_b = re.search(left, a, re.IGNORECASE), re.search(right, b, re.IGNORECASE)
            if match_a and match_b and not re.search(right, a, re.IGNORECASE) and not re.search(left, b, re.IGNORECASE):
                found.append((match_a.span(), match_b.span()))
    return found


def _phrase(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``, at most a few words either side."""
    left = _CLAUSE_BREAK.split(text[:start])[-1].split()[-3:]
    right = _CLAUSE_BREAK.split(text[end:])[0].split()[:2]
    return " ".join([*left, text[start:end]]).strip() + (" " + " ".join(right) if right else "")


@comparators.register("negation")
def compare_negation(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    if context.similarity < MIN_SIMILARITY:
        return []
    negated_a, negated_b = negations(a.text), negations(b.text)
    conflicts: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for negated, other_text, other_negated, flipped in ((negated_a, b.text, negated_b, False), (negated_b, a.text, negated_a, True)):
        for negation in negated:
            if negation.cue == "without" and context.similarity < WITHOUT_SIMILARITY:
                continue  # "homes without power" and "power will be restored" agree
            keys = [key for key in negation.keys if key[0] not in {stem(w) for w in _WEAK}]
            own_text = b.text if flipped else a.text
            for _, key_start, key_end in keys:
                where = _affirmed(own_text[key_start:key_end], other_text, other_negated)
                if where:
                    span = (negation.start, negation.end)
                    conflicts.append((where, span) if flipped else (span, where))
                    break
            if conflicts:
                break
        if conflicts:
            break
    if not conflicts:
        conflicts = _opposites(a.text, b.text)[:1]
    findings = []
    for (start_a, end_a), (start_b, end_b) in conflicts[:1]:
        phrase_a, phrase_b = _phrase(a.text, start_a, end_a), _phrase(b.text, start_b, end_b)
        findings.append(
            Finding(
                kind="negation",
                score=round(confidence_from_similarity(context.similarity) * 0.9, 3),
                severity="high",
                a_value=a.text[start_a:end_a],
                b_value=b.text[start_b:end_b],
                a_spans=((start_a, end_a),),
                b_spans=((start_b, end_b),),
                explanation=f"{a.source} says '{phrase_a}'; {b.source} says '{phrase_b}'",
            )
        )
    return findings
