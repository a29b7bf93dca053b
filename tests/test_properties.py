"""Properties of everything that reads text from the world: loaders, the splitter, the
number and date parsers and every comparator never raise on any input (a loader may
refuse it with an ``InputError``), and every offset and span points at what it claims.

Examples per test come from the hypothesis profile: small in the suite, large under
``make fuzz`` (see tests/conftest.py).
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from consistency.comparators import load_builtin_comparators
from consistency.dates import extract_dates, parse_published
from consistency.errors import InputError
from consistency.loaders import ReadOptions, decode_input, parse_html, parse_json, parse_jsonl, parse_text_article
from consistency.quantities import extract_quantities
from consistency.records import Document
from consistency.sentences import split_sentences
from tests.conftest import run_comparator

#: Pieces of news prose, so generated text reaches the parsers' interesting paths.
NEWS_TOKENS = [
    "The", "fire", "on", "the", "12th", "14th", "floor", "at", "9:10", "a.m.", "p.m.", "noon", "about", "more than",
    "nearly", "1,200", "3.5", "million", "$2", "C$2 billion", "(€1.8 billion)", "40%", "per cent", "km", "miles",
    "-", "–", "to", "and", "or", "said", "told", "according to", "Reuters", '"', "“", "”", "'", "’", ".", ",", ";",
    "Tuesday", "June 17", "17 June 2025", "2025-06-17", "last week", "yesterday", "in 2024", "no.", "No. 10",
    "Mr.", "U.S.", "Gen.", "?", "!", "…", "\n", "\n\n", "---", "source:", "title:", "http://x.y/z", "Advertisement",
    "🔥", "警报", "حريق", "\u200f", "\x1b[31m", "\t", "½", "٣", "１２",
]

NEWSY_TEXT = st.lists(
    st.one_of(st.sampled_from(NEWS_TOKENS), st.integers(0, 10**7).map(str), st.text(max_size=4)), max_size=40
).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=300), NEWSY_TEXT)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["text", "id", "source", "title", "published", "x"]), inner, max_size=5),
    max_leaves=12,
)


def _offsets_lead_back(document: Document, source: str) -> bool:
    return all(
        document.text[text_start : text_start + length] == source[input_start : input_start + length]
        for text_start, input_start, length in document.offsets
        if input_start >= 0
    )


def assert_offsets_lead_back(document: Document, source: str) -> None:
    assert _offsets_lead_back(document, source)


@given(st.binary(max_size=400))
def test_properties_decoding_any_bytes_gives_text_or_refuses(data):
    try:
        assert isinstance(decode_input("x.txt", data), str)
    except InputError as error:
        assert str(error).startswith("x.txt: ")


@given(st.text(max_size=300))
def test_properties_utf8_text_decodes_to_itself(text):
    assume("\x00" not in text and not text.startswith("\ufeff"))
    assert decode_input("x.txt", text.encode("utf-8")) == text


@given(ANY_TEXT, st.booleans())
def test_properties_text_articles_never_raise_and_offsets_lead_back(body, front_matter):
    source = f"---\nsource: Outlet\n---\n{body}" if front_matter else body
    try:
        parsed = parse_text_article("x.txt", source, "x")
    except InputError:
        return
    for document in parsed.documents:
        assert document.text.strip()
        assert_offsets_lead_back(document, source)


@given(st.lists(st.one_of(JSON_VALUES.map(json.dumps), ANY_TEXT), max_size=5))
def test_properties_jsonl_never_raises_and_skipping_keeps_every_good_record(lines):
    text = "\n".join(line.replace("\n", " ") for line in lines)
    try:
        strict = parse_jsonl("x.jsonl", text, "x")
    except InputError as error:
        assert str(error).startswith("x.jsonl:")
        strict = None
    lenient = parse_jsonl("x.jsonl", text, "x", ReadOptions(skip_bad_records=True))
    if strict is not None:
        assert lenient.documents == strict.documents
    texts = [record["text"] for record in map(_record, text.splitlines()) if isinstance(record, dict) and isinstance(record.get("text"), str)]
    for document in lenient.documents:
        assert any(_offsets_lead_back(document, record_text) for record_text in texts)


def _record(line: str):
    try:
        return json.loads(line)
    except ValueError:
        return None


@given(JSON_VALUES)
def test_properties_json_of_any_shape_gives_documents_or_refuses(value):
    try:
        parsed = parse_json("x.json", json.dumps(value), "x")
    except InputError as error:
        assert str(error).startswith("x.json")
        return
    assert all(document.text.strip() for document in parsed.documents)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<style>", "<article>", "<div class='ad'>", "</div>", "&amp;", "<br>", "<title>"]), NEWSY_TEXT), max_size=12).map("".join))
def test_properties_html_never_raises_and_offsets_lead_back(page):
    try:
        parsed = parse_html("x.html", page, "x")
    except InputError:
        return
    for document in parsed.documents:
        assert_offsets_lead_back(document, page)


@given(ANY_TEXT)
def test_properties_sentences_map_back_to_the_input_through_the_document(body):
    source = f"---\nsource: Outlet\n---\n{body}"
    try:
        documents = parse_text_article("x.txt", source, "x").documents
    except InputError:
        return
    for document in documents:
        for sentence in split_sentences(document):
            assert document.text[sentence.start : sentence.end] == sentence.text
            for position in range(sentence.start, sentence.end):
                found = document.input_offset(position)
                if found >= 0:
                    assert source[found] == document.text[position]


@given(ANY_TEXT)
def test_properties_numbers_and_dates_never_raise_and_spans_match(text):
    for quantity in extract_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
    for mention in extract_dates(text, parse_published("2025-06-17")):
        assert text[mention.start : mention.end] == mention.text


@given(ANY_TEXT, ANY_TEXT, st.floats(0.0, 1.0), st.sampled_from(["", "2025-06-17", "June 2025", "nonsense"]))
def test_properties_every_comparator_never_raises_and_spans_point_into_the_sentence(text_a, text_b, similarity, published):
    for kind in load_builtin_comparators().names():
        for finding in run_comparator(kind, text_a, text_b, similarity, published=(published, published)):
            assert 0.0 <= finding.score <= 1.0
            for text, spans in ((text_a, finding.a_spans), (text_b, finding.b_spans)):
                for start, end in spans:
                    assert 0 <= start < end <= len(text)


HERALD = "---\nsource: Harbour Herald\n---\nA fire broke out on the 12th floor of Kestrel Tower on Tuesday. The alarm was raised at 9:10 a.m.\n"


# Each example is a whole run of the command: a tenth of the profile's budget.
@settings(max_examples=max(20, settings().max_examples // 10), suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.binary(max_size=300), ANY_TEXT.map(lambda text: text.encode("utf-8", "surrogatepass")), JSON_VALUES.map(lambda value: json.dumps(value).encode())),
    st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]),
)
def test_properties_check_on_any_file_reports_or_refuses_in_one_line(data, suffix):
    import tempfile
    from pathlib import Path

    from typer.testing import CliRunner

    from consistency.cli import app

    with tempfile.TemporaryDirectory() as folder:
        herald, other = Path(folder) / "herald.txt", Path(folder) / f"other{suffix}"
        herald.write_text(HERALD, encoding="utf-8")
        other.write_bytes(data)
        result = CliRunner().invoke(app, ["check", str(herald), str(other), "--model", "fake", "--no-cache", "--format", "json"], catch_exceptions=False)
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error: ")
    else:
        assert json.loads(result.stdout)["documents"]
