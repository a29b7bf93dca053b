"""What `consistency check` prints and writes: filters, formats, output files, exit codes."""

import json

import pytest

from tests.test_cli import corpus, invoke, one_error_line  # noqa: F401  (corpus is a fixture)


def test_cli_check_filters_by_kind_and_outlet(corpus):
    result = invoke("check", str(corpus), "--model", "fake", "-q", "--kind", "time", "--source", "Daily Courier")
    assert result.exit_code == 0, result.output
    assert "9:40 a.m." in result.stdout and "14th" not in result.stdout
    assert "1 of 2 (kind time; outlet Daily Courier)" in result.stdout


def test_cli_check_filters_json_too(corpus):
    result = invoke("check", str(corpus), "--model", "fake", "--format", "json", "--kind", "number,time", "--top", "1")
    assert [d["kind"] for d in json.loads(result.stdout)["discrepancies"]] == ["number"]


@pytest.mark.parametrize(
    "option, fragments",
    [
        (["--kind", "nmber"], ["no kind named 'nmber'", "number"]),
        (["--source", "Daily Currier"], ["no outlet named 'Daily Currier'", "Daily Courier"]),
        (["--min-severity", "severe"], ["no severity named 'severe'", "high, medium, low"]),
    ],
)
def test_cli_check_misspelt_filter_is_one_line_exit_2(corpus, option, fragments):
    one_error_line(invoke("check", str(corpus), "--model", "fake", *option), *fragments)


@pytest.mark.parametrize("output_format, marker", [
    ("html", "<!DOCTYPE html>"), ("csv", "id,kind,severity"), ("markdown", "# consistency report"),
    ("jsonl", '{"id": "d'), ("table", "╭─ consistency report"),
])
def test_cli_check_writes_each_format_to_the_output_file(corpus, tmp_path, output_format, marker):
    target = tmp_path / f"report.{output_format}"
    result = invoke("check", str(corpus), "--model", "fake", "-q", "--format", output_format, "--output", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    written = target.read_text(encoding="utf-8")
    assert written.startswith(marker) and "14th" in written
    assert "\x1b[" not in written  # a table in a file has no colour codes
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["corpus", target.name])


def test_cli_check_output_never_replaces_an_input(corpus):
    herald = corpus / "herald.txt"
    before = herald.read_bytes()
    one_error_line(invoke("check", str(corpus), "--model", "fake", "-f", "html", "-o", str(herald)), "is also an input")
    assert herald.read_bytes() == before
