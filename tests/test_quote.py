import pytest

from tests.conftest import run_comparator


def compare(text_a, text_b):
    return run_comparator("quote", text_a, text_b, 0.7, sources=("Time of India", "Hindustan Times"))


def test_quote_comparator_flags_one_remark_worded_differently():
    a = 'Kremlin spokesperson Dmitry Peskov said the G7 now looks "very pale and quite useless" compared to others.'
    b = 'The Kremlin said the G7 was no longer significant for Russia and looked "rather useless."'
    [finding] = compare(a, b)
    assert (finding.kind, finding.a_value, finding.b_value) == ("quote", "very pale and quite useless", "rather useless.")
    (start, end), = finding.a_spans
    assert a[start:end] == "very pale and quite useless"
    assert "Time of India quotes 'very pale and quite useless'" in finding.explanation


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        # two different remarks by one speaker
        ('"We need support from allies," Zelenskyy said.', '"Diplomacy is now in a state of crisis," Zelenskyy said.'),
        # one outlet quotes less of the same remark
        ('Kim vowed to "invariably and unconditionally support" Russia, KCNA said.', 'Kim vowed to "unconditionally support" Russia, KCNA said.'),
        # the same words in both
        ('"There was no problem," Carney said.', "'There was no problem,' Carney said."),
        # different speakers
        ('"The plan will fail," Smith said.', '"The plan will work," Jones said.'),
    ],
)
def test_quote_comparator_leaves_other_remarks_excerpts_and_other_speakers(text_a, text_b):
    assert compare(text_a, text_b) == []


def test_quotations_in_sentences_that_say_different_things_are_two_remarks():
    step = 'The minister said the flood plan for the valley was "a serious step for the region".'
    burden = ('Speaking in Leeds on Monday after meeting victims of the storm, the minister called the new levy '
              '"a serious burden for families".')
    assert run_comparator("quote", step, burden, 0.6) == []
    # The same statement quoted two ways is still a divergence.
    [finding] = run_comparator("quote", step, 'The minister said the flood plan for the valley was "a modest step for the region".', 0.9)
    assert finding.b_value == "a modest step for the region"


def test_a_quotation_closed_by_two_apostrophes_after_a_speech_verb_is_read():
    # Old wire copy whose opening backquotes were stripped.
    stripped = "In a televised address, the president said, Terrorism has declared war on us, the people.''"
    [finding] = run_comparator("quote", stripped, '"The terrorists have declared war on us, the people," the president said.', 0.9)
    assert finding.a_value == "Terrorism has declared war on us, the people"


@pytest.mark.parametrize(
    "quote_a, quote_b",
    [
        ("Bro, [Lin] drove Thomas to the liquor store,", "He drove Thomas to the liquor store,"),
        ("The local myth of the lobizón is not connected to the custom.", "The local myth of the lobison is not connected to the custom."),
        ("Our thoughts and prayers are with Mr. Sotloff and Mr. Sotloff's family,", "Our thoughts and prayers are with Mr. Sotloff and his family,"),
        ("If they catch five of them, you know there are going to be dozens more that did not get caught,",
         "you know there are going to be dozens more that did not get caught by the Border Patrol."),
        # words cut from inside the remark, all from one outlet's version
        ("Our club can confirm today that two clubs have expressed a firm interest,",
         "Our club can confirm that two clubs have expressed a firm interest,"),
        ("Our thoughts, first and foremost, are with his family.", "Our thoughts are with his family."),
        # one outlet quotes a clause more at the end, with a word spelled as an inflection
        ("Plenty of people in the shelter are just victims of bad luck,",
         "Plenty of people in the shelter are just victim of bad luck, that didn't end up there because they're idle."),
    ],
)
def test_one_remark_edited_two_ways_is_no_divergence(quote_a, quote_b):
    assert run_comparator("quote", f'The spokesman said: "{quote_a}"', f'The spokesman said: "{quote_b}"', 0.9) == []


@pytest.mark.parametrize(
    "quote_a, quote_b",
    [
        ("the G7 looks very pale and quite useless", "the G7 looks rather useless"),
        ("we are not going to pay a ransom", "we are going to pay a ransom"),
        # a short cut at the end that holds "not" may turn the remark round
        ("they are just victims of bad luck in a hard year for the town", "they are just victim of bad luck in a hard year for the town, not idle"),
        # a word of degree cut changes the remark
        ("it was a bit bigger than the size of a match head", "it was bigger than the size of a match head"),
        # each version lacks words the other has: two wordings, not one cut
        ("our thoughts are with his family and those who worked with him", "our thoughts are with Mr. Sotloff and his family"),
        # a word moved
        ("the crab silently slipped away under the water", "the crab slipped silently away under the water"),
    ],
)
def test_a_remark_quoted_in_other_words_is_still_a_divergence(quote_a, quote_b):
    [finding] = run_comparator("quote", f'The spokesman said: "{quote_a}"', f'The spokesman said: "{quote_b}"', 0.9)
    assert (finding.a_value, finding.b_value) == (quote_a, quote_b)


