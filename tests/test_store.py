"""The persistent sentence index: add, skip what is indexed, check new articles against it."""

import json

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.errors import InputError
from consistency.pipeline import CheckSettings, add_to_index, check_paths
from consistency.store import IndexFolderError, SentenceStore
from tests.conftest import FakeEmbedder

HERALD = "A fire broke out on the 12th floor of Kestrel Tower on Tuesday. The alarm was raised at 9:10 a.m. by a guard."
COURIER = "A fire broke out on the 14th floor of Kestrel Tower on Tuesday. The alarm was raised at 9:40 a.m. by a guard."
POST = "A fire broke out on the 16th floor of Kestrel Tower on Tuesday. Officials praised the guard who raised the alarm."


@pytest.fixture
def articles(write_article, tmp_path):
    return {
        "herald": write_article("in/herald.txt", "Harbour Herald", HERALD),
        "post": write_article("in/post.txt", "Northern Post", POST),
        "courier": write_article("new/courier.txt", "Daily Courier", COURIER),
    }


def test_store_add_then_load_round_trips_documents_sentences_and_vectors(articles, tmp_path):
    folder = tmp_path / "index"
    result = add_to_index(str(folder), [str(articles["herald"]), str(articles["post"])], embedder=FakeEmbedder())
    assert (result.documents_added, result.sentences_added, result.sentences_total) == (2, 4, 4)
    indexed = SentenceStore(folder).load()
    assert [d.source for d in indexed.documents] == ["Harbour Herald", "Northern Post"]
    assert [s.text for s in indexed.sentences][:2] == [
        "A fire broke out on the 12th floor of Kestrel Tower on Tuesday.",
        "The alarm was raised at 9:10 a.m. by a guard.",
    ]
    assert indexed.vectors.shape == (4, FakeEmbedder.dimension)


def test_store_skips_what_is_indexed_and_refuses_a_changed_text_under_the_same_id(articles, tmp_path, write_article):
    folder = str(tmp_path / "index")
    add_to_index(folder, [str(articles["herald"])], embedder=FakeEmbedder())
    again = add_to_index(folder, [str(articles["herald"])], embedder=FakeEmbedder())
    assert (again.documents_added, again.already_indexed, again.documents_total) == (0, 1, 1)
    changed = write_article("other/herald.txt", "Harbour Herald", "A different text about the same fire, which was put out.")
    with pytest.raises(InputError, match="already in the index with other text"):
        add_to_index(folder, [str(changed)], embedder=FakeEmbedder())


def test_store_refuses_another_model(articles, tmp_path):
    folder = str(tmp_path / "index")
    add_to_index(folder, [str(articles["herald"])], embedder=FakeEmbedder())

    class OtherModel(FakeEmbedder):
        identity = "other-model"

    with pytest.raises(IndexFolderError, match="built with model fake-bag-of-words"):
        add_to_index(folder, [str(articles["post"])], embedder=OtherModel())


def test_store_ignores_and_cleans_what_a_killed_add_left(articles, tmp_path):
    folder = tmp_path / "index"
    add_to_index(str(folder), [str(articles["herald"])], embedder=FakeEmbedder())
    (folder / "documents-000099.jsonl").write_text('{"broken": true')
    (folder / ".manifest.json.partial").write_text("{")
    assert len(SentenceStore(folder).load().documents) == 1
    add_to_index(str(folder), [str(articles["post"])], embedder=FakeEmbedder())
    assert not (folder / "documents-000099.jsonl").exists() and not (folder / ".manifest.json.partial").exists()
    assert len(SentenceStore(folder).load().documents) == 2


def test_store_check_finds_divergences_between_new_and_indexed_articles_only(articles, tmp_path):
    folder = str(tmp_path / "index")
    add_to_index(folder, [str(articles["herald"]), str(articles["post"])], embedder=FakeEmbedder())
    report = check_paths([str(articles["courier"])], CheckSettings(), embedder=FakeEmbedder(), index_folder=folder)
    pairs = {frozenset({d.pair.a.source, d.pair.b.source}) for d in report.discrepancies}
    assert frozenset({"Harbour Herald", "Daily Courier"}) in pairs
    assert frozenset({"Northern Post", "Daily Courier"}) in pairs
    assert frozenset({"Harbour Herald", "Northern Post"}) not in pairs  # both indexed: already seen
    values = {frozenset({d.finding.a_value, d.finding.b_value}) for d in report.discrepancies}
    assert frozenset({"12th", "14th"}) in values and frozenset({"9:10 a.m.", "9:40 a.m."}) in values


