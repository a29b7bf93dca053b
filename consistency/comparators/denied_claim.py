"""``denied-claim``: one speaker's claim against another speaker's denial or doubt.

When the negation or modality comparator finds that one sentence asserts what the other
denies or doubts, and each sentence gives the statement to a different speaker ("the
Mirror reported the contract was torn up" against "a spokesman denied any offer was
made"), the outlets need not disagree at all: each may report both statements. Such a
finding is kept, as this kind and at low severity, apart from conflicts between outlets.
"""

from __future__ import annotations

import re
from dataclasses import replace

from consistency.comparators._speakers import same_speaker_possible, speakers
from consistency.records import Finding, Sentence

KIND = "denied-claim"
#: Kinds whose findings may be two speakers' statements rather than two outlets' accounts.
RECLASSIFIED_KINDS = ("negation", "modality")

_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|according to|claimed|claims|reported|reports|reporting|stated|announced|insisted|insists|denied|"
    r"denies|confirmed|wrote|tweeted|added|explained|explains|saying|asserted|asserts|declared|declares|statement)\b",
    re.IGNORECASE,
)
#: Words that deny or debunk a claim (``_DENIAL``).
_DENIAL_WORDS = r"denied|denies|deny|dismissed|rejected|refuted|debunked|hoax|false|untrue|not true|fake"
#: Words that put a statement in dispute: a denial, or a claim marked as only a claim
#: ("the scuttlebutt ... is that", "a rumored $72 million").
_DISPUTE = re.compile(
    r"\b(?:" + _DENIAL_WORDS + r"|rumou?r(?:s|ed|mongers?)?|claimed|alleged|allegedly|reportedly|scuttlebutt)\b",
    re.IGNORECASE,
)
#: A statement corrected afterwards: "later said no proposed statement had ever been
#: planned", "retracted the briefing statement". Between two attributed statements, an
#: account and its correction; against an outlet's own words it may be the outlet that is
#: right.
_CORRECTION = re.compile(
    r"\b(?:retracted|retracts|corrected|corrects|clarified|clarifies|walked\s+back|backtracked|"
    r"later\s+(?:said|told|stated|insisted|added|explained))\b",
    re.IGNORECASE,
)


#: A claim that a sentence gives to a report, not to its outlet: "an article has started
#: circulating claiming that Banksy has been arrested", "the story on National Report says",
#: "when a report went viral that". Against a denial that is one claim and its denial.
_RELAYED_REPORT = re.compile(
    r"\b(?:article|stor(?:y|ie)|report|post|rumou?r|claim|website|site|tweet|video|hoax|headline|piece|assertion|allegation)s?\b"
    r"(?:(?:\s+[a-z]+){0,2}\s+(?:that|claiming|alleging|saying|suggesting|stating)\b|[^.;]{0,60}?\b(?:claim(?:s|ed|ing)|says|said|stat(?:es|ed|ing)|"
    r"mention(?:s|ed)|suggest(?:s|ed)|alleg(?:es|ed|ing)|indicat(?:e|es|ed))\b)"
    r"|\bnews\s+that\b"
    # "the amazing story today about the high school kid who made $72 million"
    r"|\b(?:stor(?:y|ies)|rumou?rs?|reports?)(?:\s+[a-z]+){0,2}\s+about\b",
    re.IGNORECASE,
)


#: A negation of the act of confirming, not of the fact: "U.S. officials have not confirmed
#: the death", "could not confirm it was a meteorite", "declined to confirm". Withholding a
#: confirmation is no denial; against a confirmation or a report of the fact it is an earlier
#: or another speaker's statement. Of 20 such negation findings judged on real news, 16 were
#: read as two speakers' statements (mostly one before and one after a confirmation), none
#: as a conflict between outlets.
_UNCONFIRMED = re.compile(
    r"\b(?:not|n't|never|yet to|unable to|declined to|refused to)\s+(?:\w+\s+){0,2}?"
    r"(?:confirm(?:s|ed|ing)?|verif(?:y|ied)|corroborat(?:e|ed))\b",
    re.IGNORECASE,
)


#: A statement that reverses an earlier one: "Bale will not be playing Jobs after all"
#: against "Bale may play Jobs". Each report was true when it was made; the two are news of
#: two moments, not outlets at odds. (Of 17 such negation findings judged on real news, 9
#: were read as a claim and its later reversal, 1 as a conflict between outlets.)
_REVERSAL = re.compile(r"\bafter\s+all\b", re.IGNORECASE)


#: Words that deny or debunk a claim, not only mark it as one ("claimed", "allegedly").
#: "Will not confirm or deny" refuses to say either way: it denies nothing.
_DENIAL = re.compile(r"(?<!\bconfirm\sor\s)(?<!\bconfirm\snor\s)\b(?:" + _DENIAL_WORDS + r")\b", re.IGNORECASE)


