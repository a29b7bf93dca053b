"""The embedding cache: a second run embeds nothing, damage is caught, concurrent and
killed runs leave it usable."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import numpy as np
import pytest

from consistency.cache import EmbeddingCache
from tests.conftest import REPO, FakeEmbedder


class CountingEmbedder(FakeEmbedder):
    def __init__(self, identity="counting"):
        self.identity = identity
        self.embedded = []

    def embed_batch(self, texts):
        self.embedded.extend(texts)
        return super().embed_batch(texts)


SENTENCES = ["The fire began on the 12th floor.", "Crews arrived at 9:10 a.m.", "The fire began on the 12th floor."]


def test_cache_second_run_embeds_nothing_and_gives_the_same_vectors(tmp_path):
    first, second = CountingEmbedder(), CountingEmbedder()
    cache = EmbeddingCache(tmp_path)
    vectors = first.embed(SENTENCES, cache=cache)
    again = second.embed(SENTENCES, cache=cache)
    assert sorted(first.embedded) == sorted(SENTENCES[:2])  # the repeated sentence is embedded once
    assert second.embedded == []
    assert np.array_equal(vectors, again)
    assert vectors.shape == (3, FakeEmbedder.dimension)


def test_cache_is_keyed_by_model_identity_and_whitespace_insensitive(tmp_path):
    cache = EmbeddingCache(tmp_path)
    CountingEmbedder("model-a").embed(SENTENCES, cache=cache)
    other = CountingEmbedder("model-b")
    other.embed(SENTENCES, cache=cache)
    assert sorted(other.embedded) == sorted(SENTENCES[:2])
    spaced = CountingEmbedder("model-a")
    spaced.embed(["The fire  began on the\n12th floor."], cache=cache)
    assert spaced.embedded == []


def test_cache_damaged_entry_is_embedded_again_not_used(tmp_path):
    cache = EmbeddingCache(tmp_path)
    CountingEmbedder().embed(SENTENCES[:1], cache=cache)
    cache.close()
    with sqlite3.connect(tmp_path / "embeddings.sqlite3") as connection:
        connection.execute("UPDATE vectors SET vector = zeroblob(length(vector))")
    embedder = CountingEmbedder()
    vectors = embedder.embed(SENTENCES[:1], cache=EmbeddingCache(tmp_path))
    assert embedder.embedded == SENTENCES[:1]
    assert np.linalg.norm(vectors[0]) == pytest.approx(1.0)
    assert CountingEmbedder().embed(SENTENCES[:1], cache=EmbeddingCache(tmp_path)).tolist() == vectors.tolist()


WRITER = """
import sys, numpy as np
sys.path.insert(0, {repo!r})
from consistency.cache import EmbeddingCache
cache = EmbeddingCache(sys.argv[1])
name = sys.argv[2]
for batch in range(int(sys.argv[3])):
    texts = [f"{{name}} sentence {{batch}} {{i}}" for i in range(50)]
    cache.put_many("writer", texts, np.random.default_rng(batch).random((50, 384), dtype=np.float32))
print("done", flush=True)
"""


def _writer(folder, name, batches):
    code = WRITER.format(repo=str(REPO))
    return subprocess.Popen([sys.executable, "-c", code, str(folder), name, str(batches)], stdout=subprocess.PIPE, text=True)


def test_cache_two_runs_writing_at_once_both_land(tmp_path):
    writers = [_writer(tmp_path, name, 20) for name in ("one", "two")]
    assert [writer.communicate(timeout=120)[0].strip() for writer in writers] == ["done", "done"]
    texts = [f"{name} sentence {batch} {i}" for name in ("one", "two") for batch in range(20) for i in range(50)]
    assert len(EmbeddingCache(tmp_path).get_many("writer", texts)) == len(texts)


def test_cache_survives_a_run_killed_while_writing(tmp_path):
    writer = _writer(tmp_path, "killed", 100000)
    database = tmp_path / "embeddings.sqlite3"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill it once it is writing, however slow it starts
        time.sleep(0.2)
        if database.exists():
            try:
                with sqlite3.connect(database, timeout=5) as connection:
                    if connection.execute("SELECT COUNT(*) FROM vectors").fetchone()[0] >= 100:
                        break
            except sqlite3.OperationalError:
                pass
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    cache = EmbeddingCache(tmp_path)
    with sqlite3.connect(tmp_path / "embeddings.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = connection.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]
    assert stored > 0 and stored % 50 == 0  # whole batches or nothing
    texts = [f"killed sentence {batch} {i}" for batch in range(stored // 50) for i in range(50)]
    assert len(cache.get_many("writer", texts)) == stored


def test_cache_second_check_compares_no_pair_and_reports_the_same(tmp_path, monkeypatch):
    import consistency.pipeline as pipeline
    from consistency.report import report_to_json
    from tests.conftest import make_document

    documents = [
        make_document("herald", "Harbour Herald", "The fire began on the 12th floor of Kestrel Tower. The alarm rang at 9:40 a.m."),
        make_document("courier", "Daily Courier", "The fire began on the 14th floor of Kestrel Tower. The alarm rang at 9:10 a.m."),
    ]
    settings = pipeline.CheckSettings(model="fake", cache_dir=str(tmp_path))
    first = report_to_json(pipeline.check_documents(documents, settings, embedder=FakeEmbedder()))
    compared = []
    real_context = pipeline.PairContext
    monkeypatch.setattr(pipeline, "PairContext", lambda *args: compared.append(args) or real_context(*args))
    second = report_to_json(pipeline.check_documents(documents, settings, embedder=FakeEmbedder()))
    assert compared == [] and second == first and '"kind": "number"' in first
    edited = [documents[0], make_document("courier", "Daily Courier", documents[1].text.replace("14th", "15th"))]
    pipeline.check_documents(edited, settings, embedder=FakeEmbedder())
    assert compared  # an edited sentence is compared afresh
