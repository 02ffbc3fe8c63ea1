"""Shared fixtures: copies of the real course and builds of it, made once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from cpt_course.build import BuildJob, BuildResult, build, plan_jobs, run_sphinx
from cpt_course.project import Project

ROOT = Path(__file__).resolve().parents[1]
ROOTS = Path(__file__).resolve().parent / "roots"

collect_ignore = ["roots"]


def copy_course(target: Path) -> Project:
    """Copy the course sources (conf.py, docs/, exercises/) to ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "conf.py", target / "conf.py")
    ignore = shutil.ignore_patterns("*.mo", "__pycache__", ".pytest_cache")
    shutil.copytree(ROOT / "docs", target / "docs", ignore=ignore)
    if (ROOT / "exercises").is_dir():
        shutil.copytree(ROOT / "exercises", target / "exercises", ignore=ignore)
    return Project(target)


def copy_root(name: str, target: Path) -> Project:
    """Copy the small test project ``tests/roots/<name>`` to ``target``."""
    shutil.copytree(ROOTS / name, target, dirs_exist_ok=True)
    return Project(target)


def sphinx(project: Project, out: Path, lang: str = "fr", fmt: str = "html",
           parallel: str = "1", edition: str = "learner") -> BuildResult:
    """Build one language and format of ``project`` into ``out`` (strict, like the CLI)."""
    return run_sphinx(project, BuildJob(lang, fmt, edition), out, parallel)


def site_pages(root: Path) -> list[Path]:
    """The pages of a built site (the theme's template fragments in _static are not)."""
    return sorted(path for path in root.rglob("*.html")
                  if "_static" not in path.relative_to(root).parts)


def page(result: BuildResult, name: str) -> BeautifulSoup:
    """A built HTML page, parsed."""
    return BeautifulSoup((result.output / name).read_text(encoding="utf-8"), "html.parser")


@pytest.fixture
def course(tmp_path: Path) -> Project:
    """A fresh copy of the real course, free to edit."""
    return copy_course(tmp_path / "course")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BuildResult]:
    """The real course's site in every language, built once per session like the CLI does."""
    base = tmp_path_factory.mktemp("built")
    project = copy_course(base / "course")
    jobs = plan_jobs(project.languages(), ["html"], "learner")
    results = build(project, jobs, base / "out")
    for result in results:
        assert result.ok, "\n".join(result.problems or result.log_tail)
    return {result.job.language: result for result in results}


@pytest.fixture(scope="session")
def built_fr(built_site: dict[str, BuildResult]) -> BuildResult:
    """The real course built in French."""
    return built_site["fr"]


@pytest.fixture(scope="session")
def built_en(built_site: dict[str, BuildResult]) -> BuildResult:
    """The real course built in English."""
    return built_site["en"]
