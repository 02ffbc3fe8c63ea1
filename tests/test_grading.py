"""Grading a class: isolation, crashes and loops, bad input, every output format."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from conftest import ROOT

from cpt_course.manifest import SOLUTIONS_DIR, load

MANIFEST = load(ROOT / "exercises")
TOTAL = len(MANIFEST.exercises)


def solutions(target: Path) -> Path:
    shutil.copytree(SOLUTIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """A class with correct, partial, broken, looping and malicious learners, graded once."""
    base = tmp_path_factory.mktemp("class")
    klass = base / "class"
    klass.mkdir()
    solutions(klass / "alice")                                   # everything right
    partial = klass / "bruno"                                    # one exercise, the rest absent
    (partial / "exercises" / "01_role").mkdir(parents=True)
    shutil.copy(SOLUTIONS_DIR / "01_role" / "stakeholders.py", partial / "exercises" / "01_role")
    shutil.copytree(ROOT / "exercises", klass / "chloe")         # untouched starters
    broken = solutions(klass / "dan")                            # syntax error, binary file
    (broken / "01_role" / "stakeholders.py").write_text("def quadrant(:\n", encoding="utf-8")
    (broken / "02_missions" / "raci.py").write_bytes(b"\x00\x01binary\xff")
    looping = solutions(klass / "emma")                          # an endless loop
    (looping / "01_role" / "stakeholders.py").write_text(
        "def quadrant(power, interest):\n    while True:\n        pass\n", encoding="utf-8")
    malicious = solutions(klass / "fred")                        # attacks alice, then dies
    target = klass / "alice" / "01_role" / "stakeholders.py"
    (malicious / "01_role" / "stakeholders.py").write_text(
        f"import os, pathlib\npathlib.Path({str(target)!r}).write_text('def quadrant(): 0')\n"
        "os._exit(0)\n", encoding="utf-8")
    (klass / "gaby").mkdir()                                     # empty folder
    with zipfile.ZipFile(klass / "hugo.zip", "w") as bundle:     # a good archive
        for path in SOLUTIONS_DIR.rglob("*.py"):
            bundle.write(path, Path("exercises") / path.relative_to(SOLUTIONS_DIR))
    with zipfile.ZipFile(klass / "ines.zip", "w") as bundle:     # an archive escaping its folder
        bundle.writestr("../../evil.py", "print('escaped')")
    outputs = {}
    for fmt in ("csv", "json", "junit"):
        out = base / f"grades.{fmt}"
        proc = subprocess.run(
            [sys.executable, "-m", "cpt_course", "grade", str(klass), "--format", fmt,
             "-o", str(out), "--jobs", "2", "--timeout", "2", "--lang", "en"],
            cwd=ROOT, capture_output=True, text=True, check=False, timeout=900)
        assert proc.returncode == 0, proc.stderr
        outputs[fmt] = out.read_text(encoding="utf-8")
        if fmt == "csv":
            assert "alice" in proc.stderr  # the summary table
    return outputs


def _rows(graded) -> dict[tuple[str, str], dict]:
    return {(row["learner"], row["exercise"]): row
            for row in csv.DictReader(io.StringIO(graded["csv"]))}


def test_totals_per_learner(graded):
    totals = {learner: status for (learner, exercise), row in _rows(graded).items()
              if exercise == "TOTAL" for status in [row["status"]]}
    assert totals == {"alice": f"{TOTAL}/{TOTAL}", "bruno": f"1/{TOTAL}",
                      "chloe": f"0/{TOTAL}", "dan": f"{TOTAL - 2}/{TOTAL}",
                      "emma": f"{TOTAL - 1}/{TOTAL}", "fred": f"{TOTAL - 1}/{TOTAL}",
                      "gaby": f"0/{TOTAL}", "hugo": f"{TOTAL}/{TOTAL}", "ines": f"0/{TOTAL}"}


def test_one_row_per_learner_and_exercise_with_a_message(graded):
    rows = _rows(graded)
    assert len(rows) == 9 * (TOTAL + 1)
    assert rows["chloe", "raci"]["status"] == "not-started"
    assert "replace 'raise NotImplementedError'" in rows["chloe", "raci"]["message"]
    assert rows["bruno", "raci"]["status"] == "not-started"
    assert rows["bruno", "raci"]["message"] == "file 02_missions/raci.py missing"
    syntax = rows["dan", "stakeholders"]
    assert syntax["status"] == "failing"
    assert syntax["message"].startswith("01_role/stakeholders.py cannot be loaded: SyntaxError")
    assert "null bytes" in rows["dan", "raci"]["message"]
    assert rows["emma", "stakeholders"]["message"].startswith("Probable infinite loop")
    assert rows["fred", "stakeholders"]["status"] == "failing"
    assert "stopped abruptly" in rows["fred", "stakeholders"]["message"]
    assert rows["fred", "raci"]["status"] == "done"


def test_bad_input_is_reported_per_learner(graded):
    totals = {learner: row["message"] for (learner, exercise), row in _rows(graded).items()
              if exercise == "TOTAL"}
    assert totals["gaby"] == "no exercise folder (like 01_role/) found in the submission"
    assert totals["ines"] == "archive ines.zip has paths outside its folder: ../../evil.py"
    assert totals["alice"] == ""


def test_a_malicious_learner_cannot_change_another_result(graded):
    assert _rows(graded)["alice", "stakeholders"]["status"] == "done"


def test_json_and_junit_say_the_same(graded):
    data = json.loads(graded["json"])
    assert data["exercises"] == TOTAL
    by_learner = {entry["learner"]: entry for entry in data["learners"]}
    assert by_learner["dan"]["done"] == TOTAL - 2
    assert {row["exercise"] for row in by_learner["dan"]["exercises"]} == \
        {ex.name for ex in MANIFEST.exercises}
    suites = {suite.get("name"): suite for suite in ElementTree.fromstring(graded["junit"])}
    assert set(suites) == set(by_learner)
    assert suites["dan"].get("failures") == "2" and suites["chloe"].get("skipped") == str(TOTAL)
    case = suites["emma"].find("testcase[@name='stakeholders']/failure")
    assert case is not None and case.get("message").startswith("Probable infinite loop")


def test_classroom_workflow_runs_every_checker(tmp_path):
    out = tmp_path / "classroom.yml"
    proc = subprocess.run([sys.executable, "-m", "cpt_course", "classroom", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    workflow = yaml.safe_load(out.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["run-autograding-tests"]["steps"]
    graders = [s for s in steps
               if s.get("uses") == "classroom-resources/autograding-command-grader@v1"]
    assert len(graders) == TOTAL
    for step, exercise in zip(graders, MANIFEST.exercises, strict=True):
        command = step["with"]["command"]
        assert command.startswith("python -m pytest exercises/")
        assert (ROOT / command.split()[3]).is_file()
        assert step["id"] == exercise.name.replace("_", "-")
    reporter = steps[-1]
    assert reporter["with"]["runners"].split(",") == [s["id"] for s in graders]
    assert any(s.get("run") == "python -m pip install -e ." for s in steps)