def test_store_missing_index_is_a_clear_error(tmp_path, articles):
    with pytest.raises(IndexFolderError, match="no index here"):
        check_paths([str(articles["courier"])], CheckSettings(), embedder=FakeEmbedder(), index_folder=str(tmp_path / "none"))


def test_cli_index_add_info_and_check_against_it(articles, tmp_path):
    runner = CliRunner()
    folder = str(tmp_path / "index")
    added = runner.invoke(app, ["index", "add", folder, str(articles["herald"]), "--model", "fake", "-q"], catch_exceptions=False)
    assert added.exit_code == 0 and "added 1 document (2 sentences)" in added.stdout
    info = runner.invoke(app, ["index", "info", folder], catch_exceptions=False)
    assert "1 document from 1 outlet, 2 sentences" in info.stdout
    checked = runner.invoke(app, ["check", str(articles["courier"]), "--index", folder, "--model", "fake", "--format", "json"],
                            catch_exceptions=False)
    assert checked.exit_code == 0
    data = json.loads(checked.stdout)
    assert {d["source"] for d in data["documents"]} == {"Harbour Herald", "Daily Courier"}
    assert len(data["discrepancies"]) == 2


@pytest.mark.parametrize("damage", ["cut-vectors", "broken-documents", "missing-vectors"])
def test_store_damaged_chunk_is_one_line_not_a_crash(articles, tmp_path, damage):
    folder = tmp_path / "index"
    add_to_index(str(folder), [str(articles["herald"])], embedder=FakeEmbedder())
    vectors, documents = folder / "vectors-000001.npy", folder / "documents-000001.jsonl"
    if damage == "cut-vectors":
        vectors.write_bytes(vectors.read_bytes()[:100])
    elif damage == "broken-documents":
        documents.write_text('{"id": "herald", "text": "cut sh')
    else:
        vectors.unlink()
    for run in (
        ["index", "info", str(folder)],
        ["index", "add", str(folder), str(articles["post"]), "--model", "fake"],
        ["check", "--index", str(folder), str(articles["courier"]), "--model", "fake"],
    ):
        result = CliRunner().invoke(app, run, catch_exceptions=False)
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"error: {folder}: index chunk 1 is damaged") and "build the index again" in result.stderr


class SlowFakeEmbedder(FakeEmbedder):
    """Takes its time, so two adds overlap unless something keeps them apart."""

    def embed_batch(self, texts):
        import time

        time.sleep(0.3)
        return super().embed_batch(texts)


def test_store_two_adds_at_once_both_land(articles, tmp_path):
    import threading

    folder = str(tmp_path / "index")
    start = threading.Barrier(2)
    errors = []

    def add(name):
        start.wait()
        try:
            add_to_index(folder, [str(articles[name])], embedder=SlowFakeEmbedder())
        except Exception as error:  # surfaced by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=add, args=(name,)) for name in ("herald", "post")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    indexed = SentenceStore(folder).load()
    assert sorted(d.id for d in indexed.documents) == ["herald", "post"]
    assert len(indexed.vectors) == len(indexed.sentences)


_ADDER = """
import sys
sys.path.insert(0, '.')
from tests.conftest import FakeEmbedder
from consistency.pipeline import add_to_index
from consistency.records import Document
from consistency.sentences import split_sentences
from consistency.store import SentenceStore

folder = sys.argv[1]
for number in range(100000):
    document = Document(f"doc-{number}", "Wire", f"Story {number} says {number} people left. " * 200)
    SentenceStore(folder).add([document], {document.id: split_sentences(document)}, lambda new: FakeEmbedder().embed([s.text for s in new]), FakeEmbedder())
"""


def test_store_survives_an_add_killed_at_any_moment(articles, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import REPO

    folder = tmp_path / "index"
    adder = subprocess.Popen([sys.executable, "-c", _ADDER, str(folder)], cwd=REPO)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(folder.glob("vectors-*.npy"))) < 5:
        time.sleep(0.05)
    time.sleep(0.013)  # not on a chunk boundary
    os.kill(adder.pid, signal.SIGKILL)
    adder.wait()
    indexed = SentenceStore(folder).load()
    assert len(indexed.documents) >= 4 and len(indexed.vectors) == len(indexed.sentences)
    add_to_index(str(folder), [str(articles["herald"])], embedder=FakeEmbedder())
    named = {path.name for path in folder.iterdir()}
    assert all(name in ("manifest.json", ".lock") or name.startswith(("documents-", "vectors-")) for name in named)
    assert len(SentenceStore(folder).load().documents) == len(indexed.documents) + 1
