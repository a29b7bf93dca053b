import json
import os
import subprocess
import sys

import jsonschema

from consistency.pipeline import CheckSettings, check_documents
from consistency.report import report_to_json, schema
from tests.conftest import REPO
from tests.test_pipeline import documents


def test_report_json_validates_against_the_published_schema(fake_embedder):
    report = check_documents(documents(), CheckSettings(include_alignments=True), embedder=fake_embedder)
    data = json.loads(report_to_json(report, include_alignments=True))
    jsonschema.validate(data, schema())
    assert data["schema_version"] == 1
    assert data["discrepancies"] and data["alignments"]


def test_report_spans_point_at_the_values_in_each_text(fake_embedder):
    data = json.loads(report_to_json(check_documents(documents(), embedder=fake_embedder)))
    for item in data["discrepancies"]:
        for side in ("a", "b"):
            start, end = item[side]["spans"][0]
            assert item[side]["text"][start:end] == item[side]["value"]


def test_report_schema_file_in_the_repo_is_the_packaged_one():
    packaged = REPO / "consistency" / "schema" / "report-v1.schema.json"
    assert json.loads(packaged.read_text()) == schema()


def test_report_json_is_byte_identical_across_runs_and_hash_seeds(tmp_path):
    script = (
        "import sys; sys.path.insert(0, 'tests'); import conftest\n"
        "from consistency.pipeline import check_documents, CheckSettings\n"
        "from consistency.report import report_to_json\n"
        "from test_pipeline import documents\n"
        "sys.stdout.write(report_to_json(check_documents(documents(), CheckSettings(include_alignments=True), "
        "embedder=conftest.FakeEmbedder()), True))\n"
    )
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, check=True, capture_output=True).stdout)
    assert len(outputs) == 1


def test_report_check_command_json_is_byte_identical_across_hash_seeds(tmp_path):
    # The whole command: reading files (one of them empty, so the report has notes),
    # splitting, aligning and rendering, each in a fresh interpreter with its own seed.
    (tmp_path / "empty.txt").write_text("")
    command = [
        sys.executable, "-c", "import sys; sys.path.insert(0, '.'); import tests.conftest; from consistency.cli import main; main()",
        "check", "examples/", str(tmp_path / "empty.txt"), "--model", "fake", "--format", "json", "--alignments", "--no-cache",
    ]
    outputs = set()
    for seed in ("0", "7", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True).stdout)
    (output,) = outputs
    report = json.loads(output)
    assert report["discrepancies"] and report["notes"]
