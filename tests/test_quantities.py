import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.quantities import extract_quantities


def only(text):
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, kind, low, high, head",
    [
        ("A fire broke out on the 12th floor.", "ordinal", 12, 12, "floor"),
        ("Kim sent 1,000 sappers to clear mines.", "count", 1000, 1000, "sapper"),
        ("They sent 5,000 military construction workers there.", "count", 5000, 5000, "worker"),
        # "About" widens an amount by a tenth, or by one step of its last figure when that
        # is less: "about 15,000" is 14,000 to 16,000, "about 510,000" 500,000 to 520,000.
        ("About 15,000 North Korean soldiers were deployed.", "count", 14000, 16000, "soldier"),
        ("The strike has idled about 510,000 workers.", "count", 500000, 520000, "worker"),
        ("About 30 people were injured.", "count", 27, 33, "person"),
        ("An estimated 1.3 billion gallons spilled.", "measure", 1.2e9, 1.4e9, ""),
        ("More than 200 soldiers died.", "count", 200, math.inf, "soldier"),
        ("Dozens of people were hurt.", "count", 24, 144, "person"),
        ("Twenty-five people were hurt.", "count", 25, 25, "person"),
        ("It was his third visit.", "ordinal", 3, 3, "visit"),
        ("A 40-story tower burned.", "count", 40, 40, "story"),
        # The size of a group is counted by the group: a patrol, not four men.
        ("Gunmen ambushed a four-man patrol at dawn.", "count", 4, 4, "patrol"),
        ("A 62-year-old man was arrested.", "count", 62, 62, "age"),
        ("The pilot, 67, radioed the tower.", "count", 67, 67, "age"),
        ("Police said the driver, 34, was unhurt.", "count", 34, 34, "age"),
        ("The appeal has surpassed 55,000 dollars.", "money", 55000, math.inf, ""),
        ("By Saturday the video had topped 24 million views.", "count", 24e6, math.inf, "view"),
        ("Tariffs of 50% were imposed.", "percent", 50, 50, ""),
        ("Prices rose 4.5 percent in May.", "percent", 4.5, 4.5, ""),
        ("The storm moved 12 km inland.", "measure", 12, 12, ""),
    ],
)
def test_quantities_read_value_interval_and_counted_noun(text, kind, low, high, head):
    quantity = only(text)
    assert (quantity.kind, quantity.low, quantity.high, quantity.head) == (kind, low, high, head)


def test_an_age_closing_a_list_of_people_is_an_age_and_a_day_before_a_number_is_not_a_person():
    # The full stop after the last age ends it as a comma would.
    ages = extract_quantities("The crew were named as Captain Ivo Marek, 51, and his co-pilot Lena Holt, 29.")
    assert [(q.text, q.head) for q in ages] == [("51", "age"), ("29", "age")]
    assert [q.head for q in extract_quantities("The count ended on Sunday, 20.")] == [""]


@pytest.mark.parametrize(
    "text, minutes, unit",
    [
        ("The alarm sounded at 9:10 a.m. sharp.", 9 * 60 + 10, ""),
        ("The alarm sounded at 5:54 p.m. sharp.", 17 * 60 + 54, ""),
        ("Talks began at 0710 GMT on Monday.", 7 * 60 + 10, "UTC"),
        ("Talks began at 3:10 a.m. EDT on Monday.", 7 * 60 + 10, "UTC"),
        ("Talks began at 11 p.m. PST on Sunday.", 7 * 60, "UTC"),
        ("Talks began at 9 a.m. CST on Monday.", 9 * 60, "CST"),  # Central US or China: not converted
        ("The polls close at 8 pm tonight.", 20 * 60, ""),
        ("They met at noon.", 12 * 60, ""),
        ("Trading paused at 14:30 local time.", 14 * 60 + 30, ""),
    ],
)
def test_quantities_read_clock_times_as_minutes_after_midnight(text, minutes, unit):
    quantity = only(text)
    assert (quantity.kind, quantity.value, quantity.unit) == ("time", minutes, unit)


def test_quantities_conversion_in_parentheses_is_one_amount():
    quantity = only("Canada will provide C$2 billion ($1.47 billion) in new aid.")
    assert quantity.kind == "money" and quantity.unit == "CAD" and quantity.value == 2e9
    assert quantity.alternatives == (("USD", 1.47e9, 1.47e9),)
    # The currency's letters after the sign, as Australian papers write it, and the local
    # dollars in brackets: one amount.
    quantity = only("Washington has offered a $US10 million ($11.84 million) reward for his capture.")
    assert (quantity.unit, quantity.value) == ("USD", 1e7)
    assert only("The bridge cost $A1.5 billion.").unit == "AUD"


@pytest.mark.parametrize(
    "text",
    [
        "The report was released on April 30.",
        "On 17 June the leaders met.",
        "In 2024, the leaders signed a treaty.",
        "A Boeing 737 landed safely.",
        "The G7 and the G20 met; COVID-19 was not discussed.",
        # Numbers inside names and addresses.
        "Page Six reported the rumour first.",
        "The magazine moved to One World Trade Center.",
        "The firm leased space at 1 World Trade Center.",
        "No 10 declined to comment.",
    ],
)
def test_quantities_ignore_dates_years_and_identifiers(text):
    assert extract_quantities(text) == []


def test_people_counted_right_after_the_place_they_were_in_are_a_count_not_a_name():
    girls = extract_quantities("Last year in Sarajevo 31 underage girls became pregnant.")
    assert [(q.text, q.head) for q in girls] == [("31", "girl")]
    assert [(q.text, q.head) for q in extract_quantities("In Gaza 200 people died overnight.")] == [("200", "person")]
    # A name with a number stays a name, after a place or not.
    assert extract_quantities("Airlines in Europe grounded the Boeing 737 fleet.") == []


@pytest.mark.parametrize("text, value", [("Six people died in the fire.", 6), ("Police arrested 12 Democrats on Main Street.", 12)])
def test_quantities_still_read_counts_beside_names(text, value):
    assert only(text).low == value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.:$%()-apmAPMthsndkmGMTabout more than C€£")), max_size=80))
def test_quantities_spans_always_match_text(text):
    for quantity in extract_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.low <= quantity.high


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_quantities_never_raise_on_arbitrary_text(text):
    extract_quantities(text)


def test_an_abbreviation_with_full_stops_is_no_end_of_the_counted_noun():
    [soldiers] = extract_quantities("Some 12 U.S. soldiers were hurt in the attack.")
    assert soldiers.head == "soldier"
    [_, dollars] = extract_quantities("The minimum wage is now 76.4 kroner (7.60 U.S. dollars) an hour.")
    assert dollars.head == "dollar"
