# `make run` and `make test` set everything up on first use; later runs reuse .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test golden bench clean

setup: $(STAMP)

# PyTorch goes in first, pinned to the CPU build: sentence-transformers asks for plain
# "torch", which would otherwise pull a CUDA build of several GB.
$(STAMP): pyproject.toml Makefile
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
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

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
