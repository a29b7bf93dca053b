"""``attribution``: the same statement credited differently.

Three shapes: the same person given different titles ("Emily Williams, a spokeswoman for
the prime minister" vs "Emily Williams, director of media relations"); a statement told to
different outlets ("told Reuters" vs "told AFP"); and, for two sentences close enough to
make one statement, different speakers ("police said" vs "the mayor said").
"""

from __future__ import annotations

import re

from consistency.comparators import PairContext, comparators, confidence_from_similarity, content_words
from consistency.ingest.lines import FUNCTION_WORDS
from consistency.records import Finding, Sentence

_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}"
_TITLED = re.compile(rf"(?P<name>{_NAME}),\s+(?P<role>(?:the\s+|a\s+|an\s+)?[a-z][^,;:\"“]{{3,90}}?)(?=,|\s+(?:said|says|told|later|who)\b)")
_TOLD = re.compile(r"\btold\s+(?P<outlet>(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})")
_SPEAKER = re.compile(
    r"(?P<speaker>(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,4}?[A-Za-z][\w'’.-]*)\s+(?:said|says|told|announced|confirmed|stated)\b"
)
#: Two sentences this similar make one statement, so who made it should agree.
SPEAKER_SIMILARITY = 0.7


def _head(role: str) -> str:
    """The noun a title rests on: "a spokeswoman for the prime minister" -> spokeswoman.
    Relative clauses ("who heads the group") give none."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", role)]
    if not words or words[0] in ("who", "which", "whose", "whom"):
        return ""
    content = [w for w in words if w not in FUNCTION_WORDS]
    return content[0] if content else ""


def _finding(a: Sentence, b: Sentence, span_a, span_b, context: PairContext, what: str, weight: float) -> Finding:
    value_a, value_b = a.text[span_a[0] : span_a[1]], b.text[span_b[0] : span_b[1]]
    return Finding(
        kind="attribution",
        score=round(confidence_from_similarity(context.similarity) * weight, 3),
        severity="medium",
        a_value=value_a,
        b_value=value_b,
        a_spans=(span_a,),
        b_spans=(span_b,),
        explanation=f"{a.source} {what} '{value_a}'; {b.source} '{value_b}'",
    )


@comparators.register("attribution")
def compare_attribution(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    findings = []
    titles_b = {m.group("name"): m for m in _TITLED.finditer(b.text)}
    for match in _TITLED.finditer(a.text):
        other = titles_b.get(match.group("name"))
        if other is None:
            continue
        head_a, head_b = _head(match.group("role")), _head(other.group("role"))
        if head_a and head_b and head_a != head_b:
            findings.append(_finding(a, b, match.span("role"), other.span("role"), context,
                                     f"gives {match.group('name')} as", 1.0))
    told_a, told_b = _TOLD.search(a.text), _TOLD.search(b.text)
    # "told Capital Wire" in Capital Wire's own article is its interview, not a claim about who
    # was told; only outlets other than the two reporting ones are compared.
    own = content_words(a.source) | content_words(b.source)
    if told_a and told_b and content_words(told_a.group("outlet")) - own and content_words(told_b.group("outlet")) - own and not (
        content_words(told_a.group("outlet")) & content_words(told_b.group("outlet"))
    ):
        if context.similarity >= 0.5:
            findings.append(_finding(a, b, told_a.span("outlet"), told_b.span("outlet"), context, "says it was told to", 0.9))
    if not findings and context.similarity >= SPEAKER_SIMILARITY:
        speaker_a, speaker_b = _SPEAKER.search(a.text), _SPEAKER.search(b.text)
        if speaker_a and speaker_b:
            words_a, words_b = content_words(speaker_a.group("speaker")), content_words(speaker_b.group("speaker"))
            if words_a and words_b and not words_a & words_b:
                findings.append(_finding(a, b, speaker_a.span("speaker"), speaker_b.span("speaker"), context,
                                         "credits it to", 0.75))
    return findings
