# `make run` and `make test` set everything up on first use; later runs reuse .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test golden bench bench-ray fuzz clean

setup: $(STAMP)

# PyTorch goes in first, pinned to the CPU build: sentence-transformers asks for plain
# "torch", which would otherwise pull a CUDA build of several GB. The ray extra comes too,
# so the suite runs the Ray engine's tests (tests/test_ray_engine.py) rather than skip them.
$(STAMP): pyproject.toml Makefile
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,ray]'
	@touch $(STAMP)

run: setup
	$(BIN)/consistency check examples/

test: setup
	$(BIN)/python -m pytest

# Regenerate tests/golden/ (the reports of examples/) after an intended change; review the diff.
golden: setup
	$(BIN)/python -m tests.golden --update

bench: setup
	$(BIN)/python benchmarks/bench.py

# `check --engine ray` against the local engine on a generated 20,000-sentence corpus, with
# 1 and 2 workers, and Ray's per-task overhead (figures in docs/scaling.md).
bench-ray: setup
	$(BIN)/python benchmarks/ray_bench.py

# A bounded fuzzing run: the property tests of tests/test_properties.py with 10,000
# examples each instead of 60 (about five minutes on two cores). A failure prints the
# smallest input found and a blob to replay it; make it a regression test.
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_properties.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
