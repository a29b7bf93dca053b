"""A claim set against another speaker's denial is reported as a denied claim, not as a
conflict between the outlets."""

from __future__ import annotations

from consistency.pipeline import compare_statements


def kinds(text_a: str, text_b: str) -> dict[str, str]:
    return {d.finding.kind: d.finding.severity for d in compare_statements(text_a, text_b, similarity=0.75).discrepancies}


def test_a_reported_claim_against_a_spokesmans_denial_is_a_low_severity_denied_claim():
    found = kinds(
        "Local officials said a meteorite caused the crater.",
        "NASA scientists said the crater was not caused by a meteorite, calling the early reports false.",
    )
    assert found == {"denied-claim": "low"}


def test_an_officials_account_against_a_spokeswomans_later_correction_is_a_denied_claim():
    found = kinds(
        "A senior official who briefed reporters said the country opposed a joint communique on the dam.",
        "Ruth Okafor, a spokeswoman for the minister, later said no communique on the dam had ever been drafted.",
    )
    assert found == {"denied-claim": "low"}


def test_one_speaker_saying_later_what_the_outlet_denies_stays_a_negation():
    found = kinds(
        "The mayor later said the bridge would reopen on Monday.",
        "The bridge will not reopen on Monday.",
    )
    assert "denied-claim" not in found


def test_an_outlet_stating_a_fact_against_an_outlet_denying_it_stays_a_negation():
    found = kinds(
        "Police detained 14 people after the match.",
        "No one was detained after the match, police said.",
    )
    assert "negation" in found and "denied-claim" not in found


def test_one_speakers_statements_given_with_different_certainty_stay_modality():
    found = kinds(
        "The airline said it would ground the aircraft until engineers had inspected it.",
        "The airline is considering grounding the jet while engineers inspect it, a spokesman added.",
    )
    assert "modality" in found and "denied-claim" not in found


def test_a_denial_against_a_claim_the_other_outlet_gives_to_a_report_is_a_denied_claim():
    for relayed in (
        "An article has started circulating online claiming that the artist has been arrested.",
        "The story on the satire website says the artist was arrested in Watford.",
        "When a report went viral that the artist had been arrested, fans rushed to share it.",
    ):
        assert kinds("The artist has not been arrested.", relayed) == {"denied-claim": "low"}, relayed
    # The outlet saying it in its own voice is a conflict between the outlets.
    assert "negation" in kinds("The artist has not been arrested.", "The artist was arrested in Watford on Monday.")


def test_a_denial_against_a_figure_marked_as_rumour_is_a_denied_claim():
    denial = "A source familiar with the story told the magazine that the student is not worth $72 million."
    for rumoured in (
        "The student is only 17 but worth a rumored $72 million.",
        "The scuttlebutt on Wall Street is that the student is worth $72 million.",
    ):
        assert kinds(denial, rumoured) == {"denied-claim": "low"}, rumoured
    # Said as the outlet's own fact, the figure conflicts with the denial.
    assert "negation" in kinds(denial, "The student is only 17 but worth $72 million.")


def test_a_denial_against_what_a_rumourmonger_is_reporting_is_a_denied_claim():
    found = kinds("The car has not been stolen, police said.",
                  "Film rumormonger Rich Johnston is reporting that the car has been stolen from the set.")
    assert found == {"denied-claim": "low"}


def test_a_confirmation_withheld_against_a_confirmation_is_a_denied_claim_not_an_outlet_conflict():
    confirmed = "The Pentagon confirmed on Friday that the militia leader was killed in the strike."
    for withheld in (
        "At the time of the strike, the Pentagon said it could not confirm the militia leader's death.",
        "U.S. officials have not yet confirmed that the militia leader was killed in the strike.",
    ):
        found = kinds(confirmed, withheld)
        assert found == {"denied-claim": "low"}, withheld
    # Denying the fact itself, not its confirmation, is a conflict between the outlets when
    # one of them says it in its own voice; given to two speakers, it is their two statements.
    assert "negation" in kinds(confirmed, "The militia leader was not killed in the strike on Friday.")
    assert kinds(confirmed, "The militia leader was not killed in the strike, his aides said on Friday.") == {"denied-claim": "low"}


def test_a_denial_against_a_claim_given_as_only_believed_is_a_denied_claim():
    denial = "An Iraqi official told reporters that the woman detained at the border was not the militia leader's wife."
    for believed in (
        "Officials said the woman detained at the border is believed to be the militia leader's wife.",
        "The woman detained at the border is apparently the militia leader's wife, local television said.",
    ):
        found = kinds(denial, believed)
        assert found.get("denied-claim") == "low" and "negation" not in found, believed
    # Said plainly in the outlet's own voice, the claim conflicts with the denial.
    assert "negation" in kinds(denial, "The woman detained at the border is the militia leader's wife.")


