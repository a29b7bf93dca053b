"""Forms of wording the comparators must read alike or apart: tolls given as "at least",
floors and storeys, units that need converting, refusals, places of one event, dates of
statements against dates of events, names that contain "Today", tolls of two events, and
negations that share only a noun. Every sentence here is written for these tests."""

import datetime as dt

import pytest

from consistency.dates import extract_dates
from consistency.quantities import extract_quantities
from tests.conftest import run_comparator

#: A Wednesday; weekdays in the sentences below resolve against it.
PUBLISHED = ("2025-06-18", "2025-06-18")


def compare(kind, text_a, text_b, similarity=0.8, published=("", "")):
    return run_comparator(kind, text_a, text_b, similarity, published=published)


# 1. Tolls given as "at least N" by two outlets are each outlet's count.


@pytest.mark.parametrize(
    "text_a, text_b, values",
    [
        ("The landslide left at least four dead in the hill village.",
         "The landslide left at least five dead in the hill village, rescuers said.", ("four", "five")),
        ("At least 12 people were injured when the stand collapsed.",
         "At least 19 people were hurt when the stand collapsed.", ("12", "19")),
        ("At least 30 people died in the ferry fire.", "The ferry fire killed at least 41 people.", ("30", "41")),
    ],
)
def test_number_at_least_tolls_that_differ_conflict(text_a, text_b, values):
    [finding] = compare("number", text_a, text_b)
    assert (finding.a_value, finding.b_value) == values
    assert finding.severity == "medium"
    assert "at least" in finding.explanation.lower()


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The landslide left at least four dead.", "The landslide left at least four dead, rescuers said."),
        ("More than 140 firefighters were sent to the depot.", "The city sent 150 firefighters to the depot."),
        # "more than 90" is a round figure under the count, not the count itself
        ("The blast killed more than 90 people.", "At least 93 people died in the blast."),
        ("The blast killed at least 93 people and left 40 injured.", "At least 93 people died in the blast."),
    ],
)
def test_number_at_least_tolls_that_can_agree_do_not_conflict(text_a, text_b):
    assert compare("number", text_a, text_b) == []


@pytest.mark.parametrize(
    "text_a, text_b, values",
    [
        ("The landslide left at least four dead.", "The landslide left five dead.", ("four", "five")),
        ("The tanker blast killed at least 102 people, television reported.",
         "Officials said 118 people had died in the tanker blast.", ("102", "118")),
    ],
)
def test_number_a_toll_floor_against_a_count_a_little_above_it_conflicts(text_a, text_b, values):
    # Two reports' tolls: a reader of both sees two figures for one toll (eval-real/GUIDE.md).
    [finding] = compare("number", text_a, text_b)
    assert (finding.a_value, finding.b_value) == values


def test_number_a_toll_floor_against_a_count_far_above_it_is_another_toll():
    text_a = "The tanker blast killed at least 23 people, police said."
    text_b = "Rebels said 128 people have died since Sunday in the raids on their villages."
    assert compare("number", text_a, text_b, similarity=0.45) == []


@pytest.mark.parametrize(
    "text_a, text_b, values",
    [
        # A total and its parts against parts told as more of them: the first volleys differ.
        ("Eleven shots are heard on the tape: first seven, then after a pause four.",
         "Six shots ring out, then after a short pause four more.", [("seven", "Six")]),
        # Two totals, each with its parts: the totals differ, and so do the first volleys.
        ("The gunman fired 11 shots: seven, a pause, then four.", "Witnesses heard 12 shots: eight, a pause, then four.",
         [("11", "12"), ("seven", "eight")]),
        # A total against a total given alone.
        ("At least 40 people were killed, 30 soldiers and 10 civilians.", "The attack killed 45 people.", [("40", "45")]),
    ],
)
def test_number_compares_a_total_with_a_total_and_a_part_with_a_part(text_a, text_b, values):
    assert [(f.a_value, f.b_value) for f in compare("number", text_a, text_b)] == values


def test_number_a_part_of_a_running_total_told_as_one_blasts_toll_is_that_toll():
    text_a = "Police are hunting three suspects in the series of bombings that has killed more than 200 people, including 118 in the market blast."
    text_b = "The market blast killed 102 people, television reported."
    assert [(f.a_value, f.b_value) for f in compare("number", text_a, text_b, similarity=0.6)] == [("118", "102")]


@pytest.mark.parametrize(
    "text_b, values",
    [
        ("About 450,000 union members, mostly in private firms, struck to oppose the contract.", [("550,000", "450,000")]),
        ("The walkout by 450,000 employees has closed ports and airports.", [("550,000", "450,000")]),
        # Locked out, not on strike: another group of workers.
        ("Employers locked out 60,000 shop workers on Tuesday.", []),
    ],
)
def test_number_strikers_counted_as_workers_members_or_employees_are_one_group(text_b, values):
    text_a = "The strike by 550,000 workers began last Monday after the unions rejected the offer."
    assert [(f.a_value, f.b_value) for f in compare("number", text_a, text_b, similarity=0.6)] == values


@pytest.mark.parametrize(
    "text_a, values",
    [
        # Idled by a strike and struck: the two sentences share no word around the counts.
        ("Talks on ending the week-old walkout that has idled some 550,000 workers went nowhere.", [("550,000", "450,000")]),
        # Idled by a lock-out: no strike is told of, so no group of strikers.
        ("A lock-out has idled some 550,000 workers at the ports.", []),
    ],
)
def test_number_a_workforce_on_strike_is_one_group_however_the_sentences_word_it(text_a, values):
    text_b = "About 450,000 union members, mostly in private firms, struck to oppose the contract."
    assert [(f.a_value, f.b_value) for f in compare("number", text_a, text_b, similarity=0.45)] == values


def test_number_a_part_of_a_running_total_told_as_one_blasts_toll_is_no_list_of_tolls():
    # "more than 200 ... including 118 in the market blast" names one toll; the running total
    # beside it does not make the 118 one of several counts.
    text_a = "The diggers have recovered 112 bodies from the rubble of the market, the agency said."
    text_b = "Police are hunting three suspects in the bombings in which more than 200 people have died, including 118 in the market blast."
    assert [(f.a_value, f.b_value) for f in compare("number", text_a, text_b, similarity=0.4)] == [("112", "118")]


@pytest.mark.parametrize(
    "text_b, values",
    [
        ("Four people suspected of links to the bombing have been detained, police said.", [("two", "Four")]),
        ("Four men accused of planning the bombing were detained at the border.", [("two", "Four")]),
        # People held after the blast are not said to be suspects.
        ("Four people were hurt in the bombing and are in hospital, police said.", []),
    ],
)
def test_number_people_suspected_of_a_crime_are_counted_as_suspects(text_b, values):
    text_a = "Police said two suspects in the bombing had been arrested."
    assert [(f.a_value, f.b_value) for f in compare("number", text_a, text_b, similarity=0.5)] == values


def test_number_a_date_before_a_relative_clause_dates_its_count():
    # "that killed" goes on describing the bombings of 2010: their toll is no toll of 2013.
    text_a = "The group carried out twin bombings in the capital, on July 11, 2010, that killed more than 70 people."
    text_b = "The group was behind the siege of the shopping centre, in September 2013, in which 67 people were killed."
    assert compare("number", text_a, text_b, similarity=0.6, published=("2014-09-05", "2014-09-05")) == []


