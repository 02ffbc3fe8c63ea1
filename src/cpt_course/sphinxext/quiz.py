"""Quizzes: the ``quiz`` and ``question`` directives, their nodes and their validation.

Authoring (MyST)::

    ::::{quiz} Titre du quiz
    :id: role

    :::{question} Texte de la question ?
    :id: role-qualite
    :type: single
    :correct: 2

    - Premier choix.

      Retour sur ce choix.
    - Deuxième choix.

      Retour sur ce choix.

    Explication générale.
    :::
    ::::

Everything a learner reads (title, question, choices, feedback, explanation) is built from
MyST text with its source line, so it reaches the gettext catalogs and is translated. What
decides the answer — ids, type, correct choices, numeric value and tolerance, weight, the
order of ordering items — lives only in options and node attributes, so no translation can
change it. Rendering is elsewhere: :mod:`.quiz_html` for HTML, :mod:`.quiz_print` for the
other builders.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .domain import get_domain
from .i18n import _
from .warnings_ import CptWarnings, warn

TYPES = ("single", "multiple", "true-false", "numeric", "ordering")
CHOICE_TYPES = ("single", "multiple")
ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
TRUE_WORDS, FALSE_WORDS = ("true", "vrai", "yes", "oui"), ("false", "faux", "no", "non")


# --- nodes -----------------------------------------------------------------------------------


class quiz(nodes.General, nodes.Element):  # noqa: N801 (docutils node naming)
    """A quiz: a title and questions. Attributes: ``quiz_id``."""


class quiz_question(nodes.General, nodes.Element):  # noqa: N801
    """A question. Attributes: ``question_id``, ``qtype``, ``weight``, ``number`` and, by
    type, ``correct`` (choice indexes), ``answer`` and ``tolerance`` (numeric)."""


class quiz_stem(nodes.TextElement):  # noqa: N801
    """The question's text (translatable)."""


class quiz_context(nodes.General, nodes.Element):  # noqa: N801
    """Material shown with the question, before its choices (a table, a code block…)."""


class quiz_choices(nodes.General, nodes.Element):  # noqa: N801
    """The choices of a choice, true/false or ordering question, in display order."""


class quiz_choice(nodes.General, nodes.Element):  # noqa: N801
    """One choice. Attributes: ``index`` (source position), ``correct`` (bool) and, for
    ordering questions, ``rank`` (its position in the right order)."""


class quiz_choice_text(nodes.TextElement):  # noqa: N801
    """The text of a choice (translatable)."""


class quiz_feedback(nodes.General, nodes.Element):  # noqa: N801
    """Why a choice is right or wrong."""


class quiz_numeric(nodes.General, nodes.Element):  # noqa: N801
    """The answer field of a numeric question."""


class quiz_explanation(nodes.General, nodes.Element):  # noqa: N801
    """The general explanation of a question, shown once it is checked."""


ALL_NODES = (quiz, quiz_question, quiz_stem, quiz_context, quiz_choices, quiz_choice,
             quiz_choice_text, quiz_feedback, quiz_numeric, quiz_explanation)


# --- options ---------------------------------------------------------------------------------


class UnknownOption(str):
    """The value of an option the directive does not know (reported as ``cpt.quiz``)."""

    __slots__ = ()


class _OpenOptionSpec(dict[str, Callable[[str | None], Any]]):
    """An option spec that accepts unknown options, so the directive reports them itself
    (typed ``cpt.quiz`` warning, with the allowed options) instead of a generic parse error."""

    def __missing__(self, key: str) -> Callable[[str | None], Any]:
        return lambda value: UnknownOption(value or "")


def _text(value: str | None) -> str:
    return (value or "").strip()


