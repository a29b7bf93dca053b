"""The reader's fast paths give exactly what the slow ones gave: the furniture pattern
tried only where a phrase can start, sentence pieces located without pysbd's
per-sentence patterns, and pysbd's abbreviation rules tried only where a word stands
before a full stop."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.ingest.lines import STRONG_CUES, WordAnchoredSearch
from consistency.sentences import _pysbd_segment, _segmenter


def _plain_pysbd():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)

FURNITURE_WORDS = ["Sponsored", "subscribe to", "cookies", "©", "Read the full story", "From £5 a month", "50% off",
                   "T&Cs apply", "Tags:", "Reply · Like", "you may also like", "Share on Facebook", "x£5pp"]
PROSE = ["The council said", "on Tuesday", "for the first time", "that", "you", "see", "by", "all", "rights", "3.5%"]


def _same(text: str) -> bool:
    fast, slow = STRONG_CUES.search(text), STRONG_CUES.pattern.search(text)
    return (fast and fast.span()) == (slow and slow.span())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FURNITURE_WORDS + PROSE) | st.text(max_size=12), max_size=12).map(" ".join))
def test_furniture_cues_are_found_where_the_full_pattern_finds_them(text):
    assert _same(text)


@pytest.mark.parametrize("text", ["", "  Tags: a, b", "ſponsored content", "Advertising with us", "COOKIES", "ok got it"])
def test_furniture_cues_at_the_edges(text):
    assert _same(text)


def test_a_pattern_whose_openings_cannot_be_read_is_tried_everywhere():
    anchored = WordAnchoredSearch(re.compile(r"(?:\w)+ing\b|\bnew", re.IGNORECASE))
    assert anchored.search("a swimming pool").span() == (2, 10)


SHARED = Path(__file__).resolve().parents[2] / "shared" / "real-news"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/real-news is not beside this checkout")
def test_real_articles_give_the_same_cues_and_sentence_pieces():
    files = sorted((SHARED / "emergent").rglob("*.txt"))[::9] + sorted((SHARED / "cstbank-mds").rglob("*.txt"))
    paragraphs = [line for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(paragraphs) > 1000
    for paragraph in paragraphs:
        assert _same(paragraph)
        assert _pysbd_segment(paragraph) == _plain_pysbd().segment(paragraph)


ABBREVIATED = ["Gen.", "Sen.", "U.S.", "e.g.", "i.e.", "No.", "no.", "no", "St.", "st", "Co.", "Inc.", "Jan.", "a.m.",
               "p.m.", "Ph.D.", "Mr.", "Dr.", "approx.", "vs.", "Fig.", "ca.", "Mt.", "al.", "U.K.", "5.", "3.5", "(", ")"]
WORDS = ["The", "council", "said", "it", "met", "Smith", "on", "Tuesday.", "He", "left", "7", "at", "Paris.", "I", "?", "!"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ABBREVIATED + WORDS), min_size=1, max_size=25).map(" ".join))
def test_abbreviations_split_as_pysbd_splits_them(text):
    assert _segmenter().segment(text) == _plain_pysbd().segment(text)
