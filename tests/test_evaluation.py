"""`consistency eval`: scoring against labelled pairs, on a hand-built set and on eval/."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.evaluation import evaluate
from tests.conftest import FakeEmbedder

REPO_EVAL = Path(__file__).resolve().parent.parent / "eval"

HERALD = "The fire began on the 12th floor of Kestrel Tower on Tuesday. About 900 workers left the tower by the stairs."
COURIER = "The fire began on the 14th floor of Kestrel Tower on Tuesday. Roughly 900 workers left the tower by the stairs."


@pytest.fixture
def labelled_set(tmp_path, write_article):
    folder = tmp_path / "set"
    write_article("stories/fire/herald.txt", "Harbour Herald", HERALD, folder=folder)
    write_article("stories/fire/courier.txt", "Daily Courier", COURIER, folder=folder)
    labels = [
        {"id": "fire-d01", "label": "divergence", "kind": "number",
         "a": {"source": "Harbour Herald", "sentence": "The fire began on the 12th floor of Kestrel Tower on Tuesday.", "value": "12th"},
         "b": {"source": "Daily Courier", "sentence": "The fire began on the 14th floor of Kestrel Tower on Tuesday.", "value": "14th"}},
        {"id": "fire-t01", "label": "trap", "kind": "approximation",
         "a": {"source": "Harbour Herald", "sentence": "About 900 workers left the tower by the stairs.", "value": "About 900"},
         "b": {"source": "Daily Courier", "sentence": "Roughly 900 workers left the tower by the stairs.", "value": "Roughly 900"}},
    ]
    (folder / "labels").mkdir()
    (folder / "labels" / "fire.jsonl").write_text("\n".join(json.dumps(label) for label in labels) + "\n")
    return folder


def test_evaluation_counts_found_divergences_and_untouched_traps(labelled_set):
    result = evaluate(labelled_set, embedder=FakeEmbedder())
    number = next(score for score in result.kinds if score.kind == "number")
    assert (number.found, number.divergences, number.precision) == (1, 1, 1.0)
    assert result.traps_flagged == {} and result.traps_total == {"approximation": 1}
    assert result.missed == ()


def test_cli_eval_prints_recall_and_precision_per_kind(labelled_set):
    result = CliRunner().invoke(app, ["eval", str(labelled_set), "--model", "fake", "-q"], catch_exceptions=False,
                                env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "number" in result.stdout and "1/1" in result.stdout and "approximation 0/1" in result.stdout


def test_evaluation_counts_every_reported_finding_and_what_the_table_lists_apart(labelled_set):
    from consistency.pipeline import CheckSettings

    result = evaluate(labelled_set, embedder=FakeEmbedder())  # the verifier scores by default
    assert result.listed is not None
    assert result.listed.overall.found <= result.overall.found == 1
    assert evaluate(labelled_set, CheckSettings(verifier=""), embedder=FakeEmbedder()).listed is None


def test_cli_eval_refuses_a_folder_without_labels(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--model", "fake"])
    assert result.exit_code == 2 and "is not an evaluation set" in result.stderr


@pytest.mark.model
def test_evaluation_on_our_labelled_set_stays_above_measured_floors(real_embedder):
    # Floors a little under what the comparators reach now (recall: number 0.86, time 0.94,
    # date 0.79, quote 0.93, attribution 0.65, negation 0.83, modality 0.71, entity 0.38;
    # overall recall 0.81 and precision 0.91); a change that lowers them fails here. The
    # overall floors are the targets the comparators were built to. Entity fell from 0.44
    # when different names in sentences that make different statements stopped counting
    # (on real news nearly all such findings were wrong).
    result = evaluate(REPO_EVAL, embedder=real_embedder)
    floors = {"number": 0.8, "time": 0.9, "date": 0.7, "quote": 0.85, "attribution": 0.55,
              "negation": 0.7, "modality": 0.65, "entity": 0.35}
    recall = {score.kind: round(score.recall, 2) for score in result.kinds}
    assert {kind: recall[kind] for kind in floors if recall[kind] < floors[kind]} == {}
    assert result.overall.recall >= 0.80
    assert result.overall.precision >= 0.85


@pytest.mark.model
def test_evaluation_on_the_second_labelled_set_stays_above_measured_floors(real_embedder):
    # eval-heldout/ was written without sight of the comparators: 0.65 recall / 0.79
    # precision at first, 0.82 / 0.93 after the fixes its errors suggested.
    result = evaluate(REPO_EVAL.parent / "eval-heldout", embedder=real_embedder)
    assert result.overall.recall >= 0.75
    assert result.overall.precision >= 0.85


def test_a_labelled_denial_reported_as_two_speakers_statements_counts_as_found(tmp_path, write_article):
    from consistency.pipeline import CheckSettings

    folder = tmp_path / "set"
    claim = "Police detained 14 people after the match near the stadium, spokesman Ana Ruiz told reporters."
    denial = "No one was detained by police after the match near the stadium, mayor Tomas Lind told reporters."
    shared = "Kestrel Rovers beat Harbour Town 2-1 at Kestrel Stadium on Saturday."
    write_article("stories/match/herald.txt", "Harbour Herald", f"{shared} {claim}", folder=folder)
    write_article("stories/match/courier.txt", "Daily Courier", f"{shared} {denial}", folder=folder)
    label = {"id": "match-d01", "label": "divergence", "kind": "negation",
             "a": {"source": "Harbour Herald", "sentence": claim, "value": "detained"},
             "b": {"source": "Daily Courier", "sentence": denial, "value": "No one was detained"}}
    (folder / "labels").mkdir()
    (folder / "labels" / "match.jsonl").write_text(json.dumps(label) + "\n")
    result = evaluate(folder, CheckSettings(verifier=""), embedder=FakeEmbedder())
    negation = next(score for score in result.kinds if score.kind == "negation")
    assert (negation.found, negation.divergences) == (1, 1)