class QuizDirectiveBase(SphinxDirective):
    """Shared checks of the quiz and question directives."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    kind = "quiz"

    def problem(self, message: str, line: int | None = None) -> None:
        """Report a ``cpt.quiz`` warning at this directive (or at ``line``)."""
        warn(CptWarnings.QUIZ, message, (self.env.current_document.docname, line or self.lineno))

    def option_line(self, name: str) -> int:
        """The source line of option ``:name:`` (the directive line if not found)."""
        for offset, text in enumerate(self.block_text.splitlines()):
            if text.strip().startswith(f":{name}:"):
                return self.lineno + offset
        return self.lineno

    def check_options(self) -> bool:
        """Report unknown options; return whether all are known."""
        unknown = [name for name, value in self.options.items() if isinstance(value, UnknownOption)]
        known = ", ".join(f":{name}:" for name in self.option_spec if name not in unknown)
        for name in unknown:
            self.problem(f"unknown option :{name}: in {self.kind} {self.ident()!r}; "
                         f"allowed options: {known}", self.option_line(name))
        return not unknown

    def ident(self) -> str:
        return _text(self.options.get("id")) or "?"

    def check_id(self) -> str | None:
        """The directive's ``:id:`` if it is present and well-formed."""
        ident = _text(self.options.get("id"))
        if not ident:
            self.problem(f"{self.kind} has no :id:; add a stable id such as ':id: {self.kind}-1' "
                         "(lowercase letters, digits and dashes)")
            return None
        if not ID_RE.fullmatch(ident):
            self.problem(f"{self.kind} id {ident!r} is not valid; use lowercase letters, digits "
                         "and dashes", self.option_line("id"))
            return None
        return ident

    def translatable(self, cls: type[nodes.TextElement], text: str,
                     **attributes: Any) -> nodes.TextElement:
        """A text node built from MyST inline markup, with its source line for gettext."""
        inline, messages = self.parse_inline(text, lineno=self.lineno)
        node = cls(text, "", *inline, **attributes)
        self.set_source_info(node)
        node.extend(messages)
        return node


# --- the quiz directive ----------------------------------------------------------------------


class QuizDirective(QuizDirectiveBase):
    """``::::{quiz} Title`` with ``:id:``; its body holds ``question`` directives."""

    option_spec: ClassVar[dict[str, Any]] = _OpenOptionSpec({"id": _text})
    kind = "quiz"

    def run(self) -> list[nodes.Node]:
        docname = self.env.current_document.docname
        known = self.check_options()
        quiz_id = self.check_id()
        node = quiz(quiz_id=quiz_id or "")
        self.set_source_info(node)
        title = self.arguments[0].strip() if self.arguments else ""
        if title:
            node += self.translatable(nodes.rubric, title, classes=["cpt-quiz-title"])
        self.state.nested_parse(self.content, self.content_offset, node)
        questions = [child for child in node.children if isinstance(child, quiz_question)]
        if not questions:
            self.problem(f"quiz {quiz_id or '?'!r} has no question; add ':::{{question}}' "
                         "blocks inside it")
        if not (known and quiz_id and questions):
            return []
        for number, question in enumerate(questions, start=1):
            question["number"] = number
            question["quiz_id"] = quiz_id
        domain = get_domain(self.env)
        domain.note_id("quiz", quiz_id, docname, self.lineno)
        domain.quizzes.setdefault(docname, []).append({
            "id": quiz_id, "questions": len(questions),
            "weight": sum(question["weight"] for question in questions),
        })
        return [node]


# --- the question directive ------------------------------------------------------------------


