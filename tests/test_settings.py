"""Settings from consistency.toml or pyproject.toml [tool.consistency] in the working folder."""

import json

import pytest

from tests.test_cli import corpus, invoke, one_error_line  # noqa: F401  (corpus is a fixture)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_settings_file_sets_check_options_and_the_command_line_wins(corpus, workdir):
    (workdir / "consistency.toml").write_text('format = "json"\nkind = ["time"]\nmodel = "fake"\nquiet = true\n')
    from_file = invoke("check", str(corpus))
    assert from_file.exit_code == 0, from_file.output
    assert [d["kind"] for d in json.loads(from_file.stdout)["discrepancies"]] == ["time"]
    overridden = invoke("check", str(corpus), "--kind", "number", "--format", "jsonl")
    assert [json.loads(line)["kind"] for line in overridden.stdout.splitlines()] == ["number"]


def test_settings_from_pyproject_unless_consistency_toml_exists(corpus, workdir):
    (workdir / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.consistency]\nmodel = "fake"\nformat = "csv"\n')
    assert invoke("check", str(corpus), "-q").stdout.startswith("id,kind,severity")
    (workdir / "consistency.toml").write_text('model = "fake"\nformat = "jsonl"\n')
    assert invoke("check", str(corpus), "-q").stdout.startswith('{"id": "d')


def test_config_prints_each_setting_and_where_it_came_from(workdir):
    (workdir / "consistency.toml").write_text('min-severity = "medium"\ntop = 10\n')
    result = invoke("config", "--top", "3")
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split(None, 2)[1:] for line in result.stdout.splitlines()[1:]}
    assert rows["min-severity"] == ['"medium"', str(workdir / "consistency.toml")]
    assert rows["top"] == ["3", "command line"]
    assert rows["format"] == ['"table"', "default"]


def test_settings_keys_may_use_underscores_like_python_names(workdir):
    (workdir / "consistency.toml").write_text('top_k = 8\nmin_severity = "medium"\n')
    rows = {line.split()[0]: line.split(None, 2)[1:] for line in invoke("config").stdout.splitlines()[1:]}
    assert rows["top-k"] == ["8", str(workdir / "consistency.toml")]
    assert rows["min-severity"][0] == '"medium"'


@pytest.mark.parametrize(
    "content, fragments",
    [
        ("colour = true\n", ["unknown setting 'colour'", "consistency.toml", "min-severity"]),
        ("top-k = 0\n", ["setting 'top-k'", "greater than or equal to 1"]),
        ("quiet = 'yes'\n", ["setting 'quiet' must be true or false"]),
        ("top = [1\n", ["consistency.toml: not valid TOML"]),
        ("top_k = 3\ntop-k = 4\n", ["'top-k' is given twice", "keep one"]),
    ],
)
def test_settings_file_mistakes_are_one_line_exit_2(corpus, workdir, content, fragments):
    (workdir / "consistency.toml").write_text(content)
    one_error_line(invoke("check", str(corpus), "--model", "fake"), *fragments)
    one_error_line(invoke("config"), *fragments)