@pytest.mark.parametrize(
    "text_a, values",
    [
        # Two years: the league's last expansion and a coming one.
        ("The last two expansion teams joined the league in 2000, paying $80 million each.", []),
        # A year long before the report: background.
        ("Two teams joined the league in 1998 after a long campaign.", []),
        # No year: this report's count.
        ("Two teams will join the league, the commissioner said.", [("Two", "four")]),
    ],
)
def test_number_counts_dated_to_different_years_are_two_facts(text_a, values):
    text_b = "The league will add four teams in 2017, its commissioner said."
    found = compare("number", text_a, text_b, similarity=0.6, published=("2014-12-01", "2014-12-01"))
    assert [(f.a_value, f.b_value) for f in found] == values


def test_number_a_day_before_the_clause_a_toll_opens_is_not_the_tolls_day():
    # The day is when the stations were searched; the deaths came before it, in Monday's blast.
    text_a = "Police searched stations across the country today after at least 118 people died in a suspected bomb blast."
    text_b = "Earlier, officials said 121 people had perished in Monday's blast."
    [finding] = compare("number", text_a, text_b, similarity=0.6, published=PUBLISHED)
    assert (finding.a_value, finding.b_value) == ("118", "121")


# 2. Floors by their number, whatever verb goes with them.


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The light aircraft slammed into the 14th floor of the hotel.", "The fire broke out on the 13th floor of the hotel."),
        ("A drone hit the apartment block's 14th floor before dawn.", "Flames spread from the 13th floor minutes later."),
        ("The blaze started on the 13th-floor landing.", "The van's driver was trapped on the 14th floor."),
        ("Smoke poured from the fourth deck of the cruise ship.", "Passengers fled the third deck as the fire spread."),
    ],
)
def test_number_floor_ordinals_conflict_when_the_verbs_differ(text_a, text_b):
    [finding] = compare("number", text_a, text_b, similarity=0.3)
    assert finding.kind == "number"


def test_number_ordinal_reads_the_noun_it_numbers_not_what_follows():
    [quantity] = [q for q in extract_quantities("Flames spread from the 13th floor minutes later.") if q.kind == "ordinal"]
    assert quantity.head == "floor"
    [quantity] = extract_quantities("The blaze started on the 13th-storey landing.")
    assert quantity.head == "floor"


# 3. The height of one building, in storeys, stories or floors.


@pytest.mark.parametrize(
    "text_a, text_b, values",
    [
        ("Crews fought the fire in a 41-storey tower near the harbour.", "The tower near the harbour is 44 floors high.", {"41", "44"}),
        ("Crews fought the fire in a 41-storey tower near the harbour.", "Crews fought the fire in a 44-story building near the harbour.",
         {"41", "44"}),
        ("The harbour tower has 44 floors.", "The harbour tower, a 41-floor block, was evacuated.", {"41", "44"}),
        ("A blast tore apart a nine-story apartment building near the harbour.",
         "The blast flattened the eight-storey block near the harbour.", {"nine", "eight"}),
    ],
)
def test_number_building_heights_in_storeys_and_floors_conflict(text_a, text_b, values):
    [finding] = compare("number", text_a, text_b)
    assert {finding.a_value.split("-")[0][:5], finding.b_value.split("-")[0][:5]} == values


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("Crews fought the fire in a 41-storey tower.", "The tower is 41 floors tall."),
        ("Crews fought the fire in a 41-storey tower.", "The fire spread across five floors of the tower."),
    ],
)
def test_number_building_heights_agree_and_are_not_floors_on_fire(text_a, text_b):
    assert compare("number", text_a, text_b) == []


# 4. Measures in different units, converted before they are compared.


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The storm dropped 10 inches of rain on the valley.", "The storm dropped 50 centimetres of rain on the valley."),
        ("The wave was 30 feet high when it hit the pier.", "The wave was 20 metres high when it hit the pier."),
        ("The convoy travelled 60 miles to the border.", "The convoy travelled 60 km to the border."),
        ("Customs seized 200 pounds of cocaine at the port.", "Customs seized 200 kilograms of cocaine at the port."),
        ("Gusts reached 100 miles per hour on the coast.", "Gusts reached 100 km/h on the coast."),
        ("The dam released 5 million cubic metres of water.", "The dam released 5 million gallons of water."),
        ("The fire burned 40 square kilometres of forest.", "The fire burned 40 square miles of forest."),
    ],
)
def test_number_measures_that_differ_once_converted_conflict(text_a, text_b):
    [finding] = compare("number", text_a, text_b)
    assert finding.kind == "number"


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The storm dropped 10 inches of rain on the valley.", "The storm dropped 25 centimetres of rain on the valley."),
        ("The storm dropped 10 inches of rain on the valley.", "The storm dropped 254 mm of rain on the valley."),
        ("The wave was 30 feet high when it hit the pier.", "The wave was 9 metres high when it hit the pier."),
        ("The convoy travelled 60 miles to the border.", "The convoy travelled 97 kilometres to the border."),
        ("Customs seized 200 pounds of cocaine at the port.", "Customs seized 90 kg of cocaine at the port."),
        ("The suspect weighed about 200 pounds, police said.", "The suspect weighed about 90 kilos, police said."),
        ("It was minus 4 degrees Fahrenheit at dawn.", "It was minus 20 degrees Celsius at dawn."),
        ("Gusts reached 100 miles per hour on the coast.", "Gusts reached 160 km/h on the coast."),
        ("The dam released 1 million cubic metres of water.", "The dam released 264 million gallons of water."),
        ("The fire burned 40 square kilometres of forest.", "The fire burned 4,000 hectares of forest."),
    ],
)
def test_number_measures_that_match_once_converted_do_not_conflict(text_a, text_b):
    assert compare("number", text_a, text_b) == []


def test_number_two_areas_alone_in_sentences_that_say_one_thing_are_one_area_whatever_their_words():
    [finding] = compare("number", "The spill also has contaminated an estimated 10,000 acres of agricultural land.",
                        "A local farmers' association says some 15,000 acres of croplands have been affected.", similarity=0.67)
    assert (finding.a_value, finding.b_value) == ("10,000 acres", "15,000 acres")
    # Lengths are of everything in a story: a crab's size and another crab's are not one.
    assert compare("number", "The biggest known crab species can measure more than 12ft.",
                   "The picture shows a crab measuring about 50 feet.", similarity=0.67) == []


def test_pounds_paid_are_money_and_pounds_weighed_are_a_weight():
    [paid] = extract_quantities("The fan paid 200 pounds for the ticket.")
    [weighed] = extract_quantities("The parcel weighed 200 pounds.")
    assert (paid.kind, paid.unit) == ("money", "GBP")
    assert (weighed.kind, weighed.unit) == ("measure", "lb")


