"""The real course builds strictly: eight modules in order and a generated syllabus."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from conftest import ROOT, page, sphinx

from cpt_course.project import Project

MODULES = [
    "01-role", "02-missions", "03-competences", "04-outils",
    "05-formations", "06-evolutions", "07-remuneration", "08-secteurs",
]


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---")[1])


def syllabus_rows(soup) -> list[list[str]]:
    table = soup.select_one("table.cpt-syllabus")
    assert table is not None, "the home page has no syllabus table"
    return [[cell.get_text(" ", strip=True) for cell in row.find_all("td")]
            for row in table.select("tbody tr")]


def minutes(text: str) -> int:
    """Parse '1 h 30', '2 h' or '45 min' back to minutes."""
    match = re.fullmatch(r"(?:(\d+) h)?\s*(\d+)?(?: min)?", text.strip())
    assert match, text
    return int(match.group(1) or 0) * 60 + int(match.group(2) or 0)


def test_builds_without_warnings(built_fr):
    assert built_fr.ok
    assert built_fr.problems == []


def test_eight_modules_in_source_order(built_fr):
    nav = page(built_fr, "index.html").select("nav.bd-docs-nav a.reference.internal")
    linked = [a["href"].removesuffix(".html") for a in nav]
    assert [doc for doc in linked if re.match(r"\d\d-", doc)] == MODULES
    table = page(built_fr, "index.html").select("table.cpt-syllabus tbody a.reference")
    assert [a["href"].removesuffix(".html") for a in table] == MODULES
    for module in MODULES:
        assert (built_fr.output / f"{module}.html").is_file()


def test_syllabus_lists_each_module_with_its_duration_and_total(built_fr):
    rows = syllabus_rows(page(built_fr, "index.html"))
    durations = [front_matter(ROOT / "docs" / f"{m}.md")["duration"] for m in MODULES]
    titles = [front_matter(ROOT / "docs" / f"{m}.md")["title"] for m in MODULES]
    assert [row[0] for row in rows[:-1]] == titles
    assert [minutes(row[1]) for row in rows[:-1]] == durations
    assert rows[-1][0] == "Total"
    assert minutes(rows[-1][1]) == sum(durations)


def test_module_page_shows_its_objectives(built_fr):
    meta = front_matter(ROOT / "docs" / "02-missions.md")
    box = page(built_fr, "02-missions.html").select_one("div.cpt-module-meta")
    assert box is not None
    items = [li.get_text(" ", strip=True) for li in box.select("ul.cpt-objectives li")]
    assert items == meta["objectives"]
    assert "Durée" in box.get_text()


def _syllabus_html(result) -> str:
    return str(page(result, "index.html").select_one("table.cpt-syllabus"))


def test_syllabus_identical_serial_and_parallel(course: Project, tmp_path: Path):
    serial = sphinx(course, tmp_path / "j1", parallel="1")
    parallel = sphinx(course, tmp_path / "j2", parallel="2")
    assert serial.ok and parallel.ok, serial.problems + parallel.problems
    assert _syllabus_html(serial) == _syllabus_html(parallel)


def test_incremental_rebuild_shows_new_total(course: Project, tmp_path: Path):
    first = sphinx(course, tmp_path / "out", parallel="2")
    before = minutes(syllabus_rows(page(first, "index.html"))[-1][1])
    module = course.srcdir / "03-competences.md"
    old = front_matter(module)["duration"]
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace(f"duration: {old}", f"duration: {old + 25}", 1), "utf-8")
    second = sphinx(course, tmp_path / "out", parallel="2")
    assert second.ok, second.problems
    rows = syllabus_rows(page(second, "index.html"))
    assert minutes(rows[-1][1]) == before + 25
    assert minutes(rows[2][1]) == old + 25
