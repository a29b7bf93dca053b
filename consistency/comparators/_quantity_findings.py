"""Shared by the number and time comparators: turn conflicting quantities into findings."""

from __future__ import annotations

from consistency.comparators import PairContext, confidence_from_similarity
from consistency.quantities import Quantity, conflicting_pairs, extract_quantities
from consistency.records import Finding, Sentence


def quantity_findings(kind: str, kinds: set[str], a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    """Findings for quantities of ``kinds`` that disagree between ``a`` and ``b``.

    Severity: ``high`` when both values are exact (a plain factual conflict), ``medium``
    when one is approximate and still cannot be the same amount. Score: how sure we are
    that the sentences speak of the same fact (their similarity), lowered to 0.75 of that
    when the two numbers were matched by surrounding words rather than by the noun they
    count.
    """
    quantities_a = [q for q in extract_quantities(a.text) if q.kind in kinds]
    quantities_b = [q for q in extract_quantities(b.text) if q.kind in kinds]
    def comparable(first: Quantity, second: Quantity) -> bool:
        # Outlets word the same fact differently ("called to the scene" / "deployed"), so
        # unrelated surrounding words rule a pair out only when the sentences differ too.
        if first.vague or second.vague or not first.comparable_with(second):
            return False  # "dozens", "several": too loose to contradict anything
        return bool(first.frame & second.frame or first.topics & second.topics) or context.similarity >= SAME_FACT_SIMILARITY

    findings = []
    for first, second in conflicting_pairs(quantities_a, quantities_b, _agree, comparable):
        head_match = 1.0 if first.head and first.head == second.head or first.kind in ("money", "percent", "time") else 0.75
        score = round(confidence_from_similarity(context.similarity) * head_match, 3)
        findings.append(
            Finding(
                kind=kind,
                score=score,
                severity="high" if first.exact and second.exact else "medium",
                a_value=first.text,
                b_value=second.text,
                a_spans=((first.start, first.end),),
                b_spans=((second.start, second.end),),
                explanation=f"{a.source} says {_phrase(a.text, first)}; {b.source} says {_phrase(b.text, second)}",
            )
        )
    return findings


#: Above this cosine two aligned sentences are taken to report the same fact whatever
#: words surround their numbers.
SAME_FACT_SIMILARITY = 0.5


def _agree(first: Quantity, second: Quantity) -> bool:
    """Open-ended amounts ("at least six") agree with so much that they are matched only
    with a quantity about the same thing."""
    if first.kind != second.kind or not first.agrees_with(second):
        return False
    bounded = all(0 < q.low and q.high != float("inf") for q in (first, second))
    return bounded or first.comparable_with(second)


def _phrase(text: str, quantity: Quantity) -> str:
    return f"'{text[quantity.start : max(quantity.end, quantity.phrase_end)]}'"
