# Two commands on a fresh machine: `make run` and `make test`.
# Everything is installed into .venv from the project's own files.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup screenshots bench translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/cafe-conversation --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

bench: $(STAMP)
	$(BIN)/python bench/rotation.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/exports.py

translations: $(STAMP)
	$(BIN)/python tools/translations.py

clean:
	rm -rf $(VENV) build *.egg-info
