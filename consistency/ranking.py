"""Order discrepancies so the most serious come first, and give each a stable id."""

from __future__ import annotations

import hashlib
from typing import Iterable

from consistency.records import SEVERITIES, AlignedPair, Discrepancy, Finding


def discrepancy_id(pair: AlignedPair, finding: Finding) -> str:
    """Same pair and finding, same id, whatever else is in the run."""
    key = "|".join(
        [
            pair.a.doc_id, str(pair.a.index), pair.b.doc_id, str(pair.b.index), finding.kind,
            repr(finding.a_spans), repr(finding.b_spans),
        ]
    )
    return "d" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def rank_discrepancies(found: Iterable[tuple[AlignedPair, Finding]]) -> tuple[Discrepancy, ...]:
    """Most severe first; then higher score, then closer alignment; ties by position."""
    discrepancies = [Discrepancy(discrepancy_id(pair, finding), pair, finding) for pair, finding in found]
    return tuple(
        sorted(
            discrepancies,
            key=lambda d: (
                SEVERITIES.index(d.finding.severity),
                -d.finding.score,
                -d.pair.similarity,
                d.pair.a.doc_id,
                d.pair.a.index,
                d.pair.b.doc_id,
                d.pair.b.index,
                d.finding.kind,
                d.finding.a_spans,
                d.finding.b_spans,
            ),
        )
    )
