import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.records import Document
from consistency.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. envoy arrived. She left.", ["The U.S. envoy arrived.", "She left."]),
        ("Gen. Smith spoke at 9:10 a.m. on Tuesday. Then he left.", ["Gen. Smith spoke at 9:10 a.m. on Tuesday.", "Then he left."]),
        ("Canada gave C$2 billion ($1.47 billion) in aid. Kyiv welcomed it.", ["Canada gave C$2 billion ($1.47 billion) in aid.", "Kyiv welcomed it."]),
        ('"We are ready," he said. "Is it over?" she asked.', ['"We are ready," he said.', '"Is it over?" she asked.']),
        ("Headline with no stop\nBody sentence one. Body two.", ["Headline with no stop", "Body sentence one.", "Body two."]),
        # Old wire copy closes a quotation with two apostrophes (its backquotes stripped).
        ("The mayor said, We will rebuild the block.'' Crews worked all night.",
         ["The mayor said, We will rebuild the block.''", "Crews worked all night."]),
    ],
)
def test_sentences_split_where_a_reader_would(text, expected):
    assert [text[start:end] for start, end in sentence_spans(text)] == expected


def test_sentences_keep_offsets_into_the_document():
    document = Document("d", "S", "First one.  Second one?\n\nThird one!")
    sentences = split_sentences(document)
    assert [s.index for s in sentences] == [0, 1, 2]
    for sentence in sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text
        assert sentence.doc_id == "d" and sentence.source == "S"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_sentences_lose_no_visible_character_and_stay_in_order(text):
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
    covered = "".join(text[start:end] for start, end in spans)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text)


def test_sentences_boundary_after_a_closing_quote_is_not_lost():
    # pysbd alone keeps these two sentences together when the text opens with the end of
    # a quotation; the second pass splits them.
    text = (
        'money." Trump also said there would have been no war if members had not expelled Putin in 2014 '
        'for annexing Crimea. Kremlin spokesperson Dmitry Peskov said the G7 now looks "very pale".'
    )
    sentences = [text[start:end] for start, end in sentence_spans(text)]
    assert sentences[-1] == 'Kremlin spokesperson Dmitry Peskov said the G7 now looks "very pale".'


def _example_prose() -> str:
    """The example articles' bodies run together into one paragraph of many sentences."""
    from tests.conftest import EXAMPLES

    bodies = [path.read_text(encoding="utf-8").split("---")[-1] for path in sorted(EXAMPLES.rglob("*.txt"))]
    return " ".join(" ".join(body.split()) for body in bodies)


def test_sentences_long_paragraph_read_in_windows_splits_as_a_whole(monkeypatch):
    import consistency.sentences as sentences

    text = _example_prose()
    whole = sentence_spans(text)
    monkeypatch.setattr(sentences, "_WINDOW", 300)
    assert len(text) > 3 * 300 and len(whole) > 10
    assert sentence_spans(text) == whole


def test_sentences_paragraph_without_any_boundary_stays_one_sentence():
    # Read in windows, yet never cut where no sentence ends.
    text = " ".join(f"word{number} and more" for number in range(6_000))
    assert sentence_spans(text) == [(0, len(text))]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\"'\n")), max_size=400))
def test_sentences_windows_lose_no_visible_character(text):
    import consistency.sentences as sentences

    saved = sentences._WINDOW
    sentences._WINDOW = 24
    try:
        spans = sentence_spans(text)
    finally:
        sentences._WINDOW = saved
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
    assert re.sub(r"\s", "", "".join(text[start:end] for start, end in spans)) == re.sub(r"\s", "", text)


def test_sentences_keep_text_the_segmenter_leaves_out():
    # Found by the property test: pysbd returns only "?." for "?.??".
    assert [("?.??")[start:end] for start, end in sentence_spans("?.??")] == ["?.", "??"]