# 5. "refused to resign" denies "resigned".


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The party chairman resigned on Friday.", "The party chairman refused to resign on Friday."),
        ("The ferry company declined to cancel the evening crossings.", "The ferry company cancelled the evening crossings."),
    ],
)
def test_negation_refusing_what_the_other_says_was_done_conflicts(text_a, text_b):
    [finding] = compare("negation", text_a, text_b)
    assert finding.severity == "medium"


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("A ministry spokeswoman declined to comment on the arrests.", "A ministry spokeswoman commented on the arrests."),
        ("The club declined to say how much it paid.", "The club said it paid a record fee."),
        ("Grain exports declined to 40 tonnes last month.", "Grain exports rose to 40 tonnes last month."),
    ],
)
def test_negation_declining_to_speak_or_a_falling_number_is_not_a_refusal(text_a, text_b):
    assert compare("negation", text_a, text_b) == []


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        # the act done contradicts a refusal; the act mentioned otherwise does not
        ("Some passengers refused to sit next to the crew.", "Passengers complained about sitting next to the crew."),
        ("The editor refused to show up in her office.", "Staff moved into the new offices in May."),
    ],
)
def test_negation_refusal_needs_the_act_done_in_the_other_sentence(text_a, text_b):
    assert compare("negation", text_a, text_b) == []


def test_negation_refusal_counts_only_between_close_sentences():
    a, b = "The party chairman resigned on Friday.", "The party chairman refused to resign on Friday."
    assert compare("negation", a, b, similarity=0.4) == []


@pytest.mark.parametrize(
    "text_a, values",
    [
        ("Scientists said the crater may or may not have been made by a meteorite.", []),
        ("Whether or not a meteorite made the crater, the villagers were frightened.", []),
        ("Scientists said the crater was not made by a meteorite.", [("not made by a meteorite", "meteorite")]),
    ],
)
def test_negation_left_open_both_ways_denies_nothing(text_a, values):
    text_b = "The crater was made by a meteorite that struck the village at night."
    assert [(f.a_value, f.b_value) for f in compare("negation", text_a, text_b)] == values


@pytest.mark.parametrize(
    "text_a, values",
    [
        ("Reporters spent days on a rescue panel that never existed.", []),
        ("Fire Chief Orla Denning doesn't exist, the council said.", []),
        ("A rescue panel led by Fire Chief Orla Denning met on Monday.", [("no rescue panel", "rescue")]),
    ],
)
def test_negation_a_thing_the_other_sentence_says_never_existed_is_denied_in_both(text_a, values):
    text_b = "There was no rescue panel led by Fire Chief Orla Denning, the council said."
    assert [(f.b_value, f.a_value) for f in compare("negation", text_a, text_b)] == values


@pytest.mark.parametrize(
    "text_b, values",
    [
        # The effect alone: nobody said the blast caused it.
        ("The meteorite caused a crater 12 metres wide.", []),
        ("Two villagers were hurt when their roof collapsed.", []),
        # The cause and the effect together.
        ("The meteorite caused injuries to two villagers.", [("not cause", "caused")]),
    ],
)
def test_negation_a_denied_cause_is_contradicted_only_by_that_cause_of_that_effect(text_b, values):
    text_a = "Officials said the meteorite did not cause any injuries."
    assert [(f.a_value, f.b_value) for f in compare("negation", text_a, text_b)] == values


# 6. The place of one event.


def test_entity_a_different_place_for_the_same_event_conflicts():
    [finding] = compare("entity", "The trade summit will be held in Hamburg next spring.",
                        "The trade summit will be held in Lyon next spring.")
    assert (finding.a_value, finding.b_value) == ("Hamburg", "Lyon")


@pytest.mark.parametrize(
    "text_a, text_b, values",
    [
        ("The trade summit will be held in Hamburg next spring.", "The trade summit will take place in Lyon next spring.",
         ("Hamburg", "Lyon")),
        ("The freight train was bound for Chicago when it derailed.", "The freight train was heading to Denver when it derailed.",
         ("Chicago", "Denver")),
        ("The ferry was en route to Tampa when the fire broke out.", "The fire broke out as the ferry sailed for Havana.",
         ("Tampa", "Havana")),
        ("The freight train was travelling from Boston to New York when it derailed.",
         "The freight train, bound for Washington, derailed outside Boston.", ("New York", "Washington")),
        ("The small plane had taken off from Lugano shortly before it crashed.",
         "The small plane took off from Locarno shortly before it crashed.", ("Lugano", "Locarno")),
        ("The ferry departed from Dover an hour before the fire.", "The ferry departed Calais an hour before the fire.",
         ("Dover", "Calais")),
    ],
)
def test_entity_a_venue_or_a_destination_in_other_words_is_still_one_role(text_a, text_b, values):
    [finding] = compare("entity", text_a, text_b)
    assert (finding.a_value, finding.b_value) == values


def test_entity_a_destination_is_not_an_origin():
    assert compare("entity", "The ferry was en route to Tampa when the fire broke out.",
                   "The ferry from Havana caught fire on its way to port.") == []
    assert compare("entity", "The ferry was en route to Tampa when the fire broke out.",
                   "The ferry had departed from Havana when the fire broke out.") == []


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("Clinics in Hamburg have reported similar attacks.", "Patients were sent to clinics in Lyon instead."),
        ("The minister said in Hamburg that talks would resume.", "The minister said in Lyon that talks would resume."),
        ("The envoy warned about the situation in the Balkans.", "The envoy warned about the situation in Serbia."),
        ("Two soldiers were killed in a U.S. drone strike.", "Two soldiers were killed in an American drone strike."),
        ("Smugglers were arrested at the Southwest border.", "Smugglers were arrested at the Mexican border."),
    ],
)
def test_entity_places_not_named_as_the_place_of_one_event_do_not_conflict(text_a, text_b):
    assert compare("entity", text_a, text_b) == []


# 7. The day something was said is not the day it happened.


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("Officials said Tuesday that the gunman had acted alone.", "The gunman, who was shot dead on Monday, had acted alone."),
        ("We reported on Monday that the blast had damaged the quay.", "The blast on Sunday damaged the quay."),
        ("Police on Tuesday confirmed that the driver had fled.", "The driver fled the scene on Sunday."),
        ("The blast damaged the quay on Sunday, harbour officials told reporters on Monday.", "The blast damaged the quay on Sunday."),
    ],
)
def test_date_of_a_statement_is_not_compared_with_the_date_of_the_event(text_a, text_b):
    assert compare("date", text_a, text_b, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text, reporting",
    [
        ("Officials said Tuesday that the gunman had acted alone.", True),
        ("The mayor told reporters on Monday that the quay would reopen.", True),
        ("Police on Tuesday confirmed that the driver had fled.", True),
        ("On Monday, the ministry said nine people had died.", True),
        ("The ministry on Tuesday put the final death toll at 118.", True),
        ("Rescuers on Monday raised the toll from the landslide to 40.", True),
        ("The chain reported a 9 per cent rise in quarterly sales on Tuesday.", True),
        ("Rebels have not answered the government's announcement Thursday of a truce.", True),
        ("Officials said Monday's blast had damaged the quay.", False),  # the day of the blast
        ("The blast damaged the quay on Sunday, officials said.", False),
        ("Police reported the crash on Sunday.", False),  # the crash may be what is dated
    ],
)
def test_dates_attached_to_a_reporting_verb_date_the_report(text, reporting):
    [mention] = extract_dates(text, dt.date(2025, 6, 18))
    assert mention.reporting is reporting