def test_two_outlets_passing_on_one_claim_with_and_without_a_reporting_hedge_report_no_dispute():
    # Both give the surgery as the woman's claim; "allegedly" is how one outlet passes it on.
    assert kinds("The woman claims she had a third breast implanted, a local station reported.",
                 "The woman allegedly had a third breast implanted, according to the station.") == {}
    # A denial in one of them makes it a claim and its denial.
    found = kinds("The woman allegedly had a third breast implanted, according to the station.",
                  "Her former agent said the third breast was a fake and denied she had the surgery.")
    assert "denied-claim" in found


def test_a_denial_that_reverses_an_earlier_report_is_a_denied_claim():
    # "after all" tells that the news changed: each report was right when it was made.
    found = kinds(
        "The actor is in talks to play the inventor in the studio's biopic.",
        "The actor will not be playing the inventor after all.",
    )
    assert found == {"denied-claim": "low"}
    assert kinds("The actor is in talks to play the inventor in the studio's biopic.", "The actor will not be playing the inventor.") == {
        "negation": "medium"
    }


def test_a_source_account_against_a_statement_saying_otherwise_is_a_denied_claim():
    found = kinds(
        "A biopsy was done on the singer without her consent, according to the source.",
        "The clinic released a statement saying no such biopsy was done on the singer.",
    )
    assert found == {"denied-claim": "low"}


def test_a_denial_against_a_claim_the_other_outlet_passes_on_as_rumour_is_a_denied_claim():
    denial = "The prop car isn't stolen; it has not even lost a wheel."
    for passed_on in (
        "Supposedly a prop car was stolen from the film set yesterday.",
        "A story making the rounds says a prop car was stolen from the film set.",
    ):
        assert kinds(passed_on, denial) == {"denied-claim": "low"}, passed_on
    # The outlet stating the claim in its own voice stays a conflict between the outlets.
    assert kinds("A prop car was stolen from the film set yesterday.", denial) == {"negation": "medium"}


def test_two_outlets_that_both_give_a_claim_as_a_claim_report_nothing():
    hedged = "The prop car has probably been stolen from the film set."
    for passed_on in ("Rumours say the prop car was stolen from the film set.",
                      "The prop car was stolen from the film set, according to sources."):
        assert kinds(hedged, passed_on) == {}, passed_on
    # Against a plain statement the hedge is still a difference of certainty.
    assert kinds(hedged, "The prop car was stolen from the film set.") == {"modality": "low"}


def test_a_quotation_against_someone_elses_account_is_two_speakers():
    # The first sentence of a quotation that runs on: its speaker is named further on.
    quoted = '"The woman detained in Lebanon is not his wife.'
    assert kinds(quoted, "Lebanese officials said the woman detained in Lebanon is his wife.") == {"denied-claim": "low"}
    # The outlet's own statement against the quotation stays a conflict between outlets.
    assert kinds(quoted, "The woman detained in Lebanon is his wife.") == {"negation": "medium"}


def test_denying_whose_someone_is_denies_the_tie_not_the_owner():
    # "Not the minister's wife" denies that she is his wife: against a report that his wife
    # was detained it is a claim and its denial, whoever is named as the owner.
    found = kinds(
        "Border guards said they had detained the wife of opposition leader Omar Haddad.",
        "The woman held at the border is not Haddad's wife, the interior ministry said.",
    )
    assert found.get("denied-claim") == "low" and "negation" not in found
    # "Why not? It's a scoop": "it's" owns nothing, so nothing after it is denied.
    assert kinds("The scoop was the talk of the newsroom.", "Why not—it's a scoop, the editor said.") == {}


def test_a_headline_in_title_case_is_read_like_any_sentence():
    # Every word of a title-case headline is capitalised; that makes none of them a name.
    assert kinds("No, the painter has not been arrested", "Street Painter Arrested In Bristol After Night Raid") == {"negation": "medium"}
    assert kinds("Street Painter Has Not Been Arrested In Bristol", "Police arrested the street painter in Bristol on Friday.") == {
        "negation": "medium"
    }
    assert kinds("No, the painter has not been arrested", "STREET PAINTER ARRESTED IN BRISTOL AFTER NIGHT RAID") == {"negation": "medium"}


def test_a_sentence_full_of_names_is_no_headline():
    # Acronyms and months are capitalised in any sentence: "US", "May" do not make a
    # headline of a sentence, so its names stay names ("State" is no "state").
    from consistency.comparators._scope import title_cased

    assert not title_cased("The US Ambassador Chris Stevens and Information Management Officer Sean Smith died on May 29.")
    assert title_cased("US Ambassador Says Embassy Will Stay Open In Tripoli")


