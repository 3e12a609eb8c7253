# CX Designer: `make run` opens the editor on a copy of the hotel sample,
# `make test` runs the whole test suite. Both create .venv on first use.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SAMPLE := .run/hotel.cxd
APP    := dist/cxdesigner/cxdesigner

.PHONY: run test tables fuzz test-oldest bench templates sample translations clean package test-package install-desktop

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	@mkdir -p .run
	@test -f $(SAMPLE) || cp resources/samples/hotel.cxd $(SAMPLE)
	$(PY) -m cxdesigner $(SAMPLE)

test: $(STAMP)
	$(VENV)/bin/ruff check cxdesigner tests benchmarks
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The plain facts of the file's tables that opening reads, generated from storage/schema.py.
tables: $(STAMP)
	$(PY) -m cxdesigner.storage.generate_tables

# The fuzz suite alone, longer: many more Hypothesis examples per family (make test runs a few).
fuzz: $(STAMP)
	CXDESIGNER_FUZZ=long QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider tests/fuzz

# The same suite on the lowest dependency versions pyproject.toml allows.
test-oldest:
	$(PYTHON) -m venv .venv-oldest
	.venv-oldest/bin/python -m pip install --quiet -c constraints-oldest.txt -e ".[test]"
	QT_QPA_PLATFORM=offscreen .venv-oldest/bin/python -m pytest -p no:cacheprovider

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# Draw the hotel template's storyboard pictures and persona photos (resources/storyboard/*.svg) into it.
templates: $(STAMP)
	$(PY) resources/storyboard/build.py

# Rebuild the bundled sample from the hotel template (after a template change).
sample: $(STAMP)
	$(PY) -m cxdesigner new resources/samples/hotel.cxd --template hotel --force --no-history

# Refresh the list of user-visible strings translators work from, the English singular and
# plural forms of counted messages (fill new ones in cxdesigner_en.ts, then run this again), and
# the Spanish, German, French and Portuguese files, written from resources/translations/sources/
# (a new string shows there as unfinished until its translations are added), compiled to .qm.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find cxdesigner -name '*.py') -no-obsolete -ts resources/translations/cxdesigner.ts
	$(VENV)/bin/pyside6-lupdate $$(find cxdesigner -name '*.py') -no-obsolete -pluralonly \
		-source-language en -target-language en -ts resources/translations/cxdesigner_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/cxdesigner_en.ts -qm resources/translations/cxdesigner_en.qm
	$(PY) resources/translations/sources/build.py $(VENV)/bin/pyside6-lrelease

# A stand-alone application folder, dist/cxdesigner, that runs with no Python installed
# (PyInstaller, pinned in packaging/requirements.txt; see packaging/README.md).
package: $(STAMP)
	$(PY) -m pip install --quiet -r packaging/requirements.txt
	rm -rf build/stage build/icons build/lib build/bdist.*
	$(PY) -m pip install --quiet --no-deps --target build/stage .
	$(PY) packaging/icons.py bundle build/icons
	PYTHONHASHSEED=0 SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || echo 315532800) \
		$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/cxdesigner.spec
	@du -sh dist/cxdesigner

# Build the application, then start it: --version, check, templates, export, the editor.
test-package: package
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow tests/packaging

# Launcher, metainfo, the .cxd file type and icons for the current user ($XDG_DATA_HOME
# honoured). The launcher runs the built application if there is one, else this checkout's.
install-desktop: $(if $(wildcard $(APP)),,$(STAMP))
	sh packaging/linux/install-desktop.sh "$(abspath $(if $(wildcard $(APP)),$(APP),$(VENV)/bin/cxdesigner))"

clean:
	rm -rf $(VENV) .venv-oldest .run build dist *.egg-info .pytest_cache .hypothesis