def test_dates_of_two_statements_are_still_compared():
    [finding] = compare("date", "Officials said Tuesday that the gunman had acted alone.",
                        "Officials said Monday that the gunman had acted alone.", published=PUBLISHED)
    assert (finding.a_value, finding.b_value) == ("Tuesday", "Monday")


def test_dates_of_two_events_are_still_compared_when_one_sentence_also_dates_a_statement():
    [finding] = compare("date", "Police said on Tuesday that the driver fled the scene on Sunday.",
                        "The driver fled the scene on Monday.", published=PUBLISHED)
    assert (finding.a_value, finding.b_value) == ("Sunday", "Monday")


# 8. "Today" inside a name.


@pytest.mark.parametrize(
    "text",
    [
        "The Today Honduras site said the protest was peaceful.",
        "She told the Today programme that the plan would go ahead.",
        "A columnist for USA Today said the vote was close.",
        "The Sunday Courier ran the letter in full.",
    ],
)
def test_dates_ignore_today_inside_a_name(text):
    assert [m.text for m in extract_dates(text, dt.date(2025, 6, 18))] == []


def test_dates_read_today_opening_a_sentence():
    [mention] = extract_dates("Today, the council said the bridge would reopen.", dt.date(2025, 6, 18))
    assert mention.first == dt.date(2025, 6, 18)


def test_date_comparator_ignores_a_name_with_today_in_it():
    assert compare("date", "The Today Honduras site said the protest was peaceful.",
                   "The protest on Monday was peaceful, witnesses said.", published=PUBLISHED) == []


# 9. Tolls of two events, told apart by their days.


@pytest.mark.parametrize("published", [PUBLISHED, ("", "")])
def test_number_tolls_of_events_on_different_days_are_not_compared(published):
    a, b = "The toll rose to 92 dead in Thursday's bombing.", "The toll rose to 118 in Monday's bombing."
    assert compare("number", a, b, published=published) == []
    assert compare("date", a, b, published=published) == []


def test_number_tolls_of_one_day_still_conflict():
    [finding] = compare("number", "The toll rose to 92 dead in Monday's bombing.",
                        "The toll rose to 118 in Monday's bombing.", published=PUBLISHED)
    assert (finding.a_value, finding.b_value) == ("92", "118")


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The flood of last week left 31 dead in the river towns.",
         "The river towns are mourning at least 34 victims of last week's flood."),
        ("Divers had recovered 27 bodies from the ferry by nightfall.",
         "The ferry sinking killed 29 people, officials said."),
    ],
)
def test_number_tolls_told_by_bodies_or_victims_conflict_with_the_dead(text_a, text_b):
    [finding] = compare("number", text_a, text_b, similarity=0.45)
    assert finding.kind == "number"


def test_number_victims_of_an_injury_are_not_the_dead():
    assert compare("number", "The gas leak left 31 dead in the mine.",
                   "Doctors treated 45 victims who were injured by the gas leak.", similarity=0.45) == []


def test_number_a_count_within_a_loose_figure_about_something_else_still_conflicts():
    # 27 falls within "nearly 30" (those buried), which must not hide "at least 28" (the dead).
    [finding] = compare(
        "number", "The collapse last Friday killed 27 people.",
        "Rescuers dug for nearly 30 people buried in the rubble as the town mourned at least 28 dead from last Friday's collapse.",
        similarity=0.45,
    )
    assert (finding.a_value, finding.b_value) == ("27", "28")


def test_number_a_sentence_repeating_the_other_value_and_adding_one_has_no_conflict():
    assert compare("number", "The storm killed 12 people on the coast.",
                   "Twelve people lost their lives in the storm and 15 others were hurt.", similarity=0.45) == []


@pytest.mark.parametrize(
    "text_a, text_b, expected",
    [
        ("The strike has idled some 550,000 workers.", "About 450,000 workers are on strike.", ("550,000", "450,000")),
        ("About 300 homes were flooded.", "Roughly 360 homes were flooded.", ("300", "360")),
        ("About 300 homes were flooded.", "Some 320 homes were flooded.", None),
    ],
)
def test_number_two_estimates_conflict_only_when_more_than_a_tenth_apart(text_a, text_b, expected):
    findings = compare("number", text_a, text_b)
    assert [(f.a_value, f.b_value) for f in findings] == ([expected] if expected else [])


#: A Tuesday.
TUESDAY = ("2025-06-17", "2025-06-17")


@pytest.mark.parametrize(
    "earlier_blast",
    [
        "The town is still mourning the 29 victims of last Wednesday's blast at the market.",
        "The bomber fled after the first blast last Wednesday, which killed 29 people.",
        "The town is still shocked by the earlier bombings -- at a market hall last Wednesday that left at least 29 dead.",
    ],
)
def test_number_a_toll_of_an_earlier_blast_is_not_the_undated_toll_of_this_one(earlier_blast):
    this_blast = "The blast that destroyed the depot killed at least 41 people, officials said."
    assert compare("number", this_blast, earlier_blast, similarity=0.5, published=TUESDAY) == []


def test_number_two_tolls_of_the_same_earlier_blast_still_conflict():
    [finding] = compare("number", "The earlier blast last Wednesday killed 27 people at the market.",
                        "The town is still mourning the 29 victims of last Wednesday's blast at the market.",
                        similarity=0.5, published=TUESDAY)
    assert (finding.a_value, finding.b_value) == ("27", "29")


def test_number_that_blast_is_the_one_the_sentence_before_names():
    earlier = ("Police showed a sketch of the man who rented the depot destroyed on Monday and the market "
               "stall that was blown up last Wednesday. At least 29 people died in that blast.")
    [finding] = run_comparator("number", "The earlier bombing last Wednesday killed 27 people at the market.",
                               "At least 29 people died in that blast.", 0.5, published=TUESDAY, articles=("", earlier))
    assert (finding.a_value, finding.b_value) == ("27", "29")


def test_number_a_toll_of_an_earlier_blast_is_not_a_count_told_of_a_later_day():
    assert compare("number", "An earlier bombing last Wednesday, which killed 27, had held the record.",
                   "By today, rescuers had removed 41 bodies from the depot, the ministry said.",
                   similarity=0.45, published=TUESDAY) == []


@pytest.mark.parametrize(
    "toll, bodies, values",
    [
        ("The confirmed death toll has already reached 49, officials said.",
         "The news agency reported that 112 bodies had been dug out of the wreckage.", ("49", "112")),
        ("The confirmed death toll has already reached 49, officials said.",
         "The bodies of more than 100 people have been pulled from the wreckage.", ("49", "100")),
        # A part of a count ("including 13 children") is not a second count in a list.
        ("Earlier, officials said 121 people had perished in the blast.",
         "By today, rescuers had removed 118 bodies, including 13 children, the ministry said.", ("121", "118")),
    ],
)
def test_number_a_toll_and_the_bodies_recovered_are_one_count_however_worded(toll, bodies, values):
    [finding] = compare("number", toll, bodies, similarity=0.42)
    assert (finding.a_value, finding.b_value) == values


