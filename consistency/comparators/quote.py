"""``quote``: one speaker's words quoted differently ("very pale and quite useless" vs
"rather useless").

Two quotations are the same remark worded differently when they share enough content
words (``MIN_OVERLAP``) and each has words the other lacks. A quotation that is wholly inside the other is a shorter
excerpt, not a divergence; two quotations with no word in common are two remarks. When
both sentences name who spoke and the names have nothing in common, they are not compared.
"""

from __future__ import annotations

import re

from consistency.comparators import PairContext, comparators, confidence_from_similarity, content_words
from consistency.ingest.lines import FUNCTION_WORDS
from consistency.records import Finding, Sentence

_QUOTED = re.compile(r"\"([^\"]{3,})\"|“([^”]{3,})”|(?<![\w])'([^']{3,}?)'(?![\w])|‘([^’]{3,}?)’(?![\w])")
_SPEAKER = re.compile(
    r"(?:(?P<before>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,?(?:\s+[\w ,]{0,40}?)?\s+(?:said|says|told|added|wrote|warned|stated)\b)"
    r"|(?:\b(?:said|says|told|added|according\s+to)\s+(?P<after>(?:[A-Z][\w'’.-]*\s*){1,4}))"
)
#: Share of content words two quotations must have in common to be one remark. On eval/,
#: labelled rewordings of one remark share 0.38 or more; different remarks by one speaker
#: 0.18 or less; "very pale and quite useless" and "rather useless" share 0.2.
MIN_OVERLAP = 0.2


def quotations(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _QUOTED.finditer(text):
        group = next(index for index in range(1, 5) if match.group(index) is not None)
        found.append((match.start(group), match.end(group), match.group(group)))
    return found


def speaker_words(text: str) -> set[str]:
    """Capitalised words of whoever the sentence says spoke, lower-cased."""
    names = set()
    for match in _SPEAKER.finditer(text):
        phrase = match.group("before") or match.group("after") or ""
        names |= {word.lower().strip(".") for word in phrase.split() if word[:1].isupper() and word.lower() not in FUNCTION_WORDS}
    return names


@comparators.register("quote")
def compare_quotes(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    quotes_a, quotes_b = quotations(a.text), quotations(b.text)
    if not quotes_a or not quotes_b:
        return []
    speakers_a, speakers_b = speaker_words(a.text), speaker_words(b.text)
    if speakers_a and speakers_b and not speakers_a & speakers_b:
        return []
    findings = []
    used_b: set[int] = set()
    for start_a, end_a, quote_a in quotes_a:
        words_a = content_words(quote_a)
        for position, (start_b, end_b, quote_b) in enumerate(quotes_b):
            if position in used_b:
                continue
            words_b = content_words(quote_b)
            shared = words_a & words_b
            if not shared or words_a <= words_b or words_b <= words_a:
                continue
            overlap = len(shared) / len(words_a | words_b)
            if overlap < MIN_OVERLAP:
                continue
            used_b.add(position)
            findings.append(
                Finding(
                    kind="quote",
                    score=round(confidence_from_similarity(context.similarity) * (0.7 + 0.3 * overlap), 3),
                    severity="medium",
                    a_value=quote_a,
                    b_value=quote_b,
                    a_spans=((start_a, end_a),),
                    b_spans=((start_b, end_b),),
                    explanation=f"{a.source} quotes '{quote_a}'; {b.source} quotes '{quote_b}'",
                )
            )
            break
    return findings
