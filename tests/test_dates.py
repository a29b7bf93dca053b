import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.dates import extract_dates
from tests.conftest import run_comparator

JUNE_18 = dt.date(2025, 6, 18)  # a Wednesday


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("The ruling came on Tuesday.", "2025-06-17", "2025-06-17"),
        ("The ruling came on June 17.", "2025-06-17", "2025-06-17"),
        ("It was signed on 17 June 2025.", "2025-06-17", "2025-06-17"),
        ("The deal was announced in May.", "2025-05-01", "2025-05-31"),
        ("The deal was announced last month.", "2025-05-01", "2025-05-31"),
        ("Talks will resume on Friday.", "2025-06-20", "2025-06-20"),
        ("He left yesterday.", "2025-06-17", "2025-06-17"),
        ("In 2024, the two leaders signed a treaty.", "2024-01-01", "2024-12-31"),
        # Counted back from the day of publication; weeks loosely, days exactly.
        ("The dam burst three days ago.", "2025-06-15", "2025-06-15"),
        ("The dam burst a week ago.", "2025-06-10", "2025-06-12"),
        ("The dam burst about two weeks ago.", "2025-06-02", "2025-06-06"),
        ("The dam burst two months ago.", "2025-04-01", "2025-04-30"),
        ("The dam burst a year ago.", "2024-01-01", "2024-12-31"),
    ],
)
def test_dates_resolve_against_the_publication_day(text, first, last):
    [mention] = extract_dates(text, JUNE_18)
    assert (str(mention.first), str(mention.last)) == (first, last)
    assert text[mention.start : mention.end] == mention.text


def test_dates_relative_ones_are_left_out_without_a_publication_day():
    assert extract_dates("The ruling came on Tuesday, a week after the appeal in May.", None) == ()


def compare(text_a, text_b, published_a="2025-06-18", published_b="2025-06-18"):
    return run_comparator("date", text_a, text_b, published=(published_a, published_b))


def test_a_week_ago_in_reports_a_day_apart_is_one_day_and_a_count_a_week_old_is_another_events():
    assert compare("The spill began a week ago, officials said.", "The spill began a week ago, officials said.",
                   "2025-06-18", "2025-06-19") == []
    # A toll dated a week back is an earlier blast's, not this morning's.
    found = run_comparator("number", "A blast in the port about a week ago killed 64 people.",
                           "The blast killed 60 people, officials said.", 0.7, published=("2025-06-18", "2025-06-18"))
    assert found == []


def test_date_comparator_flags_a_different_day_for_one_event():
    [finding] = compare("The court ruled on Tuesday that the firm was liable.", "The court ruled on Wednesday that the firm was liable.")
    assert (finding.a_value, finding.b_value, finding.severity) == ("Tuesday", "Wednesday", "low")


@pytest.mark.parametrize(
    "text_a, text_b, published_b",
    [
        ("The trade deal announced in May was signed.", "The trade deal announced last month was signed.", "2025-06-18"),
        ("The court ruled on Tuesday that the firm was liable.", "The court ruled on June 17 that the firm was liable.", "2025-06-18"),
        # the same Tuesday, told by an article published a day later
        ("The court ruled on Tuesday that the firm was liable.", "The court ruled on Tuesday that the firm was liable.", "2025-06-19"),
    ],
)
def test_date_comparator_accepts_the_same_day_said_differently(text_a, text_b, published_b):
    assert compare(text_a, text_b, published_b=published_b) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_dates_never_raise_and_spans_match(text):
    for mention in extract_dates(text, JUNE_18):
        assert text[mention.start : mention.end] == mention.text
        assert mention.first <= mention.last


def test_date_comparator_ignores_a_weekday_ahead_and_a_year_beside_a_day():
    assert compare("Quay Street is expected to remain closed until Thursday at the earliest.",
                   "Quay Street will stay closed to traffic until at least Thursday.") == []
    assert compare("The fire swept through the tower on Tuesday.", "The tower, which opened in 1998, burned.") == []
