"""The negation, modality and entity comparators, and perturbation cases for every kind."""

import pytest

from tests.conftest import run_comparator
from tests.perturb import BASES, perturbations


def kinds_found(text_a, text_b, similarity=0.8, kinds=("number", "time", "date", "quote", "attribution", "negation", "modality", "entity")):
    return {finding.kind for kind in kinds for finding in run_comparator(kind, text_a, text_b, similarity)}


@pytest.mark.parametrize(
    "text_a, text_b, a_value, b_value",
    [
        ("Police detained 14 people after scuffles near parliament.", "The march was peaceful and no one was detained, police said.",
         "detained", "no one was detained"),
        ("Harrow conceded in a brief speech at 11:40 p.m.", "Harrow had not conceded by early Monday.", "conceded", "not conceded"),
        ("No one was injured.", "One of the two crew members was taken to hospital with minor burns.", "No one was injured", "hospital"),
        ("The first stage splashed down intact and was recovered.", "The first stage broke up on re-entry, Solberg said.", "intact", "broke up"),
    ],
)
def test_negation_flags_one_outlet_denying_what_the_other_states(text_a, text_b, a_value, b_value):
    [finding] = run_comparator("negation", text_a, text_b, 0.5)
    assert (finding.a_value, finding.b_value) == (a_value, b_value)
    (start, end), = finding.a_spans
    assert text_a[start:end] == a_value
    assert finding.severity == "medium" and "Harbour Herald" in finding.explanation


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("No one was injured, the fire service said.", "Nobody was hurt in the blaze."),  # both deny
        ("Teto Justo will march again if no bill is presented.", "The government will present a bill in May."),  # a condition
        ('"We will not stop until every family has a roof," she said.', "Families stopped at the shelter."),  # rhetoric
        ("There were no new deaths overnight.", "Two deaths were reported on Monday."),  # "no new"
        ("Officials said there was no statement on Ukraine.", "Leaders agreed to a statement on the Israel-Iran conflict."),  # other things named
        ("About 150,000 homes were still without power on Friday.", "Power will be restored by Saturday."),  # loose "without"
    ],
)
def test_negation_leaves_agreement_conditions_rhetoric_and_other_things_alone(text_a, text_b):
    assert run_comparator("negation", text_a, text_b, 0.5) == []


def test_negation_ignores_pairs_too_far_apart_to_be_one_fact():
    assert run_comparator("negation", "Police detained 14 people.", "No one was detained.", similarity=0.2) == []


@pytest.mark.parametrize(
    "text_a, text_b, b_value",
    [
        ("The airline said it would ground the aircraft.", "The airline is considering grounding the jet.", "considering grounding"),
        ("The board said it was sending a team of investigators.", "The board said it may send investigators.", "may send"),
        ("A broken rail caused the derailment, the railway said.", "A broken rail is suspected as the cause.", "suspected as the cause"),
        ("The BEA said it had confirmed that the wiring overheated.", "The smoke appeared to have come from an oven.", "appeared to have come"),
    ],
)
def test_modality_flags_a_fact_reported_as_only_possible(text_a, text_b, b_value):
    [finding] = run_comparator("modality", text_a, text_b, 0.6)
    assert finding.b_value == b_value and finding.severity == "low"  # reported, and ranked after surer kinds
    assert "hedges" in finding.explanation


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The airline may ground the aircraft.", "The airline could ground the jet."),  # both hedge
        ("The coalition plans to march again on May 10.", "Protesters said they would return in May."),  # May, the month
        ("The company has plans for an undersea cable.", "The undersea cable will cost 6 billion euros."),  # a plan, named
        ("Fans said everybody in the stadium could see it.", "The stadium was full."),
        # Two statements that share a few words: the hedge is on who the detained woman is,
        # the other sentence says another man's wife was detained.
        ("Police detained a woman and a boy believed to be the wife and son of the elusive militia leader.",
         "Security forces have also detained the wife of Omar Haddad, a senior commander from the north, officials said on Tuesday."),
    ],
)
def test_modality_leaves_equal_certainty_alone(text_a, text_b):
    assert run_comparator("modality", text_a, text_b, 0.6) == []


@pytest.mark.parametrize(
    "hedged, hearsay, plain",
    [
        ("The mayor is believed to be in hospital.", "The mayor remains in hospital after the operation, a local newspaper reported.",
         "The mayor remains in hospital after the operation."),
        ("The suspect is believed to have travelled to Spain in 2019.", "The suspect travelled to Spain in 2019, according to media reports.",
         "The suspect travelled to Spain in 2019."),
        ("The painter may have left the country.", "It was reported on Friday that the painter left the country.",
         "On Friday the painter left the country."),
    ],
)
def test_modality_leaves_a_hedge_against_hearsay_alone(hedged, hearsay, plain):
    # Neither outlet states the fact as its own: one hedges it, the other passes on what a
    # report or a source said. Stated plainly (or by a named speaker, as the railway's cause
    # above), it differs in certainty.
    assert run_comparator("modality", hedged, hearsay, 0.6) == []
    assert run_comparator("modality", hedged, plain, 0.6)


