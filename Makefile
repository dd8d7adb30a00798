# MES Desk — the two commands: `make run` and `make test` (see README.md).
VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-stamp

.PHONY: install system-deps run test lint test-slow bench screenshots translations template package smoke-package clean

install: system-deps $(STAMP)

system-deps:
	@bash tools/install-system-deps.sh

# The virtual environment is rebuilt when the declared dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: install
	$(VENV)/bin/mesdesk

# The gates: ruff's rule set and mypy (strict for the Qt-free layers, a baseline for the GUI).
lint: install
	$(PY) -m ruff check mesdesk tests tools
	$(PY) -m tools.typecheck

# Xvfb too: the X11 key-binding test needs a real X server (tests/needs.py fails under CI without it).
# PostgreSQL too: the store suite also runs on a throwaway server (tests/pg_cluster.py).
test: install
	@EXTRA="xvfb postgresql" bash tools/install-system-deps.sh
	$(PY) -m ruff check mesdesk tests tools
	$(PY) -m tools.typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# LibreOffice rendering and other slow end-to-end checks.
test-slow: install
	@EXTRA=render bash tools/install-system-deps.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow

bench: install
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.bench

screenshots: install
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots

translations: install
	$(PY) -m tools.translations

template: install
	$(PY) -m tools.make_template

# PyInstaller needs binutils (objdump, strip) on Linux: EXTRA=package in install-system-deps.sh.
package: install
	@EXTRA=package bash tools/install-system-deps.sh
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/mesdesk.spec
	bash packaging/linux/make-archive.sh

# Tests the bundle `package` has just built (the test would rebuild a stale one by itself).
smoke-package: package
	MESDESK_BUNDLE=$(CURDIR)/dist/mesdesk QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow tests/packaging

clean:
	rm -rf build dist .pytest_cache