def test_number_a_toll_put_at_a_figure_far_from_its_noun_is_a_toll():
    [finding] = compare("number", "The confirmed death toll has already reached 60, officials said.",
                        "The ministry put the final death toll in the blast that flattened the depot at 118.", similarity=0.4)
    assert (finding.a_value, finding.b_value) == ("60", "118")
    # A figure the toll is only near is not the toll: here 118 are the injured.
    assert compare("number", "The blast killed 60 people, officials said.",
                   "The ministry put the final death toll at 60, with 118 injured.", similarity=0.4) == []


@pytest.mark.parametrize(
    "running_total",
    [
        "The wave of bombings has left more than 200 people dead in two weeks, the mayor said.",
        "Police showed sketches of three suspects in the series of bombings in which more than 200 people have died.",
    ],
)
def test_number_a_total_over_weeks_or_a_series_is_not_the_toll_of_one_blast(running_total):
    assert compare("number", "Officials said 121 people had perished in Monday's blast.", running_total, similarity=0.45) == []


def test_number_a_strike_begun_on_a_past_day_is_still_this_story():
    [finding] = compare("number", "The strike that began last Monday has idled 550,000 workers.",
                        "The walkout by 450,000 workers shows no sign of ending.", similarity=0.5, published=TUESDAY)
    assert (finding.a_value, finding.b_value) == ("550,000", "450,000")


def test_number_an_age_after_a_word_for_the_person_conflicts_with_an_age_before_it():
    [finding] = compare("number", "The pilot, 67, radioed the tower before the crash.",
                        "The 75-year-old pilot radioed the tower before the crash.")
    assert (finding.a_value, finding.b_value) == ("67", "75-year-old")


def test_number_one_specific_noun_ties_two_counts_that_share_no_other_word():
    [finding] = compare("number", "The plane slammed into a 41-storey tower in the city centre.",
                        "The skyscraper, 44 floors high, was evacuated after the crash.", similarity=0.45)
    assert (finding.a_value, finding.b_value) == ("41-storey", "44")
    # A measure names no object: a crater's width and an asteroid's are two things.
    assert compare("number", "The impact left a crater 12 metres wide near the airport.",
                   "The 60-foot-wide asteroid passed far from Earth on Sunday.", similarity=0.45) == []


# 10. A negation needs the same predicate, not only a shared noun.


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The tracks were icy at the time of the collision.", "Investigators had no evidence the collision was deliberate."),
        ("No further details were released by the agency.", "There was no word yet on casualties."),
        ("There was no indication the warehouse fire was arson.", "The warehouse fire destroyed three lorries."),
        ("Engineers found no sign that the bridge was unsafe.", "The bridge carries 40,000 cars a day."),
        ("The eruption did not produce ash clouds.", "The volcano could produce further explosions."),
        ("The council has not received a ransom demand.", "Ransomware shut down the council's payment systems."),
        # A sighting denied, not the thing; how many denied, not whether; one word of a name.
        ("There has been no sign of the kidnapped schoolgirls since April.", "Gunmen kidnapped the schoolgirls in April."),
        ("Not all rebel fighters were aware of the truce, a commander said.", "Rebel fighters attacked two villages after the truce."),
        ("It is not North Korea doing the fabricating, the blogger said.", "The North Korean embassy denied the fabricated report."),
    ],
)
def test_negation_does_not_fire_on_a_shared_noun_alone(text_a, text_b):
    assert compare("negation", text_a, text_b, similarity=0.6) == []


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("Investigators had no evidence the collision was deliberate.", "Police said the collision was deliberate."),
        ("The eruption did not produce ash clouds.", "Ash clouds rose from the crater."),
        ("There is no sign the bakery chain will really be selling beer.",
         "Half of the bakery chain's shops began selling beer last month."),
    ],
)
def test_negation_still_fires_on_the_same_predicate(text_a, text_b):
    [finding] = compare("negation", text_a, text_b, similarity=0.6)
    assert finding.severity == "medium"


# 11. The explanation quotes the two values whole.


def test_negation_explanation_quotes_whole_phrases_without_stray_dashes():
    a = "- Halvorsen Foods hasn't mentioned a refund."
    b = "Halvorsen Foods mentioned a refund for affected shoppers, the regulator said."
    [finding] = compare("negation", a, b)
    assert "'Halvorsen Foods hasn't mentioned a refund'" in finding.explanation
    assert "'Halvorsen Foods mentioned a refund for affected shoppers'" in finding.explanation
    assert "'-" not in finding.explanation


@pytest.mark.parametrize(
    "text, word, quoted",
    [
        ("One of the crew was taken to hospital with minor burns, the railway said.", "hospital",
         "One of the crew was taken to hospital with minor burns"),
        ("The ferry sank -- the operator has not confirmed it.", "not confirmed", "the operator has not confirmed it"),
        ("Police moved 1,200 people from their homes.", "people", "Police moved 1,200 people from their homes"),
        ("The march began at 4 p.m. on Sunday.", "march", "The march began at 4 p.m. on Sunday"),
        ("Diplomats said no joint statement had ever been planned.", "no joint statement",
         "no joint statement had ever been planned"),
    ],
)
def test_explanation_phrases_are_whole_clauses_not_cut_off_fragments(text, word, quoted):
    from consistency.comparators._scope import phrase

    start = text.index(word)
    assert phrase(text, start, start + len(word)) == quoted


def test_number_explanation_quotes_the_qualifier_with_the_amount():
    [finding] = compare("number", "Nearly 200 firefighters were sent to the depot.", "About 120 firefighters were sent to the depot.")
    assert "'Nearly 200 firefighters'" in finding.explanation and "'About 120 firefighters'" in finding.explanation
    assert (finding.a_value, finding.b_value) == ("200", "120")


def test_number_values_of_two_differently_numbered_parts_are_not_compared():
    assert not run_comparator(
        "number",
        "Section 7 of the Calder Bridge carried 412 tonnes during the load test.",
        "During the load test, Section 9 of the Calder Bridge took 480 tonnes.",
        similarity=0.9,
    )


def test_number_values_of_one_numbered_part_conflict():
    found = run_comparator(
        "number",
        "Section 7 of the Calder Bridge carried 412 tonnes during the load test.",
        "During the load test, Section 7 of the Calder Bridge took 480 tonnes.",
        similarity=0.9,
    )
    assert [(f.a_value, f.b_value) for f in found] == [("412 tonnes", "480 tonnes")]


def test_number_the_number_in_a_parts_name_is_no_amount():
    found = run_comparator(
        "number",
        "Block 21 of the estate will stand 39 floors tall.",
        "Block 22 of the estate rises 34 floors above the street.",
        similarity=0.9,
    )
    assert not found


