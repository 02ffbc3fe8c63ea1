# cpt-course — « Devenir Chef de Projet Technique »
# `make build` and `make test` are the whole set-up: each creates .venv on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PKG_LOCALE := src/cpt_course/locale

.PHONY: build html test lint catalogs clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

## build: the site of every language (and PDFs when XeLaTeX is there) into _build/
build: $(STAMP)
	$(BIN)/cpt-course build

## html: the site only, every language
html: $(STAMP)
	$(BIN)/cpt-course build --format html

## test: the project's test suite (what CI runs)
test: $(STAMP)
	$(BIN)/python -m pytest

## lint: ruff over the package, tests, exercises and benchmarks
lint: $(STAMP)
	$(BIN)/ruff check .

## catalogs: refresh and compile the package's own message catalogs (fr, en)
catalogs: $(STAMP)
	$(BIN)/pybabel -q extract -F babel.cfg -k _ -k N_ --sort-by-file --no-wrap \
		--project cpt-course --copyright-holder "cpt-course contributors" \
		-o $(PKG_LOCALE)/cpt_course.pot .
	$(BIN)/pybabel -q update --no-wrap --ignore-obsolete \
		-i $(PKG_LOCALE)/cpt_course.pot -d $(PKG_LOCALE) -D cpt_course
	$(BIN)/pybabel compile --statistics -d $(PKG_LOCALE) -D cpt_course

clean:
	rm -rf _build
