"""``cause``: two outlets give one outcome different causes ("the outage was caused by a
software update" vs "the outage was caused by a cyberattack"; "blamed on a broken rail" vs
"due to driver error").

A cause is what follows a causal phrase ("caused by", "blamed on", "due to", "because of",
"triggered by"...) up to the end of its clause, or the few words of its clause before
"caused", "triggered" or "sparked" ("investigators said a faulty valve caused the failure").
Two sentences differ on a cause when each gives one, the causes share no content word, and
the rest of the two sentences makes one statement (``shared_statement`` with the causes and
speakers left out): the same outcome, explained two ways. A cause that the other article
also names anywhere is no conflict: that outlet knows of both (one cause and a second, or a
cause ruled out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.comparators import PairContext, comparators, confidence_from_similarity, content_words, shared_statement
from consistency.comparators._speakers import speaker_words
from consistency.memo import per_sentence
from consistency.records import Finding, Sentence
from consistency.stems import stem

#: Sentences less alike than this rarely tell of one outcome.
MIN_SIMILARITY = 0.4
#: Share of the shorter sentence's other content words (causes and speakers left out) the
#: two sentences must have in common to speak of one outcome.
SAME_OUTCOME_SHARE = 0.4

_CAUSAL = re.compile(
    r"\b(?:caused by|blamed on|due to|because of|triggered by|sparked by|brought on by|the result of|"
    r"a result of|resulted from|resulting from|stemmed from|stemming from|attributed to|traced to|traced back to)\s+",
    re.IGNORECASE,
)
#: Where a cause ends: the end of its clause, or a word that opens another.
_CAUSE_END = re.compile(
    r"[,;:.!?()\"“”—]|\s(?:and|but|which|who|that|when|while|after|before|as|according|said|says|officials|police)\b",
    re.IGNORECASE,
)
#: A cause named before its verb: "a faulty valve caused the failure", "corrosion triggered it".
_CAUSED = re.compile(r"\b(?:caused|triggered|sparked)\s+(?:the|a|an|this|that|its|their)\b", re.IGNORECASE)
#: Where a cause named before its verb begins: the start of its clause, or a word that
#: closes what comes before it ("investigators said a faulty valve caused ...").
_CAUSE_START = re.compile(
    r"(?:^|[,;:!?()\"“”—]|\b(?:said|says|that|believe|believes|believed|think|thinks|suspect|suspects|suspected|and|but|"
    r"after|because|while|when|whether|if))\s+",
    re.IGNORECASE,
)
#: Words that stand for a cause named elsewhere: "what caused the crash", "it sparked".
_NO_CAUSE_NAMED = frozenset(
    {"it", "this", "that", "what", "which", "who", "whatever", "how", "something", "nothing", "anything", "they", "he", "she"}
)
#: Words between a cause and its verb that are not part of the cause: "a gas leak may have caused".
_BEFORE_THE_VERB = frozenset(
    {"may", "might", "could", "would", "must", "have", "has", "had", "probably", "likely", "possibly", "also", "allegedly",
     "reportedly", "apparently", "actually"}
)

#: Words that open a cause without saying what it was: "due to a number of factors".
_EMPTY_CAUSES = frozenset(
    stem(word) for word in ("factors", "reasons", "issues", "problems", "circumstances", "causes", "things", "unknown", "unclear")
)
_MAX_CAUSE_WORDS = 6
#: "is due to give a speech", "was due to land at noon": a plan, not a cause.
_PLANNED = {
    "be", "give", "take", "make", "meet", "arrive", "start", "begin", "open", "visit", "return", "appear", "travel",
    "hold", "land", "leave", "speak", "announce", "sign", "play", "face", "fly", "attend", "release", "resume",
    "testify", "deliver", "report", "publish", "launch", "expire", "end", "close", "host", "vote", "decide",
}


@dataclass(frozen=True)
class Cause:
    text: str
    start: int
    end: int
    stems: frozenset[str]


@per_sentence(maxsize=65536)
def causes(text: str) -> tuple[Cause, ...]:
    """The causes ``text`` gives, each as the words after a causal phrase to the end of its clause."""
    found = []
    for match in _CAUSAL.finditer(text):
        start = match.end()
        stop = _CAUSE_END.search(text, start)
        end = stop.start() if stop else len(text)
        words = text[start:end].split()[:_MAX_CAUSE_WORDS]
        if not words or (match.group().lower().startswith("due") and words[0].lower() in _PLANNED):
            continue
        phrase = " ".join(words)
        end = start + len(phrase)
        stems = frozenset(stem(word) for word in content_words(phrase))
        if stems and not stems & _EMPTY_CAUSES:
            found.append(Cause(phrase, start, end, stems))
    for match in _CAUSED.finditer(text):
        starts = [opening.end() for opening in _CAUSE_START.finditer(text[: match.start()])]
        start = starts[-1] if starts else 0
        words = text[start : match.start()].split()
        while words and words[-1].lower() in _BEFORE_THE_VERB:
            words.pop()
        if not words or len(words) > _MAX_CAUSE_WORDS or any(word.lower() in _NO_CAUSE_NAMED for word in words):
            continue  # no cause named in its clause, or a whole clause before the verb
        phrase = " ".join(words)
        stems = frozenset(stem(word) for word in content_words(phrase))
        if stems and not stems & _EMPTY_CAUSES:
            start = text.index(phrase, start)
            found.append(Cause(phrase, start, start + len(phrase), stems))
    return tuple(found)


def _names_cause(text: str, cause: Cause) -> bool:
    """Whether ``text`` (the other outlet's article) has every content word of ``cause``."""
    return cause.stems <= {stem(word) for word in content_words(text)}


@comparators.register("cause")
def compare_causes(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    if context.similarity < MIN_SIMILARITY:
        return []
    causes_a, causes_b = causes(a.text), causes(b.text)
    if len(causes_a) != 1 or len(causes_b) != 1:
        return []  # a sentence giving several causes lists them; it does not set one against another
    [first], [second] = causes_a, causes_b
    if first.stems & second.stems:
        return []  # "a faulty signal" / "a signal fault": one cause in other words
    if _names_cause(context.b_document.text, first) or _names_cause(context.a_document.text, second):
        return []
    leave_out_a = speaker_words(a.text) | content_words(first.text)
    leave_out_b = speaker_words(b.text) | content_words(second.text)
    if shared_statement(a.text, b.text, leave_out_a, leave_out_b) < SAME_OUTCOME_SHARE:
        return []  # two outcomes of one story, each with its own cause
    return [
        Finding(
            kind="cause",
            score=round(confidence_from_similarity(context.similarity) * 0.75, 3),
            severity="medium",
            a_value=first.text,
            b_value=second.text,
            a_spans=((first.start, first.end),),
            b_spans=((second.start, second.end),),
            explanation=f"{a.source} gives the cause as '{first.text}'; {b.source} as '{second.text}'",
        )
    ]
