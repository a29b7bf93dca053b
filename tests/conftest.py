"""Shared fixtures: a deterministic fake embedder (instant, no model) and small corpora."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Sequence

import numpy as np
import pytest

from consistency.embedding import Embedder, embedders
from consistency.records import Document

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


class FakeEmbedder(Embedder):
    """Bag of hashed lowercase words: sentences sharing words are close, others are not."""

    identity = "fake-bag-of-words"
    dimension = 512

    def embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                bucket = int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension
                vectors[row, bucket] += 1.0
        vectors[:, 0] += 1e-3  # no all-zero rows
        return vectors


if "fake" not in embedders:
    embedders.register("fake")(FakeEmbedder)


@pytest.fixture(scope="session")
def graph_store(tmp_path_factory):
    """One exported ONNX graph for the whole session (exporting takes seconds)."""
    return str(tmp_path_factory.mktemp("graphs"))


@pytest.fixture(autouse=True)
def private_cache_home(tmp_path_factory, monkeypatch, graph_store):
    """Runs through the CLI cache their vectors; keep them out of the user's cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache-home")))
    monkeypatch.setenv("CONSISTENCY_GRAPHS", graph_store)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def real_embedder():
    from consistency.embedding import load_embedder

    return load_embedder(None)


def run_comparator(
    kind: str,
    text_a: str,
    text_b: str,
    similarity: float = 0.8,
    sources: tuple[str, str] = ("Harbour Herald", "Daily Courier"),
    published: tuple[str, str] = ("", ""),
    articles: tuple[str, str] = ("", ""),
):
    """The findings of comparator ``kind`` on two sentences from two outlets' articles;
    ``articles`` gives each article's whole text when it says more than the sentence."""
    from consistency.comparators import PairContext, load_builtin_comparators
    from consistency.records import Sentence

    # A sentence stands where the article holds it, so that what comes before it can be read.
    start_a, start_b = max(0, (articles[0] or text_a).find(text_a)), max(0, (articles[1] or text_b).find(text_b))
    a = Sentence("a", sources[0], 0, text_a, start_a, start_a + len(text_a))
    b = Sentence("b", sources[1], 0, text_b, start_b, start_b + len(text_b))
    context = PairContext(
        Document("a", sources[0], articles[0] or text_a, published=published[0]),
        Document("b", sources[1], articles[1] or text_b, published=published[1]),
        similarity,
    )
    return load_builtin_comparators().get(kind)(a, b, context)


def make_document(doc_id: str, source: str, text: str, **fields) -> Document:
    return Document(id=doc_id, source=source, text=text, **fields)


@pytest.fixture
def write_article(tmp_path):
    """Write a front-matter article and return its path."""

    def write(name: str, source: str, body: str, title: str = "", folder: Path | None = None) -> Path:
        target = (folder or tmp_path) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        header = f"---\nsource: {source}\n" + (f"title: {title}\n" if title else "") + "---\n"
        target.write_text(header + body, encoding="utf-8")
        return target

    return write


# Property tests without their own settings take their budget from a profile: small in
# the suite, large under `make fuzz` (HYPOTHESIS_PROFILE=fuzz).
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("default", max_examples=60, deadline=None, derandomize=True)
_hypothesis_settings.register_profile("fuzz", max_examples=10_000, deadline=None, print_blob=True)
_hypothesis_settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "default"))