class QuestionDirective(QuizDirectiveBase):
    """``:::{question} Text`` with ``:id:``, ``:type:`` and the type's answer options."""

    option_spec: ClassVar[dict[str, Any]] = _OpenOptionSpec({
        "id": _text, "type": _text, "correct": _text, "answer": _text,
        "tolerance": _text, "weight": _text,
    })
    kind = "question"

    def run(self) -> list[nodes.Node]:
        ok = self.check_options()
        qid = self.check_id()
        qtype = _text(self.options.get("type"))
        if qtype not in TYPES:
            self.problem(f"question {self.ident()!r} has type {qtype or '(none)'!r}; set :type: "
                         f"to one of {', '.join(TYPES)}", self.option_line("type"))
            return []
        stem_text = self.arguments[0].strip() if self.arguments else ""
        if not stem_text:
            self.problem(f"question {self.ident()!r} is empty; write the question after "
                         "'{question}' on the directive line")
            ok = False
        weight = self.parse_weight()
        body = nodes.Element()
        self.state.nested_parse(self.content, self.content_offset, body)
        node = quiz_question(question_id=qid or "", qtype=qtype, weight=weight or 1)
        self.set_source_info(node)
        if stem_text:
            node += self.translatable(quiz_stem, stem_text)
        builders = {
            "single": self.choice_parts, "multiple": self.choice_parts,
            "true-false": self.true_false_parts, "numeric": self.numeric_parts,
            "ordering": self.ordering_parts,
        }
        parts = builders[qtype](node, list(body.children))
        if parts is None or not (ok and qid and weight):
            return []
        node += parts
        get_domain(self.env).note_id("question", qid, self.env.current_document.docname,
                                     self.lineno)
        return [node]

    def parse_weight(self) -> float | None:
        raw = _text(self.options.get("weight")) or "1"
        try:
            weight = float(raw)
        except ValueError:
            weight = -1.0
        if not math.isfinite(weight) or weight <= 0:
            self.problem(f"question {self.ident()!r}: :weight: must be a positive number, "
                         f"got {raw!r}", self.option_line("weight"))
            return None
        return weight

    def split_body(self, children: list[nodes.Node]) -> tuple[
            list[nodes.Node], nodes.Element | None, list[nodes.Node]]:
        """Split a question body into (context, first list, explanation)."""
        for position, child in enumerate(children):
            if isinstance(child, nodes.bullet_list | nodes.enumerated_list):
                return children[:position], child, children[position + 1:]
        return [], None, children

    def explanation(self, children: list[nodes.Node]) -> list[nodes.Node]:
        return [quiz_explanation("", *children)] if children else []

    def choice_items(self, items: nodes.Element) -> list[quiz_choice] | None:
        """The list items as choices: first paragraph is the text, the rest its feedback."""
        choices = []
        for index, item in enumerate(items.children):
            first = item.children[0] if item.children else None
            line = getattr(first, "line", None) or self.lineno
            if not isinstance(first, nodes.paragraph) or not first.astext().strip():
                self.problem(f"question {self.ident()!r}: choice {index + 1} is empty; "
                             "start each list item with the text of the choice", line)
                return None
            text = quiz_choice_text(first.rawsource, "", *first.children)
            text.source, text.line = first.source, first.line
            choice = quiz_choice(index=index, correct=False)
            choice += text
            if len(item.children) > 1:
                choice += quiz_feedback("", *item.children[1:])
            choices.append(choice)
        return choices

    def choice_parts(self, node: quiz_question, children: list[nodes.Node]) -> list | None:
        context, items, rest = self.split_body(children)
        if items is None or len(items.children) < 2:
            self.problem(f"question {self.ident()!r} needs a list of at least two choices")
            return None
        choices = self.choice_items(items)
        if choices is None:
            return None
        correct = self.parse_correct(len(choices))
        if correct is None:
            return None
        qtype = node["qtype"]
        if qtype == "single" and len(correct) > 1:
            self.problem(f"single-choice question {self.ident()!r} has {len(correct)} correct "
                         "answers; keep one in :correct: or use ':type: multiple'",
                         self.option_line("correct"))
            return None
        for index in correct:
            choices[index]["correct"] = True
        node["correct"] = correct
        parts: list[nodes.Node] = [quiz_context("", *context)] if context else []
        return [*parts, quiz_choices("", *choices), *self.explanation(rest)]

    def parse_correct(self, count: int) -> list[int] | None:
        raw = _text(self.options.get("correct"))
        if not raw:
            self.problem(f"question {self.ident()!r} has no correct answer; add ':correct:' "
                         "with the number of the right choice (1 for the first)")
            return None
        try:
            numbers = sorted({int(part) for part in re.split(r"[,\s]+", raw) if part})
        except ValueError:
            numbers = []
        if not numbers or any(n < 1 or n > count for n in numbers):
            self.problem(f"question {self.ident()!r}: :correct: {raw!r} must list choice "
                         f"numbers between 1 and {count}", self.option_line("correct"))
            return None
        return [n - 1 for n in numbers]

    def true_false_parts(self, node: quiz_question, children: list[nodes.Node]) -> list | None:
        raw = _text(self.options.get("answer")).lower()
        if raw not in TRUE_WORDS + FALSE_WORDS:
            self.problem(f"true/false question {self.ident()!r} needs ':answer: true' or "
                         f"':answer: false', got {raw or '(none)'!r}", self.option_line("answer"))
            return None
        answer = raw in TRUE_WORDS
        node["answer"] = answer
        node["correct"] = [0 if answer else 1]
        choices = quiz_choices()
        for index, label in enumerate((_("True"), _("False"))):
            choice = quiz_choice(index=index, correct=(index == 0) == answer)
            choice += quiz_choice_text("", str(label))
            choices += choice
        return [choices, *self.explanation(children)]

    def numeric_parts(self, node: quiz_question, children: list[nodes.Node]) -> list | None:
        values = {}
        for name in ("answer", "tolerance"):
            raw = _text(self.options.get(name)).replace(",", ".")
            try:
                values[name] = float(raw)
            except ValueError:
                values[name] = math.nan
            if not math.isfinite(values[name]) or (name == "tolerance" and values[name] < 0):
                self.problem(f"numeric question {self.ident()!r} needs a valid :{name}: "
                             f"(a number{', 0 or more' if name == 'tolerance' else ''}), "
                             f"got {raw or '(none)'!r}", self.option_line(name))
                return None
        node["answer"], node["tolerance"] = values["answer"], values["tolerance"]
        return [quiz_numeric(), *self.explanation(children)]

    def ordering_parts(self, node: quiz_question, children: list[nodes.Node]) -> list | None:
        context, items, rest = self.split_body(children)
        if items is None or len(items.children) < 2:
            self.problem(f"ordering question {self.ident()!r} needs a list of at least two "
                         "items, written in the right order")
            return None
        choices = self.choice_items(items)
        if choices is None:
            return None
        for rank, choice in enumerate(choices):
            choice["rank"] = rank
        display = shuffled(len(choices), _text(self.options.get("id")))
        parts: list[nodes.Node] = [quiz_context("", *context)] if context else []
        return [*parts, quiz_choices("", *(choices[i] for i in display), ordering=True),
                *self.explanation(rest)]


