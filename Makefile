# The two commands of the README: `make demo` builds the graph of the seed pages,
# `make test` runs every test. Each installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds
OUT ?= out/seeds

.PHONY: demo test install lint browser evaluation clean

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

# Browser tests use Debian's Chromium; install it when missing and possible (root, apt-get).
browser:
	@if ! { command -v chromium && command -v chromedriver; } >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's chromium and chromium-driver"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else echo "cannot install chromium here: browser tests will be skipped"; fi; \
	fi

# The Neo4j tests need the local server: start it, run everything, stop it even on failure.
test: install lint browser
	scripts/neo4j start
	status=0; KG_REQUIRE_NEO4J=1 $(BIN)/python -m pytest -q -rs || status=$$?; \
	scripts/neo4j stop; [ $$status = 0 ] || exit $$status
	$(BIN)/kg eval tdmsci --eval-dir ../shared/eval

# Regenerates docs/evaluation.md from the annotated sets in ../shared/eval (a few minutes).
evaluation: install
	$(BIN)/kg eval all --eval-dir ../shared/eval --markdown docs/evaluation.md

clean:
	rm -rf $(VENV) out
