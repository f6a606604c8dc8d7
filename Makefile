# SSPF Desk — the two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo/demo.sspf
DEMO_PASSPHRASE ?= sspf-demo-2026
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test venv system-deps gui-deps translations translations-update translations-check lint format typecheck contracts pytest demo clean

run: gui-deps $(STAMP) translations $(DEMO_DB)
	$(BIN)/sspf-desk --db $(DEMO_DB)

test: system-deps $(STAMP) translations translations-check lint typecheck contracts pytest

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:
	./scripts/system-deps.sh

gui-deps:
	./scripts/system-deps.sh --gui

translations: $(QM_FILES)

translations-update: $(STAMP)
	BIN=$(BIN) resources/translations/update.sh

translations-check: $(STAMP)
	BIN=$(BIN) resources/translations/update.sh --check

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(DEMO_DB): | $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	@echo "Skapar ett demovalv i $(DEMO_DB) (lösenfras: $(DEMO_PASSPHRASE)) …"
	SSPF_DESK_PASSPHRASE='$(DEMO_PASSPHRASE)' $(BIN)/sspf-desk demo --db $(DEMO_DB) --size small --seed 1

demo: $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check sspf_desk tests benchmarks
	$(BIN)/ruff format --check sspf_desk tests benchmarks

format: $(STAMP)
	$(BIN)/ruff check --fix sspf_desk tests benchmarks
	$(BIN)/ruff format sspf_desk tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto -q

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis $(QM_FILES)
