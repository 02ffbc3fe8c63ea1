"""``cpt-course build``: every language and format of the course, strict, in parallel.

Each (edition, language, format) is one Sphinx run in its own process (so catalogs of one
language never leak into another), with warnings as errors (``-W --keep-going -n``) and
``-j auto``. Failures are reported with the file and line Sphinx gave.
"""

from __future__ import annotations

import html
import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sphinx.config import Config
from sphinx.util.tags import Tags

from .manifest import course_translations
from .messages import translator
from .pdf import typeset
from .project import SOURCE_LANGUAGE, Project, language_name

FORMATS = ("html", "pdf")
#: The Sphinx builder behind each output format.
BUILDERS = {"pdf": "latex"}
EDITIONS = ("learner", "trainer")
#: Markers of the lines Sphinx writes for a warning or an error.
PROBLEM_MARKERS = ("WARNING:", "ERROR:", "CRITICAL:", "SEVERE:")


@dataclass(frozen=True)
class BuildJob:
    """One Sphinx run: a language, a format, an edition."""

    language: str
    fmt: str
    edition: str = "learner"

    @property
    def label(self) -> str:
        return f"{self.language} · {self.fmt}" + (" · trainer" if self.edition == "trainer" else "")


@dataclass
class BuildResult:
    """What one Sphinx run produced."""

    job: BuildJob
    output: Path
    returncode: int
    seconds: float
    problems: list[str] = field(default_factory=list)
    log_tail: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.returncode == 0


class UnknownLanguageError(ValueError):
    """A language was asked for that has no catalogs in the project."""


def edition_root(out: Path, edition: str) -> Path:
    """Outputs of the learner edition go to ``out``, the trainer's to ``out/trainer``."""
    return out if edition == "learner" else out / "trainer"


def job_output(job: BuildJob, out: Path) -> Path:
    """Where a job writes its result (a folder, or the PDF file)."""
    if job.fmt == "pdf":
        return edition_root(out, job.edition) / "pdf" / f"cpt-course-{job.language}.pdf"
    return edition_root(out, job.edition) / job.fmt / job.language


def sphinx_output(job: BuildJob, out: Path) -> Path:
    """Where Sphinx writes for ``job`` (the LaTeX sources, for a PDF)."""
    if job.fmt == "pdf":
        return edition_root(out, job.edition) / "latex" / job.language
    return job_output(job, out)


def sphinx_command(project: Project, job: BuildJob, out: Path, parallel: str) -> list[str]:
    """The ``sphinx-build`` command line of ``job``."""
    builder = BUILDERS.get(job.fmt, job.fmt)
    doctrees = out / ".doctrees" / job.edition / job.language / builder
    command = [
        sys.executable, "-m", "sphinx", "-b", builder, "-c", str(project.root),
        "-W", "--keep-going", "-n", "-q", "-j", parallel,
        "-D", f"language={job.language}", "-d", str(doctrees),
    ]
    if job.edition == "trainer":
        command += ["-t", "trainer", "-D", "cpt_edition=trainer"]
    return [*command, str(project.srcdir), str(sphinx_output(job, out))]


def problem_lines(stderr: str, root: Path) -> list[str]:
    """Sphinx's warning and error lines, with paths relative to the project."""
    prefix = f"{root}/"
    return [line.replace(prefix, "") for line in stderr.splitlines()
            if any(marker in line for marker in PROBLEM_MARKERS)]


def run_sphinx(project: Project, job: BuildJob, out: Path, parallel: str = "auto") -> BuildResult:
    """Run one job; collect its problems instead of raising."""
    start = time.perf_counter()
    proc = subprocess.run(
        sphinx_command(project, job, out, parallel), cwd=project.root,
        capture_output=True, text=True, check=False,
    )
    problems = problem_lines(proc.stderr, project.root)
    result = BuildResult(
        job, job_output(job, out), proc.returncode, time.perf_counter() - start,
        problems, proc.stderr.strip().splitlines()[-15:] if proc.returncode else [],
    )
    if job.fmt == "pdf" and result.ok:
        typeset(sphinx_output(job, out), result)
    result.seconds = time.perf_counter() - start
    return result


