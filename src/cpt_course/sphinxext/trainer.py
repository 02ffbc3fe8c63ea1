"""The trainer edition: facilitation notes, a session plan and trainer-only pages.

* ``:::{trainer-notes}`` in a module: facilitation notes (difficulties, discussion questions,
  running the exercises in a room) under a timing plan computed from the module's duration,
  quiz and exercises. Kept by Sphinx only with the ``trainer`` tag.
* ``:::{session-plan}``: the whole course laid out as a two-day programme (morning and
  afternoon) and as five half-days, from the modules' durations.
* ``:::{trainer-toctree}``: a toctree that exists only in the trainer edition; its pages
  (``cpt_trainer_pages``) are not even read for the learner edition, so nothing leaks.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.directives.other import TocTree
from sphinx.util.docutils import SphinxDirective

from .config import CptConfig
from .domain import get_domain
from .exercise import TRAINER_TAG, manifest_of
from .i18n import _, format_duration

#: Minutes a learner needs per quiz question and per exercise, for the timing plans.
MINUTES_PER_QUESTION = 1.5
MINUTES_PER_EXERCISE = 20
#: Length of a half-day block, in minutes, in the two-day and five-half-day formats.
DAY_BLOCK_MINUTES = 210
HALF_DAYS = 5


class timing_plan(nodes.General, nodes.Element):  # noqa: N801 (docutils node naming)
    """Placeholder for a module's timing plan. Attribute ``module``."""


class session_plan(nodes.General, nodes.Element):  # noqa: N801
    """Placeholder for the session plan."""


def is_trainer(config: Any) -> bool:
    return CptConfig.from_sphinx(config).edition == "trainer"


class TrainerNotesDirective(SphinxDirective):
    """``:::{trainer-notes}`` — facilitation notes of a module (trainer edition only)."""

    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        title = str(_("Trainer notes"))
        box = nodes.admonition(classes=["cpt-trainer-notes"])
        box += nodes.title(title, title)
        box += timing_plan(module=self.env.current_document.docname)
        self.state.nested_parse(self.content, self.content_offset, box)
        only = addnodes.only(expr=TRAINER_TAG)
        only += box
        self.set_source_info(only)
        return [only]


class SessionPlanDirective(SphinxDirective):
    """``:::{session-plan}`` — the course as two days and as five half-days."""

    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        node = session_plan()
        self.set_source_info(node)
        get_domain(self.env).syllabi.add(self.env.current_document.docname)
        return [node]


class TrainerTocTree(TocTree):
    """A toctree of the trainer edition; nothing at all in the learner edition."""

    def run(self) -> list[nodes.Node]:
        return super().run() if is_trainer(self.config) else []


def _table(headers: list[str], rows: list[list[str]], classes: list[str]) -> nodes.table:
    table = nodes.table(classes=classes)
    group = nodes.tgroup(cols=len(headers))
    table += group
    group += [nodes.colspec(colwidth=1) for _header in headers]

    def row(cells: list[str]) -> nodes.row:
        return nodes.row("", *(nodes.entry("", nodes.paragraph("", cell)) for cell in cells))

    group += nodes.thead("", row(headers))
    group += nodes.tbody("", *(row(cells) for cells in rows))
    return table


def module_phases(duration: int, questions: int, exercises: int) -> list[tuple[str, int]]:
    """Lesson, quiz and exercise minutes of a module; they add up to its duration."""
    quiz = min(5 * math.ceil(questions * MINUTES_PER_QUESTION / 5), duration // 4)
    practice = min(exercises * MINUTES_PER_EXERCISE, (duration - quiz) // 2)
    return [(str(_("Lesson, case study and discussion")), duration - quiz - practice),
            (str(_("Quiz ({count} questions)")).format(count=questions), quiz),
            (str(_("Exercises ({count})")).format(count=exercises), practice)]


def timing_table(app: Sphinx, module: str) -> nodes.Node:
    domain = get_domain(app.env)
    record = domain.modules.get(module)
    if record is None:
        return nodes.paragraph()
    questions = sum(quiz["questions"] for quiz in domain.quizzes.get(module, []))
    exercises = sum(1 for ex in manifest_of(app.env).exercises if ex.module == module)
    rows = [[label, format_duration(minutes)]
            for label, minutes in module_phases(record["duration"], questions, exercises)
            if minutes]
    rows.append([str(_("Total")), format_duration(record["duration"])])
    return _table([str(_("Timing plan")), str(_("Duration"))], rows, ["cpt-timing-plan"])


def pack(modules: list[tuple[str, int]], blocks: int, capacity: int
         ) -> list[list[tuple[str, int]]]:
    """Lay the modules out in ``blocks`` blocks of at most ``capacity`` minutes, in order,
    splitting a module across blocks when it does not fit."""
    plan: list[list[tuple[str, int]]] = [[] for _block in range(blocks)]
    block, used = 0, 0
    for title, minutes in modules:
        left = minutes
        while left:
            if used == capacity and block < blocks - 1:
                block, used = block + 1, 0
            room = capacity - used if block < blocks - 1 else left
            part = min(left, room)
            plan[block].append((title, part))
            used, left = used + part, left - part
    return plan


def session_tables(app: Sphinx) -> list[nodes.Node]:
    domain = get_domain(app.env)
    modules = [(record["title"], record["duration"])
               for _doc, record in sorted(domain.modules.items())]
    total = sum(minutes for _title, minutes in modules)
    out: list[nodes.Node] = []
    formats = [
        (str(_("Two days")), 4, max(DAY_BLOCK_MINUTES, 15 * math.ceil(total / 4 / 15)),
         lambda i: str(_("Day {day}, {half}")).format(
             day=i // 2 + 1, half=_("morning") if i % 2 == 0 else _("afternoon"))),
        (str(_("Five half-days")), HALF_DAYS, 15 * math.ceil(total / HALF_DAYS / 15),
         lambda i: str(_("Half-day {number}")).format(number=i + 1)),
    ]
    for title, blocks, capacity, label in formats:
        plan = pack(modules, blocks, capacity)
        rows = [[label(i), "; ".join(f"{name} ({format_duration(m)})" for name, m in block),
                 format_duration(sum(m for _name, m in block))]
                for i, block in enumerate(plan)]
        rows.append([str(_("Total")), "", format_duration(total)])
        out.append(nodes.rubric(title, title))
        out.append(_table([str(_("Block")), str(_("Modules")), str(_("Duration"))], rows,
                          ["cpt-session-plan"]))
    return out


def resolve_placeholders(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    for node in list(doctree.findall(timing_plan)):
        node.replace_self(timing_table(app, node["module"]))
    for node in list(doctree.findall(session_plan)):
        node.replace_self(session_tables(app))


def exclude_trainer_pages(app: Sphinx, config: Config) -> None:
    """The learner edition does not read the trainer pages at all."""
    if not is_trainer(config):
        pages = CptConfig.from_sphinx(config).trainer_pages
        config.exclude_patterns = [*config.exclude_patterns, *pages]


def setup_trainer(app: Sphinx) -> None:
    """Register the trainer edition's directives."""
    app.add_node(timing_plan)
    app.add_node(session_plan)
    app.add_directive("trainer-notes", TrainerNotesDirective)
    app.add_directive("session-plan", SessionPlanDirective)
    app.add_directive("trainer-toctree", TrainerTocTree)
    app.connect("config-inited", exclude_trainer_pages)
    app.connect("doctree-resolved", resolve_placeholders)
