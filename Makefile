# CaseKeeper: `make run` starts the app, `make test` runs the tests.
# Both set up what they need first: the Debian packages listed in
# scripts/debian-packages.txt (installed when root, otherwise named) and a
# virtualenv in .venv with the package installed editable with its extras.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Python used to create .venv: python3.11 if present, else python3.
# Override with e.g. `make test PYTHON=/usr/local/bin/python3.12`.
ifeq ($(origin PYTHON),undefined)
PYTHON := $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null)
endif
VENV   := .venv
VPY    := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
EXTRAS := gui,test
# Extra arguments for pytest, e.g. `make test PYTEST_ARGS='-k search -x'`.
PYTEST_ARGS ?=

PY_OK := import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help deps venv run test bench lint clean distclean translations translations-update package package-test screenshots

help:
	@echo "make run        set up (Debian packages, .venv) and start CaseKeeper"
	@echo "make test       set up and run the test suite (Qt offscreen, in parallel)"
	@echo "make bench      run bench/store.py"
	@echo "make screenshots  run the app on a demo store under Xvfb, save PNGs to docs/screenshots/"
	@echo "make translations         compile resources/translations/*.ts to .qm"
	@echo "make translations-update  collect new tr() strings from the GUI into the .ts files"
	@echo "make lint       ruff check (if ruff is installed)"
	@echo "make package    build the app for this machine in dist/casekeeper (PyInstaller)"
	@echo "make package-test         build it, then smoke-test the built app (packaging/smoke_test.sh)"
	@echo "make clean      remove caches and build output (distclean: also .venv)"

## Debian packages: checked every time (one dpkg-query, no network, no root);
## installed only when some are missing.
deps:
	@bash scripts/ensure-debian-packages.sh "$(PYTHON)"

## .venv, reinstalled only when pyproject.toml changes.
venv: $(STAMP)

$(STAMP): pyproject.toml | deps
	@if [ -z "$(PYTHON)" ]; then \
	    echo "No python3.11 or python3 found on PATH. CaseKeeper needs Python 3.11 or newer" >&2; \
	    echo "(Debian 12: sudo apt-get install -y python3 python3-venv)." >&2; \
	    exit 1; \
	fi
	@if ! "$(PYTHON)" -c '$(PY_OK)' 2>/dev/null; then \
	    echo "$(PYTHON) is Python $$("$(PYTHON)" -c 'import platform; print(platform.python_version())' 2>/dev/null || echo '(unknown version)');" >&2; \
	    echo "CaseKeeper needs Python 3.11 or newer. Install it, or point make at one:" >&2; \
	    echo "    make $(or $(MAKECMDGOALS),test) PYTHON=/path/to/python3.11" >&2; \
	    exit 1; \
	fi
	@if [ ! -x "$(VPY)" ] || ! "$(VPY)" -c '$(PY_OK)' 2>/dev/null; then \
	    echo "Creating $(VENV) with $(PYTHON) ($$("$(PYTHON)" -c 'import platform; print(platform.python_version())'))"; \
	    rm -rf "$(VENV)"; \
	    "$(PYTHON)" -m venv "$(VENV)"; \
	fi
	@echo "Installing casekeeper (editable, extras: $(EXTRAS)) into $(VENV)"
	"$(VPY)" -m pip install --quiet --editable '.[$(EXTRAS)]'
	@touch "$@"

run: deps venv translations
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ] && [ "$$(uname -s)" != Darwin ]; then \
	    echo "" >&2; \
	    echo "make run: no desktop session here (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2; \
	    echo "CaseKeeper is a desktop app: run 'make run' in a terminal inside your desktop session," >&2; \
	    echo "or try it on a virtual screen with:  xvfb-run -a make run" >&2; \
	    exit 1; \
	fi
	"$(VENV)/bin/casekeeper-gui"

test: deps venv translations
	QT_QPA_PLATFORM=offscreen "$(VPY)" -m pytest -n auto -q $(PYTEST_ARGS)

## Translations: .ts sources in resources/translations (edited with Qt
## Linguist or by hand), compiled to .qm (build products, git-ignored).
TS_DIR   := resources/translations
TS_FILES := $(foreach lang,en ru kk,$(TS_DIR)/casekeeper_$(lang).ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | venv
	"$(VENV)/bin/pyside6-lrelease" -silent "$<" -qm "$@"

# After adding or changing tr() strings: new ones appear unfinished in each
# .ts; translate them, then `make translations`.
translations-update: venv
	"$(VENV)/bin/pyside6-lupdate" -locations relative \
	    src/casekeeper/gui/*.py src/casekeeper/gui/*/*.py $(TS_DIR)/numerus_sources.py -ts $(TS_FILES)

## Screenshots of every main view (scripts/screenshots.py): the real app on
## a demo store in a temporary directory, on a virtual X screen.
screenshots: deps venv translations
	xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
	    "$(VPY)" scripts/screenshots.py docs/screenshots

bench: venv
	"$(VPY)" bench/store.py

## The app for this machine: a one-folder bundle in dist/casekeeper built
## from packaging/casekeeper.spec (packaging/README.md: Windows, macOS,
## Flatpak, signing). PyInstaller goes into .venv only, when first needed.
PYINSTALLER := $(VENV)/bin/pyinstaller

$(PYINSTALLER): | venv
	"$(VPY)" -m pip install --quiet 'pyinstaller>=6'

package: deps venv translations $(PYINSTALLER)
	"$(PYINSTALLER)" --noconfirm --log-level WARN --distpath dist \
	    --workpath build/pyinstaller packaging/casekeeper.spec
	@echo "Built dist/casekeeper ($$(du -sh dist/casekeeper | cut -f1))"

package-test: package
	bash packaging/smoke_test.sh dist/casekeeper build/smoke

lint:
	@if [ -x "$(VENV)/bin/ruff" ]; then ruff="$(VENV)/bin/ruff"; \
	elif command -v ruff >/dev/null 2>&1; then ruff=ruff; \
	else echo "ruff is not installed; skipping lint (install it with: $(VPY) -m pip install ruff)"; exit 0; fi; \
	echo "$$ruff check ."; "$$ruff" check .

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache .hypothesis src/*.egg-info
	find . -path ./$(VENV) -prune -o -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +

distclean: clean
	rm -rf "$(VENV)"