def plan_jobs(languages: Sequence[str], formats: Sequence[str], edition: str) -> list[BuildJob]:
    """Jobs in a stable order: by language, then format."""
    return [BuildJob(lang, fmt, edition) for lang in languages for fmt in formats]


def check_languages(project: Project, requested: Sequence[str]) -> list[str]:
    """The languages to build; every requested one must have catalogs."""
    available = project.languages()
    if not requested:
        return available
    _ = translator()
    for lang in requested:
        if lang not in available:
            raise UnknownLanguageError(
                _("No catalogs for language '{lang}' under {path}. Available languages: "
                  "{available}. To start a translation, run: cpt-course i18n update --lang {lang}")
                .format(lang=lang, path=project.locale_dir.relative_to(project.root) / lang
                        / "LC_MESSAGES", available=", ".join(available)))
    return list(dict.fromkeys(requested))


def write_language_index(html_root: Path, languages: Sequence[str], title: str) -> Path:
    """A small root ``index.html`` that lets the reader pick a language."""
    links = "\n".join(
        f'    <li><a href="{lang}/index.html" hreflang="{lang}" lang="{lang}">'
        f"{html.escape(language_name(lang))}</a></li>" for lang in languages
    )
    alternates = "\n".join(
        f'  <link rel="alternate" hreflang="{lang}" href="{lang}/index.html">'
        for lang in languages
    )
    page = f"""<!DOCTYPE html>
<html lang="{languages[0]}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(title)}</title>
{alternates}
  <link rel="alternate" hreflang="x-default" href="{languages[0]}/index.html">
  <style>
    body {{ font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto;
           padding: 0 1rem; line-height: 1.5; color: #1a1a1a; background: #fff; }}
    a {{ color: #0b5394; font-size: 1.25rem; }}
    li {{ margin: .5rem 0; }}
    @media (prefers-color-scheme: dark) {{ body {{ color: #eee; background: #121212; }}
                                           a {{ color: #8ab4f8; }} }}
  </style>
</head>
<body>
  <main>
  <h1>{html.escape(title)}</h1>
  <ul>
{links}
  </ul>
  </main>
</body>
</html>
"""
    html_root.mkdir(parents=True, exist_ok=True)
    target = html_root / "index.html"
    target.write_text(page, encoding="utf-8")
    return target


def build(
    project: Project,
    jobs: Sequence[BuildJob],
    out: Path,
    parallel: str = "auto",
    on_start: Callable[[BuildJob], None] | None = None,
    on_done: Callable[[BuildResult], None] | None = None,
) -> list[BuildResult]:
    """Run every job in order; keep going after a failure so all problems are reported."""
    results = []
    for job in jobs:
        if on_start:
            on_start(job)
        result = run_sphinx(project, job, out, parallel)
        results.append(result)
        if on_done:
            on_done(result)
    for edition in dict.fromkeys(job.edition for job in jobs):
        built = [r.job.language for r in results
                 if r.ok and r.job.fmt == "html" and r.job.edition == edition]
        if built:
            write_language_index(edition_root(out, edition) / "html", built,
                                 course_title(project))
    return results


def course_title(project: Project, language: str = SOURCE_LANGUAGE) -> str:
    """The course title (``project`` in ``conf.py``), translated by the catalogs if possible."""
    title = str(Config.read(project.root, overrides={}, tags=Tags()).project)
    if language == SOURCE_LANGUAGE:
        return title
    return course_translations(project.locale_dir, language).get(title, title)


class QuizExportError(RuntimeError):
    """The quiz export build failed; carries Sphinx's problem lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def quizzes_of(project: Project, language: str, out: Path) -> list[dict]:
    """Every quiz of the course in ``language``, through the ``cpt-quizzes`` builder."""
    result = run_sphinx(project, BuildJob(language, "cpt-quizzes"), out)
    if not result.ok:
        raise QuizExportError(result.problems or result.log_tail)
    return json.loads((result.output / "quizzes.json").read_text(encoding="utf-8"))
