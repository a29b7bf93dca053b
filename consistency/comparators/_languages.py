"""Which comparators read a pair, by the languages of its two documents.

Two English sentences get every comparator. A pair with a Portuguese or Spanish side is
read through English readings of both sides (``consistency.lang``) by the comparators of
values (numbers, times, dates), whose findings are mapped back onto what the outlets
wrote; two sentences in one of those languages also get that language's cues of negation
and modality. The comparators of words (quotes, attribution, entities) read English only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from consistency.comparators import PairContext, language_of
from consistency.comparators._cues import cue_findings
from consistency.dates import parse_published
from consistency.lang import Reading, english_reading
from consistency.records import AlignedPair, Document, Finding, Sentence

#: Comparators that compare values, which read a pair in any two languages the tool reads.
VALUE_KINDS = frozenset({"number", "time", "date"})
#: Comparators that read one language's cues, for two sentences written in it.
CUE_KINDS = frozenset({"negation", "modality"})

Comparator = Callable[[Sentence, Sentence, PairContext], list[Finding]]


def compare_pair(
    pair: AlignedPair, context: PairContext, chosen: Sequence[tuple[str, Comparator]], in_english: Callable[[Finding], Finding]
) -> list[Finding]:
    """The findings of the ``chosen`` comparators (name, function) that read this pair;
    ``in_english`` finishes each finding of an English pair."""
    first, second = language_of(context.a_document), language_of(context.b_document)
    if first == second == "en":
        return [in_english(finding) for _, compare in chosen for finding in compare(pair.a, pair.b, context)]
    read_a, document_a = _read(context.a_document)
    read_b, document_b = _read(context.b_document)
    english_context = PairContext(document_a, document_b, context.similarity)
    a, b = _sentence(pair.a, read_a), _sentence(pair.b, read_b)
    findings = []
    for name, compare in chosen:
        if name in VALUE_KINDS:
            findings.extend(_back(finding, pair.a, a, read_a, pair.b, b, read_b) for finding in compare(a, b, english_context))
        elif name in CUE_KINDS and first == second:
            findings.extend(cue_findings(name, pair.a, pair.b, context, first))
    return findings


def _read(document: Document) -> tuple[Reading, Document]:
    reading = english_reading(document.text, language_of(document), parse_published(document.published))
    return reading, replace(document, text=reading.english)


def _sentence(sentence: Sentence, reading: Reading) -> Sentence:
    start, end = reading.to_english(sentence.start), reading.to_english(sentence.end)
    return replace(sentence, text=reading.english[start:end], start=start, end=end)


_QUOTED = re.compile(r"'([^']+)'")


def _back(finding: Finding, a: Sentence, read_a_sentence: Sentence, read_a: Reading,
          b: Sentence, read_b_sentence: Sentence, read_b: Reading) -> Finding:
    """A finding on English readings, with its spans, values and quoted words put back
    into the sentences as written."""
    a_spans = tuple(_span_back(span, a, read_a_sentence, read_a) for span in finding.a_spans)
    b_spans = tuple(_span_back(span, b, read_b_sentence, read_b) for span in finding.b_spans)

    sides = [(a, read_a_sentence, read_a), (b, read_b_sentence, read_b)]
    quoted = iter(range(len(_QUOTED.findall(finding.explanation))))

    def quoted_back(match: re.Match) -> str:
        # Explanations quote the first sentence first: look there first for the first
        # quotation, in the second sentence first for the others.
        for sentence, read_sentence, reading in (sides if next(quoted) == 0 else sides[::-1]):
            found = read_sentence.text.find(match.group(1))
            if found >= 0:
                start, end = _span_back((found, found + len(match.group(1))), sentence, read_sentence, reading)
                return f"'{sentence.text[start:end]}'"
        return match.group(0)

    return replace(
        finding,
        a_value=_value_back(finding.a_value, finding.a_spans, a_spans, a, read_a_sentence),
        b_value=_value_back(finding.b_value, finding.b_spans, b_spans, b, read_b_sentence),
        a_spans=a_spans,
        b_spans=b_spans,
        explanation=_QUOTED.sub(quoted_back, finding.explanation),
    )


def _span_back(span: tuple[int, int], sentence: Sentence, read_sentence: Sentence, reading: Reading) -> tuple[int, int]:
    start, end = reading.to_original(read_sentence.start + span[0], read_sentence.start + span[1])
    return max(0, start - sentence.start), min(len(sentence.text), end - sentence.start)


def _value_back(value: str, read_spans, spans, sentence: Sentence, read_sentence: Sentence) -> str:
    if read_spans and value == read_sentence.text[read_spans[0][0] : read_spans[0][1]]:
        return sentence.text[spans[0][0] : spans[0][1]]
    return value  # a value the comparator built from several spans
