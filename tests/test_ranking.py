"""How findings on one pair combine into its score, and how discrepancies are ordered."""

from consistency.ranking import pair_score, rank_discrepancies
from consistency.records import AlignedPair, Finding, Sentence


def finding(kind, score, severity="high"):
    return Finding(kind, score, severity, "x", "y", ((0, 1),), ((0, 1),), f"{kind} differs")


def pair(index, similarity=0.8):
    return AlignedPair(Sentence("a", "A", index, "x y", 0, 3), Sentence("b", "B", index, "x y", 0, 3), similarity, "paraphrase")


def test_one_finding_keeps_its_own_score():
    assert pair_score([finding("number", 0.8)]) == 0.8


def test_findings_of_different_kinds_strengthen_each_other():
    assert pair_score([finding("number", 0.8), finding("negation", 0.6)]) == 0.92


def test_two_findings_of_one_kind_count_once():
    assert pair_score([finding("number", 0.8), finding("number", 0.5)]) == 0.8


def test_a_pair_confirmed_by_two_kinds_ranks_above_a_stronger_single_finding_of_equal_severity():
    ranked = rank_discrepancies([
        (pair(0), finding("number", 0.85)),
        (pair(1), finding("number", 0.8)), (pair(1), finding("negation", 0.6)),
    ])
    assert [d.pair.a.index for d in ranked][:2] == [1, 1]
    assert ranked[0].pair_score == 0.92 and ranked[-1].pair_score == 0.85


def test_a_likelier_finding_ranks_first_whatever_its_severity():
    # A sure denied claim (two speakers, medium at most) before a doubtful outlet conflict.
    ranked = rank_discrepancies([(pair(0), finding("number", 0.5, "high")), (pair(1), finding("denied-claim", 0.9, "medium"))])
    assert [d.finding.kind for d in ranked] == ["denied-claim", "number"]


def test_severity_breaks_a_tie_of_scores():
    ranked = rank_discrepancies([(pair(0), finding("quote", 0.6, "medium")), (pair(1), finding("number", 0.6, "high"))])
    assert [d.finding.kind for d in ranked] == ["number", "quote"]
