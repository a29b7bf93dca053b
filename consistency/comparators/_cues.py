"""Negation and modality between two sentences of one language read through an English
reading (Portuguese, Spanish): the language's own cue words, never the English ones.

"as sirenes não tocaram" / "as sirenes tocaram"; "a barragem teria se rompido" / "a barragem
rompeu". A cue counts when the words it bears on (the next few that carry meaning) are
stated by the other sentence too, in the same stem, and the other sentence lacks the cue.
Stems are the first letters of a word: "rompido" and "rompeu", "suspender" and "suspendeu".
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

from consistency.comparators import PairContext, confidence_from_similarity
from consistency.records import Finding, Sentence

#: Letters of a word that stand for its stem: conjugations differ in their endings.
STEM_LETTERS = 5
#: Meaningful words after a cue that it bears on.
REACH = 3
#: Below this cosine two sentences are too far apart for one cue to oppose them.
MIN_SIMILARITY = 0.4
#: Cue findings rest on a word or two, so they weigh less than a value that differs.
WEIGHT = 0.8

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=None)
def _words_of(code: str):
    module = importlib.import_module(f"consistency.lang.{code}")
    modality = sorted(module.MODALITY_CUES, key=len, reverse=True)
    return module.NEGATION_CUES, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, modality)) + r")(?![\w-])", re.I), module.SKIPPED_WORDS


def _stem(word: str) -> str:
    return word.lower()[:STEM_LETTERS]


def _borne(text: str, end: int, skipped: frozenset[str]) -> list[str]:
    """The first ``REACH`` words after ``end`` that carry meaning, as stems."""
    found = []
    for match in _WORD.finditer(text, end):
        word = match.group(0).lower()
        if word in skipped or len(word) < 3:
            continue
        found.append(_stem(word))
        if len(found) == REACH:
            break
    return found


def _cues(text: str, code: str, kind: str) -> list[tuple[int, int]]:
    negations, modality, _ = _words_of(code)
    if kind == "modality":
        return [match.span() for match in modality.finditer(text)]
    return [match.span() for match in _WORD.finditer(text) if match.group(0).lower() in negations]


def cue_findings(kind: str, a: Sentence, b: Sentence, context: PairContext, code: str) -> list[Finding]:
    """A ``kind`` ("negation" or "modality") finding when one sentence has a cue of
    ``code`` that bears on words the other states without one."""
    if context.similarity < MIN_SIMILARITY or a.text.rstrip().endswith("?") or b.text.rstrip().endswith("?"):
        return []
    _, _, skipped = _words_of(code)
    for cued, plain in ((a, b), (b, a)):
        found = _opposed(kind, cued, plain, code, skipped)
        if found:
            return [_finding(kind, a, b, cued, plain, *found, context)]
    return []


def _opposed(kind: str, cued: Sentence, plain: Sentence, code: str, skipped: frozenset[str]):
    """A cue of ``cued`` and the place where ``plain`` states what it bears on without
    one of its own: "não tocaram" against "tocaram", even if ``plain`` denies something
    else in another clause."""
    spans = _cues(cued.text, code, kind)
    if not spans:
        return None
    plain_stems = {_stem(word) for word in _WORD.findall(plain.text) if len(word) >= 3}
    borne_in_plain = {stem for _, end in _cues(plain.text, code, kind) for stem in _borne(plain.text, end, skipped)}
    for start, end in spans:
        shared = [stem for stem in _borne(cued.text, end, skipped) if stem in plain_stems and stem not in borne_in_plain]
        if shared:
            return (start, end), _where(plain.text, shared[0])
    return None


def _finding(kind: str, a: Sentence, b: Sentence, cued: Sentence, plain: Sentence, cue: tuple[int, int],
             stated: tuple[int, int] | None, context: PairContext) -> Finding:
    start, end = cue
    what = "denies" if kind == "negation" else "hedges"
    cue_side = ((start, end),)
    plain_side = (stated,) if stated else ()
    a_spans, b_spans = (cue_side, plain_side) if cued is a else (plain_side, cue_side)
    return Finding(
        kind=kind,
        score=round(confidence_from_similarity(context.similarity) * WEIGHT, 3),
        severity="medium",
        a_value=a.text[a_spans[0][0] : a_spans[0][1]] if a_spans else "",
        b_value=b.text[b_spans[0][0] : b_spans[0][1]] if b_spans else "",
        a_spans=a_spans,
        b_spans=b_spans,
        explanation=(
            f"{cued.source} {what} it with '{cued.text[start:end]}'; "
            f"{plain.source} states '{plain.text[stated[0]:stated[1]]}' plainly" if stated else
            f"{cued.source} {what} it with '{cued.text[start:end]}'; {plain.source} states it plainly"
        ),
    )


def _where(text: str, stem: str) -> tuple[int, int] | None:
    for match in _WORD.finditer(text):
        if _stem(match.group(0)) == stem:
            return match.span()
    return None