@pytest.mark.parametrize(
    "text_a, text_b, values",
    [
        ("The plane had taken off from Geneva at 8:40 a.m.", "The plane departed from Zurich for Lisbon.", ("Geneva", "Zurich")),
        ("Sewage was discharged into the River Teme for years.", "Untreated sewage was poured into the River Wye for years.", ("River Teme", "River Wye")),
        ("Similar marches took place in Porto, Coimbra and Faro.", "Smaller marches were held in Porto, Braga and Faro.", ("Coimbra", "Braga")),
        ("A man died in Co Clare when a tree fell on his car.", "A man was killed in County Kerry when a tree fell.", ("Co Clare", "County Kerry")),
        ("Callum Doyle headed in the winner in extra time.", "Jonah Mbeki scored the winner in extra time.", ("Callum Doyle", "Jonah Mbeki")),
    ],
)
def test_entity_flags_a_different_name_in_the_same_role(text_a, text_b, values):
    [finding] = run_comparator("entity", text_a, text_b, 0.6)
    assert (finding.a_value, finding.b_value) == values
    (start, end), = finding.b_spans
    assert text_b[start:end] == values[1]


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("Ukrainian President Volodymyr Zelenskyy met the leaders.", "Ukraine's President Volodymyr Zelenskiy met the leaders."),  # spelling
        ("The U.S. opposed the statement, officials said.", "The United States opposed the statement."),  # acronym
        ("Fire Chief Marguerite Okafor praised the crews.", "Okafor praised the crews."),  # part of a name
        ("Rovers beat Kingsmere City in the final at Crestfield.", "Kingsmere City lost the final, Rovers manager Ines Carvalho said."),
        ("The launch took place at Norway's Andøya spaceport.", "The rocket lifted off from Andøya Spaceport."),
        # One group's or one building's other names.
        ("The video was released by ISIS on Tuesday.", "The video was released by ISIL on Tuesday."),
        ("Workers raised the spire of the Freedom Tower.", "Workers raised the spire of the World Trade Center."),
    ],
)
def test_entity_leaves_spelling_variants_aliases_and_extra_names_alone(text_a, text_b):
    assert run_comparator("entity", text_a, text_b, 0.6) == []


@pytest.mark.parametrize("case", perturbations(), ids=lambda case: f"{case.kind}:{case.original[:24]}")
def test_a_perturbed_fact_is_reported_with_its_kind_and_spans(case):
    findings = run_comparator(case.kind, case.original, case.changed, similarity=0.95)
    assert findings, f"{case.kind} change not found: {case.changed}"
    for finding in findings:
        (start, end), = finding.b_spans
        assert case.changed[start:end] == finding.b_value


@pytest.mark.parametrize("sentence", BASES)
def test_a_sentence_against_itself_has_no_finding_of_any_kind(sentence):
    assert kinds_found(sentence, sentence, similarity=1.0) == set()


def test_perturbations_are_reproducible_and_each_changes_its_sentence():
    first, second = perturbations(seed=3), perturbations(seed=3)
    assert first == second
    assert all(case.original != case.changed for case in first)
    assert {case.kind for case in first} == {"number", "entity", "negation", "quote"}


def test_attribution_flags_one_analyst_placed_at_two_firms():
    [finding] = run_comparator("attribution", "Analyst Priya Raman of Larch Capital said the quarter was clean.",
                               "Analyst Priya Raman of Birchfield Securities called the quarter clean.", 0.8)
    assert (finding.a_value, finding.b_value) == ("Larch Capital", "Birchfield Securities")


def test_a_dateline_dates_the_article_not_the_event():
    # "Aug 6" heads a wire story; the event is "on Wednesday" in both.
    a = "TORONTO, Aug 6 (Global Dispatch) - Borealis reported a rise in profit on Wednesday."
    b = "Borealis reported a rise in quarterly profit on Wednesday, Aug. 6."
    assert run_comparator("date", a, b, 0.8, published=("2025-08-06", "2025-08-08")) == []


def test_one_weekday_named_alike_is_one_day_whatever_the_publication_dates():
    a, b = "The company hoped to reconnect all customers by Saturday.", "ESB had promised to reconnect all customers by Saturday."
    assert run_comparator("date", a, b, 0.8, published=("2025-10-24", "2025-10-26")) == []


def test_weekdays_of_one_event_conflict_across_publication_dates():
    a = "Britain's Supreme Court ruled on Wednesday that the company was liable."
    b = "The ruling, handed down on Tuesday, allowed anglers to recover damages."
    [finding] = run_comparator("date", a, b, 0.5, published=("2025-07-09", "2025-07-12"))
    assert (finding.a_value, finding.b_value) == ("Wednesday", "Tuesday")


@pytest.mark.parametrize(
    "text_a, text_b, expected",
    [
        ("The court's five justices split 4-1.", "The Supreme Court ruled 3-2 against the company.", ("4-1", "3-2")),
        ("Rovers beat Kingsmere 2-1 in the final.", "Rovers won the final 2-1 after extra time.", None),
        ("The court's five justices heard the case.", "The judgment was backed by three other justices.", None),
    ],
)
def test_number_compares_tallies_and_leaves_parts_of_a_total_alone(text_a, text_b, expected):
    findings = run_comparator("number", text_a, text_b, 0.6)
    assert [(f.a_value, f.b_value) for f in findings] == ([expected] if expected else [])


