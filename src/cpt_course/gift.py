"""Moodle GIFT from the exported quizzes: one category per module, per-answer feedback,
weights for multiple choice, ``{T}``/``{F}``, ``{#value:tolerance}``, and escaping of
``~ = # { } :``. Ordering questions become matching questions (item → position), the closest
GIFT type.
"""

from __future__ import annotations

import re
from typing import Any

SPECIAL = re.compile(r"([~=#{}:\\])")


def escape(text: str) -> str:
    """``text`` with GIFT's special characters escaped, on one line."""
    return SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _percent(value: float) -> str:
    """A weight as Moodle writes its allowed fractions (``50``, ``33.33333``)."""
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


def _feedback(entry: dict[str, Any]) -> str:
    return f"#{escape(entry['feedback'])}" if entry.get("feedback") else ""


def _general(question: dict[str, Any]) -> str:
    return f"####{escape(question['explanation'])}" if question.get("explanation") else ""


def answers(question: dict[str, Any]) -> list[str]:
    """The lines between the braces of one question."""
    qtype = question["type"]
    if qtype == "single":
        return [f"{'=' if c['correct'] else '~'}{escape(c['text'])}{_feedback(c)}"
                for c in question["choices"]]
    if qtype == "multiple":
        right = sum(1 for c in question["choices"] if c["correct"])
        wrong = len(question["choices"]) - right
        return [f"~%{_percent(100 / right if c['correct'] else -100 / wrong)}%"
                f"{escape(c['text'])}{_feedback(c)}" for c in question["choices"]]
    if qtype == "true-false":
        return ["TRUE" if question["answer"] else "FALSE"]
    if qtype == "numeric":
        return [f"#{_percent(question['answer'])}:{_percent(question['tolerance'])}"]
    if qtype == "ordering":
        return [f"={escape(item)} -> {position}"
                for position, item in enumerate(question["order"], start=1)]
    raise ValueError(f"unknown question type {qtype!r}")


def question_gift(question: dict[str, Any]) -> str:
    """One question in GIFT."""
    lines = answers(question)
    general = _general(question)
    if question["type"] in ("true-false", "numeric"):
        return f"::{escape(question['id'])}::{escape(question['text'])} {{{lines[0]}{general}}}"
    body = "\n".join(f"  {line}" for line in lines)
    if general:
        body += f"\n  {general}"
    return f"::{escape(question['id'])}::{escape(question['text'])} {{\n{body}\n}}"


def to_gift(quizzes: list[dict[str, Any]], course: str) -> str:
    """The whole export: a ``$CATEGORY`` per module, then its questions."""
    parts: list[str] = []
    current = None
    for quiz in quizzes:
        if quiz["module"] != current:
            current = quiz["module"]
            category = f"$course$/{course}/{quiz['module_title']}".replace("\n", " ")
            parts.append(f"$CATEGORY: {category}")
        parts += [question_gift(question) for question in quiz["questions"]]
    return "\n\n".join(parts) + "\n"
