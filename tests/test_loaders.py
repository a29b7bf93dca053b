import io
import json

import pytest

from consistency.errors import InputError, NotEnoughDocuments
from consistency.loaders import decode_input, load_documents


def test_loaders_front_matter_names_outlet_title_and_date(write_article, tmp_path):
    first = write_article("a.txt", "Harbour Herald", "Fire on the 12th floor.", title="Tower fire")
    second = write_article("b.txt", "Daily Courier", "Fire on the 14th floor.")
    documents = load_documents([str(first), str(second)])
    assert [(d.source, d.title, d.text) for d in documents] == [
        ("Harbour Herald", "Tower fire", "Fire on the 12th floor."),
        ("Daily Courier", "", "Fire on the 14th floor."),
    ]


def test_loaders_plain_text_outlet_is_file_stem(tmp_path):
    (tmp_path / "daily-courier.txt").write_text("The council met on Tuesday.", encoding="utf-8")
    (tmp_path / "harbour-herald.md").write_text("# A title\n\nThe council met again on Wednesday.", encoding="utf-8")
    documents = load_documents([str(tmp_path)])
    assert [(d.id, d.source, d.title) for d in documents] == [
        ("daily-courier", "daily-courier", ""),
        ("harbour-herald", "harbour-herald", "A title"),
    ]
    assert documents[1].text == "The council met again on Wednesday."


def test_loaders_folder_is_read_recursively_in_sorted_order(write_article, tmp_path):
    write_article("story/b.txt", "B", "Second.")
    write_article("story/a.txt", "A", "First.")
    write_article("other/c.txt", "C", "Third.")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    documents = load_documents([str(tmp_path)])
    assert [d.id for d in documents] == ["other/c", "story/a", "story/b"]


def test_loaders_jsonl_records_keep_metadata(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [
        {"id": "x1", "source": "Wire", "title": "T", "url": "http://example.org/1", "published": "2025-03-04", "text": "A."},
        {"text": "B.", "source": "Post"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    documents = load_documents([str(path)])
    assert documents[0].id == "x1" and documents[0].url == "http://example.org/1"
    assert documents[0].published == "2025-03-04"
    assert documents[1].id == "feed:2" and documents[1].source == "Post"


def test_loaders_json_accepts_a_list_or_documents_object(tmp_path):
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"text": "A.", "source": "S1"}, {"text": "B.", "source": "S2"}]))
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"documents": [{"text": "C.", "source": "S3"}]}))
    documents = load_documents([str(listed), str(wrapped)])
    assert [d.source for d in documents] == ["S1", "S2", "S3"]


def test_loaders_malformed_jsonl_line_is_named(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "A.", "source": "S"}\n{"text": "B.", \n', encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_documents([str(path)])
    assert str(raised.value).startswith(f"{path}:2: not valid JSON")


@pytest.mark.parametrize(
    "record, message",
    [({"source": "S"}, "no 'text' string"), (["text"], "expected an object"), ({"text": "A.", "title": ["x"]}, "'title' must be a string")],
)
def test_loaders_records_of_the_wrong_shape_are_refused(tmp_path, record, message):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "fine", "source": "S"}) + "\n" + json.dumps(record) + "\n")
    with pytest.raises(InputError, match=message) as raised:
        load_documents([str(path)])
    assert raised.value.line == 2


def test_loaders_binary_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary file") as raised:
        load_documents([str(path), str(path)])
    assert str(path) in str(raised.value)


def test_loaders_missing_path_and_unknown_suffix_are_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_documents([str(tmp_path / "nope.txt")])
    odd = tmp_path / "paper.pdf"
    odd.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported file type '.pdf'"):
        load_documents([str(odd)])


def test_loaders_empty_folder_is_an_error(tmp_path):
    with pytest.raises(InputError, match="folder holds no"):
        load_documents([str(tmp_path)])


def test_loaders_fewer_than_two_documents_with_text_is_an_error(write_article, tmp_path):
    only = write_article("a.txt", "A", "Just one article.")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ", encoding="utf-8")
    with pytest.raises(NotEnoughDocuments, match="only one document"):
        load_documents([str(only), str(empty)])


def test_loaders_duplicate_ids_are_refused(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n{"id": "a", "text": "B."}\n', encoding="utf-8")
    with pytest.raises(InputError, match="document id 'a' is used twice"):
        load_documents([str(path)])


def test_loaders_same_file_given_twice_is_read_once(write_article, tmp_path):
    a = write_article("a.txt", "A", "First.")
    write_article("b.txt", "B", "Second.")
    assert len(load_documents([str(a), str(tmp_path)])) == 2


def test_loaders_unclosed_front_matter_is_an_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\nsource: A\nBody without a closing line.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a.txt:3: front matter line"):
        load_documents([str(path), str(path)])


def test_loaders_stdin_jsonl_and_plain_text(tmp_path, write_article):
    stdin = io.StringIO('{"text": "A.", "source": "S1"}\n{"text": "B.", "source": "S2"}\n')
    assert [d.source for d in load_documents(["-"], stdin)] == ["S1", "S2"]
    other = write_article("b.txt", "B", "Other.")
    documents = load_documents(["-", str(other)], io.StringIO("Plain text from a pipe."))
    assert documents[0].path == "<stdin>" and documents[0].text == "Plain text from a pipe."


def test_loaders_decode_windows_1252_and_utf16():
    assert decode_input("x", "café “quoted”".encode("cp1252")) == "café “quoted”"
    assert decode_input("x", "Zelenskyy said".encode("utf-16")) == "Zelenskyy said"
    assert decode_input("x", b"\xef\xbb\xbfBOM text") == "BOM text"


def test_loaders_input_files_are_not_modified(write_article, tmp_path):
    a = write_article("a.txt", "A", "First.\r\nSecond line.")
    b = write_article("b.txt", "B", "Other.")
    before = a.read_bytes(), b.read_bytes()
    load_documents([str(a), str(b)])
    assert (a.read_bytes(), b.read_bytes()) == before
