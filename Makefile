# The two commands of the README: `make demo` builds the graph of the seed pages,
# `make test` runs every test. Each installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds
OUT ?= out/seeds

.PHONY: demo test install lint clean

$(BIN)/kg: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(BIN)/kg

install: $(BIN)/kg

demo: install
	$(BIN)/kg build $(SEEDS)/*.txt --out $(OUT)
	@echo "open $(OUT)/index.html in a browser"

lint: install
	$(BIN)/ruff check kg tests $(wildcard scripts/*.py)

test: install lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out
