import json
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from tests.conftest import REPO

runner = CliRunner()

HERALD = "A fire broke out on the 12th floor of Kestrel Tower on Tuesday. The alarm was raised at 9:10 a.m. by a guard."
COURIER = "A fire broke out on the 14th floor of Kestrel Tower on Tuesday. The alarm was raised at 9:40 a.m. by a guard."


@pytest.fixture
def corpus(write_article, tmp_path):
    folder = tmp_path / "corpus"
    write_article("herald.txt", "Harbour Herald", HERALD, folder=folder)
    write_article("courier.txt", "Daily Courier", COURIER, folder=folder)
    return folder


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False, env={"COLUMNS": "160"})


def test_cli_check_prints_a_table_with_both_outlets_and_values(corpus):
    result = invoke("check", str(corpus), "--model", "fake", "--quiet")
    assert result.exit_code == 0, result.output
    assert "2 discrepancies" in result.stdout
    for expected in ("Harbour Herald", "Daily Courier", "12th", "14th", "9:10 a.m.", "9:40 a.m."):
        assert expected in result.stdout


def test_cli_check_json_to_stdout_and_file_agree(corpus, tmp_path):
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    result = invoke("check", str(corpus), "--model", "fake", "--format", "json", "--json", str(target), "--alignments")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(target.read_text())
    data = json.loads(target.read_text())
    assert {d["kind"] for d in data["discrepancies"]} == {"number", "time"}
    assert data["alignments"]
    assert os.listdir(target.parent) == ["report.json"]  # no temporary file left behind


def test_cli_check_reads_jsonl_from_stdin():
    lines = [json.dumps({"source": "Harbour Herald", "text": HERALD}), json.dumps({"source": "Daily Courier", "text": COURIER})]
    result = invoke("check", "-", "--model", "fake", "--format", "json", input="\n".join(lines))
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["discrepancies"]) == 2


def test_cli_article_text_with_markup_prints_literally(write_article, tmp_path):
    write_article("a.txt", "[bold]Herald[/bold]", "The [red]fire[/] began on the 12th floor of the tower.")
    write_article("b.txt", "Courier", "The [red]fire[/] began on the 14th floor of the tower.")
    result = invoke("check", str(tmp_path), "--model", "fake", "--quiet")
    assert "[bold]Herald[/bold]" in result.stdout
    assert "[red]fire[/]" in result.stdout


def test_cli_inspect_prints_markup_and_escape_sequences_in_articles_literally(write_article, tmp_path):
    write_article("a.txt", "Herald", "The [red]fire[/] began\x1b[2J on the 12th floor of the tower.")
    result = invoke("inspect", str(tmp_path), "--sentences")
    assert result.exit_code == 0
    assert "[red]fire[/]" in result.stdout and "\\x1b[2J" in result.stdout and "\x1b" not in result.stdout


def one_error_line(result, *fragments):
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def test_cli_missing_file_is_one_line_exit_2(tmp_path):
    missing = tmp_path / "missing.txt"
    one_error_line(invoke("check", str(missing), str(missing), "--model", "fake"), str(missing), "no such file")


def test_cli_malformed_jsonl_names_file_and_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "A.", "source": "A"}\n{oops}\n{"text": "B.", "source": "B"}\n')
    one_error_line(invoke("check", str(feed), "--model", "fake"), f"{feed}:2:", "not valid JSON")


def test_cli_one_document_is_not_enough(write_article):
    only = write_article("a.txt", "A", HERALD)
    one_error_line(invoke("check", str(only), "--model", "fake"), "at least two articles")


def test_cli_refuses_to_write_over_an_input(corpus):
    herald = corpus / "herald.txt"
    before = herald.read_bytes()
    one_error_line(invoke("check", str(corpus), str(herald), "--model", "fake", "--json", str(herald)), "is also an input")
    assert herald.read_bytes() == before


