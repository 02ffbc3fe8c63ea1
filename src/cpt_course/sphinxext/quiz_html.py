"""HTML rendering of quizzes: native form controls, the widget's assets and its UI strings.

Each question is a ``<form>`` whose ``<fieldset>``/``<legend>`` hold the question and native
radio buttons, checkboxes or a text field, so the quiz is readable (and answerable on paper)
without JavaScript. ``cpt-quiz.js`` adds the buttons, checking, feedback, score and saved
progress; its UI strings come from the package catalog through a ``data-cpt-ui`` JSON attribute,
never from the script's source.
"""

from __future__ import annotations

import json
from typing import Any

from docutils import nodes
from sphinx.writers.html5 import HTML5Translator

from .config import CptConfig
from .i18n import _
from .quiz import (
    quiz,
    quiz_choice,
    quiz_choice_text,
    quiz_choices,
    quiz_context,
    quiz_explanation,
    quiz_feedback,
    quiz_numeric,
    quiz_question,
    quiz_stem,
)


def ui_strings() -> dict[str, str]:
    """The widget's labels in the build language (from the ``cpt_course`` catalog)."""
    return {
        "check": _("Check"),
        "retry": _("Try again"),
        "reset": _("Reset this quiz"),
        "correct": _("Correct answer."),
        "incorrect": _("Not quite: read the feedback and try again."),
        "partial": _("Some of your choices are right, but not all."),
        "unanswered": _("Choose an answer first."),
        "invalidNumber": _("Enter a number, e.g. 12 or 0.5."),
        "chosen": _("your choice"),
        "right": _("right"),
        "wrong": _("wrong"),
        "missed": _("correct choice you did not select"),
        "expected": _("Expected answer: {answer}"),
        "score": _("Quiz score: {score} / {total}"),
        "moduleScore": _("Score for this page: {score} / {total}"),
        "moveUp": _("Move up: {item}"),
        "moveDown": _("Move down: {item}"),
        "moved": _("{item}: now in position {position} of {total}."),
        "resetDone": _("Answers cleared."),
    }


def _question_of(node: nodes.Node) -> quiz_question:
    while not isinstance(node, quiz_question):
        node = node.parent
    return node


def visit_quiz(self: HTML5Translator, node: quiz) -> None:
    course = CptConfig.from_sphinx(self.builder.config).course_id
    self.body.append(self.starttag(
        node, "div", CLASS="cpt-quiz",
        **{"data-quiz-id": node["quiz_id"], "data-course": course,
           "data-cpt-ui": json.dumps(ui_strings(), ensure_ascii=False, sort_keys=True)}))


def depart_quiz(self: HTML5Translator, node: quiz) -> None:
    self.body.append('<div class="cpt-quiz-footer"><p class="cpt-score" aria-live="polite">'
                     "</p></div></div>\n")


def visit_question(self: HTML5Translator, node: quiz_question) -> None:
    data = {"data-question-id": node["question_id"], "data-type": node["qtype"],
            "data-weight": f"{node['weight']:g}"}
    if "correct" in node:
        data["data-correct"] = ",".join(str(index) for index in node["correct"])
    if node["qtype"] == "numeric":
        data["data-answer"] = f"{node['answer']:g}"
        data["data-tolerance"] = f"{node['tolerance']:g}"
    self.body.append(self.starttag(node, "form", CLASS="cpt-question", **data))
    self.body.append('<fieldset class="cpt-fieldset">')


def depart_question(self: HTML5Translator, node: quiz_question) -> None:
    self.body.append('<p class="cpt-status" role="status" aria-live="polite"></p></form>\n')


def visit_stem(self: HTML5Translator, node: quiz_stem) -> None:
    number = _question_of(node)["number"]
    self.body.append(f'<legend class="cpt-stem"><span class="cpt-number">{number}.</span> ')


def depart_stem(self: HTML5Translator, node: quiz_stem) -> None:
    self.body.append("</legend>")


def visit_context(self: HTML5Translator, node: quiz_context) -> None:
    self.body.append('<div class="cpt-context">')


def depart_context(self: HTML5Translator, node: quiz_context) -> None:
    self.body.append("</div>")


def visit_choices(self: HTML5Translator, node: quiz_choices) -> None:
    tag = "ol" if node.get("ordering") else "ul"
    extra = " cpt-order" if node.get("ordering") else ""
    self.body.append(f'<{tag} class="cpt-choices{extra}">')


def depart_choices(self: HTML5Translator, node: quiz_choices) -> None:
    tag = "ol" if node.get("ordering") else "ul"
    self.body.append(f"</{tag}></fieldset>")


def visit_choice(self: HTML5Translator, node: quiz_choice) -> None:
    data = {"data-index": str(node["index"])}
    if "rank" in node:
        data["data-rank"] = str(node["rank"])
    self.body.append(self.starttag(node, "li", CLASS="cpt-choice", **data))


def depart_choice(self: HTML5Translator, node: quiz_choice) -> None:
    self.body.append("</li>")


def visit_choice_text(self: HTML5Translator, node: quiz_choice_text) -> None:
    question = _question_of(node)
    if question["qtype"] == "ordering":
        self.body.append('<span class="cpt-choice-text">')
        return
    kind = "checkbox" if question["qtype"] == "multiple" else "radio"
    name = self.attval(f"cpt-{question['question_id']}")
    self.body.append(f'<label class="cpt-label"><input type="{kind}" name="{name}" '
                     f'value="{node.parent["index"]}"> <span class="cpt-choice-text">')


def depart_choice_text(self: HTML5Translator, node: quiz_choice_text) -> None:
    ordering = _question_of(node)["qtype"] == "ordering"
    self.body.append("</span>" if ordering else "</span></label>")


def visit_feedback(self: HTML5Translator, node: quiz_feedback) -> None:
    self.body.append('<div class="cpt-feedback" hidden>')


def depart_feedback(self: HTML5Translator, node: quiz_feedback) -> None:
    self.body.append("</div>")


def visit_numeric(self: HTML5Translator, node: quiz_numeric) -> None:
    name = self.attval(f"cpt-{_question_of(node)['question_id']}")
    label = self.encode(str(_("Your answer:")))
    self.body.append(f'<p class="cpt-numeric"><label>{label} <input type="text" '
                     f'inputmode="decimal" autocomplete="off" name="{name}"></label></p>'
                     "</fieldset>")
    raise nodes.SkipNode


def visit_explanation(self: HTML5Translator, node: quiz_explanation) -> None:
    title = self.encode(str(_("Explanation")))
    self.body.append(f'<div class="cpt-explanation" hidden><p class="cpt-explanation-title">'
                     f"{title}</p>")


def depart_explanation(self: HTML5Translator, node: quiz_explanation) -> None:
    self.body.append("</div>")


HTML_VISITORS: dict[type[nodes.Element], tuple[Any, Any]] = {
    quiz: (visit_quiz, depart_quiz),
    quiz_question: (visit_question, depart_question),
    quiz_stem: (visit_stem, depart_stem),
    quiz_context: (visit_context, depart_context),
    quiz_choices: (visit_choices, depart_choices),
    quiz_choice: (visit_choice, depart_choice),
    quiz_choice_text: (visit_choice_text, depart_choice_text),
    quiz_feedback: (visit_feedback, depart_feedback),
    quiz_numeric: (visit_numeric, None),
    quiz_explanation: (visit_explanation, depart_explanation),
}
