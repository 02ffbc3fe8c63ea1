"""The exercises are tested like code: manifest invariants, every reference solution passes,
every untouched starter is « not started », and realistic wrong solutions fail with the message
their checker is meant to give."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from cpt_course.manifest import SOLUTIONS_DIR, load

EXERCISES = ROOT / "exercises"
MANIFEST = load(EXERCISES)
WRONG = Path(__file__).resolve().parent / "wrong_solutions"
IDS = [exercise.name for exercise in MANIFEST.exercises]


def run_checkers(exercises_dir: Path, *args: str, target: Path | None = None,
                 tmp_path: Path) -> dict:
    """Run the checkers like a learner (in English) and return the plugin's JSON report."""
    report = tmp_path / f"report-{len(list(tmp_path.glob('report-*')))}.json"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", str(target or exercises_dir), "-p", "no:cacheprovider",
         "--cpt-lang", "en", "--cpt-report", str(report), *args],
        cwd=exercises_dir.parent, capture_output=True, text=True, check=False, timeout=300)
    assert report.is_file(), proc.stdout + proc.stderr
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def learner_copy(tmp_path_factory) -> Path:
    """A pristine copy of exercises/, as a learner gets it."""
    base = tmp_path_factory.mktemp("learner")
    shutil.copytree(EXERCISES, base / "exercises",
                    ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    return base / "exercises"


def test_manifest_lists_real_files_and_hints():
    for exercise in MANIFEST.exercises:
        starter = EXERCISES / exercise.starter
        assert starter.is_file(), f"{exercise.name}: missing starter {starter}"
        assert (EXERCISES / exercise.checker).is_file(), f"{exercise.name}: missing checker"
        assert (SOLUTIONS_DIR / exercise.starter).is_file(), f"{exercise.name}: missing solution"
        assert (ROOT / "docs" / f"{exercise.module}.md").is_file(), exercise.module
        assert exercise.dir[:2] == exercise.module[:2], f"{exercise.name}: dir and module differ"
        text = starter.read_text(encoding="utf-8")
        assert "TODO" in text and "raise NotImplementedError" in text, exercise.name
        assert len(exercise.hints) >= 2, f"{exercise.name}: give at least two progressive hints"


def test_no_stray_files():
    expected = {ex.starter for ex in MANIFEST.exercises} | {ex.checker for ex in MANIFEST.exercises}
    found = {path.relative_to(EXERCISES) for path in EXERCISES.glob("[0-9][0-9]_*/*.py")}
    assert found == expected
    solutions = {path.relative_to(SOLUTIONS_DIR) for path in SOLUTIONS_DIR.rglob("*.py")}
    assert solutions == {ex.starter for ex in MANIFEST.exercises}


def test_starters_and_solutions_define_the_same_functions():
    for exercise in MANIFEST.exercises:
        def functions(path: Path) -> set[str]:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
        assert functions(EXERCISES / exercise.starter) <= functions(
            SOLUTIONS_DIR / exercise.starter), exercise.name


def test_every_solution_passes(learner_copy, tmp_path):
    report = run_checkers(learner_copy, "--solutions", tmp_path=tmp_path)
    assert {name: run["status"] for name, run in report.items()} == dict.fromkeys(IDS, "done")


def test_every_untouched_starter_is_not_started(learner_copy, tmp_path):
    report = run_checkers(learner_copy, tmp_path=tmp_path)
    assert {name: run["status"] for name, run in report.items()} == dict.fromkeys(
        IDS, "not-started")


def _wrong_cases() -> list[tuple[str, Path]]:
    cases = []
    for exercise in MANIFEST.exercises:
        for path in sorted((WRONG / exercise.dir).glob(f"{exercise.name}__*.py")):
            cases.append((exercise.name, path))
    return cases


def test_each_exercise_has_wrong_solutions():
    covered = {name for name, _path in _wrong_cases()}
    assert covered == set(IDS), f"no wrong solutions for {set(IDS) - covered}"


@pytest.mark.parametrize(("name", "wrong"), _wrong_cases(),
                         ids=[path.stem for _name, path in _wrong_cases()])
def test_wrong_solution_fails_with_intended_message(learner_copy, tmp_path, name, wrong):
    """The first line of the wrong solution's docstring is « expect: <text of the message> »."""
    docstring = ast.get_docstring(ast.parse(wrong.read_text(encoding="utf-8"))) or ""
    assert docstring.startswith("expect: "), f"{wrong.name}: start the docstring with 'expect: '"
    expected = docstring.splitlines()[0].removeprefix("expect: ").strip()
    exercise = MANIFEST.by_name(name)
    submission = tmp_path / "submission"
    (submission / exercise.dir).mkdir(parents=True)
    shutil.copy(wrong, submission / exercise.starter)
    report = run_checkers(learner_copy, "--cpt-submission", str(submission),
                          target=learner_copy / exercise.checker, tmp_path=tmp_path)
    assert report[name]["status"] == "failing"
    assert any(expected in message for message in report[name]["messages"]), \
        report[name]["messages"]