def test_cli_refuses_an_option_given_where_an_output_file_belongs(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    one_error_line(invoke("check", str(corpus), "--model", "fake", "--json", "-q"), "-q: looks like an option")
    one_error_line(invoke("check", str(corpus), "--model", "fake", "-o", "--quiet"), "--quiet: looks like an option")
    assert not (tmp_path / "-q").exists() and not (tmp_path / "--quiet").exists()
    # A file whose name starts with a dash is written when named by its path.
    assert invoke("check", str(corpus), "--model", "fake", "--json", str(tmp_path / "-q"), "-q").exit_code == 0
    assert (tmp_path / "-q").is_file()


def test_cli_output_folder_that_does_not_exist_is_an_error(corpus, tmp_path):
    target = tmp_path / "nowhere" / "report.json"
    one_error_line(invoke("check", str(corpus), "--model", "fake", "--json", str(target)), "does not exist")
    assert not target.exists()


def test_cli_unknown_format_and_model_name_the_choices(corpus, tmp_path):
    one_error_line(invoke("check", str(corpus), "--model", "fake", "--format", "yaml"), "no format named 'yaml'", "json", "table")
    one_error_line(invoke("check", str(corpus), "--model", str(tmp_path / "no-model")), "no such model folder")


def test_cli_every_command_has_help_with_an_example_and_is_in_the_readme():
    readme = (REPO / "README.md").read_text()
    top = invoke("--help")
    assert top.exit_code == 0
    commands = [[command.name] for command in app.registered_commands]
    for group in app.registered_groups:
        commands += [[group.name, command.name] for command in group.typer_instance.registered_commands]
    assert ["check"] in commands and ["index", "add"] in commands
    for words in commands:
        result = invoke(*words, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.stdout, words
        assert re.search(rf"consistency {' '.join(words)}\b", readme), f"README shows no example of {words}"


def test_cli_help_loads_no_heavy_library():
    code = (
        "import sys; from typer.testing import CliRunner; from consistency.cli import app;"
        "CliRunner().invoke(app, ['check', '--help']);"
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'faiss', 'transformers') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_cli_console_script_hides_tracebacks_from_users(tmp_path):
    script = os.path.join(os.path.dirname(sys.executable), "consistency")
    missing = str(tmp_path / "gone.txt")
    result = subprocess.run([script, "check", missing, missing], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {missing}: no such file or folder"


def test_cli_prints_no_progress_when_output_is_not_a_terminal(corpus):
    result = invoke("check", str(corpus), "--model", "fake", "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == ""
    json.loads(result.stdout)


def test_cli_inspect_lists_articles_outlets_copies_and_dropped_text(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Daily Courier\n2 hours ago\nFire guts tower in the city centre\n"
        "Three people died when a fire broke out on the 12th floor of the tower on Tuesday. Sponsored Links "
        "Crews fought the blaze for four hours before it was under control.\n"
        "Comments\n\n"
        "Northern Post\n3 hours ago\nFire guts tower in the city center\n"
        "Three people died when a fire broke out on the 12th floor of the tower on Tuesday. "
        "Crews fought the blaze for four hours before it was under control.\n",
        encoding="utf-8",
    )
    result = invoke("inspect", str(page), "--show-dropped", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [(d["source"], d["title"], d["n_sentences"], d["copy_of"]) for d in data["documents"]] == [
        ("Daily Courier", "Fire guts tower in the city centre", 2, None),
        ("Northern Post", "Fire guts tower in the city center", 2, "page#1"),
    ]
    reasons = {(d["text"], d["reason"]) for d in data["dropped"]}
    assert ("Sponsored Links", "ad fragment") in reasons and ("Comments", "page furniture") in reasons
    text = page.read_text(encoding="utf-8")
    for sentence in data["documents"][0]["sentences"]:
        assert text[sentence["input_start"] : sentence["input_start"] + len(sentence["text"])] == sentence["text"]
    table = invoke("inspect", str(page), "--show-dropped")
    assert "Daily Courier" in table.stdout and "ad fragment" in table.stdout


def test_cli_compare_gives_the_kinds_and_spans_check_gives():
    a, b = "The fire began on the 12th floor at 9:10 a.m.", "It started on the 14th floor at 9:40 a.m."
    result = invoke("compare", a, b, "--json", "--similarity", "0.9")
    assert result.exit_code == 0
    found = {(d["kind"], d["a"]["value"], d["b"]["value"]) for d in json.loads(result.stdout)["discrepancies"]}
    assert found == {("number", "12th", "14th"), ("time", "9:10 a.m.", "9:40 a.m.")}
    for item in json.loads(result.stdout)["discrepancies"]:
        start, end = item["a"]["spans"][0]
        assert a[start:end] == item["a"]["value"]
    same = invoke("compare", "About 900 people left.", "Roughly 900 people left.", "--similarity", "0.9")
    assert "0 findings" in same.stdout
