"""PDF handbooks per language (XeLaTeX): content, glyphs, bookmarks, reproducibility."""

from __future__ import annotations

import re
import subprocess

import pytest
import yaml
from conftest import ROOT, copy_course, sphinx

from cpt_course.pdf import log_problems, tex_available

pytestmark = pytest.mark.skipif(
    not tex_available(), reason="XeLaTeX not installed (apt-get install latexmk texlive-xetex "
    "texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended "
    "texlive-lang-french fonts-freefont-otf xindy); CI installs it")

MODULES = sorted((ROOT / "docs").glob("0*.md"))
EPOCH = "1767225600"


def titles() -> list[str]:
    return [yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])["title"]
            for path in MODULES]


@pytest.fixture(scope="module")
def handbooks(tmp_path_factory):
    """Both handbooks, built once with a fixed SOURCE_DATE_EPOCH."""
    base = tmp_path_factory.mktemp("pdf")
    project = copy_course(base / "course")
    monkey = pytest.MonkeyPatch()
    monkey.setenv("SOURCE_DATE_EPOCH", EPOCH)
    results = {lang: sphinx(project, base / "out", lang, fmt="pdf", parallel="auto")
               for lang in ("fr", "en")}
    monkey.undo()
    for result in results.values():
        assert result.ok, result.problems + result.log_tail
    return project, base, results


def text_of(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_both_handbooks_build_without_warnings_or_missing_glyphs(handbooks):
    _project, base, results = handbooks
    for lang, result in results.items():
        assert result.problems == []
        assert result.output == base / "out" / "pdf" / f"cpt-course-{lang}.pdf"
        log = (base / "out" / "latex" / lang / "cpt-course.log").read_text(errors="replace")
        assert log_problems(log) == []
        assert "Missing character" not in log
        too_wide = [float(x) for x in re.findall(r"Overfull \\hbox \((\d+\.\d+)pt too wide", log)]
        assert max(too_wide, default=0) < 15, "text pushed off the page"


def test_french_handbook_content(handbooks):
    _project, _base, results = handbooks
    text = text_of(results["fr"].output)
    first_page = text.split("\f")[0]
    assert "Devenir Chef de Projet Technique" in first_page
    assert "Édition apprenant" in first_page and "Français" in first_page
    flat = " ".join(text.split())
    for title in titles():
        assert " ".join(title.split()) in flat, title
    assert text.count("Corrigé des quiz") >= 8
    assert "a. ☐" in text
    assert "pytest exercises/02_missions/test_critical_path.py" in text
    assert "Glossaire" in text and "Chemin critique" in text and "Index" in text
    assert "Durée : 1 h 30" in flat  # French spacing before the colon
    for raw in ("{term}", ":::", "<input", "{exercise}", "]("):
        assert raw not in text, raw


def test_english_handbook_content(handbooks):
    _project, _base, results = handbooks
    text = text_of(results["en"].output)
    first_page = text.split("\f")[0]
    assert "Becoming a Technical Project Manager" in first_page
    assert "Learner edition" in first_page and "English" in first_page
    assert text.count("Quiz answer key") >= 8
    assert "Duration: 1 h 30" in " ".join(text.split())
    assert "Glossary" in text


def test_bookmarks_and_internal_links(handbooks):
    pypdf = pytest.importorskip("pypdf")
    _project, _base, results = handbooks
    reader = pypdf.PdfReader(results["fr"].output)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    for title in titles():
        assert any(title.split(" ")[0] in entry for entry in outline), title
    links = sum(1 for page in reader.pages for annot in page.get("/Annots") or []
                if annot.get_object().get("/Subtype") == "/Link")
    assert links > 100


def test_reproducible_with_source_date_epoch(handbooks, monkeypatch):
    project, base, results = handbooks
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    again = sphinx(project, base / "again", "fr", fmt="pdf", parallel="auto")
    assert again.ok, again.problems
    assert again.output.read_bytes() == results["fr"].output.read_bytes()
