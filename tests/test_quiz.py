"""Quizzes: HTML widget markup, paper rendering with answer keys, and every validation error."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conftest import copy_root, page, sphinx

FRONT = """---
title: Module avec quiz
duration: 30
objectives:
  - Répondre à un quiz.
prerequisites: []
---

"""


@pytest.fixture(scope="module")
def quiz_html(tmp_path_factory):
    base = tmp_path_factory.mktemp("quiz")
    result = sphinx(copy_root("test-quiz", base / "src"), base / "out")
    assert result.ok and result.problems == [], result.problems
    return page(result, "01-quiz.html")


def test_quiz_root_carries_id_course_and_ui_strings(quiz_html):
    root = quiz_html.select_one("div.cpt-quiz")
    assert root["data-quiz-id"] == "env"
    assert root["data-course"] == "cpt-course"
    ui = json.loads(root["data-cpt-ui"])
    assert ui["check"] == "Vérifier"
    assert ui["score"] == "Score du quiz\u00a0: {score}\u00a0/\u00a0{total}"
    assert root.select_one("p.cpt-quiz-title").get_text() == "Les environnements"


def test_each_question_is_a_form_with_fieldset_and_legend(quiz_html):
    forms = quiz_html.select("div.cpt-quiz form.cpt-question")
    assert [f["data-question-id"] for f in forms] == [
        "env-validation", "env-risque", "env-donnees", "env-duree", "env-ordre"]
    assert [f["data-type"] for f in forms] == [
        "single", "multiple", "true-false", "numeric", "ordering"]
    for form in forms:
        legend = form.select_one("fieldset > legend.cpt-stem")
        assert legend is not None and legend.get_text(strip=True)
    first = forms[0].select_one("legend")
    assert first.select_one("a.reference span.std-term").get_text() == "recette"


def test_choice_questions_use_native_inputs_and_hidden_feedback(quiz_html):
    single, multiple, truefalse = quiz_html.select("form.cpt-question")[:3]
    assert single["data-correct"] == "1"
    assert [i["type"] for i in single.select("input")] == ["radio"] * 3
    assert {i["name"] for i in single.select("input")} == {"cpt-env-validation"}
    assert single.select_one("label .cpt-choice-text em").get_text() == "intégration"
    feedback = single.select("div.cpt-feedback")
    assert len(feedback) == 3 and all(f.has_attr("hidden") for f in feedback)
    assert feedback[1].get_text(strip=True) == "Oui : c’est son rôle."
    assert multiple["data-correct"] == "0,2" and multiple["data-weight"] == "2"
    assert [i["type"] for i in multiple.select("input")] == ["checkbox"] * 3
    assert [t.get_text() for t in truefalse.select(".cpt-choice-text")] == ["Vrai", "Faux"]
    assert truefalse["data-correct"] == "1"


def test_numeric_and_ordering_questions(quiz_html):
    numeric, ordering = quiz_html.select("form.cpt-question")[3:]
    assert numeric["data-answer"] == "78" and numeric["data-tolerance"] == "0"
    assert numeric.select_one("input")["inputmode"] == "decimal"
    items = ordering.select("ol.cpt-order > li")
    texts = [li.select_one(".cpt-choice-text").get_text() for li in items]
    ranks = [int(li["data-rank"]) for li in items]
    assert sorted(zip(ranks, texts, strict=True)) == [
        (0, "Intégration"), (1, "Recette"), (2, "Production")]
    assert ranks != sorted(ranks), "ordering items must not be shown in the right order"


def test_explanation_is_hidden_and_status_is_live(quiz_html):
    form = quiz_html.select_one("form.cpt-question")
    explanation = form.select_one("div.cpt-explanation")
    assert explanation.has_attr("hidden")
    assert "La recette valide la conformité" in explanation.get_text()
    status = form.select_one(".cpt-status")
    assert status["role"] == "status" and status["aria-live"] == "polite"


def test_assets_are_files_added_for_html_only(tmp_path: Path):
    project = copy_root("test-quiz", tmp_path / "src")
    html = sphinx(project, tmp_path / "html")
    assert (html.output / "_static" / "cpt-quiz.js").is_file()
    scripts = [s.get("src", "") for s in page(html, "01-quiz.html").select("script")]
    assert any(src.startswith("_static/cpt-quiz.js") for src in scripts)
    js = (html.output / "_static" / "cpt-quiz.js").read_text(encoding="utf-8")
    assert "innerHTML" not in js
    assert "Vérifier" not in js, "UI strings must come from the catalog, not the script"
    size = sum((html.output / "_static" / f).stat().st_size for f in ("cpt-quiz.js", "cpt-quiz.css"))
    assert size <= 15 * 1024
    latex = sphinx(project, tmp_path / "latex", fmt="latex")
    assert latex.ok and latex.problems == []
    assert not list((latex.output).rglob("cpt-quiz.*"))


def test_text_builder_prints_boxes_and_answer_key(tmp_path: Path):
    result = sphinx(copy_root("test-quiz", tmp_path / "src"), tmp_path / "out", fmt="text")
    assert result.ok and result.problems == [], result.problems
    text = (result.output / "01-quiz.txt").read_text(encoding="utf-8")
    questions, key = text.split("Corrigé des quiz")
    assert "a. ☐ L’environnement d’*intégration*." in questions
    assert "Votre réponse\u00a0: ____" in questions
    assert "c’est son rôle." not in questions, "no feedback before the key"
    assert "1. ** b. L’environnement de recette." in key
    assert "2. ** a. Un plan de retour arrière testé. c. Un go/no-go formel." in key
    assert "3. ** b. Faux" in key
    assert "4. **78" in key
    assert "Ordre\u00a0: c, a, b" in key
    assert "* **b (juste)**\n\n  Oui : c’est son rôle." in key


def _question(body: str) -> str:
    return textwrap.dedent(body).strip("\n")


VALID_SINGLE = """
:::{question} Quelle est la bonne réponse ?
:id: q-one
:type: single
:correct: 1

