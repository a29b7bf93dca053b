import pytest

from consistency.errors import FilterError
from consistency.overview import (
    DiscrepancyFilter,
    check_filter_names,
    group_by_claim,
    select_discrepancies,
    source_agreement,
    summarize,
)
from tests.hand_built_report import hand_built_report


def shown_ids(**filters):
    return [d.id[-1] for d in select_discrepancies(hand_built_report(), DiscrepancyFilter(**filters)).discrepancies]


def test_overview_filters_by_kind_severity_outlet_and_top():
    assert shown_ids() == ["1", "2", "3", "4"]
    assert shown_ids(kinds=("quote", "date")) == ["3", "4"]
    assert shown_ids(min_severity="medium") == ["1", "2", "3"]
    assert shown_ids(min_severity="high") == ["1", "2"]
    assert shown_ids(sources=("Coastal Wire",)) == ["2", "3"]
    assert shown_ids(top=2, kinds=("number", "quote"), sources=("Harbour Herald",)) == ["1", "3"]
    assert shown_ids(top=0) == []


def test_overview_filter_refuses_misspelt_names():
    with pytest.raises(FilterError, match="no kind named 'nmber'.*number"):
        check_filter_names(DiscrepancyFilter(kinds=("nmber",)), ["number", "quote"])
    with pytest.raises(FilterError, match="no outlet named 'Daily Currier'.*Daily Courier"):
        check_filter_names(DiscrepancyFilter(sources=("Daily Currier",)), ["number"], hand_built_report())
    with pytest.raises(FilterError, match="no severity named 'severe'"):
        DiscrepancyFilter(min_severity="severe")


def test_overview_groups_discrepancies_by_claim_most_severe_first():
    groups = group_by_claim(hand_built_report())
    assert [(g.claim.id if g.claim else None, [d.id[-1] for d in g.discrepancies]) for g in groups] == [
        ("c000000000001", ["1", "2"]), ("c000000000002", ["3"]), (None, ["4"]),
    ]
    assert [g.severity for g in groups] == ["high", "medium", "low"]
    assert groups[0].outlets == ("Harbour Herald", "Daily Courier", "Coastal Wire")
    assert groups[2].outlets == ("Harbour Herald", "Daily Courier")


def test_overview_summary_counts_kinds_severities_and_copies():
    summary = summarize(hand_built_report())
    assert (summary.n_documents, summary.n_outlets, summary.n_copies, summary.n_claims) == (4, 4, 1, 2)
    assert summary.by_kind == (("number", 2), ("date", 1), ("quote", 1))
    assert summary.by_severity == (("high", 2), ("medium", 1), ("low", 1))


def test_overview_source_agreement_counts_shared_and_conflicting_claims():
    agreement = source_agreement(hand_built_report())
    assert agreement.outlets == ("Harbour Herald", "Daily Courier", "Coastal Wire", "Northern Post")
    herald, courier, wire, post = range(4)
    # Herald and Wire share the floor and the quote, and differ on the quote only.
    assert (agreement.shared[herald][wire], agreement.conflicting[herald][wire]) == (2, 1)
    # Herald and Courier: the floor claim, plus the date pair outside any claim; both conflict.
    assert (agreement.shared[herald][courier], agreement.conflicting[herald][courier]) == (2, 2)
    assert (agreement.shared[courier][wire], agreement.conflicting[courier][wire]) == (1, 1)
    assert agreement.shared[post] == (0, 0, 0, 0)
    assert all(agreement.shared[i][j] == agreement.shared[j][i] for i in range(4) for j in range(4))


def test_a_claim_group_led_by_a_sure_denied_claim_takes_the_severity_of_its_most_severe_finding():
    from dataclasses import replace

    report = hand_built_report()
    first, second, *rest = report.discrepancies
    # The likeliest finding of the first claim is a denied claim, at most medium.
    leading = replace(first, finding=replace(first.finding, kind="denied-claim", severity="medium"))
    groups = group_by_claim(replace(report, discrepancies=(leading, second, *rest)))
    assert [d.finding.kind for d in groups[0].discrepancies][0] == "denied-claim"
    assert groups[0].severity == "high"
