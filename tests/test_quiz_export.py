"""Quiz export: the JSON schema, Moodle GIFT checked by hand and by gift-pegjs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, copy_course, copy_root

from cpt_course.gift import escape, to_gift

NODE_PARSER = ROOT / "node_modules" / "gift-pegjs"
needs_gift_pegjs = pytest.mark.skipif(
    shutil.which("node") is None or not NODE_PARSER.is_dir(),
    reason="gift-pegjs not installed (run: npm ci); CI installs it")


def export(project, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cpt_course", "quiz", "export", *args],
                          cwd=project.root, capture_output=True, text=True, check=False,
                          env={"PATH": "/usr/bin:/bin", "CPT_COURSE_LANG": "en"})


@pytest.fixture(scope="module")
def quiz_json(tmp_path_factory) -> list[dict]:
    project = copy_root("test-quiz", tmp_path_factory.mktemp("export") / "src")
    proc = export(project, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_json_schema_per_question_type(quiz_json):
    [quiz] = quiz_json
    assert quiz["id"] == "env" and quiz["module"] == "01-quiz"
    assert quiz["title"] == "Les environnements"
    single, multiple, truefalse, numeric, ordering = quiz["questions"]
    assert single == {
        "id": "env-validation", "type": "single", "weight": 1,
        "text": "Dans quel environnement le métier valide-t-il une version avant la recette "
                "finale ?",
        "explanation": "La recette valide la conformité avant la mise en production.",
        "choices": [
            {"text": "L’environnement d’intégration.", "correct": False,
             "feedback": "Non : il sert aux développeurs."},
            {"text": "L’environnement de recette.", "correct": True,
             "feedback": "Oui : c’est son rôle."},
            {"text": "La production.", "correct": False, "feedback": "Non : trop tard."},
        ],
    }
    assert [c["correct"] for c in multiple["choices"]] == [True, False, True]
    assert multiple["weight"] == 2 and "explanation" not in multiple
    assert truefalse["answer"] is False and "choices" not in truefalse
    assert (numeric["answer"], numeric["tolerance"]) == (78, 0)
    assert "choices" not in numeric and "order" not in numeric
    assert ordering["order"] == ["Intégration", "Recette", "Production"]
    assert "answer" not in ordering and "choices" not in ordering


def test_gift_escapes_special_characters():
    assert escape("a: b = c ~ d # e {f} \\ g") == "a\\: b \\= c \\~ d \\# e \\{f\\} \\\\ g"
    gift = to_gift([{"id": "q", "module": "m", "module_title": "Module : un", "title": "",
                     "questions": [{"id": "n1", "type": "numeric", "text": "Combien {x} ?",
                                    "answer": 0.5, "tolerance": 0.05, "weight": 1}]}], "Cours")
    assert gift == "$CATEGORY: $course$/Cours/Module : un\n\n::n1::Combien \\{x\\} ? {#0.5:0.05}\n"


def test_gift_of_each_type(quiz_json):
    gift = to_gift(quiz_json, "Cours d'essai")
    assert gift.startswith("$CATEGORY: $course$/Cours d'essai/Module avec quiz\n")
    assert "  =L’environnement de recette.#Oui \\: c’est son rôle.\n" in gift
    assert "  ~%50%Un plan de retour arrière testé.#Oui.\n" in gift
    assert "  ~%-100%Déployer le vendredi soir.#Non \\: personne" in gift
    assert "{FALSE####Le RGPD impose" in gift
    assert "{#78:0####A + B + D + G + I + J \\= 78 jours ouvrés.}" in gift
    assert "  =Intégration -> 1\n  =Recette -> 2\n  =Production -> 3\n" in gift


def _parse_with_gift_pegjs(gift: str, tmp_path: Path) -> list[dict]:
    path = tmp_path / "export.gift"
    path.write_text(gift, encoding="utf-8")
    proc = subprocess.run(["node", str(ROOT / "tests" / "js" / "parse_gift.js"), str(path)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


@needs_gift_pegjs
def test_real_course_gift_parses_with_gift_pegjs(tmp_path):
    project = copy_course(tmp_path / "course")
    proc = export(project, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    quizzes = json.loads(proc.stdout)
    gift_proc = export(project, "--format", "gift", "-o", str(tmp_path / "course.gift"))
    assert gift_proc.returncode == 0, gift_proc.stderr
    parsed = _parse_with_gift_pegjs((tmp_path / "course.gift").read_text(), tmp_path)
    categories = [q["title"] for q in parsed if q["type"] == "Category"]
    assert len(categories) == len({q["module"] for q in quizzes}) == 8
    questions = [q for quiz in quizzes for q in quiz["questions"]]
    parsed_questions = [q for q in parsed if q["type"] != "Category"]
    assert [q["title"] for q in parsed_questions] == [q["id"] for q in questions]
    expected_types = {"single": "MC", "multiple": "MC", "true-false": "TF",
                      "numeric": "Numerical", "ordering": "Matching"}
    for ours, theirs in zip(questions, parsed_questions, strict=True):
        assert theirs["type"] == expected_types[ours["type"]], ours["id"]
        assert theirs["stem"]["text"] == " ".join(ours["text"].split()), ours["id"]
        if ours["type"] == "single":
            assert [c["isCorrect"] for c in theirs["choices"]] == \
                [c["correct"] for c in ours["choices"]]
        elif ours["type"] == "multiple":
            weights = [c["weight"] for c in theirs["choices"]]
            assert [w > 0 for w in weights] == [c["correct"] for c in ours["choices"]]
            assert sum(w for w in weights if w > 0) == pytest.approx(100, abs=0.01)
        elif ours["type"] == "true-false":
            assert theirs["isTrue"] is ours["answer"]
        elif ours["type"] == "numeric":
            assert theirs["choices"]["number"] == ours["answer"]
            assert theirs["choices"]["range"] == ours["tolerance"]
        else:
            assert [pair["subquestion"]["text"] for pair in theirs["matchPairs"]] == ours["order"]


def test_real_course_has_eight_questions_per_module_of_several_types(tmp_path):
    project = copy_course(tmp_path / "course")
    proc = export(project, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    by_module: dict[str, list[dict]] = {}
    for quiz in json.loads(proc.stdout):
        by_module.setdefault(quiz["module"], []).extend(quiz["questions"])
    assert len(by_module) == 8
    for module, questions in by_module.items():
        assert len(questions) >= 8, module
        assert len({q["type"] for q in questions}) >= 3, module
        for question in questions:
            for choice in question.get("choices", []):
                assert choice.get("feedback"), f"{question['id']}: a choice has no feedback"
