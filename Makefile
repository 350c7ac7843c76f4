# Two commands: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/briefing make samples/harbour-ferry.txt -o briefings/harbour-ferry.mp3

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/estimate_accuracy.py
	$(BIN)/python bench/cruft.py
	$(BIN)/python bench/cruft.py --html
	$(BIN)/python bench/style_check.py --all
	$(BIN)/python bench/rouge.py

clean:
	rm -rf $(VENV) build dist