#: A statement given to hearsay rather than to someone who would know: "it was reported
#: today", "a source claimed Monday", "the paper said", "according to the newspaper".
_HEARSAY = re.compile(
    r"\b(?:(?:it|this)\s+(?:was|has\s+been|is\s+being|is)\s+(?:reported|claimed|rumou?red)|"
    r"according\s+to\s+(?:\w+\s+){0,3}?(?:reports?|sources?|newspapers?|papers?|media|tabloids?)|"
    r"(?:sources?|newspapers?|paper|reports?|media|tabloids?)\s+(?:\w+\s+){0,4}?(?:said|says|claimed|claims|reported|reports|added|told|tells))\b",
    re.IGNORECASE,
)


def passes_on_hearsay(text: str) -> bool:
    """The sentence passes on what a report, a source or a paper said, not what it knows."""
    return _HEARSAY.search(text) is not None or relays_a_report(text)


def denies_a_claim(text: str) -> bool:
    return _DENIAL.search(text) is not None


def either_denies(a: Sentence, b: Sentence) -> bool:
    """One of the two sentences denies or debunks a claim."""
    return denies_a_claim(a.text) or denies_a_claim(b.text)


def withholds_confirmation(finding: Finding) -> bool:
    return any(_UNCONFIRMED.search(value) for value in (finding.a_value, finding.b_value))


#: What a report said, named only as the opposite of the sentence's own statement: "Banksy
#: has not been arrested, despite a report stating the contrary". That sentence denies; it
#: passes no claim on, and against an outlet stating the arrest the two outlets are at odds.
_THE_CONTRARY_AFTER = re.compile(r"\s+(?:the\s+contrary|the\s+opposite|otherwise)\b", re.IGNORECASE)


def relays_a_report(text: str) -> bool:
    return any(not _THE_CONTRARY_AFTER.match(text, match.end()) for match in _RELAYED_REPORT.finditer(text))


#: Words that give a statement as only believed or passed on ("is believed to be the
#: wife", "will supposedly begin"). Against a denial, such a claim and the denial are two
#: speakers' statements; a hedge against a plain statement is the modality comparator's.
_HEDGED_CLAIM = re.compile(
    r"\b(?:believed|supposedly|apparently|purportedly|(?:is|are|was|were)\s+said\s+to|thought\s+to\s+be|unverified|unconfirmed)\b",
    re.IGNORECASE,
)


def is_two_speakers(a: Sentence, b: Sentence, both_attributed: bool = False, hedges: bool = False) -> bool:
    """A sentence gives its statement to someone (with ``both_attributed``, each does), the
    speakers named are not visibly the same, and one of the sentences disputes a claim
    (denied, a hoax, allegedly...; with ``hedges``, also a claim only believed or passed on),
    or each gives its statement to someone and one corrects the other afterwards ("later
    said")."""
    # One attribution is enough: "police said the clip was a fake" against an outlet that
    # passes the clip on; of 169 negation findings judged two speakers on real news, only
    # 47 had a speech verb in both sentences.
    told_a, told_b = bool(_SPEECH.search(a.text)), bool(_SPEECH.search(b.text))
    if not (told_a and told_b if both_attributed else told_a or told_b):
        return False
    disputed = any(_DISPUTE.search(text) or (hedges and _HEDGED_CLAIM.search(text)) for text in (a.text, b.text))
    corrected = not disputed and told_a and told_b and any(_CORRECTION.search(text) for text in (a.text, b.text))
    if not (disputed or corrected):
        return False
    return _speakers_apart(a, b)


def _speakers_apart(a: Sentence, b: Sentence) -> bool:
    """The speakers the two sentences name (if any) are not visibly the same."""
    first, second = speakers(a.text), speakers(b.text)
    return not (first and second and same_speaker_possible(first, second))


def _each_told_by_another(a: Sentence, b: Sentence) -> bool:
    """Each sentence gives its statement to someone, and not visibly to the same one: "an
    Iraqi official told the AP the woman was not his wife" against "a source with contacts
    in Iraqi intelligence said she was". A denial against a claim, each someone's: of 55
    such negation findings judged on real news, 29 were read as two speakers' statements
    and 2 as a conflict between the outlets. A sentence that is itself a quotation is
    someone's ("“We will not negotiate.”" against "the aide said final negotiations would
    be completed": 11 of 23 such findings read as two speakers, none as an outlet conflict)."""
    return _told(a.text) and _told(b.text) and _speakers_apart(a, b)


#: A sentence that is a quotation ("“We will not negotiate.”"): someone's words, though the
#: speaker is named in the sentence around it.
_A_QUOTATION = re.compile(r"^\s*[\"“‘']")
#: Reports tell of others in the third person; a sentence in the first person is someone's
#: words ("I just saw it on the news and it's fake", "My part of the video was staged"),
#: though its quotation marks were lost or it runs on from a quotation. (Of 20 negation
#: findings on the 52 judged stories that this makes each someone's, 10 were read as two
#: speakers' statements, none as a conflict between outlets.)
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Mm]y|[Oo]ur|me|us)\b")


