# Partnergraph: every target sets itself up, so a fresh clone needs only `make demo` / `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test lint format demo serve bench neo4j browser screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,fast]'
	touch $@

install: $(STAMP)

# Builds the small Neo4j Community launcher under tests/ with Maven (cached in ~/.m2).
neo4j: $(STAMP)
	$(BIN)/python -m tests.neo4j_server --build

# Debian's Chromium for the browser tests (needs root or sudo the first time).
browser:
	@if ! [ -x /usr/bin/chromium ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; \
	fi

test: install neo4j browser
	$(BIN)/python -m pytest -rs
	$(MAKE) --no-print-directory lint

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

demo: install
	$(BIN)/partnergraph demo

bench: install neo4j
	$(BIN)/python -m benchmarks

# Screenshots of the web UI's main pages, for the README and docs/ui.md.
screenshots: install browser
	$(BIN)/python -m tests.browser.screenshots

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis tests/neo4j_launcher/target .partnergraph
