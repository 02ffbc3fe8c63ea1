"""The trainer edition has solutions, answer keys, notes and a session plan; the learner
edition has none of them — not in the pages, the search index or the PDF."""

from __future__ import annotations

import ast
import re
import subprocess

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, copy_course, site_pages, sphinx

from cpt_course.manifest import SOLUTIONS_DIR, load
from cpt_course.pdf import tex_available

MANIFEST = load(ROOT / "exercises")
TRAINER_MARKERS = ("Notes pour le formateur", "Solution de référence", "Guide du formateur",
                   "Déroulé conseillé", "cpt-answer-key", "cpt-trainer-notes")


def solution_lines() -> dict[str, str]:
    """A line of each reference solution that its starter does not have."""
    lines = {}
    for exercise in MANIFEST.exercises:
        starter = (ROOT / "exercises" / exercise.starter).read_text(encoding="utf-8")
        source = (SOLUTIONS_DIR / exercise.starter).read_text(encoding="utf-8")
        returns = [ast.get_source_segment(source, node) or "" for node in ast.walk(ast.parse(source))
                   if isinstance(node, ast.Return)]
        lines[exercise.name] = next(r for r in returns if r not in starter and len(r) > 12)
    return lines


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    base = tmp_path_factory.mktemp("editions")
    project = copy_course(base / "course")
    learner = sphinx(project, base / "out", "fr", parallel="auto")
    trainer = sphinx(project, base / "out", "fr", parallel="auto", edition="trainer")
    assert learner.ok and trainer.ok, learner.problems + trainer.problems
    return project, base, learner, trainer


def squeeze(text: str) -> str:
    """Text without any white space (code is split into highlighted spans in the pages)."""
    return re.sub(r"\s+", "", text)


def site_text(result) -> str:
    """Every page's text and class names, without white space."""
    parts = []
    for page in site_pages(result.output):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        parts.append(soup.get_text(""))
        parts.append("".join(" ".join(tag.get("class", [])) for tag in soup.find_all(True)))
    return squeeze("".join(parts))


def test_trainer_edition_has_solutions_keys_and_notes(editions):
    _project, _base, _learner, trainer = editions
    text = site_text(trainer)
    for marker in TRAINER_MARKERS:
        assert squeeze(marker) in text, marker
    for name, line in solution_lines().items():
        assert squeeze(line) in text, name
    missions = BeautifulSoup((trainer.output / "02-missions.html").read_text(encoding="utf-8"),
                             "html.parser")
    questions = missions.select("form.cpt-question")
    assert questions and all(q.select_one(".cpt-answer-key") for q in questions)
    assert missions.select_one(".cpt-trainer-notes table.cpt-timing-plan") is not None
    assert (trainer.output / "formateur" / "index.html").is_file()


def test_learner_edition_leaks_nothing(editions):
    _project, _base, learner, _trainer = editions
    text = site_text(learner)
    for marker in TRAINER_MARKERS:
        assert squeeze(marker) not in text, marker
    for name, line in solution_lines().items():
        assert squeeze(line) not in text, name
    assert not (learner.output / "formateur").exists()
    assert not [path for path in learner.output.glob("_sources/**/*") if path.is_file()]
    index = (learner.output / "searchindex.js").read_text(encoding="utf-8")
    assert "formateur/index" not in index
    for word in ("débriefing", "survolez"):  # words only the trainer notes use
        assert word not in index


def _minutes(text: str) -> int:
    hours = re.search(r"(\d+) h", text)
    minutes = re.search(r"(?:h |^)(\d+)(?: min)?$", text.strip())
    return (int(hours.group(1)) * 60 if hours else 0) + (int(minutes.group(1)) if minutes else 0)


def test_session_plan_adds_up(editions):
    _project, _base, _learner, trainer = editions
    total = sum(yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])["duration"]
                for path in sorted((ROOT / "docs").glob("0*.md")))
    soup = BeautifulSoup((trainer.output / "formateur" / "index.html").read_text(
        encoding="utf-8"), "html.parser")
    tables = soup.select("table.cpt-session-plan")
    assert len(tables) == 2
    for table, blocks in zip(tables, (4, 5), strict=True):
        rows = [[td.get_text(" ", strip=True) for td in tr.select("td")]
                for tr in table.select("tbody tr")]
        assert len(rows) == blocks + 1
        assert sum(_minutes(row[2]) for row in rows[:-1]) == total
        assert _minutes(rows[-1][2]) == total
    assert "Jour 1, matin" in soup.get_text() and "Demi-journée 5" in soup.get_text()


@pytest.mark.skipif(not tex_available(), reason="XeLaTeX not installed; CI installs it")
def test_pdf_editions(editions):
    project, base, _learner, _trainer = editions
    texts = {}
    for edition in ("learner", "trainer"):
        result = sphinx(project, base / "out", "fr", fmt="pdf", parallel="auto",
                        edition=edition)
        assert result.ok, result.problems
        texts[edition] = subprocess.run(["pdftotext", str(result.output), "-"],
                                        capture_output=True, text=True, check=True).stdout
    assert "Édition formateur" in texts["trainer"].split("\f")[0]
    for marker in ("Notes pour le formateur", "Solution de référence"):
        assert marker in texts["trainer"] and marker not in texts["learner"]
