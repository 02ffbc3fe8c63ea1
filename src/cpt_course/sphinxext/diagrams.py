"""Diagrams whose labels are translated through the catalogs like any other text.

``:::{diagram}`` takes Graphviz DOT code (or a ``.dot`` file) and a required ``:alt:``; every
``label="…"`` of the code and the alt text become hidden translatable messages, so a translator
sees « Intégration » in the ``.po`` file and the English build draws "Integration".
``:::{gantt} data/plan.csv`` draws the schedule of a plan file (tasks, durations, dependencies),
with the critical path marked by a bold outline as well as colour.

Both emit Sphinx's own ``graphviz`` node, so HTML (SVG) and LaTeX (PDF) rendering come from
``sphinx.ext.graphviz``; the labels are put back into the DOT code by a post-transform.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.ext.graphviz import GraphvizError, figure_wrapper, graphviz, render_dot
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.writers.html5 import HTML5Translator

from .warnings_ import CptWarnings, warn

LABEL_RE = re.compile(r'\b(label|xlabel|tooltip)="((?:[^"\\]|\\.)*)"')
#: Labels without a letter (numbers, ticks) are not worth translating.
WORD_RE = re.compile(r"[^\W\d_]")


class diagram_text(nodes.TextElement):  # noqa: N801 (docutils node naming)
    """A label or alt text of a diagram; translatable, never rendered as such."""


def _dot_escape(text: str) -> str:
    """``text`` as the inside of a DOT string (DOT escapes such as ``\\n`` are kept)."""
    return re.sub(r'(?<!\\)"', '\\"', text).replace("\n", " ")


def _text_node(text: str, role: str, source: str, line: int) -> diagram_text:
    node = diagram_text(text, text, original=text, role=role)
    node.source, node.line = source, line
    return node


def make_diagram(directive: SphinxDirective, code: str, first_line: int) -> list[nodes.Node]:
    """A ``graphviz`` node for ``code`` carrying its labels and alt text as translatable text."""
    node = graphviz()
    node["code"] = code
    node["options"] = {"docname": directive.env.current_document.docname}
    if "layout" in directive.options:
        node["options"]["graphviz_dot"] = directive.options["layout"]
    node["alt"] = directive.options["alt"]
    node["classes"] = ["cpt-diagram", *directive.options.get("class", [])]
    source = directive.env.doc2path(directive.env.current_document.docname)
    seen: set[str] = set()
    for number, text in enumerate(code.splitlines()):
        for match in LABEL_RE.finditer(text):
            label = match.group(2).replace('\\"', '"')
            if WORD_RE.search(label) and label not in seen:
                seen.add(label)
                node += _text_node(label, "label", str(source), first_line + number)
    node += _text_node(directive.options["alt"], "alt", str(source), directive.lineno)
    if "caption" not in directive.options:
        directive.add_name(node)
        return [node]
    figure = figure_wrapper(directive, node, directive.options["caption"])
    directive.add_name(figure)
    return [figure]


class DiagramDirective(SphinxDirective):
    """``:::{diagram} [file.dot]`` — a Graphviz diagram with translatable labels."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = False
    option_spec: ClassVar[dict[str, Any]] = {
        "alt": directives.unchanged_required,
        "caption": directives.unchanged,
        "layout": directives.unchanged,
        "name": directives.unchanged,
        "class": directives.class_option,
    }

    def run(self) -> list[nodes.Node]:
        if not self.options.get("alt", "").strip():
            warn(CptWarnings.DIAGRAM, "diagram needs an :alt: text describing what it shows",
                 self.get_location())
            return []
        if self.arguments:
            rel, path = self.env.relfn2path(self.arguments[0])
            self.env.note_dependency(rel)
            try:
                code = Path(path).read_text(encoding="utf-8")
            except OSError:
                warn(CptWarnings.DIAGRAM, f"diagram file {rel!r} not found", self.get_location())
                return []
            first_line = self.lineno
        else:
            code = "\n".join(self.content)
            first_line = self.content_offset + 1
        if not code.strip():
            warn(CptWarnings.DIAGRAM, "diagram has no DOT code", self.get_location())
            return []
        return make_diagram(self, code, first_line)


@dataclass
class Task:
    """One task of a plan file."""

    ident: str
    name: str
    duration: int
    depends_on: list[str]
    start: int = 0
    critical: bool = False

    @property
    def finish(self) -> int:
        return self.start + self.duration


def schedule(tasks: list[Task]) -> int:
    """Set each task's earliest start and critical flag (CPM forward/backward pass)."""
    by_id = {task.ident: task for task in tasks}
    for task in tasks:  # plan files list tasks after their predecessors
        task.start = max((by_id[dep].finish for dep in task.depends_on), default=0)
    end = max(task.finish for task in tasks)
    latest_finish = {task.ident: end for task in tasks}
    for task in reversed(tasks):
        for dep in task.depends_on:
            latest_finish[dep] = min(latest_finish[dep], latest_finish[task.ident] - task.duration)
    for task in tasks:
        task.critical = latest_finish[task.ident] == task.finish
    return end