- Celle-ci.
- Pas celle-là.
:::
"""

# snippet, the text on the line the error must point at, the message
BAD_CASES = {
    "no-correct-answer": (
        ":::{question} Laquelle ?\n:id: q1\n:type: single\n\n- A.\n- B.\n:::",
        ":::{question}", "has no correct answer"),
    "several-correct-in-single": (
        ":::{question} Laquelle ?\n:id: q1\n:type: single\n:correct: 1, 2\n\n- A.\n- B.\n:::",
        ":correct:", "single-choice question 'q1' has 2 correct answers"),
    "correct-out-of-range": (
        ":::{question} Laquelle ?\n:id: q1\n:type: single\n:correct: 3\n\n- A.\n- B.\n:::",
        ":correct:", "must list choice numbers between 1 and 2"),
    "empty-question": (
        ":::{question}\n:id: q1\n:type: single\n:correct: 1\n\n- A.\n- B.\n:::",
        ":::{question}", "question 'q1' is empty"),
    "empty-choice": (
        ":::{question} Laquelle ?\n:id: q1\n:type: single\n:correct: 1\n\n- A.\n-\n:::",
        ":::{question}", "choice 2 is empty"),
    "numeric-without-number": (
        ":::{question} Combien ?\n:id: q1\n:type: numeric\n:answer: beaucoup\n:tolerance: 1\n:::",
        ":answer:", "needs a valid :answer:"),
    "numeric-bad-tolerance": (
        ":::{question} Combien ?\n:id: q1\n:type: numeric\n:answer: 12\n:tolerance: -1\n:::",
        ":tolerance:", "needs a valid :tolerance:"),
    "ordering-one-item": (
        ":::{question} Ordonnez.\n:id: q1\n:type: ordering\n\n- Seul.\n:::",
        ":::{question}", "needs a list of at least two items"),
    "unknown-option": (
        (":::{question} Laquelle ?\n:id: q1\n:type: single\n:correct: 1\n:points: 3\n\n"
        "- A.\n- B.\n:::"), ":points:", "unknown option :points: in question 'q1'"),
    "unknown-type": (
        ":::{question} Laquelle ?\n:id: q1\n:type: essay\n:::", ":type:", "has type 'essay'"),
    "missing-id": (
        ":::{question} Laquelle ?\n:type: single\n:correct: 1\n\n- A.\n- B.\n:::",
        ":::{question}", "question has no :id:"),
    "true-false-without-answer": (
        ":::{question} Vrai ?\n:id: q1\n:type: true-false\n:answer: peut-être\n:::",
        ":answer:", "needs ':answer: true' or ':answer: false'"),
}
#: Line of the first question line in the page written by _write_quiz.
FIRST_QUESTION_LINE = 12


def _write_quiz(project, questions: str, quiz_id: str = "essai") -> None:
    body = f"::::{{quiz}} Quiz d'essai\n:id: {quiz_id}\n\n{questions}\n::::\n"
    (project.srcdir / "01-quiz.md").write_text(FRONT + body, encoding="utf-8")


@pytest.mark.parametrize(("snippet", "marker", "message"), BAD_CASES.values(), ids=BAD_CASES.keys())
def test_malformed_quiz_fails_with_file_line_and_reason(tmp_path, snippet, marker, message):
    line = FIRST_QUESTION_LINE + next(
        number for number, text in enumerate(snippet.splitlines()) if text.startswith(marker))
    project = copy_root("test-quiz", tmp_path / "src")
    _write_quiz(project, snippet)
    result = sphinx(project, tmp_path / "out")
    assert not result.ok
    assert any(f"docs/01-quiz.md:{line}: WARNING: " in p and message in p and "[cpt.quiz]" in p
               for p in result.problems), result.problems


def test_duplicate_ids_across_the_course_are_reported(tmp_path):
    project = copy_root("test-quiz", tmp_path / "src")
    _write_quiz(project, _question(VALID_SINGLE))
    second = (project.srcdir / "01-quiz.md").read_text(encoding="utf-8").replace(
        "Module avec quiz", "Second module")
    (project.srcdir / "02-quiz.md").write_text(second, encoding="utf-8")
    index = project.srcdir / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("01-quiz\n", "01-quiz\n02-quiz\n"),
                     encoding="utf-8")
    result = sphinx(project, tmp_path / "out", parallel="2")
    assert not result.ok
    assert any("docs/02-quiz.md:9:" in p and "duplicate quiz id 'essai'" in p
               and "01-quiz.md:9" in p for p in result.problems), result.problems
    assert any("docs/02-quiz.md:12:" in p and "duplicate question id 'q-one'" in p
               for p in result.problems), result.problems


def test_question_outside_a_quiz_is_reported(tmp_path):
    project = copy_root("test-quiz", tmp_path / "src")
    (project.srcdir / "01-quiz.md").write_text(FRONT + _question(VALID_SINGLE), "utf-8")
    result = sphinx(project, tmp_path / "out")
    assert any("question outside a quiz" in p and "[cpt.quiz]" in p for p in result.problems)
