"""`--engine ray`: the local engine's report byte for byte, from a local Ray of two CPUs
started once for the module, including when workers die during the run."""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.embedding import embedders
from consistency.engine import EngineSettings, check_paths as check_on_engine
from consistency.pipeline import CheckSettings, check_paths
from consistency.report import report_to_json
from tests.conftest import EXAMPLES, REPO, FakeEmbedder

RAY_MISSING = "Ray is not installed: pip install 'consistency[ray]' (make test installs it)"
SEED = REPO.parent / "shared" / "seeds" / "000_d2db0c6ee5cfdb7a.txt"


def import_ray_or_skip():
    """Ray, or a skip that says why; under CI, where `make test` installs it, a failure."""
    try:
        import ray
    except ImportError:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("CI is set but Ray is not installed; make test installs the ray extra", pytrace=False)
        pytest.skip(RAY_MISSING)
    return ray


@pytest.fixture(scope="module")
def ray_session(tmp_path_factory, graph_store):
    ray = import_ray_or_skip()
    with pytest.MonkeyPatch.context() as patch:
        # Workers keep the environment Ray starts with: keep them out of the user's cache,
        # with this session's exported graph, and able to import the tests' embedders.
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("ray-cache-home")))
        patch.setenv("CONSISTENCY_GRAPHS", graph_store)
        patch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def stories_corpus(tmp_path_factory) -> Path:
    """Seven stories told by five outlets each, some figures and times disagreeing."""
    from benchmarks.corpus import generate_corpus

    folder = tmp_path_factory.mktemp("stories")
    generate_corpus(folder, 250)
    return folder


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def json_report(*args: str) -> str:
    result = invoke("check", *args, "--format", "json", "--alignments", "--quiet")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def one_error_line(result, *expected: str) -> str:
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert "\n" not in line and line.startswith("error: ")
    for text in expected:
        assert text in line
    return line


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(EXAMPLES, id="examples"),
        pytest.param(SEED, id="seed-page", marks=pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not beside this checkout")),
    ],
)
def test_ray_engine_gives_the_local_engines_json_byte_for_byte(ray_session, path):
    # The generated corpus of many stories is compared in the test that kills workers.
    path = str(path)
    local = json_report(path, "--model", "fake", "--no-cache")
    on_ray = json_report(path, "--model", "fake", "--no-cache", "--engine", "ray")
    assert json.loads(local)["discrepancies"], "the input must disagree somewhere for this test to mean anything"
    assert on_ray == local


@pytest.mark.model
def test_ray_engine_chooses_the_multilingual_model_for_portuguese_as_the_local_engine_does(ray_session):
    # The English wire is read first; the Portuguese papers make the run start again.
    path = str(REPO / "docs" / "examples" / "floods-en-pt")
    local = json_report(path, "--no-cache")
    on_ray = json_report(path, "--no-cache", "--engine", "ray")
    assert json.loads(on_ray)["model"] == "use-multilingual-v3"
    assert on_ray == local