def read_plan(path: Path) -> list[Task]:
    """Tasks of a plan CSV (``id,name,duration,depends_on`` with ``;``-separated deps)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Task(row["id"], row["name"], int(row["duration"]),
                 [dep for dep in row["depends_on"].split(";") if dep])
            for row in csv.DictReader(handle)
        ]


def gantt_dot(tasks: list[Task], end: int, axis_label: str, step: int = 10) -> str:
    """DOT code (``neato -n`` absolute positions) of a Gantt chart."""
    unit, row, name_width = 7.0, 30.0, 260.0
    lines = [
        "digraph gantt {",
        '  graph [splines=false, bgcolor="transparent", inputscale=72];',
        ('  node [shape=box, style="filled", fontname="sans-serif", fontsize=10, fixedsize=true,'
        ' height=0.3, penwidth=1];'),
    ]
    top = (len(tasks) + 1) * row
    for number, task in enumerate(tasks):
        y = top - number * row
        width = task.duration * unit
        x = name_width + task.start * unit + width / 2
        style = ('fillcolor="#c0392b", fontcolor="white", penwidth=3, color="black"'
                 if task.critical else 'fillcolor="#aab7c4", color="#555555"')
        lines.append(f'  name_{task.ident} [shape=plaintext, style="", fixedsize=false, '
                     f'label="{_dot_escape(task.ident + " · " + task.name)}", '
                     f'pos="{name_width - 130},{y}!", width=3.3];')
        lines.append(f'  bar_{task.ident} [label="{task.duration}", {style}, '
                     f'pos="{x},{y}!", width={width / 72:.3f}];')
    for tick in range(0, end + 1, step):
        x = name_width + tick * unit
        lines.append(f'  tick_{tick} [shape=plaintext, style="", label="{tick}", '
                     f'pos="{x},{row / 2}!", fixedsize=false];')
    lines.append(f'  axis [shape=plaintext, style="", fixedsize=false, '
                 f'label="{_dot_escape(axis_label)}", pos="{name_width + end * unit / 2},0!"];')
    lines.append("}")
    return "\n".join(lines)


class GanttDirective(SphinxDirective):
    """``:::{gantt} path/to/plan.csv`` — the plan's schedule, critical path in bold."""

    required_arguments = 1
    option_spec: ClassVar[dict[str, Any]] = {
        "alt": directives.unchanged_required,
        "caption": directives.unchanged,
        "axis": directives.unchanged_required,
        "name": directives.unchanged,
        "class": directives.class_option,
    }

    def run(self) -> list[nodes.Node]:
        rel, path = self.env.relfn2path(self.arguments[0])
        self.env.note_dependency(rel)
        if not self.options.get("alt", "").strip() or not self.options.get("axis", "").strip():
            warn(CptWarnings.DIAGRAM, "gantt needs :alt: and :axis: texts", self.get_location())
            return []
        try:
            tasks = read_plan(Path(path))
            end = schedule(tasks)
        except (OSError, KeyError, ValueError) as exc:
            warn(CptWarnings.DIAGRAM, f"cannot read plan {rel!r}: {exc}", self.get_location())
            return []
        self.options["layout"] = "neato"
        self.options["class"] = ["cpt-gantt", *self.options.get("class", [])]
        return make_diagram(self, gantt_dot(tasks, end, self.options["axis"]), self.lineno)


class DiagramTranslations(SphinxPostTransform):
    """Put the (translated) labels and alt text back into each diagram's DOT code."""

    default_priority = 10

    def is_supported(self) -> bool:
        # the gettext builder must still see the texts, to extract them
        return self.app.builder.name != "gettext"

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(graphviz)):
            texts = [child for child in node.children if isinstance(child, diagram_text)]
            if not texts:
                continue
            labels = {t["original"]: t.astext() for t in texts if t["role"] == "label"}

            def swap(match: re.Match[str], labels: dict[str, str] = labels) -> str:
                original = match.group(2).replace('\\"', '"')
                text = labels.get(original, original)
                return f'{match.group(1)}="{_dot_escape(text)}"'

            node["code"] = LABEL_RE.sub(swap, node["code"])
            node["alt"] = next(t.astext() for t in texts if t["role"] == "alt")
            for child in texts:
                node.remove(child)


def visit_graphviz_html(self: HTML5Translator, node: graphviz) -> None:
    """An SVG ``<img>`` with an escaped ``alt`` (Sphinx's ``<object>`` has no accessible name
    and inserts the alt text unescaped)."""
    try:
        fname, _outfn = render_dot(self, node["code"], node["options"], "svg", "graphviz",
                                   node.get("filename"))
    except GraphvizError as exc:
        warn(CptWarnings.DIAGRAM, f"Graphviz could not draw this diagram: {exc}", node)
        raise nodes.SkipNode from exc
    if fname is not None:
        classes = self.attval(" ".join(["graphviz", *node.get("classes", [])]))
        alt = self.attval(node.get("alt", ""))
        self.body.append(f'<div class="graphviz"><img src="{self.attval(fname.as_posix())}" '
                         f'alt="{alt}" class="{classes}" /></div>\n')
    raise nodes.SkipNode


def setup_diagrams(app: Sphinx) -> None:
    """Register the diagram and gantt directives (on top of ``sphinx.ext.graphviz``)."""
    app.setup_extension("sphinx.ext.graphviz")
    app.add_node(graphviz, override=True, html=(visit_graphviz_html, None))
    app.add_node(diagram_text)
    app.add_directive("diagram", DiagramDirective)
    app.add_directive("gantt", GanttDirective)
    app.add_post_transform(DiagramTranslations)
