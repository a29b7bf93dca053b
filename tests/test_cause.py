"""The cause comparator: one outcome given two causes by two outlets."""

from __future__ import annotations

import pytest

from tests.conftest import run_comparator


@pytest.mark.parametrize(
    "text_a, text_b, values",
    [
        ("The outage was caused by a software update, the company said.",
         "The outage was caused by a cyberattack, the company said.", ("a software update", "a cyberattack")),
        ("The derailment was blamed on a broken rail.", "Investigators said the derailment was due to driver error.",
         ("a broken rail", "driver error")),
        # A cause named before its verb.
        ("Investigators said a faulty valve caused the pipeline failure.",
         "Investigators said corrosion caused the pipeline failure.", ("a faulty valve", "corrosion")),
        ("A gas leak may have triggered the blast, police said.", "The blast was caused by a bomb, police said.",
         ("A gas leak", "a bomb")),
    ],
)
def test_one_outcome_given_two_causes_conflicts(text_a, text_b, values):
    [finding] = run_comparator("cause", text_a, text_b, 0.7)
    assert (finding.kind, finding.a_value, finding.b_value) == ("cause", *values)


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        # One cause in other words.
        ("The fire was caused by a faulty heater.", "The fire was caused by a heater that was faulty."),
        # Two outcomes of one story, each with its cause.
        ("Schools closed because of the snow.", "The mayor resigned because of the budget scandal."),
        # No cause named: a question, and a word standing for a cause given elsewhere.
        ("Officials are investigating what caused the pipeline failure.", "Corrosion caused the pipeline failure."),
        ("The storm, which caused the flooding, moved east.", "Heavy rain caused the flooding before the storm moved east."),
        # A plan, not a cause.
        ("The minister is due to give a speech on Friday.", "The minister is due to meet union leaders on Friday."),
    ],
)
def test_causes_that_agree_or_explain_different_things_do_not_conflict(text_a, text_b):
    assert run_comparator("cause", text_a, text_b, 0.7) == []


def test_a_cause_the_other_article_names_too_is_no_conflict():
    a = "The crash was caused by a faulty signal."
    b = "The crash was caused by driver error."
    article_b = f"{b} Early reports that a faulty signal was to blame were wrong."
    assert run_comparator("cause", a, b, 0.7, articles=("", article_b)) == []
