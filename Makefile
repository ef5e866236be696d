# Rights at Hand. The two commands a newcomer needs:
#   make run    open the app on its bundled content (sets itself up from nothing)
#   make test   run the whole test suite (sets itself up from nothing)
# Everything is installed into .venv from pinned versions in pyproject.toml.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CONTENT_FILES := $(wildcard content/*/*.txt) content/topics.txt $(wildcard content/subject-index/*.idx)
INDEX_STAMP := build/index/index-info.json
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint typecheck pytest manifest index translations fonts bench bundle bundle-test clean

# The system libraries Qt needs for a window are checked first: without them Qt aborts naming
# none (desktop/tools/system_libraries.py says which packages to install).
run: $(STAMP) translations $(INDEX_STAMP)
	$(PY) -m desktop.tools.system_libraries
	$(PY) -m desktop

test: $(STAMP) translations $(INDEX_STAMP) lint typecheck pytest

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

$(VENV)/.installed-build: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,build]"
	touch $@

lint: $(STAMP)
	$(PY) -m ruff check desktop tests bench packaging

typecheck: $(STAMP)
	$(PY) -m mypy

pytest: $(STAMP) translations $(INDEX_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Content: rewrite content/manifest.json after editing any content file.
manifest: $(STAMP)
	$(PY) -m desktop.validate
	$(PY) -m desktop.manifest

# The prebuilt, read-only search index shipped with the app.
index: $(INDEX_STAMP)
$(INDEX_STAMP): $(STAMP) $(CONTENT_FILES) $(wildcard desktop/search/*.py)
	$(PY) -m desktop.search.build build/index

# Interface translations: .ts sources -> .qm (build output, never committed).
translations: $(QM_FILES)
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(PY) -m desktop.ui.i18n build $<

# Subset the bundled Noto fonts to the characters the content and interface use.
fonts: $(VENV)/.installed-build
	$(PY) -m desktop.tools.build_fonts

bench: $(STAMP) translations $(INDEX_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/search.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	$(PY) bench/integrity.py
	$(PY) bench/unlock.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/passage_card.py

bundle: $(VENV)/.installed-build translations $(INDEX_STAMP)
	$(PY) packaging/build.py

bundle-test: bundle
	$(PY) packaging/build.py --self-test

clean:
	rm -rf build dist resources/translations/*.qm