def test_number_a_grouped_amount_after_a_name_is_an_amount_and_a_comma_ends_a_name():
    from consistency.quantities import extract_quantities

    assert [q.text for q in extract_quantities("Ward 1 gave Ines Mervensil 1,627 votes in the election.")][-1] == "1,627"
    assert [q.text for q in extract_quantities("In Zeldun Cross, 280 workers staff the plant.")] == ["280"]
    assert extract_quantities("The plane flew as Flight 302 over the city.") == []


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The election commission said 55.92 percent of voters had cast their ballots.",
         "Final results showed that 59.92 percent of voters said Yes to membership."),
        ("Only 1.2 percent of the slips were invalid, on a turnout of 63.3 percent.",
         "The last poll showed that 66.3 percent of voters back membership."),
        ("More than 64 percent of registered voters cast ballots, exceeding the required 50 percent minimum.",
         "Final results showed that 59.9 percent of voters said Yes and 38.9 percent No."),
        ("The latest poll showed that 66.3 percent of voters back membership.",
         "Final results showed that 69.9 percent of voters said Yes to membership."),
        # How much of the vote was counted is no share of the voters.
        ("With 1,702 of the 1,760 precincts counted, or 97 percent, officials said most voted for membership.",
         "Final results showed that 89.9 percent of voters said Yes to membership."),
        # An opinion poll against the vote, which the other sentence calls a poll too.
        ("The last poll conducted in April showed 13.3 percent opposed membership.",
         "Final results showed 8.9 percent of voters said No in the two-day poll."),
        ("The last poll conducted in April showed 13.3 percent opposed membership.",
         'With most districts counted, officials said 9 percent voted "no."'),
    ],
)
def test_number_a_turnout_a_yes_share_and_a_threshold_are_different_shares_of_one_vote(text_a, text_b):
    assert compare("number", text_a, text_b, similarity=0.6) == []


def test_number_two_figures_for_the_same_share_of_a_vote_conflict():
    [finding] = compare("number", "The election commission said 55.92 percent of voters had cast their ballots.",
                        "Election officials said a turnout of 63.3 percent was recorded.", similarity=0.6)
    assert (finding.a_value, finding.b_value) == ("55.92 percent", "63.3 percent")


# Approximate amounts are as loose as the figures they are written to.


def test_number_two_approximate_tallies_a_step_of_their_figures_apart_conflict():
    [finding] = compare("number", "The dock strike has idled some 550,000 workers across the country.",
                        "The dock strike has idled about 510,000 workers across the country.")
    assert (finding.a_value, finding.b_value) == ("550,000", "510,000")


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The dock strike has idled about 510,000 workers.", "The dock strike has idled about 500,000 workers."),
        ("About 12 people were hurt in the crush.", "Thirteen people were hurt in the crush."),
        ("About 30 people were hurt in the crush.", "Thirty-two people were hurt in the crush."),
    ],
)
def test_number_an_approximate_amount_keeps_what_its_rounding_allows(text_a, text_b):
    assert compare("number", text_a, text_b) == []


def test_negation_of_one_act_does_not_reach_into_the_reason_given_for_it():
    # "No one went to help" denies the help, not the punishment the reason clause names.
    assert compare("negation", "A witness said no one went to help the man because they knew he had been punished.",
                   "Villagers said the beating was punishment for a theft.") == []
    # A participle the cue governs before any reason is still denied.
    [finding] = compare("negation", "No one was hurt in the blast because the hall was empty.",
                        "Three people were hurt in the blast.")
    assert finding.a_value.lower().startswith("no one was hurt")


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        # "Allowed" passes a denial on to an infinitive, not to a place named after it.
        ("Women are not allowed at the table.", "Eleven men will sit at the table for the panel on abuse."),
        # "Plans to separate passengers" denies the separating, not the passengers.
        ("The airline has no plans to separate passengers by sex.", "The airline carried 18 million passengers last year."),
    ],
)
def test_negation_of_a_plan_or_a_leave_denies_its_verb_not_every_noun_after_it(text_a, text_b):
    assert compare("negation", text_a, text_b) == []


def test_negation_of_a_plan_still_meets_the_plan_carried_out():
    [finding] = compare("negation", "The airline has no plans to separate passengers by sex.",
                        "The airline now separates passengers by sex on its flights.")
    assert finding.b_value == "separates"


def test_neither_nor_denies_what_the_named_alternatives_did_not_do():
    # "Neither Bale nor DiCaprio had begun talks" says nothing against "Bale left the film".
    assert compare("negation", "The trade paper noted that neither Bale nor DiCaprio had begun talks with the studio.",
                   "Bale has left the film, the trade paper said.") == []
    # Against talks said to have begun, it is a denial.
    [finding] = compare("negation", "The trade paper noted that neither Bale nor DiCaprio had begun talks with the studio.",
                        "Bale began talks with the studio last week, the trade paper said.")
    assert finding.b_value == "talks"


def test_not_knowing_something_is_no_denial_of_an_event():
    assert compare("negation", "The pupils went on the trip not knowing the risks, a doctor said.",
                   "Parents are demanding to know why the teachers did not stop them.") == []
    assert compare("negation", "The mayor said he did not think the bridge would reopen soon.",
                   "The council thinks the bridge will reopen in May.") == []


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        # A denial about others than those the other sentence counts.
        ("If they catch five or ten of them, you know there are going to be dozens more that did not get caught by the patrol.",
         "The congressman said border officials have caught at least ten fighters trying to cross."),
        # A noun after an article is no light verb: "an issue" passes nothing on to "men".
        ("Domestic abuse is not an issue that men at the league seem able to address.",
         "Up to 11 men will sit at the table for the discussion on abuse."),
        # What could happen is no account of what has not happened.
        ("The town has not hosted the race since 1995.", "Officials said the town could host the race again next year."),
    ],
)
def test_negation_of_others_of_a_noun_or_of_the_past_meets_no_such_sentence(text_a, text_b):
    assert compare("negation", text_a, text_b) == []


def test_negation_of_the_past_still_meets_a_claim_that_it_may_have_happened():
    [finding] = compare("negation", "Police said the car has not been stolen.", "Reports said thieves may have stolen the car.")
    assert finding.b_value == "stolen"


def test_anniversaries_of_two_events_are_no_conflict():
    assert compare("number", "The warnings came ahead of the 13th anniversary of the September 11 attacks.",
                   "The warnings came ahead of the second anniversary of the Benghazi attack.") == []
    # One event's anniversary told two ways is.
    [finding] = compare("number", "Crowds marked the 13th anniversary of the Benghazi attack.",
                        "Crowds marked the 12th anniversary of the Benghazi attack.")
    assert (finding.a_value, finding.b_value) == ("13th", "12th")


def test_a_denial_only_thought_possible_is_no_denial():
    assert compare("negation", "The police say the warehouse fire may not have been arson.",
                   "Investigators said the warehouse fire was arson.") == []
    [finding] = compare("negation", "The police say the warehouse fire was not arson.",
                        "Investigators said the warehouse fire was arson.")
    assert finding.b_value == "arson"


def test_a_thing_denied_to_be_one_of_a_kind_meets_no_remark_about_the_kind():
    assert compare("negation", "Experts said the creature in the photograph was not a lobster.",
                   "Experts said the fear of lobsters fuels such stories.") == []
    [finding] = compare("negation", "Experts said the creature in the photograph was not a lobster.",
                        "The creature in the photograph was a lobster, its finder said.")
    assert finding.b_value == "lobster"


