"""``modality``: one outlet states as fact what the other reports as possible, planned or
suspected ("the airline said it would ground the aircraft" vs "the airline is considering
grounding the jet"; "a broken rail is suspected as the cause" vs "a broken rail caused the
derailment").

A hedge ("may", "could", "is considering", "is expected to", "probably", "suspected")
governs the next content words of its clause (see ``_scope``). The pair differs in
certainty when the other sentence states one of those words with no hedge of its own.
"Would" after "said" reports a decision and is not a hedge; "could not" and "may not" are
negations, left to that comparator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consistency.comparators import PairContext, comparators, confidence_from_similarity, other_statements, shared_statement
from consistency.comparators._scope import Scope, first_contradiction, scopes, span_finding
from consistency.comparators.denied_claim import denies_a_claim, either_denies, is_two_speakers, passes_a_claim_on, passes_on_hearsay
from consistency.memo import per_sentence
from consistency.records import Finding, Sentence

#: As for negation: below this cosine the sentences are rarely about one fact.
MIN_SIMILARITY = 0.3
#: Below this share of one sentence's content words found in the other (``shared_statement``),
#: a hedge is not against the other sentence. On judged real news 0 of 24 modality findings
#: below it were real; on eval/ and eval-heldout/ no divergence found is lost.
MIN_SHARED_STATEMENT = 0.3

#: One-word hedges.
_HEDGES = {
    "may", "might", "could", "possibly", "possible", "perhaps", "likely", "probably", "suspected",
    "believed", "appeared", "appears", "seemed", "seems", "expected", "considering",
    "weighing", "studying", "exploring", "mulling", "hoped", "hopes", "hoping", "plans", "planning", "aims",
    "intends", "reportedly", "allegedly", "apparently", "unconfirmed", "estimated", "estimates", "projected",
}
#: Hedges that say where a fact comes from or shield the outlet legally: outlets use them by
#: house style, not because they doubt what another states (of 36 such findings judged on
#: real news, 3 were real; none of our labelled divergences has one). They count only where
#: one speaker's claim meets another's denial, both sentences attributed (``denied-claim``):
#: with one attribution enough, 259 more such findings came, judged mostly style.
_REPORTING_HEDGES = {"reportedly", "allegedly", "apparently"}
#: Words that mark a figure as an estimate: what they govern is not stated as fact, but an
#: estimate against a plain figure is how numbers are reported, not a change of certainty.
_ESTIMATES = {"estimated", "estimates", "projected"}
#: Hedges that hedge only as "... to <verb>".
_NEEDS_TO = {"plans", "planning", "aims", "intends", "hoped", "hopes", "hoping", "expected"}
#: Verbs of seeming and believing hedge a statement only as "... to <verb>" or "... that":
#: "is believed to be held", "appeared to have come from".
_SEEMING = {"believed", "appeared", "appears", "seemed", "seems"}
#: Hedges of more than one word, matched before the one-word ones.
_PHRASES = (("looking", "into"), ("thinking", "about"), ("is", "set", "to"))
#: Words after a hedge that make it something else: "could not" is a negation, "may also"
#: still hedges the next word.
_NOT_HEDGING = {"not", "never", "be"}


def _cue_length(tokens: list[re.Match], index: int) -> int:
    word = tokens[index].group().lower()
    following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
    for words in _PHRASES:
        if word == words[0] and [token.group().lower() for token in tokens[index: index + len(words)]] == list(words):
            return len(words)
    if word not in _HEDGES or following in _NOT_HEDGING:
        return 0
    if tokens[index].group() in ("May", "MAY") and index > 0:
        return 0  # the month
    if word in _NEEDS_TO and following != "to":
        return 0  # "plans for a cable" names a plan; "plans to build" hedges
    if word in _SEEMING and following not in ("to", "that"):
        return 0  # "many users believed the report", "it seemed the family knew": no hedge on what follows
    if following.endswith(("n't", "n’t")):
        return 0  # "probably don't": a negation, left to that comparator
    if word in ("may", "might", "could") and index > 0 and tokens[index - 1].group().lower() in ("you", "we", "i"):
        return 0  # "we could see": ability, not uncertainty
    if word == "possible" and _SOUGHT.search(tokens[index].string, 0, tokens[index].start()):
        return 0  # "searching buildings for possible explosives": what is sought is never stated as found
    return 1


#: A search and what it is for, up to the hedged word: "searching basements of thousands of
#: buildings for possible explosives". Looking for a thing does not say it is there, with or
#: without "possible": "searched for stores of explosives" says the same.
_SOUGHT = re.compile(
    r"\b(?:search\w*|look(?:s|ed|ing)?|hunt\w*|check\w*|screen\w*|scour\w*|comb\w*|sweep\w*|test\w*|monitor\w*)\b"
    r"(?:\s+[\w'’,-]+){0,7}?\s+for\s+$",
    re.IGNORECASE,
)


def _governed(cue: str) -> int:
    return 1


@per_sentence(maxsize=65536)
def hedges(text: str) -> tuple[Scope, ...]:
    return scopes(text, _cue_length, _governed, skip_quoted=False)


#: Words that state a finding as settled; against a hedge on the same fact they differ in
#: certainty even when the hedged verb is worded differently ("appeared to have come from
#: the oven" vs "confirmed that the oven's wiring overheated").
_CERTAIN = re.compile(r"\b(?:confirmed|has been identified|had been identified|established|determined|proved|proven)\b", re.IGNORECASE)
#: The confirmed-versus-hedged rule needs sentences closer than a shared word would.
CERTAINTY_SIMILARITY = 0.45


def _hedge_against_certainty(a: str, b: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    for first, second, flipped in ((a, b, False), (b, a, True)):
        scopes = hedges(first)
        certain = _CERTAIN.search(second)
        if scopes and certain and not _CERTAIN.search(first) and not hedges(second):
            span = (scopes[0].start, scopes[0].end)
            return (certain.span(), span) if flipped else (span, certain.span())
    return None


def _not_a_name(scope: Scope, own_text: str, other_text: str, where: tuple[int, int]) -> bool:
    """A hedge on a name ("suspected GIA members", "appears to be Instagram user x") doubts
    what is said of it, not the name: another sentence naming it states nothing against it."""
    return not (where[0] > 0 and other_text[where[0]].isupper())


def _both_pass_it_on(conflict: tuple[tuple[int, int], tuple[int, int]], scopes_a: Sequence[Scope], a: str, b: str) -> bool:
    """The sentence that states plainly what the other hedges passes it on too, as a report,
    a rumour or a source's claim, and denies nothing ("has gone missing, believed stolen, the
    scuttlebutt from sources says" against "has probably been stolen"): both outlets give the
    claim as a claim. Of 80 such findings judged on real news, 18 were right."""
    hedged_in_a = any(scope.start == conflict[0][0] for scope in scopes_a)
    plain = b if hedged_in_a else a
    return (passes_a_claim_on(plain) or passes_on_hearsay(plain)) and not denies_a_claim(plain)


@comparators.register("modality")
def compare_modality(a: Sentence, b: Sentence, context: PairContext) -> list[Finding]:
    if context.similarity < MIN_SIMILARITY or other_statements(a, b, context):
        return []
    scopes_a, scopes_b = hedges(a.text), hedges(b.text)
    if not (scopes_a or scopes_b):
        return []
    two_speakers: bool | None = None  # worked out once, and only for a reporting hedge
    denied = either_denies(a, b)

    def usable(scope: Scope) -> bool:
        nonlocal two_speakers
        if scope.cue in _ESTIMATES:
            return False
        if scope.cue in _REPORTING_HEDGES:
            if two_speakers is None:
                # "claims she had surgery" and "allegedly had surgery" both pass the claim on.
                two_speakers = is_two_speakers(a, b, both_attributed=True) and denied
            return two_speakers
        return True

    # Two outlets' sentences that share a word or two make two statements: one hedging its
    # own ("an airline reportedly has plans to separate passengers") is not the other stating
    # it as fact ("the country is known for its gender segregation"). Two speakers' claim and
    # doubt stay: they become a denied-claim.
    one_statement = shared_statement(a.text, b.text) >= MIN_SHARED_STATEMENT or is_two_speakers(a, b)

    def against_a_statement(scope: Scope, own_text: str, other_text: str, where: tuple[int, int]) -> bool:
        # "The leader is believed to be in hospital" against "remains in hospital, a source
        # claimed": the other outlet passes on hearsay too. (Against a denial, the two are a
        # claim and a doubt: a denied-claim.)
        return _not_a_name(scope, own_text, other_text, where) and (denied or not passes_on_hearsay(other_text))

    conflict = one_statement and first_contradiction(scopes_a, scopes_b, a.text, b.text, usable=usable, accept=against_a_statement)
    if not conflict and context.similarity >= CERTAINTY_SIMILARITY:
        conflict = _hedge_against_certainty(a.text, b.text)
    if not conflict:
        return []
    if _both_pass_it_on(conflict, scopes_a, a.text, b.text):
        return []
    score = confidence_from_similarity(context.similarity) * 0.7
    # Low: on judged real news 4 modality findings in 81 were right; a hedge is most often a
    # speaker's caution, not a different fact (docs/real-news.md).
    return [span_finding("modality", a, b, conflict, score, "low", "one states as fact what the other hedges")]
