"""The ``cpt-quizzes`` builder: every quiz of the course as plain data (``quizzes.json``).

It reads the same (translated) doctrees as the site, so ``-D language=en`` exports the English
text. ``cpt-course quiz export`` runs it and writes JSON or Moodle GIFT.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders import Builder

from .domain import get_domain
from .quiz import (
    quiz,
    quiz_choice,
    quiz_choice_text,
    quiz_choices,
    quiz_explanation,
    quiz_feedback,
    quiz_question,
    quiz_stem,
)

OUTPUT = "quizzes.json"


def _text(parts: Iterator[nodes.Node] | list[nodes.Node]) -> str:
    """Plain text of nodes, one paragraph per line."""
    blocks = []
    for node in parts:
        paragraphs = list(node.findall(nodes.paragraph)) if not isinstance(
            node, nodes.TextElement) else [node]
        blocks += [" ".join(p.astext().split()) for p in paragraphs] or [node.astext().strip()]
    return "\n".join(block for block in blocks if block)


def _number(value: float) -> float | int:
    """Whole numbers as integers in the export (``78``, not ``78.0``)."""
    return int(value) if float(value).is_integer() else value


def _first(node: nodes.Element, cls: type[nodes.Element]) -> nodes.Element | None:
    return next(iter(node.findall(cls)), None)


def question_data(question: quiz_question) -> dict[str, Any]:
    """One question as the export schema describes it (fields of other types omitted)."""
    stem = _first(question, quiz_stem)
    data: dict[str, Any] = {
        "id": question["question_id"],
        "type": question["qtype"],
        "text": _text([stem]) if stem is not None else "",
        "weight": _number(question["weight"]),
    }
    explanation = _first(question, quiz_explanation)
    if explanation is not None:
        data["explanation"] = _text(list(explanation.children))
    choices = _first(question, quiz_choices)
    qtype = question["qtype"]
    if qtype in ("single", "multiple"):
        data["choices"] = []
        for choice in choices.findall(quiz_choice):
            entry = {"text": _text([_first(choice, quiz_choice_text)]),
                     "correct": bool(choice["correct"])}
            feedback = _first(choice, quiz_feedback)
            if feedback is not None:
                entry["feedback"] = _text(list(feedback.children))
            data["choices"].append(entry)
    elif qtype == "true-false":
        data["answer"] = bool(question["answer"])
    elif qtype == "numeric":
        data["answer"] = _number(question["answer"])
        data["tolerance"] = _number(question["tolerance"])
    elif qtype == "ordering":
        items = sorted(choices.findall(quiz_choice), key=lambda choice: choice["rank"])
        data["order"] = [_text([_first(item, quiz_choice_text)]) for item in items]
    return data


def quiz_data(node: quiz, docname: str, module_title: str) -> dict[str, Any]:
    """One quiz with its questions."""
    title = _first(node, nodes.rubric)
    return {
        "id": node["quiz_id"],
        "module": docname,
        "module_title": module_title,
        "title": title.astext() if title is not None else "",
        "questions": [question_data(q) for q in node.findall(quiz_question)],
    }


class QuizExportBuilder(Builder):
    """Writes ``quizzes.json``: the quizzes of every page, in course order."""

    name = "cpt-quizzes"
    format = "cpt-quizzes"
    epilog = "The quizzes are in %(outdir)s/" + OUTPUT
    allow_parallel = False

    def init(self) -> None:
        self.quizzes: dict[str, list[dict[str, Any]]] = {}

    def get_outdated_docs(self) -> set[str]:
        return set(self.env.found_docs)

    def get_target_uri(self, docname: str, typ: str | None = None) -> str:
        return docname

    def prepare_writing(self, docnames: set[str]) -> None:
        self.quizzes = {}

    def write_doc(self, docname: str, doctree: nodes.document) -> None:
        found = list(doctree.findall(quiz))
        if found:
            record = get_domain(self.env).modules.get(docname, {})
            title = record.get("title") or self.env.titles[docname].astext()
            self.quizzes[docname] = [quiz_data(node, docname, title) for node in found]

    def finish(self) -> None:
        ordered = [q for docname in sorted(self.quizzes) for q in self.quizzes[docname]]
        Path(self.outdir, OUTPUT).write_text(
            json.dumps(ordered, ensure_ascii=False, indent=1), encoding="utf-8")


def setup_quiz_export(app: Sphinx) -> None:
    """Register the quiz export builder."""
    app.add_builder(QuizExportBuilder)