def test_a_negation_inside_a_fear_states_no_outcome():
    assert compare("negation", "Officials voiced concern that not enough voters would turn out for the referendum.",
                   "The referendum drew enough voters to be valid.") == []
    [finding] = compare("negation", "Officials said not enough voters turned out for the referendum.",
                        "The referendum drew enough voters to be valid.")
    assert finding.b_value == "enough"


def test_opposite_outcomes_of_two_things_are_no_conflict():
    assert compare("negation", "The dockers' unions have rejected a pay offer from the port authority.",
                   "The regional assembly approved a law to end the strike at the port.") == []
    [finding] = compare("negation", "The regional assembly rejected the port law on Monday.",
                        "The regional assembly approved the port law on Monday.")
    assert {finding.a_value, finding.b_value} == {"rejected", "approved"}
    # A confirmation and a denial are of a claim each sentence words its own way.
    [finding] = compare("negation", "The ministry denied that the detained woman is his wife.",
                        "A source confirmed Saja Dulaimi was arrested in Lebanon.")
    assert {finding.a_value, finding.b_value} == {"denied", "confirmed"}


def test_not_wanting_a_thing_is_a_wish_not_a_denial_of_the_thing():
    assert compare("negation", "Passengers said they did not want the attention.",
                   "The airline is managing the attention from the press.") == []
    assert compare("negation", "The captain does not want to leave the club.",
                   "The captain is leaving the club for Madrid.") == []


def test_a_denial_over_years_since_a_dated_event_denies_no_event_of_the_story():
    assert compare("negation", "The league hasn't expanded since two clubs joined for the 2000-01 season.",
                   "The league expanded in 2000 with the addition of two clubs.") == []
    # Since an event of the story, it still denies what the other sentence reports.
    [finding] = compare("negation", "No one has been arrested since the attack on the depot.",
                        "Police arrested two men after the attack on the depot.")
    assert finding.b_value == "arrested"


def test_a_cleft_denies_a_name_the_act_not_every_mention_of_the_name():
    assert compare("negation", "It's not Norway doing the smuggling, the minister said.",
                   "Norway plans to open a new embassy in the capital.") == []
    [finding] = compare("negation", "It's not Norway doing the smuggling, the minister said.",
                        "Norway is doing the smuggling, the report said.")
    assert finding.b_value.startswith("Norway")


def test_a_denial_about_one_group_meets_no_statement_about_others():
    assert compare("negation", "The ferry company does not employ local sailors as deck crew.",
                   "The ferry company does employ sailors from other islands.") == []
    [finding] = compare("negation", "The ferry company does not employ local sailors as deck crew.",
                        "The ferry company does employ local sailors as deck crew.")
    assert finding.b_value == "employ"


def test_a_negation_inside_a_belief_an_obligation_or_another_lore_states_no_fact_of_the_story():
    assert compare("negation", "The ruling goes against the old doctrine that because rivers have no owners, they can't be sold.",
                   "The council sold the river to a water company.") == []
    assert compare("negation", "The mayor said order has to be kept, and not mob justice.",
                   "A mob meted out justice to the thief in the market.") == []
    assert compare("negation", "In Norse folklore, people don't turn into bears at night.",
                   "The legend says the seventh son turns into a bear at night.") == []
    # A sentence naming the lore's people is not telling that lore.
    assert compare("negation", "(In Norse folklore, people don't turn into bears, and what they were before is never said.)",
                   "The king adopted a young Norse boy to stop him turning into a bear.") == []
    # Framed by the same lore, the two do meet.
    [finding] = compare("negation", "In Norse folklore, people don't turn into bears at night.",
                        "In Norse folklore, people turn into bears at night.")
    assert finding.b_value.lower().startswith("turn")
    [finding] = compare("negation", "In Norse folklore, people don't turn into bears at night.",
                        "An old Norse legend says people turn into bears at night.")
    assert finding.b_value.lower().startswith("turn")


def test_a_word_of_many_senses_alone_does_not_tie_a_denial_to_another_sentence():
    assert compare("negation", "The singer said the timing just wasn't right for a tour.",
                   "He tore up the contract right in front of the promoters.") == []
    # With another word of the clause in common, it does.
    [finding] = compare("negation", "The singer said the timing wasn't right for a tour.",
                        "The singer said the timing was right for a tour.")
    assert finding.b_value == "right"


def test_not_until_says_when_it_happened_not_that_it_did_not():
    assert compare("negation", "The army did not confirm that the commander had been killed until Friday.",
                   "The army confirmed that the commander had been killed.") == []
    # An "until" in another clause leaves the denial whole.
    [finding] = compare("negation", "No one was injured in the blast, and the road stayed shut until noon.",
                        "Three people were injured in the blast.")
    assert finding.b_value == "injured"


def test_neither_denies_only_of_the_things_named_before_it():
    assert compare("negation", "The mayor has two deputies but neither is named Anna Berg.",
                   "The woman, who has been named as Anna Berg, was detained at the border.") == []
    [finding] = compare("negation", "The mayor has two deputies but neither is named Anna Berg.",
                        "Officials said Anna Berg is one of the mayor's deputies and was named by him.")
    assert finding.b_value.lower().startswith(("named", "anna"))


def test_a_word_that_only_names_the_topic_of_experts_is_no_statement_that_the_thing_was_there():
    assert compare("negation", "Rangers said the animal was not a wolf.",
                   "A wolf expert at the county museum said such sightings are common in winter.") == []
    assert compare("negation", "Rangers said the animal was not a wolf.",
                   "Outside wolf researchers later doubted the farmer's photographs.") == []
    [finding] = compare("negation", "Rangers said the animal was not a wolf.",
                        "The farmer said the animal was a wolf.")
    assert finding.b_value.lower() == "wolf"


def test_a_line_of_names_alone_is_no_statement_a_denial_meets():
    assert compare("negation", "It now emerges the woman in the footage isn't Clara Voss, but a nurse from another town.",
                   "REX Clara Voss") == []


def test_a_confirmation_or_denial_said_not_to_have_come_meets_no_opposite():
    # Withholding a denial is no denial, so it agrees with a confirmation ...
    assert compare("negation", "The player's agent did not deny the club could sell him.",
                   "The club confirmed it had received offers for the player.") == []
    # ... and an agency that has not confirmed a claim agrees with one that denied it.
    assert compare("negation", "No federal agency confirmed the congressman's account of the arrests.",
                   "The interior ministry denied the congressman's account of the arrests.") == []
    [finding] = compare("negation", "The club denied it had received offers for the player.",
                        "The club confirmed it had received offers for the player.")
    assert {finding.a_value, finding.b_value} == {"denied", "confirmed"}


def test_the_verb_that_closes_a_quotation_is_no_act_a_denial_meets():
    assert compare("negation", "We cannot continue to let the river flood the town every spring.",
                   '"The levee is too low and the pumps too old," the mayor continued.') == []


def test_a_denied_seeming_is_a_doubt_not_a_denial_of_an_appearance():
    assert compare("negation", "The minister's car does not appear to have left the capital.",
                   "It was his longest absence since his first public appearance in 2011.") == []
    assert compare("negation", "It doesn't look like the work of vandals.", "The paint looks like the work of pranksters.") == []


