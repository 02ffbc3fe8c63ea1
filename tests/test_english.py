"""The English edition: complete catalogs, no French left, same quizzes, linked languages."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, copy_course, site_pages

from cpt_course.build import quizzes_of

langdetect = pytest.importorskip("langdetect")
langdetect.DetectorFactory.seed = 0

PROSE = "p, li, td, th, h1, h2, h3, h4, dt, dd, figcaption, legend, summary, .rubric"
#: Words a block must have before a language detector is trusted on it.
MIN_WORDS = 8


def test_catalogs_pass_every_check():
    proc = subprocess.run([sys.executable, "-m", "cpt_course", "i18n", "check"], cwd=ROOT,
                          capture_output=True, text=True, check=False,
                          env={"PATH": "/usr/bin:/bin", "CPT_COURSE_LANG": "en"})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]


def test_english_site_builds_without_warnings(built_en):
    assert built_en.problems == []


def _blocks(page: Path) -> list[str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    for skip in soup.select("code, pre, kbd, .highlight, script, style, .headerlink"):
        skip.decompose()
    texts = [" ".join(el.get_text(" ").split()) for el in soup.select(f"article {PROSE}")]
    return [text for text in texts if len(text.split()) >= MIN_WORDS]


def test_no_french_left_in_the_english_site(built_en):
    french = []
    for page in site_pages(built_en.output):
        for text in _blocks(page):
            guesses = langdetect.detect_langs(text)
            if guesses[0].lang == "fr" and guesses[0].prob > 0.9:
                french.append((page.name, text[:90]))
    assert french == [], french[:15]


def test_the_detector_does_find_french(built_fr):
    """The method above can fail: on the French site it finds French everywhere."""
    blocks = _blocks(built_fr.output / "02-missions.html")
    detected = [langdetect.detect(text) for text in blocks]
    assert detected.count("fr") > 0.9 * len(detected)


def test_every_page_links_to_its_other_language(built_site):
    for lang, other in (("fr", "en"), ("en", "fr")):
        root = built_site[lang].output
        for page in site_pages(root):
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            assert soup.html["lang"] == lang, page
            alternates = {link["hreflang"]: link["href"]
                          for link in soup.select('link[rel="alternate"][hreflang]')}
            assert set(alternates) == {"fr", "en", "x-default"}, page
            target = (page.parent / alternates[other]).resolve()
            assert target == (built_site[other].output / page.relative_to(root)).resolve()
            assert target.is_file(), target
            assert alternates["x-default"] == alternates["fr"]
            switcher = soup.select_one("nav.cpt-languages")
            assert switcher is not None, page
            current = switcher.select_one('a[aria-current="page"]')
            assert current["hreflang"] == lang
            assert switcher.select_one(f'a[hreflang="{other}"]')["href"] == alternates[other]


def test_language_index_offers_both_languages(built_site):
    index = built_site["fr"].output.parent / "index.html"
    soup = BeautifulSoup(index.read_text(encoding="utf-8"), "html.parser")
    links = {a["hreflang"]: a.get_text() for a in soup.select("main a")}
    assert links == {"fr": "Français", "en": "English"}
    assert "localStorage" not in index.read_text(encoding="utf-8")


def test_english_quizzes_have_the_same_structure(tmp_path):
    project = copy_course(tmp_path / "course")
    french, english = (quizzes_of(project, lang, tmp_path / "out") for lang in ("fr", "en"))

    def structure(quizzes: list[dict]) -> list:
        return [(q["id"], [(x["id"], x["type"], x.get("answer"), x.get("tolerance"),
                            [c["correct"] for c in x.get("choices", [])], len(x.get("order", [])))
                           for x in q["questions"]]) for q in quizzes]

    assert structure(english) == structure(french)
    texts_fr = {x["id"]: x["text"] for q in french for x in q["questions"]}
    texts_en = {x["id"]: x["text"] for q in english for x in q["questions"]}
    assert all(texts_en[key] != texts_fr[key] for key in texts_fr)
    assert english[0]["title"] != french[0]["title"]


def test_english_title_and_ui(built_en):
    soup = BeautifulSoup((built_en.output / "01-role.html").read_text(encoding="utf-8"),
                         "html.parser")
    assert "Becoming a Technical Project Manager" in soup.title.get_text()
    meta = soup.select_one(".cpt-module-meta").get_text(" ")
    assert "Duration:" in meta and "Learning objectives" in meta
    ui = soup.select_one(".cpt-quiz")["data-cpt-ui"]
    assert "Check" in ui and "Vérifier" not in ui
    assert re.search(r"Exercise \d+:", soup.get_text())
