# FairDesk developer commands. `make help` lists them.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# Missing system packages (Qt's libraries, python3-venv) stop make with one apt-get line.
PREFLIGHT := $(BIN)/python -m fairdesk.preflight

.PHONY: help run test lint bench demo clean

help:  ## list targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PY) -m fairdesk.preflight --venv
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)  ## create .venv, install, open the app on the demo fair
	@$(PREFLIGHT)
	$(BIN)/fairdesk gui --demo

test: $(TEST_STAMP)  ## install test extras and run the whole suite offscreen
	@$(PREFLIGHT) --platform offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(TEST_STAMP)  ## ruff check, ruff format --check, mypy (strict on core/store/services)
	$(BIN)/ruff check fairdesk tests
	$(BIN)/ruff format --check fairdesk tests
	$(BIN)/mypy fairdesk

bench: $(STAMP)  ## performance table against DESIGN.md budgets
	@$(PREFLIGHT) --platform offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/fairdesk bench

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
