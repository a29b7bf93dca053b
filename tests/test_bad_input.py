"""Every kind of bad input we know of: each gives a correct result, or one line on stderr
naming the file and what to do with exit code 2. Never a traceback, never a partial
output file, never a changed input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.embedding import embedders
from tests.conftest import FakeEmbedder

runner = CliRunner()

FLOOR_12 = "A fire broke out on the 12th floor of Kestrel Tower on Tuesday. The alarm was raised at 9:10 a.m. by a guard."
FIRE_14 = "A fire broke out on the 14th floor of Kestrel Tower on Tuesday."
ALARM_940 = "The alarm was raised at 9:40 a.m. by a guard."
FLOOR_14 = f"{FIRE_14} {ALARM_940}"


class LimitedFakeEmbedder(FakeEmbedder):
    """The fake embedder with a model's length limit: like the real model, it reads only
    the first 256 words of a sentence."""

    identity = "fake-256"
    max_tokens = 256

    def embed_batch(self, texts):
        return super().embed_batch([" ".join(text.split()[: self.max_tokens]) for text in texts])


if "fake-256" not in embedders:
    embedders.register("fake-256")(LimitedFakeEmbedder)


def article(source: str, body: str) -> str:
    return f"---\nsource: {source}\n---\n{body}\n"


@pytest.fixture
def herald(tmp_path) -> Path:
    path = tmp_path / "herald.txt"
    path.write_text(article("Harbour Herald", FLOOR_12), encoding="utf-8")
    return path


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def check(*args, input=None, model="fake"):
    return runner.invoke(app, ["check", *map(str, args), "--model", model, "--quiet"], input=input, catch_exceptions=False)


def check_json(*args, input=None, model="fake") -> tuple[dict, str]:
    result = check(*args, "--format", "json", input=input, model=model)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def assert_refused(result, *expected: str) -> str:
    """Exit 2, nothing on stdout, one 'error:' line on stderr that says each expected part."""
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for part in expected:
        assert part in lines[0], lines[0]
    return lines[0]


def kinds(report: dict) -> set[str]:
    return {item["kind"] for item in report["discrepancies"]}


# Files that hold no article.


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \r\n  ", article("Empty Times", "").encode()], ids=["empty", "whitespace", "front-matter-only"])
def test_bad_input_file_without_text_is_named_when_too_few_documents_remain(tmp_path, herald, content):
    empty = write(tmp_path, "empty.txt", content)
    assert_refused(check(empty, herald), "only one document", f"{empty} had none", "at least two")


def test_bad_input_file_without_text_is_left_out_with_a_warning(tmp_path, herald):
    empty = write(tmp_path, "empty.txt", b"")
    courier = write(tmp_path, "courier.txt", article("Daily Courier", FLOOR_14))
    report, stderr = check_json(herald, courier, empty)
    assert [d["source"] for d in report["documents"]] == ["Harbour Herald", "Daily Courier"]
    assert f"warning: {empty}: holds no article text" in stderr
    assert report["notes"] == [{"path": str(empty), "message": report["notes"][0]["message"]}]
    assert kinds(report) == {"number", "time"}


def test_bad_input_text_that_is_only_numbers_is_left_out_with_a_warning(tmp_path, herald):
    numbers = write(tmp_path, "numbers.txt", article("Tally", "12 14 9 10 3.5 1,000,000 42\n7 7 7"))
    courier = write(tmp_path, "courier.txt", article("Daily Courier", FLOOR_14))
    report, stderr = check_json(herald, courier, numbers)
    assert len(report["documents"]) == 2
    assert f"{numbers}: holds no article text" in stderr


# Files that are not text.


def test_bad_input_png_renamed_txt_is_refused_as_binary(tmp_path, herald):
    png = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert_refused(check(herald, png), str(png), "binary file")


def test_bad_input_nul_bytes_in_text_are_refused_as_binary(tmp_path, herald):
    nul = write(tmp_path, "nul.txt", article("Null Post", FLOOR_14).replace("Tower", "Tower\x00"))
    assert_refused(check(herald, nul), str(nul), "binary file")


# Encodings.


def test_bad_input_invalid_utf8_is_read_as_windows_1252_and_verbose_says_so(tmp_path, herald):
    latin = write(tmp_path, "latin.txt", article("Café Courier", FLOOR_14).encode("cp1252") + b" Caf\xe9.\n")
    result = check(herald, latin, "--format", "json", "--verbose")
    assert result.exit_code == 0, result.output
    assert f"note: {latin}: not valid UTF-8; read as Windows-1252" in result.stderr
    report = json.loads(result.stdout)
    assert [d["source"] for d in report["documents"]] == ["Harbour Herald", "Café Courier"]
    assert kinds(report) == {"number", "time"}
    assert "notes" not in report  # the encoding is a detail, not a warning


def test_bad_input_bytes_windows_1252_lacks_are_read_as_latin_1(tmp_path, herald):
    odd = write(tmp_path, "odd.txt", article("Odd", FLOOR_14).encode("latin-1") + b"\x81\x8d\n")
    result = check(herald, odd, "--verbose")
    assert result.exit_code == 0, result.output
    assert f"note: {odd}: not valid UTF-8; read as Latin-1" in result.stderr


def test_bad_input_encoding_notes_need_verbose(tmp_path, herald):
    latin = write(tmp_path, "latin.txt", article("Café Courier", FLOOR_14).encode("cp1252"))
    result = check(herald, latin)
    assert result.exit_code == 0 and result.stderr == ""


def test_bad_input_windows_1252_quotes_are_decoded_as_quotes(tmp_path, herald):
    quoted = write(tmp_path, "quoted.txt", article("Daily Courier", "“It started on the 14th floor,” a guard said.").encode("cp1252"))
    result = runner.invoke(app, ["inspect", str(quoted), "--sentences", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "“It started on the 14th floor,” a guard said." in result.stdout


def test_bad_input_utf16_with_bom_is_read(tmp_path, herald):
    wide = write(tmp_path, "wide.txt", article("Daily Courier", FLOOR_14).encode("utf-16"))
    report, _ = check_json(herald, wide)
    assert kinds(report) == {"number", "time"}


def test_bad_input_broken_utf16_is_one_line(tmp_path, herald):
    broken = write(tmp_path, "broken.txt", b"\xff\xfeA\x00B\x00\x00\xd8")  # a lone high surrogate at the end
    assert_refused(check(herald, broken), str(broken), "UTF-16")


# Size and limits.


def test_bad_input_long_text_without_a_line_break_is_read(tmp_path, herald):
    words = " ".join(f"word{number} and more" for number in range(6_000))
    long = write(tmp_path, "long.txt", article("Daily Courier", FLOOR_14 + " " + words))
    result = runner.invoke(app, ["inspect", str(long), "--sentences", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"][0]["n_sentences"] == 3  # two sentences, then one long run of words


def test_bad_input_20_mb_without_a_line_break_is_refused_over_max_bytes_before_reading(tmp_path, herald):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.write(b"---\nsource: Huge\n---\n")
        stream.write(b"fire on the floor " * (20_000_000 // 18))
    line = assert_refused(check(herald, huge, "--max-bytes", "10MB"), "--max-bytes limit of 10.0 MB", "raise --max-bytes")
    assert "20.0 MB" in line


def test_bad_input_limit_is_checked_before_any_file_is_read(tmp_path, herald):
    # The binary file would be an error if it were read; the size limit comes first.
    write(tmp_path / "corpus", "binary.txt", b"\x00" * 5000)
    write(tmp_path / "corpus", "courier.txt", article("Daily Courier", FLOOR_14))
    assert_refused(check(herald, tmp_path / "corpus", "--max-bytes", "2kB"), "over the --max-bytes limit of 2.0 kB")


def test_bad_input_stdin_over_max_bytes_is_refused(herald):
    lines = "\n".join(json.dumps({"source": f"S{n}", "text": FLOOR_14}) for n in range(50))
    assert_refused(check("-", "--max-bytes", "1kB", input=lines), "<stdin>", "--max-bytes")


def test_bad_input_too_many_documents_are_refused(tmp_path):
    feed = write(tmp_path, "feed.jsonl", "\n".join(json.dumps({"source": f"S{n}", "text": FLOOR_14}) for n in range(5)))
    assert_refused(check(feed, "--max-documents", "3"), str(feed), "more than 3 documents", "--max-documents")
    report, _ = check_json(feed, "--max-documents", "5")
    assert len(report["documents"]) == 5


def test_bad_input_max_bytes_that_is_not_a_size_is_a_usage_error(tmp_path, herald):
    result = check(herald, herald, "--max-bytes", "lots")
    assert result.exit_code == 2 and "not a size" in result.output


def test_bad_input_limits_apply_to_inspect_and_index_add(tmp_path, herald):
    courier = write(tmp_path, "courier.txt", article("Daily Courier", FLOOR_14))
    inspected = runner.invoke(app, ["inspect", str(herald), str(courier), "--max-documents", "1"])
    assert_refused(inspected, "more than 1 documents")
    added = runner.invoke(app, ["index", "add", str(tmp_path / "index"), str(herald), str(courier), "--model", "fake", "--max-bytes", "100"])
    assert_refused(added, "--max-bytes")
    assert not (tmp_path / "index").exists()


# JSON and JSONL.


def test_bad_input_malformed_jsonl_line_names_file_and_line(tmp_path):
    feed = write(tmp_path, "feed.jsonl", json.dumps({"source": "A", "text": FLOOR_12}) + "\n{not json\n")
    assert_refused(check(feed), f"{feed}:2:", "not valid JSON", "--skip-bad-records")


def test_bad_input_skip_bad_records_skips_and_says_how_many(tmp_path):
    feed = write(
        tmp_path,
        "feed.jsonl",
        "\n".join(
            [json.dumps({"source": "A", "text": FLOOR_12}), "{not json", json.dumps({"source": "B"}), json.dumps({"source": "C", "text": FLOOR_14})]
        ),
    )
    report, stderr = check_json(feed, "--skip-bad-records")
    assert [d["source"] for d in report["documents"]] == ["A", "C"]
    assert f"warning: {feed}: skipped 2 malformed records (line 2, line 3)" in stderr
    assert report["notes"][0]["message"].startswith("skipped 2 malformed records")


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"articles": [1, 2]}', "record 1 has no 'text' string"),
        ("42", "record 1 is int"),
        ('["one", "two"]', "record 1 is str"),
        ('[{"text": "A fire.", "source": ["A", "B"]}]', "field 'source' must be a string"),
        ('{"documents": [{"text": "A fire.", "id": 1}, ', "not valid JSON"),
    ],
    ids=["wrong-object", "number", "strings", "list-field", "truncated"],
)
def test_bad_input_json_of_the_wrong_shape_is_refused(tmp_path, herald, content, message):
    wrong = write(tmp_path, "wrong.json", content)
    assert_refused(check(herald, wrong), str(wrong), message)


@pytest.mark.parametrize("name, where", [("deep.json", "deep.json:"), ("deep.jsonl", "deep.jsonl:1:")])
def test_bad_input_json_nested_beyond_recursion_is_one_line(tmp_path, herald, name, where):
    deep = write(tmp_path, name, '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert_refused(check(herald, deep), where, "nested deeper than any")


def test_bad_input_jsonl_record_without_text_names_its_line(tmp_path):
    feed = write(tmp_path, "feed.jsonl", json.dumps({"source": "A", "text": FLOOR_12}) + "\n" + json.dumps({"source": "B", "title": "No body"}))
    assert_refused(check(feed), f"{feed}:2:", "no 'text' string")


def test_bad_input_duplicate_document_ids_are_refused(tmp_path):
    feed = write(
        tmp_path, "feed.jsonl", "\n".join(json.dumps({"id": "story-1", "source": s, "text": t}) for s, t in (("A", FLOOR_12), ("B", FLOOR_14)))
    )
    assert_refused(check(feed), "document id 'story-1' is used twice", "ids must be unique")


# Folders, permissions and links.


def test_bad_input_folder_with_no_readable_files_is_refused(tmp_path, herald):
    folder = tmp_path / "nothing"
    write(folder, "photo.png", b"\x89PNG")
    write(folder, ".hidden.txt", article("Hidden", FLOOR_14))
    assert_refused(check(herald, folder), str(folder), "folder holds no")


def _permissions_are_enforced(tmp_path: Path) -> bool:
    probe = write(tmp_path, "probe", b"x")
    probe.chmod(0)
    try:
        probe.read_bytes()
        return False
    except PermissionError:
        return True
    finally:
        probe.chmod(0o600)


def test_bad_input_unreadable_file_is_refused(tmp_path, herald):
    if not _permissions_are_enforced(tmp_path):
        pytest.skip("running as root: file permissions do not stop reading")
    locked = write(tmp_path, "locked.txt", article("Daily Courier", FLOOR_14))
    locked.chmod(0)
    assert_refused(check(herald, locked), str(locked), "permission denied")


def test_bad_input_symlink_loop_given_directly_is_refused(tmp_path, herald):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert_refused(check(herald, tmp_path / "a.txt"), "a.txt", "symbolic link to nothing")


def test_bad_input_symlink_loop_inside_a_folder_is_named(tmp_path, herald):
    folder = tmp_path / "corpus"
    write(folder, "courier.txt", article("Daily Courier", FLOOR_14))
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    assert_refused(check(herald, folder), "loop.txt", "cannot be read")


def test_bad_input_folder_linking_to_itself_is_not_followed(tmp_path, herald):
    folder = tmp_path / "corpus"
    write(folder, "courier.txt", article("Daily Courier", FLOOR_14))
    (folder / "again").symlink_to(folder, target_is_directory=True)
    report, _ = check_json(herald, folder)
    assert len(report["documents"]) == 2


# Corpora that are odd but valid.


def test_bad_input_one_document_is_not_enough(herald):
    assert_refused(check(herald), "only one document", "at least two articles")


def test_bad_input_identical_documents_give_no_discrepancy(tmp_path, herald):
    twin = write(tmp_path, "twin.txt", article("Daily Courier", FLOOR_12))
    report, _ = check_json(herald, twin)
    assert report["discrepancies"] == []
    assert report["documents"][1]["copy_of"] == "herald"


@pytest.mark.parametrize(
    ("body", "language", "name"),
    [
        ("周二，科斯特雷尔大楼14层发生火灾。警报于上午9点40分响起。", "zh", "Chinese"),
        ("اندلع حريق في الطابق 14 من برج كستريل يوم الثلاثاء. انطلق الإنذار الساعة 9:40 صباحا.", "ar", "Arabic"),
    ],
    ids=["chinese", "arabic"],
)
def test_bad_input_other_languages_are_read_and_listed_as_not_compared(tmp_path, herald, body, language, name):
    other = write(tmp_path, "other.txt", article("World Desk", body))
    report, stderr = check_json(herald, other)
    listed = report["documents"][1]
    assert (listed["source"], listed["language"], listed["compared"]) == ("World Desk", language, False)
    assert report["discrepancies"] == []
    assert f"1 document was read but not compared ({name} 1): the comparators read English, Portuguese and Spanish only" in stderr


def test_bad_input_english_with_a_line_in_other_scripts_is_checked(tmp_path, herald):
    body = "Пожар начался на 14 этаже. A fire broke out on the 14th floor of Kestrel Tower on Tuesday. 火灾 في البرج."
    other = write(tmp_path, "other.txt", article("World Desk", body))
    report, stderr = check_json(herald, other)
    listed = report["documents"][1]
    assert (listed["language"], listed["compared"]) == ("en", True) and listed["n_sentences"] >= 2
    assert "not compared" not in stderr


def _assert_spans_match(report: dict) -> None:
    for item in report["discrepancies"]:
        for side in ("a", "b"):
            for start, end in item[side]["spans"]:
                assert item[side]["text"][start:end] in item[side]["value"]


def test_bad_input_right_to_left_marks_keep_findings_and_spans(tmp_path, herald):
    rtl = write(tmp_path, "rtl.txt", article("Daily Courier", "\u202bA fire broke out on the \u200f14th floor of Kestrel Tower on Tuesday.\u202c The alarm was raised at 9:40 a.m. by a guard."))
    report, _ = check_json(herald, rtl)
    assert kinds(report) == {"number", "time"}
    _assert_spans_match(report)


def test_bad_input_emoji_in_outlet_title_and_sentences_are_kept(tmp_path, herald):
    body = "🔥 A fire broke out on the 14th floor 🏢 of Kestrel Tower on Tuesday. The alarm 🚨 was raised at 9:40 a.m. by a guard 👮."
    emoji = write(tmp_path, "emoji.txt", f"---\nsource: Daily Courier 🔥\ntitle: Tower fire 🏢🚒\n---\n{body}\n")
    report, _ = check_json(herald, emoji, "--alignments")
    assert report["documents"][1]["source"] == "Daily Courier 🔥" and report["documents"][1]["title"] == "Tower fire 🏢🚒"
    sentences = {pair["b"]["text"] for pair in report["alignments"]}
    assert sentences == {"🔥 A fire broke out on the 14th floor 🏢 of Kestrel Tower on Tuesday.", "The alarm 🚨 was raised at 9:40 a.m. by a guard 👮."}
    assert kinds(report) == {"number", "time"}
    _assert_spans_match(report)


def test_bad_input_emoji_widgets_are_still_left_out(tmp_path):
    page = write(tmp_path, "page.txt", article("Daily Courier", FLOOR_14 + " 📧 Sign up for our newsletter 🔔 Turn on alerts"))
    result = runner.invoke(app, ["inspect", str(page), "--sentences", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [sentence["text"] for sentence in data["documents"][0]["sentences"]] == [FIRE_14, ALARM_940]
    assert {"📧 Sign up for our newsletter", "🔔 Turn on alerts"} <= {piece["text"] for piece in data["dropped"]}


def test_bad_input_control_characters_are_kept_as_data(tmp_path, herald):
    body = "A fire\x1b[31m broke out\x07 on the 14th floor of Kestrel Tower\x0b on Tuesday.\x7f The alarm was raised at 9:40 a.m. by a guard."
    controls = write(tmp_path, "controls.txt", article("Daily Courier", body))
    result = check(herald, controls, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout  # JSON escapes it
    report = json.loads(result.stdout)
    assert kinds(report) == {"number", "time"}
    assert any("\x1b[31m" in item["a"]["text"] + item["b"]["text"] for item in report["discrepancies"])


def test_bad_input_sentence_longer_than_the_model_reads_is_reported(tmp_path, herald):
    long_sentence = "A fire broke out on the 14th floor of Kestrel Tower, " + " ".join(f"then room{n}" for n in range(2550)) + "."
    long = write(tmp_path, "long.txt", article("Daily Courier", long_sentence + " " + ALARM_940))
    report, stderr = check_json(herald, long, model="fake-256")
    assert f"warning: {long}: sentence 1 of document 'long' has 5,111 words, more than the model's 256 tokens" in stderr
    assert report["notes"] == [{"path": str(long), "message": stderr.split(f"{long}: ", 1)[1].strip()}]
    assert report["documents"][1]["n_sentences"] == 2  # kept whole, not cut


def test_bad_input_sentence_within_the_model_limit_gives_no_note(tmp_path, herald):
    courier = write(tmp_path, "courier.txt", article("Daily Courier", FLOOR_14))
    report, stderr = check_json(herald, courier, model="fake-256")
    assert "notes" not in report and stderr == ""


@pytest.mark.model
def test_bad_input_real_model_limit_counts_tokens_not_words(real_embedder):
    assert real_embedder.max_tokens == 256
    short_words_many_tokens = " ".join(["antidisestablishmentarianism"] * 60)  # 60 words, over 256 tokens
    ordinary = FLOOR_14 * 3
    assert real_embedder.overlong([ordinary, short_words_many_tokens, "word " * 300]) == [1, 2]
    assert real_embedder.token_count(FIRE_14) == len(real_embedder.model.tokenizer(FIRE_14)["input_ids"])


def test_bad_input_html_scripts_and_styles_are_not_article_text(tmp_path, herald):
    page = write(
        tmp_path,
        "page.html",
        "<html><head><title>Tower fire</title><style>p { color: red } .floor:after { content: '99th floor' }</style>"
        "<script>var floor = '99th floor'; alert(1)</script></head><body><article>"
        f"<p>{FIRE_14}</p><script>document.write('the 99th floor')</script>"
        "<noscript>Enable scripts for the 99th floor.</noscript>"
        f"<p>{ALARM_940}</p></article></body></html>",
    )
    report, _ = check_json(herald, page, "--alignments")
    texts = " ".join(pair[side]["text"] for pair in report["alignments"] for side in ("a", "b"))
    assert "99th" not in texts and "alert" not in texts and "color" not in texts
    assert kinds(report) == {"number", "time"}


# Where the report goes.


@pytest.mark.parametrize("option", ["--json", "--output"])
def test_bad_input_output_in_a_missing_folder_is_refused_and_nothing_is_created(tmp_path, herald, option):
    courier = write(tmp_path, "courier.txt", article("Daily Courier", FLOOR_14))
    target = tmp_path / "missing" / "report.json"
    assert_refused(check(herald, courier, option, target), "folder", "does not exist")
    assert not target.parent.exists()


@pytest.mark.parametrize("option", ["--json", "--output"])
def test_bad_input_output_in_a_read_only_folder_is_refused(tmp_path, herald, option):
    if not _permissions_are_enforced(tmp_path):
        pytest.skip("running as root: a read-only folder can still be written")
    courier = write(tmp_path, "courier.txt", article("Daily Courier", FLOOR_14))
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert_refused(check(herald, courier, option, locked / "report.json"), "cannot write in")
        assert os.listdir(locked) == []
    finally:
        locked.chmod(0o755)


@pytest.mark.parametrize("option", ["--json", "--output"])
def test_bad_input_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, herald, option):
    courier = write(tmp_path, "courier.txt", article("Daily Courier", FLOOR_14))
    before = courier.read_bytes()
    assert_refused(check(herald, courier, option, courier), "is also an input")
    assert courier.read_bytes() == before


def test_bad_input_output_that_is_a_file_inside_an_input_folder_is_kept_apart(tmp_path, herald):
    # Writing a report into the folder being read is fine; it is not read back as an article.
    folder = tmp_path / "corpus"
    write(folder, "courier.txt", article("Daily Courier", FLOOR_14))
    target = folder / "report.json"
    result = check(herald, folder, "--json", target)
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text())["discrepancies"]


@pytest.mark.parametrize("option", ["--json", "--output"])
def test_bad_input_failed_run_leaves_no_output_file(tmp_path, herald, option):
    binary = write(tmp_path, "binary.txt", b"\x00\x01")
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    assert_refused(check(herald, binary, option, target), "binary file")
    assert os.listdir(target.parent) == []


# Standard input.


def test_bad_input_binary_on_stdin_is_refused(herald):
    assert_refused(check("-", herald, input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"), "<stdin>: is a binary file")


def test_bad_input_windows_1252_on_stdin_is_read_and_verbose_says_so(herald):
    result = check("-", herald, "--format", "json", "--verbose", input=article("Café Courier", FLOOR_14).encode("cp1252"))
    assert result.exit_code == 0, result.output
    assert "note: <stdin>: not valid UTF-8; read as Windows-1252" in result.stderr
    report = json.loads(result.stdout)
    assert report["documents"][0]["source"] == "Café Courier" and kinds(report) == {"number", "time"}


# Messages quote file names and article lines; those print as they read, on one line.


def test_bad_input_escape_sequences_in_a_quoted_line_print_literally(tmp_path, herald):
    bad = write(tmp_path, "bad.txt", "---\nsource: X\n\x1b]0;owned\x07\x1b[2Jcolour: red\n---\nText.\n")
    line = assert_refused(check(herald, bad), "front matter line", "\\x1b]0;owned\\x07\\x1b[2J")
    assert "\x1b" not in line and "\x07" not in line


def test_bad_input_file_name_with_a_line_break_stays_one_line(tmp_path, herald):
    odd = write(tmp_path, "two\nlines.txt", b"\x00binary")
    assert_refused(check(herald, odd), "two\\nlines.txt", "binary file")


def test_bad_input_warning_about_an_oddly_named_file_is_one_line(tmp_path, herald):
    courier = write(tmp_path, "courier.txt", article("Daily Courier", FLOOR_14))
    empty = write(tmp_path, "empty\x1b[31m.txt", b"")
    result = check(herald, courier, empty)
    assert result.exit_code == 0, result.output
    (warning,) = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert "empty\\x1b[31m.txt: holds no article text" in warning and "\x1b" not in result.stderr
