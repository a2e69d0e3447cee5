# Two commands on a fresh machine: `make run` and `make test`.
# Everything is installed into .venv from the project's own files.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test setup screenshots bench translations dist clean

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
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --scale 1.25 --size 1024x540 --out docs/screenshots/125

bench: $(STAMP)
	$(BIN)/python bench/rotation.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/exports.py

translations: $(STAMP)
	$(BIN)/python tools/translations.py

# PyInstaller is only needed here (the `dist` extra), not to run or test the app.
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

# The one-folder application for this platform: dist/cafe-conversation/
# (Windows installer: packaging/windows/cafe-conversation.iss; see README).
dist: $(DIST_STAMP)
	$(BIN)/pyinstaller packaging/cafe-conversation.spec --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller

clean:
	rm -rf $(VENV) build dist *.egg-info
