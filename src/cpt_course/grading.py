"""``cpt-course grade``: run the course's checkers against every learner of a class.

Each learner's copy of ``exercises/`` (a folder or an archive) is graded in its own process and
temporary folder, against a fresh copy of the course's checkers and data — a learner's files
never replace a checker — with a per-exercise timeout (the pytest plugin's), a time budget for
the whole run, and memory and file-size limits. A crash, an endless loop or a malformed file is
a failing exercise with its message, never a failed class. Learners are graded in parallel.
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from .manifest import DIR_RE, Manifest, localize
from .messages import translator

DONE, FAILING, NOT_STARTED = "done", "failing", "not-started"
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")
MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes of address space per learner run
FILE_LIMIT = 20 * 1024 * 1024  # largest file a learner's code may write
MAX_SOURCE_BYTES = 1024 * 1024  # a learner's file larger than this is not run


class SubmissionError(ValueError):
    """A submission cannot be graded at all (empty, unsafe archive…); says why."""


@dataclass
class Row:
    """One learner and one exercise."""

    exercise: str
    title: str
    status: str
    message: str = ""


@dataclass
class LearnerResult:
    """Everything graded for one learner."""

    learner: str
    rows: list[Row] = field(default_factory=list)
    error: str = ""

    @property
    def done(self) -> int:
        return sum(1 for row in self.rows if row.status == DONE)


def submissions(root: Path) -> list[tuple[str, Path]]:
    """The learners of a class folder: its sub-folders and archives, by name."""
    found = []
    for path in sorted(root.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_dir():
            found.append((path.name, path))
        elif path.name.endswith(ARCHIVE_SUFFIXES):
            name = path.name
            for suffix in ARCHIVE_SUFFIXES:
                name = name.removesuffix(suffix)
            found.append((name, path))
    return found


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and "\\" not in name


def unpack(archive: Path, target: Path, language: str | None = None) -> None:
    """Extract ``archive`` into ``target``, refusing paths that escape it and links."""
    _ = translator(language)
    try:
        if archive.name.endswith(".zip"):
            with zipfile.ZipFile(archive) as bundle:
                bad = [m for m in bundle.namelist() if not _safe_member(m)]
                if bad:
                    raise SubmissionError(_("archive {archive} has paths outside its folder: "
                                            "{paths}").format(archive=archive.name,
                                                              paths=", ".join(bad[:3])))
                bundle.extractall(target)
        else:
            with tarfile.open(archive) as bundle:
                members = bundle.getmembers()
                bad = [m.name for m in members if not _safe_member(m.name)
                       or not (m.isfile() or m.isdir())]
                if bad:
                    raise SubmissionError(_("archive {archive} has paths outside its folder or "
                                            "links: {paths}").format(archive=archive.name,
                                                                     paths=", ".join(bad[:3])))
                bundle.extractall(target, filter="data")
    except (zipfile.BadZipFile, tarfile.TarError, OSError) as exc:
        raise SubmissionError(_("archive {archive} cannot be read: {error}").format(
            archive=archive.name, error=exc)) from None


def exercises_root(folder: Path, language: str | None = None) -> Path:
    """The folder holding the ``NN_topic`` folders: the submission itself or one level down."""
    candidates = [folder, folder / "exercises",
                  *(child for child in sorted(folder.iterdir()) if child.is_dir())]
    for candidate in candidates:
        if candidate.is_dir() and any(DIR_RE.fullmatch(c.name) for c in candidate.iterdir()
                                      if c.is_dir()):
            return candidate
    _ = translator(language)
    raise SubmissionError(_("no exercise folder (like 01_role/) found in the submission"))


def _limits(budget: float) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))
        cpu = int(budget) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    return apply


def _collect(learner_dir: Path, manifest: Manifest, submission: Path, language: str
             ) -> dict[str, Row]:
    """Copy the learner's exercise files; rows for those missing or unusable."""
    _ = translator(language)
    locale_dir = manifest.root.parent / "docs" / "locale"
    early: dict[str, Row] = {}
    for exercise in manifest.exercises:
        title = localize(exercise.title, locale_dir, language)
        source = learner_dir / exercise.starter
        if not source.is_file():
            early[exercise.name] = Row(exercise.name, title, NOT_STARTED,
                                       _("file {file} missing").format(file=exercise.starter))
        elif source.stat().st_size > MAX_SOURCE_BYTES:
            early[exercise.name] = Row(exercise.name, title, FAILING,
                                       _("file {file} is too large to be a solution").format(
                                           file=exercise.starter))
        else:
            (submission / exercise.dir).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, submission / exercise.starter)
    return early


@dataclass
class Workspace:
    """A learner's private copy of the course and of their files, made before any code runs."""

    learner: str
    folder: Path
    early: dict[str, Row] = field(default_factory=dict)
    error: str = ""

    @property
    def course(self) -> Path:
        return self.folder / "course"

    @property
    def submission(self) -> Path:
        return self.folder / "submission"


