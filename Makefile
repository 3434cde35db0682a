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

# The Neo4j tests need the local server: start it, run everything, stop it even on failure.
test: install lint
	scripts/neo4j start
	status=0; KG_REQUIRE_NEO4J=1 $(BIN)/python -m pytest -q || status=$$?; \
	scripts/neo4j stop; exit $$status

clean:
	rm -rf $(VENV) out