def test_negation_of_a_noun_a_name_qualifies_conflicts_with_that_noun():
    [finding] = run_comparator("negation", "The city has no NHL team.", "The city has an NHL team now.", 0.7)
    assert finding.b_value == "team"


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("Minutes passed and nobody on the surface said a word.", "The miners were brought to the surface before noon."),
        ("The company had found no problems with other batches.", "Affected boxes carry batch numbers 24A117 and 24A118."),
        ("None of the wagons caught fire, the railway said.", "One wagon had leaked crude oil onto the tracks."),
        ("Thousands of homes were left without electricity on Thursday.", "Electricity demand rose to a record on Thursday."),
        # Opposite outcomes of one thing, not words that may be said of anything.
        ("Only four residents survived the blast.", "Army experts exploded the two devices safely at a range."),
        # A name singled out for emphasis is not denied; a name that qualifies a noun is not the noun.
        ("Not even Harbour Radio would be that careless.", "Harbour Radio released a statement on Friday."),
        ("Harwick has not had an NHL team since 1995.", "The NHL reported record revenue this season."),
        ("The reporter didn't have a phone signal, so he missed the cue.", "The reporter re-dialled his phone twice."),
        ("It would not be the first time a car has been stolen from the set.", "Fans saw the first official image of the car."),
        # A reason denied is not the act: they did go homeless, for other reasons.
        ("Most people didn't go homeless because they were lazy, the charity said.",
         "The man in the video has been homeless for a decade."),
        # A noun denied is not the verb spelled like it: the state (the government), not stating.
        ("The premier said the blast was a challenge not even to the state, but to the people.",
         "The premier, while stating today that security is the top priority, warned against attacks."),
    ],
)
def test_negation_denies_only_what_its_cue_governs(text_a, text_b):
    # "nobody" denies a verb, "no problems" a noun phrase, "without electricity" needs the
    # other outlet to say "with" it.
    assert run_comparator("negation", text_a, text_b, 0.7) == []


@pytest.mark.parametrize(
    "tied, denied",
    [
        ("An aide to rebel commander Omar Haddad was killed in the strike.", True),
        ("Omar Haddad's bodyguard was killed in the strike.", True),
        ("The right-hand man of Omar Haddad was killed in the strike.", True),
        ("Omar Haddad was killed in the strike.", False),
    ],
)
def test_negation_tells_a_named_person_from_someone_named_by_a_tie_to_them(tied, denied):
    # The denial is of the commander's death; his aide's or bodyguard's is another fact.
    text_a = "The rebel commander Omar Haddad has not been killed, his group said."
    assert (run_comparator("negation", text_a, tied, 0.6) == []) == denied


def test_negation_compares_two_sentences_that_both_name_the_tie():
    found = run_comparator("negation", "The detained woman is not Omar Haddad's wife.", "The woman detained at the border is Omar Haddad's wife.", 0.7)
    assert [finding.kind for finding in found] == ["negation"]


@pytest.mark.parametrize(
    "kind, text_a, text_b, values",
    [
        ("time", "The paperwork was lodged at 6.52pm on Monday.", "The paperwork was filed at 6:25 p.m. on Monday.", ("6.52pm", "6:25 p.m.")),
        ("number", "The volcano sent ash nine kilometres above its summit.", "The blast sent ash 16 kilometres into the air.",
         ("nine kilometres", "16 kilometres")),
        ("number", "The hospital had to cancel 210 planned operations.", "In the first 48 hours, 120 planned operations were called off.",
         ("210", "120")),
        ("negation", "The eruption did not produce lava flows, the agency said.", "Lava flows reached three kilometres down the flank.",
         ("not produce lava", "Lava")),
        ("attribution", "The trust's chief information officer, Mark Tully, said the network was shut.",
         "The trust's head of cyber security, Mark Tully, said engineers worked in shifts.",
         ("chief information officer", "head of cyber security")),
    ],
)
def test_forms_common_in_british_and_wire_copy_are_read(kind, text_a, text_b, values):
    [finding] = run_comparator(kind, text_a, text_b, 0.6)
    assert (finding.a_value, finding.b_value) == values


@pytest.mark.parametrize(
    "kind, text_a, text_b",
    [
        ("number", "Commuters should expect the detour to add about 25 minutes.", "Drivers reported detours of 20 to 30 minutes."),
        ("entity", "Indonesia's Center for Volcanology raised the alert.", "The Centre for Volcanology raised the alert."),
        ("modality", "Repairs are expected to cost about US$12.6 million.", "The ministry has estimated the cost of repairs at C$18 million."),
        ("number", "Turnout rose from 52 to 61 per cent.", "Turnout reached 61 per cent."),
    ],
)
def test_ranges_spelling_variants_and_estimates_are_not_divergences(kind, text_a, text_b):
    assert run_comparator(kind, text_a, text_b, 0.6) == []
