"""What `consistency check` prints and writes: filters, formats, output files, exit codes."""

import json

import pytest

from tests.test_cli import corpus, invoke, one_error_line  # noqa: F401  (corpus is a fixture)


def test_cli_check_filters_by_kind_and_outlet(corpus):
    # The fake model's vectors mean nothing to the verifier: the rules score, so the filters alone decide.
    result = invoke("check", str(corpus), "--model", "fake", "--rules-only", "-q", "--kind", "time", "--source", "Daily Courier")
    assert result.exit_code == 0, result.output
    assert "9:40 a.m." in result.stdout and "14th" not in result.stdout
    assert "1 of 2 (kind time; outlet Daily Courier)" in result.stdout


def test_cli_check_filters_json_too(corpus):
    result = invoke("check", str(corpus), "--model", "fake", "--rules-only", "--format", "json", "--kind", "number,time", "--top", "1")
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


def test_cli_check_fail_on_gates_on_severity_whatever_is_shown(corpus, write_article, tmp_path):
    failed = invoke("check", str(corpus), "--model", "fake", "-q", "--fail-on", "high", "--kind", "attribution")
    assert failed.exit_code == 1
    assert "2 discrepancies of severity high or above (--fail-on high)" in failed.stderr
    assert "No discrepancies match the filters." in failed.stdout  # the report is printed all the same
    calm = tmp_path / "calm"
    write_article("a.txt", "Harbour Herald", "About 900 people left the tower on Tuesday.", folder=calm)
    write_article("b.txt", "Daily Courier", "Roughly 900 people left the tower on Tuesday.", folder=calm)
    passed = invoke("check", str(calm), "--model", "fake", "-q", "--fail-on", "low")
    assert passed.exit_code == 0 and passed.stderr == ""


def test_cli_check_fail_on_a_misspelt_level_is_bad_input(corpus):
    one_error_line(invoke("check", str(corpus), "--model", "fake", "--fail-on", "hihg"), "no severity named 'hihg'")
