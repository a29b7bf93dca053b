"""The optional NLI stage, run with tiny cross-encoders built here: their classifier is
set so one label always wins, which makes what the stage must report known in advance."""

import json

import pytest

from consistency.contradiction import ContradictionModel, contradiction_label
from consistency.errors import ModelError
from consistency.pipeline import CheckSettings, ContradictionSettings, check_documents, compare_statements
from consistency.records import Document
from tests.conftest import FakeEmbedder

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "fire", "began", "on", "floor", "12th", "14th", "."]


def build_cross_encoder(folder, labels, winner):
    """A one-layer BERT classifier whose output ``winner`` always has the highest score."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder.mkdir(parents=True)
    (folder / "vocab.txt").write_text("\n".join(VOCABULARY) + "\n", encoding="utf-8")
    config = BertConfig(
        vocab_size=len(VOCABULARY), hidden_size=8, num_hidden_layers=1, num_attention_heads=2, intermediate_size=16,
        max_position_embeddings=64, num_labels=len(labels),
        id2label=dict(enumerate(labels)), label2id={label: index for index, label in enumerate(labels)},
    )
    torch.manual_seed(0)
    model = BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor([8.0 if index == winner else 0.0 for index in range(len(labels))]))
    model.save_pretrained(folder)
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt")).save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("nli")
    return {
        # The usual order, contradiction winning.
        "contradicts": build_cross_encoder(root / "contradicts", ["entailment", "neutral", "contradiction"], 2),
        # Contradiction first in this model's config: the stage must read the config, not assume.
        "reordered": build_cross_encoder(root / "reordered", ["CONTRADICTION", "entailment", "neutral"], 0),
        # Entailment wins: nothing to report.
        "agrees": build_cross_encoder(root / "agrees", ["entailment", "neutral", "contradiction"], 0),
    }


A, B = "The fire began on the 12th floor.", "The fire began on the 14th floor."


def contradictions(folder, threshold=0.5):
    comparison = compare_statements(A, B, CheckSettings(nli=ContradictionSettings(str(folder), threshold)), similarity=0.9)
    return [d.finding for d in comparison.discrepancies if d.finding.kind == "contradiction"]


def test_a_contradiction_model_adds_a_contradiction_finding_over_both_sentences(models):
    [finding] = contradictions(models["contradicts"])
    assert finding.score > 0.99 and finding.severity == "high"
    assert finding.a_spans == ((0, len(A)),) and finding.b_spans == ((0, len(B)),)
    assert "contradicts" in finding.explanation and "A and B contradict each other" in finding.explanation


def test_the_contradiction_label_is_read_from_the_models_config(models):
    assert contradiction_label(models["reordered"]) == (0, 3)
    assert len(contradictions(models["reordered"])) == 1


def test_a_model_that_finds_agreement_adds_nothing(models):
    assert contradictions(models["agrees"]) == []


def test_a_threshold_above_the_models_probability_adds_nothing(models):
    # Entailment wins this model by 8 logits: contradiction has p = 1 / (e^8 + 2), about 0.0003.
    assert contradictions(models["agrees"], threshold=0.0002) != []
    assert contradictions(models["contradicts"], threshold=1.0) == []


def test_check_runs_the_nli_stage_on_aligned_pairs(models):
    documents = [
        Document("herald", "Harbour Herald", "The fire began on the 12th floor. Crews came fast."),
        Document("courier", "Daily Courier", "The fire began on the 14th floor. Crews came fast."),
    ]
    settings = CheckSettings(nli=ContradictionSettings(str(models["contradicts"])))
    report = check_documents(documents, settings, embedder=FakeEmbedder())
    kinds = {(d.finding.kind, d.pair.a.text) for d in report.discrepancies}
    assert ("contradiction", "The fire began on the 12th floor.") in kinds or ("contradiction", "The fire began on the 14th floor.") in kinds
    assert ("number", "The fire began on the 12th floor.") in kinds or ("number", "The fire began on the 14th floor.") in kinds


def test_a_model_without_a_contradiction_label_is_refused_by_name(tmp_path):
    folder = tmp_path / "sentiment"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"id2label": {"0": "negative", "1": "positive"}}), encoding="utf-8")
    with pytest.raises(ModelError, match="no single 'contradiction' label"):
        ContradictionModel(folder)


def test_a_missing_nli_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="no such folder"):
        ContradictionModel(tmp_path / "absent")


def test_cli_reports_a_bad_nli_folder_in_one_line(tmp_path):
    from typer.testing import CliRunner

    from consistency.cli import app

    result = CliRunner().invoke(app, ["compare", A, B, "--similarity", "0.9", "--nli-model", str(tmp_path)])
    assert result.exit_code == 2
    assert "config.json" in result.output and len(result.output.strip().splitlines()) == 1
