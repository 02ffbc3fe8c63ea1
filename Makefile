# cpt-course — « Devenir Chef de Projet Technique »
# `make build` and `make test` are the whole set-up: each creates .venv on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PKG_LOCALE := src/cpt_course/locale

.PHONY: build tex html serve test lint catalogs clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

TEX_PACKAGES := latexmk texlive-xetex texlive-latex-recommended texlive-latex-extra \
	texlive-fonts-recommended texlive-lang-french fonts-freefont-otf xindy graphviz

## build: the site and the PDF handbooks of every language into _build/
build: $(STAMP) tex
	$(BIN)/cpt-course build

## tex: as root on Debian/Ubuntu, install XeLaTeX and Graphviz if missing (else say how)
tex:
	@if command -v xelatex >/dev/null && command -v dot >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing XeLaTeX and Graphviz (Debian packages, about 180 MB)…"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			$(TEX_PACKAGES) >/dev/null; \
	else \
		echo "Graphviz and XeLaTeX are needed for the diagrams and the PDF; install them with:"; \
		echo "  sudo apt-get install --no-install-recommends $(TEX_PACKAGES)"; \
	fi

## html: the site only, every language
html: $(STAMP)
	$(BIN)/cpt-course build --format html

NODE_STAMP := node_modules/.installed-stamp

# JavaScript tools of the test suite (GIFT parser, axe-core); skipped when npm is absent,
# and the tests that need them then say so.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the GIFT-parser and accessibility tests will be skipped"; fi

## serve: preview the French site with live rebuild (LANG_CODE=en for English)
LANG_CODE ?= fr
serve: $(STAMP)
	$(BIN)/cpt-course serve --lang $(LANG_CODE)

## test: the project's test suite (what CI runs)
test: $(STAMP) $(NODE_STAMP)
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
