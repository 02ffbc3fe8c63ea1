"""The ``syllabus`` directive: the course overview table, generated from module metadata.

The directive leaves a placeholder; once every document is read (and merged, under ``-j``),
``doctree-resolved`` replaces it by a table of the modules in course order with their duration,
objectives and quiz questions, and the total duration. Pages showing a syllabus are re-read
whenever a module changes, so incremental builds show current totals.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from .config import CptConfig
from .domain import get_domain
from .i18n import _, format_duration
from .module_meta import is_module


class syllabus(nodes.General, nodes.Element):  # noqa: N801 (docutils node naming)
    """Placeholder replaced by the syllabus table."""


class SyllabusDirective(SphinxDirective):
    """``:::{syllabus}`` — show the course overview table here."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        get_domain(self.env).syllabi.add(self.env.current_document.docname)
        node = syllabus()
        self.set_source_info(node)
        return [node]


def _entry(*children: nodes.Node) -> nodes.entry:
    return nodes.entry("", *children)


def _para(text: str) -> nodes.paragraph:
    return nodes.paragraph("", text)


def build_table(app: Sphinx, fromdocname: str) -> nodes.table:
    """The syllabus table as seen from ``fromdocname``."""
    domain = get_domain(app.env)
    headers = [_("Module"), _("Duration"), _("Learning objectives"), _("Quiz questions")]
    widths = [30, 12, 46, 12]
    table = nodes.table(classes=["cpt-syllabus"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    group += [nodes.colspec(colwidth=w) for w in widths]
    group += nodes.thead("", nodes.row("", *(_entry(_para(str(h))) for h in headers)))
    body = nodes.tbody()
    group += body
    total = questions_total = 0
    for docname, record in sorted(domain.modules.items()):
        link = nodes.reference("", record["title"], internal=True,
                               refuri=app.builder.get_relative_uri(fromdocname, docname))
        objectives = nodes.bullet_list()
        objectives += [nodes.list_item("", _para(text)) for text in record["objectives"]]
        questions = sum(quiz["questions"] for quiz in domain.quizzes.get(docname, []))
        total += record["duration"]
        questions_total += questions
        body += nodes.row(
            "", _entry(nodes.paragraph("", "", link)),
            _entry(_para(format_duration(record["duration"]))),
            _entry(objectives), _entry(_para(str(questions))),
        )
    body += nodes.row(
        "", _entry(_para(str(_("Total")))), _entry(_para(format_duration(total))),
        _entry(_para(str(_("{count} modules")).format(count=len(domain.modules)))),
        _entry(_para(str(questions_total))), classes=["cpt-syllabus-total"],
    )
    return table


def replace_syllabi(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Fill every syllabus placeholder of ``docname``."""
    for node in list(doctree.findall(syllabus)):
        node.replace_self(build_table(app, docname))


def outdated_syllabi(
    app: Sphinx, env: BuildEnvironment, added: AbstractSet[str], changed: AbstractSet[str], removed: AbstractSet[str]
) -> list[str]:
    """Re-read pages with a syllabus when any module page was added, changed or removed."""
    pattern = CptConfig.from_sphinx(app.config).module_pattern
    if any(is_module(doc, pattern) for doc in added | changed | removed):
        return sorted(get_domain(env).syllabi - set(removed))
    return []


def setup_syllabus(app: Sphinx) -> None:
    """Register the syllabus directive and its resolution."""
    app.add_node(syllabus)
    app.add_directive("syllabus", SyllabusDirective)
    app.connect("doctree-resolved", replace_syllabi)
    app.connect("env-get-outdated", outdated_syllabi)