def prepare(name: str, source: Path, manifest: Manifest, language: str, folder: Path
            ) -> Workspace:
    """Snapshot one learner's files (and the course's checkers) into ``folder``."""
    space = Workspace(name, folder)
    try:
        unpacked = folder / "unpacked"
        if source.is_dir():
            learner_dir = exercises_root(source, language)
        else:
            unpacked.mkdir(parents=True)
            unpack(source, unpacked, language)
            learner_dir = exercises_root(unpacked, language)
    except SubmissionError as exc:
        space.error = str(exc)
        return space
    shutil.copytree(manifest.root, space.course / manifest.root.name,
                    ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    space.submission.mkdir(parents=True)
    space.early = _collect(learner_dir, manifest, space.submission, language)
    shutil.rmtree(unpacked, ignore_errors=True)
    return space


@cache
def _sandbox_prefix() -> tuple[str, ...]:
    """``unshare`` (no network, own user namespace) when the system allows it."""
    if shutil.which("unshare") and subprocess.run(
            ["unshare", "-rn", "true"], capture_output=True, check=False).returncode == 0:
        return ("unshare", "-rn")
    return ()


def _run_checks(space: Workspace, target: Path, language: str, timeout: float, budget: float,
                report: Path) -> tuple[dict, str]:
    """Run checkers in a separate, limited process; return the report and a failure text."""
    _ = translator(language)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(space.folder),
           "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
    command = [*_sandbox_prefix(), sys.executable, "-m", "pytest", str(target), "-q",
               "-p", "no:cacheprovider", "--cpt-submission", str(space.submission),
               "--cpt-report", str(report), "--cpt-lang", language,
               "--cpt-timeout", str(timeout), "--rootdir", str(space.course)]
    try:
        # run from the learner's folder: messages then name their files as they see them
        proc = subprocess.run(command, cwd=space.submission, env=env, capture_output=True,
                              text=True, timeout=budget, preexec_fn=_limits(budget),
                              check=False)
    except subprocess.TimeoutExpired:
        return {}, _("grading stopped after {seconds:g} s").format(seconds=budget)
    if report.is_file():
        return json.loads(report.read_text(encoding="utf-8")), ""
    tail = " ".join((proc.stdout + proc.stderr).split()[-30:])
    return {}, _("the checks stopped abruptly (exit status {code}): {output}").format(
        code=proc.returncode, output=tail or "-")


def grade_workspace(space: Workspace, manifest: Manifest, language: str, timeout: float
                    ) -> LearnerResult:
    """Run the checkers on one prepared learner; a crash costs only the exercise it hit."""
    result = LearnerResult(space.learner, error=space.error)
    locale_dir = manifest.root.parent / "docs" / "locale"
    titles = {ex.name: localize(ex.title, locale_dir, language) for ex in manifest.exercises}
    if space.error:
        result.rows = [Row(ex.name, titles[ex.name], NOT_STARTED, space.error)
                       for ex in manifest.exercises]
        return result
    course = space.course / manifest.root.name
    budget = timeout * len(manifest.exercises) * 3 + 30
    runs, failure = _run_checks(space, course, language, timeout, budget,
                                space.folder / "report.json")
    failures: dict[str, str] = {}
    if failure:  # something killed the whole run: check each exercise on its own
        runs = {}
        for ex in manifest.exercises:
            if ex.name in space.early:
                continue
            one, failures[ex.name] = _run_checks(
                space, course / ex.checker, language, timeout, timeout * 3 + 20,
                space.folder / f"report-{ex.name}.json")
            runs.update(one)
    for ex in manifest.exercises:
        if ex.name in space.early:
            result.rows.append(space.early[ex.name])
        elif ex.name in runs:
            message = "\n".join(runs[ex.name]["messages"])
            result.rows.append(Row(ex.name, titles[ex.name], runs[ex.name]["status"], message))
        else:
            result.rows.append(Row(ex.name, titles[ex.name], FAILING,
                                   failures.get(ex.name) or failure))
    return result


def grade_class(root: Path, manifest: Manifest, language: str, jobs: int, timeout: float,
                on_done: Callable[[LearnerResult], None] | None = None) -> list[LearnerResult]:
    """Grade every learner of ``root``, ``jobs`` at a time. Every submission is copied before
    any learner's code runs, so no learner can change another's files."""
    with tempfile.TemporaryDirectory(prefix="cpt-grade-") as tmp:
        spaces = [prepare(name, source, manifest, language, Path(tmp) / f"{number:04d}")
                  for number, (name, source) in enumerate(submissions(root))]

        def one(space: Workspace) -> LearnerResult:
            result = grade_workspace(space, manifest, language, timeout)
            if on_done:
                on_done(result)
            return result

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            return list(pool.map(one, spaces))


def to_csv(results: Iterable[LearnerResult], total: int) -> str:
    """One row per learner and exercise, then the learner's total."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["learner", "exercise", "title", "status", "message"])
    for result in results:
        for row in result.rows:
            writer.writerow([result.learner, row.exercise, row.title, row.status, row.message])
        writer.writerow([result.learner, "TOTAL", "", f"{result.done}/{total}", result.error])
    return buffer.getvalue()


def to_json(results: Iterable[LearnerResult], total: int) -> str:
    return json.dumps({"exercises": total, "learners": [
        {"learner": r.learner, "done": r.done, "total": total, "error": r.error,
         "exercises": [row.__dict__ for row in r.rows]} for r in results]},
        ensure_ascii=False, indent=1) + "\n"


def to_junit(results: Iterable[LearnerResult], total: int) -> str:
    """JUnit XML: a test suite per learner, a test case per exercise."""
    suites = ElementTree.Element("testsuites", name="cpt-course")
    for result in results:
        failures = sum(1 for row in result.rows if row.status == FAILING)
        skipped = sum(1 for row in result.rows if row.status == NOT_STARTED)
        suite = ElementTree.SubElement(suites, "testsuite", name=result.learner,
                                       tests=str(total), failures=str(failures),
                                       skipped=str(skipped), errors="0")
        for row in result.rows:
            case = ElementTree.SubElement(suite, "testcase", classname=result.learner,
                                          name=row.exercise)
            if row.status == FAILING:
                ElementTree.SubElement(case, "failure", message=row.message.split("\n")[0]
                                       ).text = row.message
            elif row.status == NOT_STARTED:
                ElementTree.SubElement(case, "skipped", message=row.message or NOT_STARTED)
    ElementTree.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(
        suites, encoding="unicode") + "\n"


WRITERS = {"csv": to_csv, "json": to_json, "junit": to_junit}
