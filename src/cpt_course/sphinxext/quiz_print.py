"""Quizzes on paper: every non-HTML builder (LaTeX/PDF, text, man, texinfo…).

A post-transform turns each quiz into ordinary docutils nodes — questions with empty boxes to
tick, a line to write a number — and gathers the answer key, with each choice's feedback and the
explanation, in a « Corrigé des quiz » section at the end of the module. The writers then need
no special support.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

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
    quiz_question,
    quiz_stem,
)

BOX = "\u2610"  # ☐ BALLOT BOX
LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: Builders that must see the quiz nodes as they are (message extraction, exports).
RAW_BUILDERS = ("gettext", "cpt-quizzes")


def _letter(position: int) -> str:
    return LETTERS[position % len(LETTERS)]


def _copy(children: Iterable[nodes.Node]) -> list[nodes.Node]:
    return [child.deepcopy() for child in children]


def _paragraph(*children: nodes.Node) -> nodes.paragraph:
    return nodes.paragraph("", "", *children)


def _choice_text(choice: quiz_choice) -> list[nodes.Node]:
    return _copy(next(iter(choice.findall(quiz_choice_text))).children)


def _choice_list(choices: quiz_choices) -> nodes.container:
    """a. ☐ choice, b. ☐ choice… (display order), lettered the same way by every builder."""
    listing = nodes.container(classes=["cpt-choices"])
    for position, choice in enumerate(choices.findall(quiz_choice)):
        listing += _paragraph(nodes.Text(f"{_letter(position)}. {BOX} "), *_choice_text(choice))
    return listing


def print_question(question: quiz_question) -> nodes.container:
    """The question as it is printed for the learner: no answer, no feedback."""
    box = nodes.container(classes=["cpt-question"])
    stem = next(iter(question.findall(quiz_stem)), None)
    label = nodes.strong("", f"{question['number']}. ")
    box += _paragraph(label, *(_copy(stem.children) if stem else []))
    for child in question.children:
        if isinstance(child, quiz_context):
            box += _copy(child.children)
        elif isinstance(child, quiz_choices):
            if child.get("ordering"):
                box += _paragraph(nodes.emphasis("", str(_(
                    "Number the items in the right order (1 for the first)."))))
            box += _choice_list(child)
        elif child.tagname == "quiz_numeric":
            box += _paragraph(nodes.Text(str(_("Your answer:")) + " " + "_" * 20))
    return box


def _number(value: float) -> str:
    return f"{value:g}"


def key_entry(question: quiz_question) -> list[nodes.Node]:
    """The answer key of one question: the right answer, each choice's feedback, why."""
    label = nodes.strong("", f"{question['number']}. ")
    entry: list[nodes.Node] = []
    choices = next(iter(question.findall(quiz_choices)), None)
    if question["qtype"] == "numeric":
        answer = _number(question["answer"])
        if question["tolerance"]:
            answer += f" (± {_number(question['tolerance'])})"
        entry.append(_paragraph(label, nodes.Text(answer)))
    elif choices is not None and choices.get("ordering"):
        displayed = list(choices.findall(quiz_choice))
        ranked = sorted(displayed, key=lambda choice: choice["rank"])
        order = ", ".join(_letter(displayed.index(choice)) for choice in ranked)
        entry.append(_paragraph(label, nodes.Text(str(_("Order: {order}")).format(order=order))))
    elif choices is not None:
        displayed = list(choices.findall(quiz_choice))
        entry.append(_paragraph(label))
        for position, choice in enumerate(displayed):
            if choice["correct"]:
                entry[-1] += [nodes.Text(f" {_letter(position)}. "), *_choice_text(choice)]
        feedback = nodes.bullet_list(classes=["cpt-key-feedback"])
        for position, choice in enumerate(displayed):
            notes = [child for child in choice.children if isinstance(child, quiz_feedback)]
            if not notes:
                continue
            mark = str(_("right")) if choice["correct"] else str(_("wrong"))
            item = nodes.list_item("", _paragraph(
                nodes.strong("", f"{_letter(position)} ({mark})")))
            item += _copy(notes[0].children)
            feedback += item
        if feedback.children:
            entry.append(feedback)
    for explanation in question.findall(quiz_explanation):
        entry += _copy(explanation.children)
    return entry


def answer_key(quizzes: list[quiz], section_id: str) -> nodes.section:
    """A « Corrigé des quiz » section for the quizzes of one module."""
    title = str(_("Quiz answer key"))
    section = nodes.section(ids=[section_id], names=[section_id], classes=["cpt-answer-key"])
    section += nodes.title(title, title)
    for node in quizzes:
        heading = next(iter(node.findall(nodes.rubric)), None)
        if heading is not None:
            section += heading.deepcopy()
        for question in node.findall(quiz_question):
            section += key_entry(question)
    return section


def module_section(node: nodes.Node) -> nodes.Element:
    """The top section of the module that contains ``node`` (its chapter in a book)."""
    section: nodes.Element | None = None
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.section):
            section = parent
        if isinstance(parent, addnodes.start_of_file):
            break
        parent = parent.parent
    return section if section is not None else node.document


def inline_key(question: quiz_question) -> nodes.container:
    """The answer key of one question, shown right under it (trainer edition)."""
    title = str(_("Answer key"))
    box = nodes.container(classes=["cpt-answer-key"])
    box += nodes.rubric(title, title)
    box += key_entry(question)
    return box


def is_trainer_edition(config: Any) -> bool:
    return CptConfig.from_sphinx(config).edition == "trainer"


class QuizPrintTransform(SphinxPostTransform):
    """Render quizzes for paper; the answer keys go at the end of each module, or under each
    question in the trainer edition."""

    default_priority = 20

    def is_supported(self) -> bool:
        return self.app.builder.format != "html" and self.app.builder.name not in RAW_BUILDERS

    def run(self, **kwargs: Any) -> None:
        trainer = is_trainer_edition(self.config)
        by_module: dict[int, tuple[nodes.Element, list[quiz]]] = {}
        for node in list(self.document.findall(quiz)):
            module = module_section(node)
            by_module.setdefault(id(module), (module, []))[1].append(node.deepcopy())
            printed = nodes.container(classes=["cpt-quiz"])
            printed += [child.deepcopy() for child in node.children
                        if isinstance(child, nodes.rubric)]
            for question in node.findall(quiz_question):
                printed += print_question(question)
                if trainer:
                    printed += inline_key(question)
            node.replace_self(printed)
        if trainer:
            return
        for number, (module, quizzes) in enumerate(by_module.values()):
            module += answer_key(quizzes, f"cpt-answer-key-{number}")


class TrainerAnswerKeys(SphinxPostTransform):
    """In the trainer edition's site, every question shows its answer key and feedback."""

    default_priority = 20
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        if not is_trainer_edition(self.config):
            return
        for question in list(self.document.findall(quiz_question)):
            question += inline_key(question)


def _visit_children(self: Any, node: nodes.Node) -> None:
    """Render a quiz node's children as they are (builders the print transform skips)."""
    return


PRINT_VISITORS = (_visit_children, _visit_children)
