"""The same-fact verifier: its features, the shipped model's behaviour, and how `check
--verifier` shows its scores."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest

from consistency.errors import InputError, ModelError
from consistency.judged import finding_key, load_judgements
from consistency.pipeline import CheckSettings, check_documents, compare_statements
from consistency.records import AlignedPair, Finding, Sentence
from consistency.verifier import FEATURES, REPORT_THRESHOLD, StoryContext, Verifier, finding_features, severity_of
from tests.conftest import REPO, make_document
from tests.test_cli import invoke


def _number_finding(text_a: str, value_a: str, text_b: str, value_b: str, similarity: float = 0.85):
    a = Sentence("a", "Harbour Herald", 0, text_a, 0, len(text_a))
    b = Sentence("b", "Daily Courier", 0, text_b, 0, len(text_b))
    start_a, start_b = text_a.index(value_a), text_b.index(value_b)
    finding = Finding(
        "number", 0.9, "high", value_a, value_b, ((start_a, start_a + len(value_a)),), ((start_b, start_b + len(value_b)),),
        f"Harbour Herald says '{value_a}'; Daily Courier says '{value_b}'",
    )
    pair = AlignedPair(a, b, similarity, "paraphrase")
    return pair, finding


def _features(pair, finding) -> dict[str, float]:
    return dict(zip(FEATURES, finding_features(pair, finding, StoryContext.build([pair], [(pair, finding)]))))


def _probability(pair, finding) -> float:
    return Verifier.load().probability(list(_features(pair, finding).values()))


def test_verifier_trusts_values_of_one_counted_thing_more_than_of_two():
    one_thing = _number_finding(
        "At least 14 people were killed in the blast at the depot.", "14 people",
        "The blast at the depot killed at least 12 people, police said.", "12 people",
    )
    two_things = _number_finding(
        "At least 14 people were killed in the blast at the depot.", "14 people",
        "Firefighters needed 12 hours to put out the blaze at the depot.", "12 hours",
    )
    assert _probability(*one_thing) > _probability(*two_things)


def test_verifier_trusts_two_tolls_of_one_event_told_in_other_words():
    # "the death toll reached 49" and "112 bodies" count the dead, however worded; "49
    # flats" and "112 bodies" do not count one thing.
    toll = _number_finding(
        "The confirmed death toll has reached 49, officials said.", "49",
        "Rescuers said 112 bodies had been dug out of the rubble.", "112 bodies",
    )
    flats = _number_finding(
        "The blast destroyed 49 flats in the block.", "49 flats",
        "Rescuers said 112 bodies had been dug out of the rubble.", "112 bodies",
    )
    assert (_features(*toll)["one_toll"], _features(*flats)["one_toll"]) == (1.0, 0.0)
    assert _probability(*toll) > _probability(*flats)


def test_verifier_trusts_a_conflict_in_the_articles_leads_more_than_one_deep_in_their_background():
    lead_a, lead_b = "At least 14 people were killed in the blast at the depot.", "The blast at the depot killed at least 12 people."
    background_a, background_b = "The depot was built in 1962 by the port authority.", "Its owners bought the site in 1960."

    def in_article(index_a: int, index_b: int):
        pair, finding = _number_finding(lead_a, "14 people", lead_b, "12 people")
        a, b = replace(pair.a, index=index_a), replace(pair.b, index=index_b)
        # The rest of each article, so the story knows how long the articles are.
        rest = AlignedPair(Sentence("a", "Harbour Herald", 9, background_a, 0, len(background_a)),
                           Sentence("b", "Daily Courier", 9, background_b, 0, len(background_b)), 0.3, "paraphrase")
        pair = replace(pair, a=a, b=b)
        context = StoryContext.build([pair, rest], [(pair, finding)])
        return dict(zip(FEATURES, finding_features(pair, finding, context)))

    lead, deep = in_article(0, 1), in_article(8, 9)
    assert (lead["depth"], deep["depth"]) == (1 / 9, 1.0)
    assert Verifier.load().probability(list(lead.values())) > Verifier.load().probability(list(deep.values()))


def _quote_finding(quote_a: str, quote_b: str):
    text_a, text_b = f'"{quote_a}," the minister said.', f'"{quote_b}," the minister said.'
    pair, _ = _number_finding(text_a, quote_a, text_b, quote_b)
    start_a, start_b = text_a.index(quote_a), text_b.index(quote_b)
    finding = Finding("quote", 0.7, "medium", quote_a, quote_b, ((start_a, start_a + len(quote_a)),),
                      ((start_b, start_b + len(quote_b)),), "the two outlets quote the minister differently")
    return pair, finding


def test_verifier_trusts_one_remark_reworded_more_than_two_remarks_that_share_a_phrase():
    reworded = _quote_finding("we will not pay a ransom to these people", "we are not going to pay a ransom to these people")
    two_remarks = _quote_finding("the border is not secure and we know it", "nobody knows if the border is secure")
    kept_reworded, kept_apart = _features(*reworded)["quote_words_kept"], _features(*two_remarks)["quote_words_kept"]
    assert kept_reworded > 0.8 > 0.7 > kept_apart
    assert _probability(*reworded) > _probability(*two_remarks)
    # A quotation too short to tell is not held against the finding.
    assert _features(*_quote_finding("very pale and quite useless", "rather useless"))["quote_words_kept"] == 1.0


def test_verified_scores_are_probabilities_and_severity_follows_them(fake_embedder):
    documents = [
        make_document("a", "Harbour Herald", "A fire on the 12th floor of Kestrel Tower killed three people on Tuesday."),
        make_document("b", "Daily Courier", "A fire on the 14th floor of Kestrel Tower killed three people on Tuesday."),
    ]
    rules = check_documents(documents, CheckSettings(verifier=""), embedder=fake_embedder)
    verified = check_documents(documents, CheckSettings(), embedder=fake_embedder)  # the verifier scores by default
    assert [d.finding.kind for d in verified.discrepancies] == [d.finding.kind for d in rules.discrepancies] == ["number"]
    finding = verified.discrepancies[0].finding
    assert finding.score != rules.discrepancies[0].finding.score
    assert finding.severity == severity_of(finding.score)


def test_compare_with_the_verifier_scores_the_pair_in_place():
    plain = compare_statements("Police said 40 people were injured.", "Police said 30 people were injured.", similarity=0.9)
    verified = compare_statements(
        "Police said 40 people were injured.", "Police said 30 people were injured.", CheckSettings(verifier="default"), similarity=0.9
    )
    assert len(plain.discrepancies) == len(verified.discrepancies) == 1
    assert 0.0 < verified.discrepancies[0].finding.score < 1.0


def test_a_denied_claim_is_never_high_however_sure_the_verifier_is():
    from consistency.verifier import verify_findings

    pair, finding = _number_finding(
        "Local officials said a meteorite caused the 12 metre crater.", "meteorite",
        "NASA said the 12 metre crater was not caused by a meteorite.", "not caused by a meteorite",
    )
    claim = replace(finding, kind="denied-claim", severity="low")
    certain = Verifier([40.0 if name == "bias" else 0.0 for name in FEATURES])
    [(_, verified)] = verify_findings([(pair, claim)], StoryContext.build([pair], [(pair, claim)]), certain)
    [(_, number)] = verify_findings([(pair, finding)], StoryContext.build([pair], [(pair, finding)]), certain)
    unsure = Verifier([-40.0 if name == "bias" else 0.0 for name in FEATURES])
    [(_, doubtful)] = verify_findings([(pair, claim)], StoryContext.build([pair], [(pair, claim)]), unsure)
    assert verified.score == number.score == 1.0
    assert (verified.severity, number.severity) == ("medium", "high")
    assert doubtful.severity == "low"


def test_a_kind_real_news_seldom_bears_out_is_scored_lower_than_its_features_alone_say():
    # The shipped calibration has a shift per kind: on judged real news a date finding was
    # right 4 times in 146, while the labelled sets the model also learns from call dates right.
    pair, number = _number_finding(
        "The strike began on Monday, the union said.", "Monday", "The strike began on Tuesday, the union said.", "Tuesday",
    )
    features = list(_features(pair, replace(number, kind="date")).values())
    shipped = Verifier.load()
    unshifted = Verifier(shipped.weights, shipped.calibration)
    assert shipped.probability(features) < unshifted.probability(features)
    record = json.loads((REPO / "models" / "verifier.json").read_text(encoding="utf-8"))
    lower = {**record["kind_shifts"], "date": record["kind_shifts"]["date"] - 1.0}
    assert Verifier(shipped.weights, shipped.calibration, lower, record["kind_slopes"]).probability(features) < shipped.probability(features)


def test_a_kind_whose_findings_the_features_cannot_tell_apart_keeps_near_its_own_rate():
    # A slope of -1 for a kind flattens its log-odds to the kind's shift, whatever the
    # features say: a hedge on real news is rarely a conflict, however alike the sentences.
    pair, number = _number_finding(
        "The strike began on Monday, the union said.", "Monday", "The strike began on Tuesday, the union said.", "Tuesday",
    )
    strong = list(_features(pair, replace(number, kind="modality")).values())
    weak = list(_features(pair, replace(number, kind="modality", score=0.05, severity="low")).values())
    shipped = Verifier.load()
    flat = Verifier(shipped.weights, shipped.calibration, {"modality": -3.0}, {"modality": -1.0})
    assert flat.probability(strong) == pytest.approx(flat.probability(weak)) == pytest.approx(1 / (1 + math.exp(3.0)))
    assert Verifier(shipped.weights, shipped.calibration).probability(strong) > Verifier(shipped.weights, shipped.calibration).probability(weak)


def test_a_verifier_trained_on_other_features_is_refused(tmp_path):
    model = tmp_path / "verifier.json"
    model.write_text(json.dumps({"features": ["bias", "similarity"], "weights": [0.0, 1.0]}), encoding="utf-8")
    with pytest.raises(ModelError, match="retrain"):
        Verifier.load(model)


def test_severity_thresholds_split_the_probability_scale():
    assert [severity_of(p) for p in (0.9, 0.5, 0.3, 0.2, 0.1)] == ["high", "high", "medium", "medium", "low"]


@pytest.fixture
def strong_and_weak_findings(tmp_path):
    """Two outlets that disagree twice: on a floor, and on who made a remark."""
    (tmp_path / "a.txt").write_text(
        "---\nsource: Harbour Herald\n---\nThe fire on the 12th floor of Kestrel Tower killed three people on Tuesday.\n"
        "The mayor said the tower would reopen within a month.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "---\nsource: Daily Courier\n---\nThe fire on the 14th floor of Kestrel Tower killed three people on Tuesday.\n"
        "The fire chief said the tower would reopen within a month.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_check_verifier_lists_findings_above_the_threshold_and_json_keeps_all(strong_and_weak_findings, tmp_path_factory, monkeypatch):
    # A verifier that believes numbers and doubts attributions, so the test does not hang on
    # what the shipped model learnt.
    weights = [5.0 if name == "kind=number" else -5.0 if name == "kind=attribution" else 0.0 for name in FEATURES]
    model = tmp_path_factory.mktemp("model") / "verifier.json"
    model.write_text(json.dumps({"features": list(FEATURES), "weights": weights, "calibration": [1.0, 0.0]}), encoding="utf-8")
    monkeypatch.setattr("consistency.pipeline.DEFAULT_VERIFIER", model)
    folder = str(strong_and_weak_findings)
    report = json.loads(invoke("check", folder, "--model", "fake", "--verifier", "--format", "json").output)
    scores = {d["kind"]: d["score"] for d in report["discrepancies"]}
    assert scores["attribution"] < REPORT_THRESHOLD <= scores["number"]
    table = invoke("check", folder, "--model", "fake", "--verifier", "--quiet").output
    assert "Shown      1 of 2" in table and "--all shows every one" in table and "fire chief" not in table
    everything = invoke("check", folder, "--model", "fake", "--verifier", "--all", "--quiet").output
    assert "Shown" not in everything and "fire chief" in everything


def test_judgement_keys_ignore_the_order_of_the_two_sentences():
    assert finding_key("number", "d1", "12 dead.", "d2", "14 dead.") == finding_key("number", "d2", "14 dead.", "d1", "12 dead.")
    assert finding_key("number", "d1", "12 dead.", "d2", "14 dead.") != finding_key("date", "d1", "12 dead.", "d2", "14 dead.")


def test_a_judgement_with_an_unknown_verdict_names_file_and_line(tmp_path):
    path = tmp_path / "judgements.jsonl"
    path.write_text(
        json.dumps({"key": "j1", "story": "s", "kind": "number", "verdict": "real"}) + "\n"
        + json.dumps({"key": "j2", "story": "s", "kind": "number", "verdict": "maybe"}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as raised:
        load_judgements(path)
    assert "maybe" in str(raised.value) and raised.value.line == 2


def test_every_judged_real_news_finding_has_a_known_verdict():
    judgements = load_judgements(REPO / "eval-real" / "judgements.jsonl")
    assert len(judgements) >= 300
    assert len({j.story for j in judgements.values()}) >= 20


def test_a_story_is_scored_the_same_checked_alone_or_beside_another():
    # A story's finding density is its own: the other story's pairs, none of them flagged,
    # must not make this story's one finding look rarer than it is.
    pair, finding = _number_finding(
        "At least 14 people were killed in the blast at the depot.", "14 people",
        "The blast at the depot killed at least 12 people, police said.", "12 people",
    )
    quiet = [
        AlignedPair(Sentence("c", "Coastal Wire", i, f"The ferry carried {n} cars.", 0, 24),
                    Sentence("d", "Northern Post", i, f"The ferry took {n} cars.", 0, 21), 0.8, "paraphrase")
        for i, n in enumerate((10, 20, 30))
    ]
    alone = StoryContext.build([pair], [(pair, finding)])
    beside = StoryContext.build([pair, *quiet], [(pair, finding)], story_of_document={"a": 0, "b": 0, "c": 1, "d": 1})
    as_one_story = StoryContext.build([pair, *quiet], [(pair, finding)])
    assert finding_features(pair, finding, beside) == finding_features(pair, finding, alone)
    assert (alone.finding_density(pair), as_one_story.finding_density(pair)) == (1.0, 0.25)


def test_check_scores_with_the_verifier_unless_told_rules_only(tmp_path, write_article):
    write_article("herald.txt", "Harbour Herald", "A fire on the 12th floor of Kestrel Tower killed three people on Tuesday.", folder=tmp_path)
    write_article("courier.txt", "Daily Courier", "A fire on the 14th floor of Kestrel Tower killed three people on Tuesday.", folder=tmp_path)
    verified = json.loads(invoke("check", str(tmp_path), "--model", "fake", "-q", "--format", "json").stdout)
    rules = json.loads(invoke("check", str(tmp_path), "--model", "fake", "-q", "--format", "json", "--rules-only").stdout)
    [by_verifier], [by_rules] = verified["discrepancies"], rules["discrepancies"]
    assert by_verifier["kind"] == by_rules["kind"] == "number"
    assert by_verifier["score"] != by_rules["score"]
    assert by_verifier["severity"] == severity_of(by_verifier["score"])


def test_a_finding_on_a_title_case_line_scores_lower_than_on_a_sentence():
    # Inside articles, title-case lines are mostly related links and captions: on judged
    # real news their findings were nearly all wrong, so the shipped model doubts them.
    denial = "The street painter has not been arrested, police said."
    settings = CheckSettings(verifier="default")
    headline = compare_statements("Street Painter Arrested In Bristol After Night Raid", denial, settings, similarity=0.7)
    sentence = compare_statements("The street painter was arrested in Bristol after a night raid.", denial, settings, similarity=0.7)
    [on_headline], [on_sentence] = headline.discrepancies, sentence.discrepancies
    assert on_headline.finding.kind == on_sentence.finding.kind == "negation"
    assert on_headline.finding.score < on_sentence.finding.score


def test_verifier_trusts_a_denial_many_outlet_pairs_repeat_more_than_a_chance_match():
    def negation(doc_a: str, text_a: str, value_a: str, doc_b: str, text_b: str, value_b: str):
        a = Sentence(doc_a, doc_a.title(), 0, text_a, 0, len(text_a))
        b = Sentence(doc_b, doc_b.title(), 0, text_b, 0, len(text_b))
        start_a, start_b = text_a.index(value_a), text_b.index(value_b)
        finding = Finding("negation", 0.7, "medium", value_a, value_b, ((start_a, start_a + len(value_a)),),
                          ((start_b, start_b + len(value_b)),), f"'{value_a}' / '{value_b}'")
        return AlignedPair(a, b, 0.7, "paraphrase"), finding

    # Four outlets say the woman is the commander's wife, two deny it: eight findings set
    # "wife" against "not the commander's wife".
    claims = [(f"claim{i}", f"Officials said the woman held at the border is the commander's wife ({i}).", "wife") for i in range(4)]
    denials = [("deny0", "The woman held at the border is not the commander's wife.", "not the commander's wife"),
               ("deny1", "She is not the commander's wife, the ministry said.", "not the commander's wife")]
    repeated = [negation(*claim, *denial) for claim in claims for denial in denials]
    once = negation("other", "The commander's convoy was not stopped at the border.", "not stopped",
                    "claim0", "Officials said the convoy was stopped at the border before dawn.", "stopped")
    context = StoryContext.build([pair for pair, _ in (*repeated, once)], [*repeated, once])
    features = {name: dict(zip(FEATURES, finding_features(pair, finding, context))) for name, (pair, finding) in
                (("repeated", repeated[0]), ("once", once))}
    assert round(math.exp(features["repeated"]["value_pair_repeats"])) == 8 and features["once"]["value_pair_repeats"] == 0.0
    verifier = Verifier.load()
    # The same finding scores higher when the story repeats it than when it stands alone.
    alone = dict(features["repeated"], value_pair_repeats=0.0)
    assert verifier.probability(list(features["repeated"].values())) > verifier.probability(list(alone.values()))
