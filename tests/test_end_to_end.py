"""The bundled examples through the real offline model: what a user of `make run` sees."""

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.pipeline import CheckSettings, check_paths
from consistency.report import schema
from consistency.verifier import REPORT_THRESHOLD
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def report(real_embedder):
    return check_paths([str(EXAMPLES)], CheckSettings(include_alignments=True), embedder=real_embedder)


def found(report):
    return {
        (d.finding.kind, frozenset({(d.pair.a.source, d.finding.a_value), (d.pair.b.source, d.finding.b_value)}))
        for d in report.discrepancies
    }


def test_examples_report_the_floor_and_alarm_time_divergences(report):
    assert ("number", frozenset({("Harbour Herald", "12th"), ("Daily Courier", "14th")})) in found(report)
    assert ("time", frozenset({("Harbour Herald", "9:10 a.m."), ("Daily Courier", "9:40 a.m.")})) in found(report)
    assert ("number", frozenset({("Coastal Wire Service", "12th"), ("Daily Courier", "14th")})) in found(report)


def test_examples_flag_nothing_else(report):
    # Every finding is one of the two planted divergences, seen from any outlet that
    # carries the other version; nothing from approximations, copies or other stories.
    values = {frozenset({d.finding.a_value, d.finding.b_value}) for d in report.discrepancies}
    assert values == {frozenset({"12th", "14th"}), frozenset({"9:10 a.m.", "9:40 a.m."})}


def test_examples_syndicated_copy_is_marked_and_reported_once(report):
    copies = {s.document.source: s.document.copy_of for s in report.documents}
    assert copies["Northern Post"] == "tower-fire/coastal-wire"
    assert [source for source, copy_of in copies.items() if copy_of] == ["Northern Post"]
    copy_pairs = [p for p in report.alignments if {p.a.source, p.b.source} == {"Coastal Wire Service", "Northern Post"}]
    assert len([p for p in copy_pairs if p.relation in ("identical", "copy-variant")]) == 5
    # The copy is aligned only with its original, so its findings are not repeated.
    assert not [p for p in report.alignments if "Northern Post" in (p.a.source, p.b.source) and p not in copy_pairs]
    assert not [d for d in report.discrepancies if "Northern Post" in (d.pair.a.source, d.pair.b.source)]


def test_examples_unrelated_story_is_not_aligned(report):
    stories = {s.document.source: s.story for s in report.documents}
    assert stories["Metro Times"] not in {stories["Harbour Herald"], stories["Daily Courier"]}
    assert not [p for p in report.alignments if "Metro Times" in (p.a.source, p.b.source)]


def test_examples_json_through_the_cli_validates_and_repeats_byte_for_byte(tmp_path):
    runner = CliRunner()
    outputs = [
        runner.invoke(app, ["check", str(EXAMPLES), "--format", "json", "--alignments"], catch_exceptions=False)
        for _ in range(2)
    ]
    assert all(result.exit_code == 0 for result in outputs)
    assert outputs[0].stdout == outputs[1].stdout
    data = json.loads(outputs[0].stdout)
    jsonschema.validate(data, schema())
    flags = {d["source"]: (d["syndicated"], d["copy_of"]) for d in data["documents"]}
    assert flags["Northern Post"] == (True, "tower-fire/coastal-wire")
    assert flags["Coastal Wire Service"] == (True, None)
    assert flags["Daily Courier"] == (False, None)


SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_d2db0c6ee5cfdb7a.txt"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not beside this checkout")
def test_seed_page_aligns_the_g7_stories_and_never_the_north_korea_one(real_embedder):
    report = check_paths([str(SEED)], CheckSettings(include_alignments=True), embedder=real_embedder)
    north_korea = {s.document.id for s in report.documents if s.document.title.startswith("North Korea")}
    g7 = {s.document.id for s in report.documents} - north_korea
    assert len({report.documents[0].story, *(s.story for s in report.documents if s.document.id in north_korea)}) == 1
    assert {s.story for s in report.documents if s.document.id in g7}.isdisjoint(
        {s.story for s in report.documents if s.document.id in north_korea})
    assert not [p for p in report.alignments if {p.a.doc_id, p.b.doc_id} & north_korea and {p.a.doc_id, p.b.doc_id} & g7]
    g7_pairs = [(p.a.text, p.b.text) for p in report.alignments if {p.a.doc_id, p.b.doc_id} == g7]
    assert any("Peskov" in a and "rather useless" in b for a, b in g7_pairs)
    assert any("Emily Williams" in a and "Emily Williams" in b for a, b in g7_pairs)
    assert sum(1 for s in report.documents if s.document.copy_of) == 1
    quotes = [d for d in report.discrepancies if d.finding.kind == "quote"]
    # The Kremlin's words, quoted two ways, are in the table, not only in the JSON.
    assert any("very pale and quite useless" in d.finding.explanation and "rather useless" in d.finding.explanation
               and "Time of India" in d.finding.explanation and "Hindustan Times" in d.finding.explanation
               and d.finding.score >= REPORT_THRESHOLD for d in quotes)
    assert any(d.finding.kind == "attribution" and "spokeswoman" in d.finding.a_value + d.finding.b_value
               and "director of media relations" in d.finding.a_value + d.finding.b_value for d in report.discrepancies)
    # The official's account (the US opposed a joint statement) against the spokeswoman's later
    # correction (no statement was ever planned), across the two G7 stories: two speakers.
    assert any(d.finding.kind == "denied-claim" and d.finding.score >= REPORT_THRESHOLD
               and {d.pair.a.source, d.pair.b.source} == {"Time of India", "Hindustan Times"}
               and "opposed a joint statement" in d.pair.a.text + d.pair.b.text
               and "no proposed statement on Ukraine had ever been planned" in d.pair.a.text + d.pair.b.text
               for d in report.discrepancies)
    values = " ".join(f"{d.finding.a_value} {d.finding.b_value}" for d in report.discrepancies)
    assert "1.47" not in values and "C$2" not in values  # a conversion is one amount
    assert "last month" not in values and "May" not in values  # "announced in May" = "last month" in June
    assert not [d for d in report.discrepancies if {d.pair.a.doc_id, d.pair.b.doc_id} & north_korea]
    # Nothing else: the page's other differences are omissions, rhetoric or other facts.
    assert sorted(d.finding.kind for d in report.discrepancies) == ["attribution", "denied-claim", "quote"]