def test_a_denial_of_a_long_names_wife_meets_the_report_of_his_wife():
    found = kinds(
        "Border guards said they had detained the wife of militia leader Abu Omar al-Haddad.",
        "The woman held at the border is not Abu Omar al-Haddad's wife, the interior ministry said.",
    )
    assert found.get("denied-claim") == "low" and "negation" not in found
    # Whose daughter she is says nothing of whose wife another woman is.
    assert "denied-claim" not in kinds(
        "Tests show the girl is al-Haddad's daughter, officials said.",
        "The woman held at the border is not al-Haddad's wife, the ministry said.",
    )


def test_hearing_nothing_of_a_thing_and_no_one_hurt_said_twice_raise_nothing():
    assert kinds("I haven't heard any confirmed reports of witnesses, the astronomer said.",
                 "The blast was heard across the city, residents said.") == {}
    assert "negation" not in kinds("However, no one was hurt and the airport stayed open.", "No-one was hurt when it hit the woods.")


def test_a_denial_against_a_claim_named_by_a_report_or_a_story_is_a_denied_claim():
    assert kinds("The singer has not been arrested.",
                 "The 'singer arrested' story has been shared thousands of times since Monday.") == {"denied-claim": "low"}


def test_a_denial_against_a_sentence_in_the_first_person_is_two_speakers():
    assert kinds("The farmer insists the video of the calf was not staged.",
                 "My part of the video of the calf was staged, me getting chased by it.") == {"denied-claim": "low"}


def test_a_denial_against_someone_who_believes_reveals_or_clarifies_is_two_speakers():
    for view in (
        "A neighbour believes the whole rescue video was staged.",
        "The coach's agent has clarified that the coach is not leaving the club.",
    ):
        found = kinds(view, "The firefighter insists the rescue video was not staged." if "staged" in view
                      else "Club officials revealed on Tuesday that the coach is leaving the club.")
        assert found == {"denied-claim": "low"}, view


def test_a_denial_against_a_claim_passed_on_as_believed_or_as_scuttlebutt_is_a_denied_claim():
    assert kinds("The scuttlebutt among dealers is that one of the prototype cars has gone missing, believed stolen.",
                 "So the prototype car isn't stolen; it has not even lost a wheel.") == {"denied-claim": "low"}
    assert kinds("The presenter turned his back on camera, leading some to speculate he had been relieving himself.",
                 "He was hunched over dialling the studio, not relieving himself.") == {"denied-claim": "low"}


def test_a_denial_naming_a_contrary_report_against_an_outlet_stating_the_fact_stays_outlets_at_odds():
    denial = "The artist has not been arrested, despite a report stating the contrary."
    found = kinds(denial, "The artist was arrested in Watford early on Monday by the Metropolitan Police.")
    assert "negation" in found and "denied-claim" not in found
    # Stories said to state it pass the claim on: a claim and its denial.
    assert kinds("Three websites published stories stating that the artist had been arrested in Watford.",
                 "The artist has not been arrested.") == {"denied-claim": "low"}


def test_a_denial_against_a_story_about_the_claim_is_a_denied_claim():
    assert kinds("You may have seen the story today about the teenager who made $5 million selling sneakers.",
                 "The teenager says he did not make $5 million selling sneakers.") == {"denied-claim": "low"}


def test_a_claim_passed_on_against_the_same_claim_stated_is_no_denied_claim():
    # "Reportedly" passes the claim on; nobody denies or doubts it.
    found = kinds("The gunman's identity has reportedly been revealed, the paper said.",
                  "The gunman has been identified as a former soldier from Leeds.")
    assert "denied-claim" not in found
    # Against a denial, the same passed-on claim is a claim and its denial.
    assert kinds("The gunman has reportedly been identified as a former soldier, the paper said.",
                 "Police denied that the gunman has been identified as a former soldier.").get("denied-claim") == "low"


def test_refusing_to_confirm_or_deny_is_no_denial():
    # A statement a spokesman would neither confirm nor deny, set against a hedged one, is
    # a hedge against a plain statement, not a claim and its denial.
    found = kinds("The ministry will not confirm or deny that the hostage is alive, but warns against the talks being jeopardised.",
                  "The minister said that any leak might jeopardise the talks.")
    assert "denied-claim" not in found
    # A denial in the same sentence makes them two speakers' claim and doubt.
    assert "denied-claim" in kinds("The ministry denied that the hostage is alive, but warns against the talks being jeopardised.",
                                   "The minister said that any leak might jeopardise the talks.")
