"""``attribution``: the same statement credited differently.

Two shapes: the same person given different titles ("Emily Williams, a spokeswoman for
the prime minister" vs "Emily Williams, director of media relations"; "Arequipa Mayor
Ernesto Valdivia" vs "regional Governor Ernesto Valdivia"); and, for two sentences close
enough to make one statement, different speakers ("Toronto police said" vs "according to
the mayor's office"). A statement told to different outlets ("told Reuters" vs "told AFP")
is two interviews, each outlet naming the one it relays: on judged real news none of 41
such findings was a conflict, so it is not compared.
"""

from __future__ import annotations

from consistency.comparators import PairContext, comparators, confidence_from_similarity, content_words, shared_statement
from consistency.comparators._speakers import same_speaker_possible, speaker_words, speakers, titles
from consistency.records import Finding, Sentence

#: Two sentences this similar make one statement, so who made it should agree. On eval/,
#: 13 of the 17 labelled attribution divergences lie above it; different remarks by one
#: speaker mostly below.
SPEAKER_SIMILARITY = 0.5


#: ``shared_statement`` of two sentences, speakers left out, from which they make one
#: statement. On real news, different speakers nearly always make different statements (58 of 80
#: judged findings fell under this); the same statement credited twice shares most words.
SAME_STATEMENT_OVERLAP = 0.4


def _named_in(found: list, text: str) -> bool:
    """True when a speaker of one sentence is mentioned in the other: "Trump said ..." and
    "the Kremlin said Trump was right" report two statements, not one credited twice."""
    words = content_words(text)
    return any(speaker.words <= words for speaker in found)


def _finding(a: Sentence, b: Sentence, span_a, span_b, context: PairContext, what: str, weight: float) -> Finding:
    value_a, value_b = a.text[span_a[0] : span_a[1]], b.text[span_b[0] : span_b[1]]
    return Finding(
        kind="attribution",
        score=round(confidence_from_similarity(context.similarity) * weight, 3),
        # Low: on judged real news 1 attribution finding in 99 was a conflict between the
        # outlets; most name one speaker two ways, or two speakers (docs/real-news.md).
        severity="low",
        a_value=value_a,
        b_value=value_b,
        a_spans=(span_a,),
        b_spans=(span_b,),
        explanation=f"{a.source} {what} '{value_a}'; {b.source} '{value_b}'",
    )


@comparators.register("attribution")
def compare_attribution(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    findings = []
    titled_b = {person.name.split()[-1]: person for person in titles(b.text)}
    for person in titles(a.text):
        other = titled_b.get(person.name.split()[-1])
        if other and not (person.titles <= other.titles or other.titles <= person.titles):
            findings.append(_finding(a, b, (person.start, person.end), (other.start, other.end), context,
                                     f"gives {person.name} as", 1.0))
            break
        if other and person.employer and other.employer and not person.employer & other.employer:
            findings.append(_finding(a, b, person.employer_span, other.employer_span, context,
                                     f"puts {person.name} at", 1.0))
            break
    if not findings and context.similarity >= SPEAKER_SIMILARITY:
        speakers_a, speakers_b = speakers(a.text), speakers(b.text)
        if speakers_a and speakers_b and not same_speaker_possible(speakers_a, speakers_b) and not (
            _named_in(speakers_a, b.text) or _named_in(speakers_b, a.text)
        ) and shared_statement(a.text, b.text, speaker_words(a.text), speaker_words(b.text)) >= SAME_STATEMENT_OVERLAP:
            first, second = speakers_a[0], speakers_b[0]
            findings.append(_finding(a, b, (first.start, first.end), (second.start, second.end), context, "credits it to", 0.75))
    return findings