def test_going_on_with_ones_point_is_speaking_not_an_act_a_denial_meets():
    assert compare("negation", "We cannot continue to let the river flood the town.",
                   "And continuing his point that the levee is too low, the mayor said the pumps were old.") == []


def test_ordinals_of_different_orders_are_not_compared():
    # A record ("the first to be adopted") and a birth order ("the seventh child") of one boy.
    assert compare("number", "Yair Tawil is the first Jewish person to be adopted by the president.",
                   "The ceremony was held with the family of Yair Tawil, the seventh child of a family from Buenos Aires.") == []
    # One order named two ways still conflicts.
    [finding] = compare("number", "The fire broke out on the 12th floor of the tower.", "The fire broke out on the 14th storey of the tower.")
    assert (finding.a_value, finding.b_value) == ("12th", "14th")


def test_a_sum_paid_to_one_person_is_compared_with_shares_not_with_the_whole_deal():
    share = "The singer tore up a contract that would have paid him about $30 million."
    assert compare("number", share, "The band was about to sign a $80 million contract with the promoter.") == []
    [finding] = compare("number", share, "The contract would have paid the singer and the drummer roughly $34 million apiece.")
    assert (finding.a_value, finding.b_value) == ("$30 million", "$34 million")


def test_what_would_follow_from_a_condition_is_supposed_not_told():
    denial = "His predecessor insisted that dogs did not have souls."
    assert compare("negation", denial,
                   "If the pope did mean that all dogs go to heaven, then the implication is that dogs have a soul.") == []
    # Told after a condition set off by a dash, or plainly, it is told.
    for told in ("If the story is true — the pope said dogs have a soul.", "The pope said dogs have a soul."):
        [finding] = compare("negation", denial, told)
        assert finding.b_value == "soul"


def test_what_is_done_as_a_rule_meets_no_denial_of_it_now():
    ban = "Staff were told they cannot park in the square during the festival."
    assert compare("negation", ban, "The mayor does, in fact, normally allow staff to park in the square.") == []
    [finding] = compare("negation", ban, "The mayor does allow staff to park in the square during the festival.")
    assert finding.b_value == "park"


def test_a_mention_that_a_clause_doubts_or_denies_agrees_with_a_denial():
    denial = "Geologists say the sinkhole was not caused by the mine."
    for agreeing in (
        "Engineers are skeptical that the sinkhole was caused by the mine.",
        "It is unclear whether the sinkhole was caused by the mine.",
        "The company denied reports claiming the sinkhole was caused by the mine.",
        "Early reports that the mine caused the sinkhole have since been denied by the company.",
        "Rumours that the sinkhole was caused by the mine proved to be untrue.",
        'A geologist said it was "almost impossible" that the sinkhole was caused by the mine.',
    ):
        assert compare("negation", denial, agreeing) == [], agreeing
    # Said plainly, it still meets the denial.
    [finding] = compare("negation", denial, "Residents said the sinkhole was caused by the mine.")
    assert finding.b_value == "caused"


def test_an_age_given_after_the_word_age_is_not_a_count_of_people():
    assert compare("number", "One of the hostages is an aid worker, age 26, from Denver.",
                   "As many as a dozen aid workers may be held by the group.") == []
    # Two ages still conflict.
    [finding] = compare("number", "The hostage is an aid worker, age 26, from Denver.", "The hostage is an aid worker, age 29, from Denver.")
    assert (finding.a_value, finding.b_value) == ("26", "29")


def test_a_mention_held_unlikely_or_impossible_agrees_with_a_denial():
    assert compare("negation", "Geologists say the sinkhole was not caused by the mine.",
                   "An engineer said it was almost impossible for the sinkhole to have been caused by the mine.") == []


def test_a_sentence_telling_of_the_withdrawal_agrees_with_the_denial():
    denial = "The singer will not be headlining the festival after all."
    for told in ("Though the singer was in final talks to headline the festival, she has decided to pass on the offer.",
                 "The singer was rumoured to headline the festival but decided she wasn't right for the slot.",
                 "Scratch the singer off the list of acts supposed to headline the festival."):
        assert compare("negation", denial, told) == [], told
    # Someone else's withdrawal, told as the cause, is not hers; nor is being right for it.
    for told in ("The singer is back in line to headline the festival after the band backed out.",
                 "The singer is right for the slot and will headline the festival."):
        [finding] = compare("negation", denial, told)
        assert finding.b_value.startswith("headline"), told


def test_a_negation_set_apart_by_a_speech_tag_or_a_quotation_mark_still_denies():
    denial = "Contrary to published reports, there was no panel on the ban planned for tonight's show."
    assert compare("negation", denial, "There was never, the network says, a panel on the ban planned for tonight.") == []
    assert compare("negation", denial, 'A spokesman said tonight\'s show "was never going to be" a panel on the ban.') == []
    assert compare("negation", "The network confirmed that no such panel on the ban will take place.",
                   'A spokesman told us that talk of the panel on the ban was "false info".') == []
    [finding] = compare("negation", denial, "The network will hold a panel on the ban tonight, a spokesman said.")
    assert finding.b_value == "panel"


def test_no_before_two_words_is_not_met_by_a_sentence_with_only_the_first():
    denial = "Led Zeppelin fans will be disappointed to learn that there’s no reunion tour and a story that appeared in a tabloid is false."
    assert compare("negation", denial, "The drummer played drums with Led Zeppelin for the band’s one-off reunion performance "
                                       "during a tribute concert in 2007.") == []
    [finding] = compare("negation", denial, "The drummer played drums with Led Zeppelin for the band’s reunion tour "
                                            "during a tribute concert in 2007.")
    assert finding.b_value.startswith("reunion")
    # A word before the noun may go unsaid: "no formal expansion" is met by "expansion".
    [finding] = compare("negation", "The league has no formal expansion plan for the city.",
                        "The league will announce an expansion plan for the city.")
    assert "expansion" in finding.b_value


def test_a_confirmation_withheld_some_words_before_agrees_with_a_denial():
    denial = "The ministry denied the congressman's claim that the suspects had been caught at the border."
    for withheld in ('The state police wrote that it "does not have any information to confirm" the suspects were caught.',
                     "No state or federal law enforcement agency confirmed the congressman's account when asked."):
        assert compare("negation", denial, withheld) == [], withheld
    # "Not until" still tells of a confirmation.
    [finding] = compare("negation", denial, "It was not until Friday that the state police confirmed the suspects were caught.")
    assert finding.b_value.startswith("confirm")


def test_a_negation_picking_out_some_people_or_a_call_to_act_states_no_fact():
    # "Those who have not voted" picks out some voters; it denies no vote.
    assert compare("negation", 'Those who have not voted yet, please go and do so," the priest urged.',
                   "Turnout reached 64 percent as residents went to vote on Sunday.") == []
    # A call on people to vote says nothing of whether they did.
    assert compare("negation", "Most residents in the north have not voted in the referendum, officials said.",
                   "Low turnout prompted leaders to urge residents in the north to vote in the referendum.") == []
    [finding] = compare("negation", "Most residents in the north have not voted in the referendum, officials said.",
                        "Most residents in the north voted in the referendum on Sunday, officials said.")
    assert finding.b_value.startswith("voted")
