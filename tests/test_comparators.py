import pytest

from consistency.comparators import load_builtin_comparators
from tests.conftest import run_comparator


def compare(kind, text_a, text_b, similarity=0.8):
    return run_comparator(kind, text_a, text_b, similarity)


def test_number_comparator_flags_a_different_floor_with_spans_on_the_values():
    a = "The fire started on the 12th floor of the tower."
    b = "The blaze began on the 14th floor of the tower."
    [finding] = compare("number", a, b)
    assert (finding.a_value, finding.b_value, finding.severity) == ("12th", "14th", "high")
    (start, end), = finding.a_spans
    assert a[start:end] == "12th"
    (start, end), = finding.b_spans
    assert b[start:end] == "14th"
    assert "Harbour Herald" in finding.explanation and "Daily Courier" in finding.explanation
    assert "14th floor" in finding.explanation


def test_time_comparator_flags_a_different_clock_time():
    [finding] = compare("time", "Crews were called at 9:10 a.m. to the tower.", "Crews were called to the tower at 9:40 a.m.")
    assert (finding.kind, finding.a_value, finding.b_value, finding.severity) == ("time", "9:10 a.m.", "9:40 a.m.", "high")


@pytest.mark.parametrize(
    "kind, text_a, text_b",
    [
        ("number", "About 15,000 soldiers have been deployed to Russia.", "About 15,000 soldiers have been deployed to Russia."),
        ("number", "About 15,000 soldiers have been deployed to Russia.", "Some 15,000 troops were deployed to Russia, officials said."),
        ("number", "About 15,000 soldiers have been deployed to Russia.", "Exactly 15,000 soldiers have been deployed to Russia."),
        ("number", "Ottawa will provide C$2 billion ($1.47 billion) in military aid.", "Canada vows $1.47 billion in military aid for Ukraine."),
        ("number", "About 600 soldiers died on the front.", "About 15,000 soldiers were deployed to the front."),
        ("number", "Roughly 900 people were evacuated from the tower.", "Three people were killed when fire swept the tower."),
        ("number", "More than 140 firefighters were sent to the tower.", "The city sent 150 firefighters to the tower."),
        ("number", "Thousands of workers will be sent to the region.", "Kim will send 5,000 workers to the region."),
        ("number", "It was his third visit in about three months.", "It was his third trip to the country in three months."),
        ("time", "Crews arrived around 9:10 a.m. at the tower.", "Crews arrived at 9:20 a.m. at the tower."),
        ("number", "Several aftershocks followed, the strongest measuring 4.9.", "At least 30 aftershocks had been recorded by Wednesday."),
        ("number", "The miner earned $1.18 a share.", "Revenue was $1.47 billion."),
        ("number", "Net profit rose to C$412 million ($300 million).", "The company posted a profit of $412 million."),
    ],
)
def test_comparators_ignore_what_does_not_conflict(kind, text_a, text_b):
    assert compare(kind, text_a, text_b) == []


def test_times_in_named_zones_are_compared_in_utc():
    edt = "The bomb went off at 10 p.m. EDT Sunday."
    assert compare("time", edt, "The bomb went off at 0200 GMT on Monday.") == []  # one moment
    [finding] = compare("time", edt, "The bomb went off at 0100 GMT on Monday.")
    assert (finding.a_value, finding.b_value) == ("10 p.m. EDT", "0100 GMT")
    assert compare("time", "The bomb went off at 5 a.m. local time.", edt) == []  # local to where is not said


def test_a_local_hour_converted_two_ways_is_two_moments():
    # Both say 5 a.m. local; one outlet's conversion puts it at 0200 GMT, the other's at 0100.
    [finding] = compare("time", "The bomb went off at 5 a.m. local time (10 p.m. EDT Sunday).",
                        "The bomb went off at 5 a.m. (0100 GMT) on Monday.")
    assert "'5 a.m. (0100 GMT)'" in finding.explanation
    assert compare("time", "The bomb went off at 5 a.m. Moscow time (0100 GMT).",
                   "The bomb went off at 5 a.m. local time (9 p.m. EDT Sunday).") == []


def test_times_of_different_events_are_not_compared_when_the_sentences_differ():
    # The model puts these two at cosine 0.33: they are about different moments.
    a, b = "The blaze was under control shortly after 1 p.m.", "The alarm was raised at 9:10 a.m. in the tower."
    assert compare("time", a, b, similarity=0.33) == []


def test_differently_worded_times_of_one_event_conflict_when_the_sentences_match():
    a = "The plane touched down at Lyon airport at 9:42 a.m. local time."
    b = "It landed safely at 10:12 a.m. and everyone left by the slides."
    [finding] = compare("time", a, b, similarity=0.56)
    assert (finding.a_value, finding.b_value) == ("9:42 a.m.", "10:12 a.m.")


@pytest.mark.parametrize(
    "text_a, text_b, values",
    [
        ("Fourteen people remain in hospital, six of them in intensive care.",
         "Fourteen people are hospitalized, nine of them in intensive care.", ("six", "nine")),
        ("A magnitude 6.4 earthquake struck southern Peru late Tuesday.",
         "The U.S. Geological Survey measured the quake at magnitude 6.8.", ("6.4", "6.8")),
        ("The quake flattened houses, killing 12 people, the ministry said.",
         "Officials said the death toll stood at nine.", ("12", "nine")),
        ("Eleven people were treated for minor injuries on the slides.",
         "Nine passengers were treated for minor injuries.", ("Eleven", "Nine")),
    ],
)
def test_number_comparator_matches_counts_by_what_is_said_of_them(text_a, text_b, values):
    [finding] = compare("number", text_a, text_b)
    assert (finding.a_value, finding.b_value) == values


def test_number_comparator_approximation_that_cannot_match_is_medium():
    [finding] = compare("number", "About 30 people were injured in the crash.", "More than 200 people were injured in the crash.")
    assert finding.severity == "medium"


def test_number_comparator_score_falls_with_weaker_alignment():
    a, b = "Three people died in the fire at the tower.", "Four people died in the fire at the tower."
    strong, = compare("number", a, b, similarity=0.9)
    weak, = compare("number", a, b, similarity=0.3)
    assert strong.score == 1.0 and weak.score < 0.6


def test_comparators_registry_names_kinds_and_rejects_unknown():
    from consistency.errors import UnknownComponent

    registry = load_builtin_comparators()
    assert {"number", "time"} <= set(registry.names())
    with pytest.raises(UnknownComponent, match="Available: .*number"):
        registry.get("numbr")
