"""The course content: complete modules, one glossary, good French typography."""

from __future__ import annotations

import re

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT

MODULES = sorted((ROOT / "docs").glob("0*.md"))
PROSE = "p, li, td, th, h1, h2, h3, h4, dt, dd, figcaption, legend, summary"


def front_matter(path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def lesson_text(path) -> str:
    """The module's lesson: before the quiz, without front matter and directive code."""
    text = path.read_text(encoding="utf-8").split("---", 2)[2].split("## Quiz")[0]
    return re.sub(r"^:::+\{diagram\}.*?^:::+$", "", text, flags=re.DOTALL | re.MULTILINE)


@pytest.mark.parametrize("path", MODULES, ids=[p.stem for p in MODULES])
def test_module_is_complete(path):
    meta = front_matter(path)
    assert 3 <= len(meta["objectives"]) <= 5
    text = path.read_text(encoding="utf-8")
    assert ":class: keypoints" in text and "## À retenir" in text
    assert ":class: case-study" in text or "{doc}`etude-de-cas`" in text
    assert "## Pour aller plus loin" in text
    assert "{term}`" in text
    assert text.count(":::{exercise}") >= 2
    assert ":::{trainer-notes}" in text
    words = len(re.findall(r"\w+", lesson_text(path)))
    assert words >= 1200, f"{path.name}: {words} words of lesson text"


def glossary_terms() -> list[str]:
    text = (ROOT / "docs" / "glossaire.md").read_text(encoding="utf-8")
    body = text.split(":::{glossary}")[1].split("\n:::")[0]
    return [line.strip() for line in body.splitlines()
            if line.strip() and not line.startswith((" ", ":"))]


def test_glossary_defines_each_term_once():
    terms = glossary_terms()
    assert len(terms) >= 40
    lowered = [term.lower() for term in terms]
    assert len(lowered) == len(set(lowered)), {t for t in lowered if lowered.count(t) > 1}


def test_case_study_data_matches_its_page():
    page = (ROOT / "docs" / "etude-de-cas.md").read_text(encoding="utf-8")
    page = re.sub(r"\{term\}`([^`<]+?)(?: <[^>]+>)?`", r"\1", page)
    plan = (ROOT / "exercises" / "data" / "plan.csv").read_text(encoding="utf-8").splitlines()
    for row in plan[1:]:
        ident, name, duration = row.split(",")[:3]
        assert re.search(rf"\|\s*{ident}\s*\|\s*{re.escape(name)}\s*\|\s*{duration}\s*\|", page), row


def _prose(soup: BeautifulSoup) -> list[str]:
    for code in soup.select("code, pre, kbd, .highlight, script, style, .headerlink"):
        code.decompose()
    return [element.get_text() for element in soup.select(f"article {PROSE}")]


def test_french_typography_in_the_built_pages(built_fr):
    bad = []
    for page in sorted(built_fr.output.glob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for text in _prose(soup):
            for match in re.finditer(r"\S( [:;?!»]|« )", text):
                if match.group(1).strip() == ":" and re.match(r"\d", text[match.end():]):
                    continue  # a ratio such as 1 : 2 in a formula
                bad.append((page.name, text[max(0, match.start() - 30):match.end() + 10]))
    assert bad == [], bad[:10]