def shuffled(count: int, seed: str) -> list[int]:
    """A stable permutation of ``range(count)`` that is never the identity."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    if order == sorted(order):
        order = order[1:] + order[:1]
    return order


def check_orphan_questions(app: Sphinx, doctree: nodes.document) -> None:
    """A question must sit inside a quiz (it has no id space, score or storage of its own)."""
    for question in doctree.findall(quiz_question):
        if not isinstance(question.parent, quiz):
            warn(CptWarnings.QUIZ, "question outside a quiz; put it inside a '::::{quiz}' block",
                 question)


def setup_quiz(app: Sphinx) -> None:
    """Register the quiz nodes (HTML and print renderers) and directives."""
    from .quiz_html import HTML_VISITORS
    from .quiz_print import PRINT_VISITORS, QuizPrintTransform, TrainerAnswerKeys

    for node_class in ALL_NODES:
        app.add_node(node_class, html=HTML_VISITORS[node_class], latex=PRINT_VISITORS,
                     text=PRINT_VISITORS, man=PRINT_VISITORS, texinfo=PRINT_VISITORS)
    app.add_directive("quiz", QuizDirective)
    app.add_directive("question", QuestionDirective)
    app.connect("doctree-read", check_orphan_questions)
    app.add_post_transform(QuizPrintTransform)
    app.add_post_transform(TrainerAnswerKeys)
