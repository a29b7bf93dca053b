"""What every report format shows besides the raw records: which discrepancies a reader
asked to see, the claims they belong to, run totals, and how often each pair of outlets
agrees.

Renderers build on these so that the terminal table, Markdown and HTML say the same thing.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice
from dataclasses import dataclass, replace
from typing import Sequence

from consistency.language import is_compared
from consistency.errors import FilterError
from consistency.records import SEVERITIES, Claim, Discrepancy, Report


@dataclass(frozen=True)
class DiscrepancyFilter:
    """Which discrepancies a reader wants to see. The defaults show all of them.

    ``top`` keeps the first N of those that pass the other filters, in rank order (the
    likeliest first). ``sources`` keeps a discrepancy when either side is one of the outlets.
    ``min_score`` keeps those the verifier gives at least that probability of being real.
    """

    top: int | None = None
    kinds: tuple[str, ...] = ()
    min_severity: str = "low"
    sources: tuple[str, ...] = ()
    min_score: float = 0.0

    def __post_init__(self) -> None:
        if self.min_severity not in SEVERITIES:
            raise FilterError(f"no severity named '{self.min_severity}'. Available: {', '.join(SEVERITIES)}")
        if self.top is not None and self.top < 0:
            raise FilterError(f"--top must be 0 or more, not {self.top}")

    @property
    def is_active(self) -> bool:
        return self != DiscrepancyFilter()

    def admits(self, discrepancy: Discrepancy) -> bool:
        finding = discrepancy.finding
        if self.kinds and finding.kind not in self.kinds:
            return False
        if SEVERITIES.index(finding.severity) > SEVERITIES.index(self.min_severity):
            return False
        if self.sources and not {discrepancy.pair.a.source, discrepancy.pair.b.source} & set(self.sources):
            return False
        return finding.score >= self.min_score


def select_discrepancies(report: Report, chosen: DiscrepancyFilter) -> Report:
    """The report with only the discrepancies ``chosen`` admits; everything else is kept.
    Without filters it is the report itself (whose discrepancies may be spooled on disk)."""
    if not chosen.is_active:
        return report
    return replace(report, discrepancies=tuple(islice((d for d in report.discrepancies if chosen.admits(d)), chosen.top)))


#: Kinds of finding the comparators report; a comparator registered under another name adds its own.
FINDING_KINDS = (
    "number", "time", "date", "entity", "cause", "quote", "attribution", "negation", "modality", "denied-claim",
    "contradiction",
)


def known_kinds() -> list[str]:
    from consistency.comparators import load_builtin_comparators

    return sorted(set(FINDING_KINDS) | set(load_builtin_comparators().names()))


def check_filter_names(chosen: DiscrepancyFilter, kinds: Sequence[str], report: Report | None = None) -> None:
    """Fail on a misspelt kind (``kinds`` are the ones that exist) or, given the report, an
    outlet none of its documents comes from, rather than silently showing nothing."""
    for kind in chosen.kinds:
        if kind not in kinds:
            raise FilterError(f"no kind named '{kind}'. Available: {', '.join(sorted(kinds))}")
    if report is not None:
        outlets = outlets_of(report)
        for source in chosen.sources:
            if source not in outlets:
                raise FilterError(f"no outlet named '{source}' in these articles. Outlets: {', '.join(outlets)}")


def outlets_of(report: Report) -> list[str]:
    """Outlets in the order their first document was read."""
    return list(dict.fromkeys(summary.document.source for summary in report.documents))


def count_at_or_above(report: Report, severity: str) -> int:
    """How many discrepancies of the report are ``severity`` or more severe, filters or not."""
    if severity not in SEVERITIES:
        raise FilterError(f"no severity named '{severity}'. Available: {', '.join(SEVERITIES)}")
    return sum(SEVERITIES.index(d.finding.severity) <= SEVERITIES.index(severity) for d in report.discrepancies)


@dataclass(frozen=True)
class Summary:
    n_documents: int
    n_outlets: int
    n_stories: int
    n_sentences: int
    n_aligned_pairs: int
    n_copies: int
    n_claims: int
    #: Documents read but not compared (a language the comparators do not read).
    n_not_compared: int
    n_discrepancies: int
    #: (kind, count), most frequent first, then by name.
    by_kind: tuple[tuple[str, int], ...]
    #: (severity, count) for every severity, most severe first.
    by_severity: tuple[tuple[str, int], ...]


def summarize(report: Report) -> Summary:
    kinds = Counter(d.finding.kind for d in report.discrepancies)
    severities = Counter(d.finding.severity for d in report.discrepancies)
    return Summary(
        n_documents=len(report.documents),
        n_outlets=len(outlets_of(report)),
        n_stories=len({summary.story for summary in report.documents}),
        n_sentences=report.n_sentences,
        n_aligned_pairs=report.n_aligned_pairs,
        n_copies=sum(1 for summary in report.documents if summary.document.copy_of),
        n_claims=len(report.claims),
        n_not_compared=sum(1 for summary in report.documents if not is_compared(summary.document.language)),
        n_discrepancies=len(report.discrepancies),
        by_kind=tuple(sorted(kinds.items(), key=lambda item: (-item[1], item[0]))),
        by_severity=tuple((severity, severities[severity]) for severity in SEVERITIES),
    )


@dataclass(frozen=True)
class ClaimGroup:
    """The discrepancies about one statement, with every outlet's sentence for it.

    ``claim`` is None for a discrepancy whose sentences joined no claim; such a group
    holds that one discrepancy.
    """

    claim: Claim | None
    discrepancies: tuple[Discrepancy, ...]

    @property
    def severity(self) -> str:
        """The most severe of its discrepancies (the first is the likeliest, not always the
        most severe: a sure denied claim is at most medium)."""
        return min((d.finding.severity for d in self.discrepancies), key=SEVERITIES.index)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(d.finding.kind for d in self.discrepancies))

    @property
    def outlets(self) -> tuple[str, ...]:
        if self.claim is not None:
            return tuple(dict.fromkeys(sentence.source for sentence in self.claim.sentences))
        pair = self.discrepancies[0].pair
        return (pair.a.source, pair.b.source)


def group_by_claim(report: Report) -> tuple[ClaimGroup, ...]:
    """One group per claim that has discrepancies, in the order of each group's highest
    ranked discrepancy, so the group with the likeliest discrepancy comes first."""
    claims = {claim.id: claim for claim in report.claims}
    members: dict[str, list[Discrepancy]] = {}
    for discrepancy in report.discrepancies:
        key = discrepancy.claim if discrepancy.claim in claims else f"unclaimed:{discrepancy.id}"
        members.setdefault(key, []).append(discrepancy)
    return tuple(ClaimGroup(claims.get(key), tuple(found)) for key, found in members.items())


@dataclass(frozen=True)
class ClaimBudget:
    """How much of a report the table, Markdown and HTML lay out: the first ``claims``
    claims, in the order of their best finding, each with at most ``rows`` discrepancies.
    None lifts a limit. Nobody reads 30,000 rows, and laying them out is what took time."""

    claims: int | None = 50
    rows: int | None = 3


EVERY_CLAIM = ClaimBudget(None, None)


@dataclass(frozen=True)
class ListedClaim:
    """A claim group as listed: its first rows, each with its rank in the report (the
    position of the discrepancy in the JSON's list, from 1)."""

    group: ClaimGroup
    rows: tuple[tuple[int, Discrepancy], ...]

    @property
    def hidden_rows(self) -> int:
        return len(self.group.discrepancies) - len(self.rows)


@dataclass(frozen=True)
class ClaimListing:
    """The claims within the budget, and those beyond it (HTML keeps them for on demand)."""

    listed: tuple[ListedClaim, ...]
    beyond: tuple[ListedClaim, ...]

    @property
    def n_claims(self) -> int:
        return len(self.listed) + len(self.beyond)

    @property
    def beyond_discrepancies(self) -> int:
        return sum(len(claim.group.discrepancies) for claim in self.beyond)

    @property
    def hidden_rows(self) -> int:
        return sum(claim.hidden_rows for claim in self.listed)


def list_claims(report: Report, budget: ClaimBudget = ClaimBudget()) -> ClaimListing:
    """The report's claim groups cut to ``budget``. Groups come in the order of their best
    discrepancy, so the first rows listed are the JSON's first findings."""
    rank = {discrepancy.id: number for number, discrepancy in enumerate(report.discrepancies, start=1)}
    claims = [
        ListedClaim(group, tuple((rank[d.id], d) for d in group.discrepancies[: budget.rows]))
        for group in group_by_claim(report)
    ]
    return ClaimListing(tuple(claims[: budget.claims]), tuple(claims[budget.claims :] if budget.claims is not None else ()))


@dataclass(frozen=True)
class SourceAgreement:
    """How often each pair of outlets states the same claims and how often they conflict.

    ``shared[i][j]`` counts claims with sentences from both ``outlets[i]`` and
    ``outlets[j]``; ``conflicting[i][j]`` counts those of them (plus discrepancies outside
    any claim) where the two outlets disagree. The matrices are symmetric; the diagonal
    is zero.
    """

    outlets: tuple[str, ...]
    shared: tuple[tuple[int, ...], ...]
    conflicting: tuple[tuple[int, ...], ...]


def source_agreement(report: Report) -> SourceAgreement:
    outlets = outlets_of(report)
    position = {outlet: number for number, outlet in enumerate(outlets)}
    shared: dict[frozenset, set[str]] = {}
    conflicting: dict[frozenset, set[str]] = {}
    for claim in report.claims:
        sources = sorted({sentence.source for sentence in claim.sentences})
        for first in sources:
            for second in sources:
                if first < second:
                    shared.setdefault(frozenset((first, second)), set()).add(claim.id)
    for discrepancy in report.discrepancies:
        a, b = discrepancy.pair.a.source, discrepancy.pair.b.source
        if a == b:
            continue
        key = frozenset((a, b))
        claim = discrepancy.claim or f"{discrepancy.pair.a.doc_id}:{discrepancy.pair.a.index}|{discrepancy.pair.b.doc_id}:{discrepancy.pair.b.index}"
        conflicting.setdefault(key, set()).add(claim)
        shared.setdefault(key, set()).add(claim)

    def matrix(counts: dict[frozenset, set[str]]) -> tuple[tuple[int, ...], ...]:
        rows = [[0] * len(outlets) for _ in outlets]
        for key, claims in counts.items():
            if not key <= position.keys():
                continue  # an indexed outlet none of the shown documents comes from
            first, second = sorted(key, key=position.__getitem__)
            rows[position[first]][position[second]] = rows[position[second]][position[first]] = len(claims)
        return tuple(tuple(row) for row in rows)

    return SourceAgreement(tuple(outlets), matrix(shared), matrix(conflicting))