#: Verbs that give a view as someone's, beside the words of speech: "has clarified that",
#: "believes the video was staged", "security officials revealed".
_VIEW = re.compile(
    r"\b(?:say|clarified|clarifies|revealed|reveals|suggested|suggests|believes|thinks|suspects?|admitted|admits|"
    r"acknowledged|maintains|maintained|argued|argues)\b",
    re.IGNORECASE,
)


def _told(text: str) -> bool:
    return bool(_SPEECH.search(text) or _VIEW.search(text) or _A_QUOTATION.match(text) or _FIRST_PERSON.search(text))


#: Words that pass a claim on rather than state it: "a story currently making the rounds",
#: "went viral after a video allegedly showed", "supposedly ... was stolen", "by some accounts".
_PASSED_ON = re.compile(
    r"\b(?:(?:went|gone|going)\s+viral|(?:making|doing)\s+the\s+rounds|circulat(?:ing|ed)|by\s+some\s+accounts|"
    r"rumou?r(?:s|ed)?|supposedly|allegedly|alleged|reportedly|purportedly|apparently|claim(?:s|ed)?|"
    r"believed|scuttlebutt|speculat(?:e|ion|ed|es|ing))\b",
    re.IGNORECASE,
)
#: A value that holds the denial: "not the wife", "isn't stolen", "no such biopsy".
_DENYING_VALUE = re.compile(r"\b(?:not|no|never|none|nor|neither|cannot)\b|n[’']t\b", re.IGNORECASE)


def passes_a_claim_on(text: str) -> bool:
    """The sentence gives what it says as a rumour, a report or someone's claim."""
    return _PASSED_ON.search(text) is not None


def _plain_side(a: Sentence, b: Sentence, finding: Finding) -> tuple[Sentence, tuple[tuple[int, int], ...]] | None:
    """The sentence whose value states what the other's value denies, with its value's
    spans; None when both values deny or neither does."""
    denied_in_a = bool(_DENYING_VALUE.search(finding.a_value))
    if denied_in_a == bool(_DENYING_VALUE.search(finding.b_value)):
        return None
    return (b, finding.b_spans) if denied_in_a else (a, finding.a_spans)


def _claim_passed_on(a: Sentence, b: Sentence, finding: Finding) -> bool:
    """The sentence that states what the other denies passes it on as a rumour, a report or
    a claim ("supposedly an actual Batmobile was stolen" against "the Batmobile isn't
    stolen"): a claim and its denial. Of 48 negation findings so marked on judged real news,
    28 were read as a claim and someone's denial of it, 6 as a conflict between outlets."""
    plain = _plain_side(a, b, finding)
    return plain is not None and passes_a_claim_on(plain[0].text)


#: A noun of things said, right after the word the denial meets: "the ceasefire claims",
#: "the 'Banksy arrested' story", "the meteorite report". The other sentence names a claim,
#: and a denial of what it claims is that claim's denial.
_A_CLAIM_AFTER = re.compile(
    r"['’\"”]?\s+(?:claims?|reports?|stor(?:y|ies)|rumou?rs?|hoax(?:es)?|myths?|theor(?:y|ies)|headlines?)\b", re.IGNORECASE
)


def _claim_named(a: Sentence, b: Sentence, finding: Finding) -> bool:
    """The word the denial meets names what a claim, a report or a story says. (Of 7
    findings so met on the 52 judged stories, 3 were read as a claim and its denial, none as
    a conflict between outlets.)"""
    plain = _plain_side(a, b, finding)
    return plain is not None and any(_A_CLAIM_AFTER.match(plain[0].text, end) for _, end in plain[1])


def as_denied_claim(a: Sentence, b: Sentence, finding: Finding) -> Finding:
    """``finding`` as a ``denied-claim`` when it sets two speakers' statements against each
    other; otherwise unchanged."""
    if finding.kind not in RECLASSIFIED_KINDS:
        return finding
    # A denial against a claim the other sentence gives to a report ("an article claiming
    # that Banksy has been arrested") is that claim and its denial.
    negation = finding.kind == "negation"
    if not negation and not either_denies(a, b):
        return finding  # "reportedly has been revealed" / "has been identified": a hedge, no one denies
    if negation and withholds_confirmation(finding):
        lead = "a confirmation withheld, not a denial"
    elif negation and (_REVERSAL.search(a.text) or _REVERSAL.search(b.text)):
        lead = "a report reversed later"
    elif (negation and (relays_a_report(a.text) or relays_a_report(b.text) or _each_told_by_another(a, b))) or is_two_speakers(
        a, b, hedges=negation
    ):
        lead = "two speakers"
    elif negation and (_claim_passed_on(a, b, finding) or _claim_named(a, b, finding)):
        lead = "a claim passed on, and its denial"
    else:
        return finding
    return replace(
        finding, kind=KIND, severity="low",
        explanation=f"{lead}: {finding.explanation} (each outlet may report both statements)",
    )
