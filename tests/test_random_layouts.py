"""The randomised training pages of benchmarks/random_layouts.py: deterministic, varied, and
their truth consistent with their text."""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts import CORPUS, LABELS
from benchmarks.random_layouts import generate_random_pages

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/real-news is not beside this checkout")


@pytest.fixture(scope="module")
def pages():
    return generate_random_pages(30, seed=5)


def test_random_pages_are_deterministic(pages):
    again = generate_random_pages(30, seed=5)
    assert [p.text for p in again] == [p.text for p in pages]
    assert [p.labels for p in again] == [p.labels for p in pages]
    assert generate_random_pages(3, seed=6)[0].text != pages[0].text


def test_random_pages_truth_matches_their_text(pages):
    for page in pages:
        assert len(page.lines) == len(page.labels) == len(page.fragments)
        assert all(label in LABELS for label in page.labels)
        assert all((label == "blank") == (not line.strip()) for line, label in zip(page.lines, page.labels))
        for article in page.articles:
            assert article.body_lines and all(page.labels[i] == "body" for i in article.body_lines)
            known = set(article.text.split())
            for i in article.body_lines:
                fragment_words = [re.sub(r"^\[\d+\]", "", w) for w in page.fragments[i].split()]
                assert fragment_words and all(w in known for w in fragment_words), page.lines[i]
                assert page.fragments[i].split()[-1] in page.lines[i]


def test_random_pages_vary_their_conventions(pages):
    widths = {max(len(l) for l in p.lines) <= 100 for p in pages}
    assert widths == {True, False}  # some hard-wrapped, some not
    outlet_lines = {p.lines[i].split()[0] for p in pages for i, label in enumerate(p.labels) if label == "outlet"}
    assert len(outlet_lines) >= 8  # outlets named in many ways
    furniture = {p.lines[i] for p in pages for i, label in enumerate(p.labels) if label in ("share", "cookie", "newsletter")}
    assert len(furniture) >= 40