def test_two_remarks_of_one_speaker_that_share_scattered_words_are_not_one_remark_quoted_twice():
    first = 'The minister told reporters: "They have assured us they hold the hostages and they will free them," he said.'
    second = 'The minister told reporters: "They have agreed to free the hostages," he said.'
    assert run_comparator("quote", first, second, 0.9) == []
    # A stretch of the remark kept, a word changed, is one remark quoted two ways.
    other = 'The minister told reporters: "They have assured us they hold the captives and they will free them," he said.'
    [finding] = run_comparator("quote", first, other, 0.9)
    assert finding.b_value == "They have assured us they hold the captives and they will free them,"


def test_two_remarks_sharing_words_only_a_few_at_a_time_are_not_one_remark_quoted_twice():
    # Shared: "Russia", "moving across the", "border": never more than three words in a row.
    first = 'The senator said: "Russia is moving across the northern border," on Tuesday.'
    second = 'The senator said: "I know that at least ten Russian units have been seen moving across the eastern border of Estonia," on Tuesday.'
    assert run_comparator("quote", first, second, 0.9) == []


@pytest.mark.parametrize(
    "quote_a, quote_b",
    [
        # one long stretch kept, the words around it changed
        ("Today Finland became a country that can reach orbit on its own", "the day Finland became a country that reaches orbit by itself"),
        # half the words kept in stretches of two or more
        ("we are confident the outbreak is under control", "we're confident the outbreak is now under control"),
    ],
)
def test_a_remark_reworded_around_stretches_it_keeps_is_still_one_remark(quote_a, quote_b):
    [finding] = run_comparator("quote", f'The chief executive said: "{quote_a}"', f'The chief executive said: "{quote_b}"', 0.9)
    assert (finding.a_value, finding.b_value) == (quote_a, quote_b)


def test_two_quotations_that_share_only_a_name_are_two_remarks():
    assert run_comparator("quote", 'Asked for his source, the senator said he "asked the Coast Guard."',
                          'The senator said "dozens more were never stopped by the Coast Guard."', 0.9) == []
    assert run_comparator("quote", 'The trader wrote: "Money never sleeps!"', 'His family said: "We never wanted the fame."', 0.9) == []
    # A quotation in title case (a headline) has no names to tell by its capitals.
    [finding] = run_comparator("quote", 'The post was titled "At Least Ten Smugglers Were Seized Crossing the River".',
                               'The senator said "at least ten smugglers were caught crossing the river near the dam".', 0.9)
    assert finding.a_value.startswith("At Least Ten")


def test_a_quotation_that_tells_what_someone_else_said_is_no_rewording_of_that_remark():
    told = '"The garden is open to all of God\'s creatures," he told the boy.'
    assert run_comparator("quote", '"He said the garden is open to all creatures," a priest told the paper.', told, 0.9) == []
    # The same remark reworded first hand is still a divergence.
    assert run_comparator("quote", '"The garden is open to all creatures," he said to the boy.', told, 0.9)


def test_two_translations_of_a_name_are_no_remark_quoted_two_ways():
    assert run_comparator("quote", 'The group, whose name roughly translates as "the river is ours", was founded in 2002.',
                          'The group, a name that means "the river belongs to us", was founded in 2002.', 0.9) == []


def test_one_remark_quoted_in_british_and_american_spelling_is_no_rewording():
    from consistency.pipeline import compare_statements

    found = compare_statements('Her son said: "My mom ran out the door. She was screaming."',
                               'Her son said: "My mum ran out of the door. She was screaming."', similarity=0.8)
    assert [d.finding.kind for d in found.discrepancies] == []
    found = compare_statements('Her son said: "My mom ran out the door. She was laughing."',
                               'Her son said: "My mum ran out of the door. She was screaming."', similarity=0.8)
    assert [d.finding.kind for d in found.discrepancies] == ["quote"]


def test_a_quotation_cut_shorter_with_a_number_in_words_and_a_dropped_of_is_the_same_remark():
    from consistency.pipeline import compare_statements

    shorter = 'He wrote: "They finally found out it was a spider that has been living inside me for the last three days,"'
    longer = 'He wrote: "They finally found out it was a spider that has been living inside of me for the last 3 days, and got it out,"'
    assert compare_statements(shorter, longer, similarity=0.8).discrepancies == ()
    # Words of the remark changed still count.
    changed = 'He wrote: "They finally found out it was a scorpion that has been living inside of me for the last 3 weeks, and got it out,"'
    assert [d.finding.kind for d in compare_statements(shorter, changed, similarity=0.8).discrepancies] == ["quote"]


def test_a_quotation_cut_shorter_keeps_its_modal_verbs():
    from consistency.pipeline import compare_statements

    found = compare_statements('"A shipping firm may not treat a harbour as a free dump simply because its permit stands," she wrote.',
                               '"A shipping firm cannot treat a harbour as a free dump," she wrote for the court.', similarity=0.8)
    assert [d.finding.kind for d in found.discrepancies] == ["quote"]
