import pytest

from tests.conftest import run_comparator


def compare(text_a, text_b, similarity=0.75):
    return run_comparator("attribution", text_a, text_b, similarity, sources=("Time of India", "Hindustan Times"))


def test_attribution_flags_one_person_given_two_titles():
    [finding] = compare(
        "Emily Williams, a spokeswoman for the prime minister, later retracted the statement.",
        "Emily Williams, director of media relations for Prime Minister Mark Carney, later said no statement was planned.",
        similarity=0.6,
    )
    assert (finding.a_value, finding.b_value) == ("a spokeswoman for the prime minister", "director of media relations for Prime Minister Mark Carney")
    assert "gives Emily Williams as" in finding.explanation


def test_attribution_leaves_a_statement_told_to_two_agencies_alone():
    # Two interviews, each outlet naming the one it relays ("told Reuters", "told AFP"): on
    # judged real news none of 41 such findings was a conflict between the outlets.
    assert compare("The minister told Reuters the plan was dead.", "The minister told AFP the plan was dead.") == []
    # Who spoke is still compared.
    [finding] = compare("The minister told Reuters the plan was dead.", "His deputy told AFP the plan was dead.", similarity=0.9)
    assert finding.kind == "attribution"


def test_attribution_flags_a_close_statement_credited_to_another_speaker():
    [finding] = compare("Police said the fire was started deliberately.", "The mayor said the fire was started deliberately.", similarity=0.9)
    assert finding.kind == "attribution"


@pytest.mark.parametrize(
    "text_a, text_b, similarity",
    [
        ("Police said the fire was started deliberately.", "Police said the fire was started on purpose.", 0.9),
        ("The minister told Time of India the plan was dead.", "The minister told Hindustan Times the plan was dead.", 0.9),
        ("Police said the fire was started deliberately.", "The mayor said the budget would be cut.", 0.16),  # the model's cosine
        ("Keith Brannigan, who heads the emergency group, said roads were shut.", "Keith Brannigan, who chairs the national group, said roads were shut.", 0.9),
    ],
)
def test_attribution_leaves_agreeing_own_and_unrelated_attributions(text_a, text_b, similarity):
    assert compare(text_a, text_b, similarity) == []