class DiesOnce(FakeEmbedder):
    """The fake embedder, but the first batch an embedding actor embeds and the first story
    a worker checks each kill their process, as the kernel's OOM killer would."""

    def __init__(self, markers: Path):
        self.markers, self.driver = markers, os.getpid()

    def _die_the_first_time(self, what: str) -> None:
        if os.getpid() == self.driver:
            return
        try:
            os.close(os.open(self.markers / what, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return
        os.kill(os.getpid(), signal.SIGKILL)

    def embed_batch(self, texts):
        self._die_the_first_time("embedding-actor-killed")
        return super().embed_batch(texts)

    def embed(self, texts, on_batch=None, cache=None):
        self._die_the_first_time("story-worker-killed")  # a story task embeds from the cache it was sent
        return super().embed(texts, on_batch, cache)


def test_ray_engine_gives_the_same_report_on_many_stories_when_workers_are_killed(ray_session, stories_corpus, tmp_path):
    # Story by story (the threshold at 0), as the local engine checks a large corpus: each
    # document's sentences form their own embedding group.
    settings = CheckSettings(include_alignments=True, story_by_story_from_bytes=0)
    local = check_paths([str(stories_corpus)], settings, embedder=FakeEmbedder())
    on_ray = check_on_engine([str(stories_corpus)], settings, EngineSettings("ray"), embedder=DiesOnce(tmp_path))
    assert {path.name for path in tmp_path.iterdir()} == {"embedding-actor-killed", "story-worker-killed"}
    assert len({summary.story for summary in local.documents}) > 4 and local.discrepancies
    assert report_to_json(on_ray, include_alignments=True) == report_to_json(local, include_alignments=True)


class StoriesNeverEnd(FakeEmbedder):
    """Story tasks that say they started (a file) and then take a minute."""

    #: Where a story task says it started; each test sets its own.
    started = Path("/nonexistent")

    def __init__(self) -> None:
        self.started, self.driver = StoriesNeverEnd.started, os.getpid()

    def embed(self, texts, on_batch=None, cache=None):
        if os.getpid() != self.driver:
            self.started.touch()
            time.sleep(60)
        return super().embed(texts, on_batch, cache)


if "stories-never-end" not in embedders:
    embedders.register("stories-never-end")(StoriesNeverEnd)


#: How long a story task may take to start. Ray starts its workers in new processes, which
#: on a fresh checkout under load took longer than 30 s: pressed before the tasks ran, the
#: test measured nothing and failed.
TASK_START_SECONDS = 180


@contextmanager
def ctrl_c_once(started: Path):
    """Press Ctrl-C (SIGINT to this process) once ``started`` exists; yields a list that
    holds the moment it was pressed. The key reaches the command as at a terminal: a suite
    started in the background (``make test &``) inherits SIGINT ignored, and would then
    measure nothing."""
    pressed: list[float] = []

    def press() -> None:
        deadline = time.monotonic() + TASK_START_SECONDS
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        pressed.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGINT)

    as_inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    thread = threading.Thread(target=press, daemon=True)
    thread.start()
    try:
        yield pressed
    finally:
        thread.join()
        signal.signal(signal.SIGINT, as_inherited)


def test_ray_engine_ctrl_c_cancels_the_story_tasks_and_writes_no_report(ray_session, stories_corpus, tmp_path, monkeypatch):
    started = tmp_path / "started"
    monkeypatch.setattr(StoriesNeverEnd, "started", started)
    output = tmp_path / "out" / "report.json"
    output.parent.mkdir()
    with ctrl_c_once(started) as pressed:
        result = invoke("check", str(stories_corpus), "--model", "stories-never-end", "--no-cache", "--engine", "ray",
                        "--format", "json", "--output", str(output))
    assert started.exists(), f"no story task started in {TASK_START_SECONDS} s"
    assert result.exit_code in (1, 130)  # Ctrl-C, as the command line answers it
    assert list(output.parent.iterdir()) == [], "no report, not even a temporary file"
    # The tasks sleep a minute; cancelled, their CPUs are free at once.
    while ray_session.available_resources().get("CPU", 0) < 2:
        assert time.monotonic() - pressed[0] < 40, "the story tasks were not cancelled"
        time.sleep(0.2)


def test_ray_engine_adds_to_an_index_as_the_local_engine_does(ray_session, stories_corpus, tmp_path):
    for engine in ("local", "ray"):
        result = invoke("index", "add", str(tmp_path / engine), str(stories_corpus), "--model", "fake", "--no-cache", "--quiet",
                        "--engine", engine)
        assert result.exit_code == 0, result.stderr
    local, on_ray = (sorted(path.name for path in (tmp_path / engine).iterdir()) for engine in ("local", "ray"))
    assert on_ray == local and any(name.startswith("vectors-") for name in local)
    for name in local:
        if not name.startswith("."):
            assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


@pytest.mark.model
def test_ray_engine_embeds_the_local_engines_vectors_with_the_real_model(ray_session, tmp_path):
    """End to end with the real model on the actors: the same vectors to the last bit, so
    the same JSON."""
    local = json_report(str(EXAMPLES), "--cache-dir", str(tmp_path / "local"))
    on_ray = json_report(str(EXAMPLES), "--cache-dir", str(tmp_path / "ray"), "--engine", "ray")
    assert on_ray == local

    def vectors(folder: Path) -> dict[str, bytes]:
        with sqlite3.connect(folder / "embeddings.sqlite3") as connection:
            return dict(connection.execute("SELECT key, vector FROM vectors"))

    assert len(vectors(tmp_path / "ray")) > 20  # every sentence of examples/
    assert vectors(tmp_path / "ray") == vectors(tmp_path / "local")


def test_ray_engine_names_an_unreachable_cluster_in_one_line():
    import_ray_or_skip()
    script = os.path.join(os.path.dirname(sys.executable), "consistency")
    result = subprocess.run(
        [script, "check", str(EXAMPLES), "--engine", "ray", "--ray-address", "127.0.0.1:1"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: --ray-address 127.0.0.1:1: no Ray cluster answers there")
    assert "ray start --head" in result.stderr and result.stderr.count("\n") == 1


def test_ray_engine_without_ray_installed_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails as if it were not installed
    one_error_line(invoke("check", str(EXAMPLES), "--model", "fake", "--engine", "ray"), "pip install 'consistency[ray]'")


def test_ray_engine_options_are_checked_before_any_work():
    one_error_line(invoke("check", str(EXAMPLES), "--model", "fake", "--engine", "spark"), "no engine named 'spark'", "local, ray")
    one_error_line(invoke("check", str(EXAMPLES), "--model", "fake", "--workers", "2"), "only apply with --engine ray")


def test_ray_engine_is_not_imported_for_help():
    code = (
        "import sys; from typer.testing import CliRunner; from consistency.cli import app;"
        "CliRunner().invoke(app, ['--help']); CliRunner().invoke(app, ['check', '--help']);"
        "print('ray' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
