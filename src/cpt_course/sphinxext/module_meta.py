"""Module metadata: front matter of each module page, validated, shown and recorded.

A module page (docname matching ``cpt_module_pattern``) declares in its YAML front matter::

    ---
    title: Le rôle du chef de projet technique
    duration: 90            # minutes
    objectives:
      - Expliquer …
    prerequisites:
      - Aucun
    ---

``title`` becomes the page heading (``myst_title_to_header``). A transform that runs before
Sphinx's ``Locale`` transform inserts the objectives and prerequisites as ordinary paragraphs
with source lines, so they reach the gettext catalogs and the English build translates them.
The record (translated title and objectives, duration) goes to the ``cpt`` domain, where the
syllabus reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from .config import CptConfig
from .domain import get_domain
from .i18n import _, format_duration
from .warnings_ import CptWarnings, warn

FIELDS = ("title", "duration", "objectives", "prerequisites")
OBJECTIVES_CLASS = "cpt-objectives"
PREREQUISITES_CLASS = "cpt-prerequisites"
META_CLASS = "cpt-module-meta"


@dataclass
class FrontMatter:
    """The YAML front matter of a page, with the file line of each key and list item."""

    data: dict[str, Any]
    key_lines: dict[str, int]
    item_lines: dict[str, list[int]] = field(default_factory=dict)
    first_line: int = 1


class FrontMatterError(ValueError):
    """The front matter is not valid YAML mapping; carries the file line."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def read_front_matter(path: Path) -> FrontMatter | None:
    """Parse the ``---`` delimited YAML block at the top of ``path``, keeping line numbers."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise FrontMatterError("front matter is not closed by a '---' line", 1) from None
    block = "\n".join(lines[1:end])
    try:
        root = yaml.compose(block, Loader=yaml.SafeLoader)
        data = yaml.safe_load(block) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise FrontMatterError(f"front matter is not valid YAML: {exc}", line) from None
    if not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of 'key: value' lines", 2)
    key_lines: dict[str, int] = {}
    item_lines: dict[str, list[int]] = {}
    for key_node, value_node in root.value:
        key_lines[str(key_node.value)] = key_node.start_mark.line + 2
        if isinstance(value_node, yaml.SequenceNode):
            item_lines[str(key_node.value)] = [n.start_mark.line + 2 for n in value_node.value]
    return FrontMatter(data, key_lines, item_lines)


@dataclass
class ModuleRecord:
    """What the course knows of one module once its page is read."""

    duration: int
    objectives: list[str]
    prerequisites: list[str]
    title: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "duration": self.duration,
            "objectives": self.objectives,
            "prerequisites": self.prerequisites,
        }


def validate_module(fm: FrontMatter | None) -> tuple[ModuleRecord | None, list[tuple[int, str]]]:
    """Check a module's front matter; return the record (if usable) and ``(line, message)``s."""
    if fm is None:
        return None, [(1, ("module page has no front matter; start it with a '---' block "
                          f"declaring: {', '.join(FIELDS)}"))]
    problems: list[tuple[int, str]] = []
    for key in fm.data:
        if key not in FIELDS:
            problems.append((fm.key_lines.get(str(key), 1),
                             (f"unknown front-matter field {key!r} in module page; "
                             f"allowed fields: {', '.join(FIELDS)}")))
    for key in FIELDS:
        if key not in fm.data:
            problems.append((fm.first_line, (f"module front matter lacks the {key!r} field; "
                                            f"add '{key}: …' to the '---' block")))
    title = fm.data.get("title")
    if "title" in fm.data and (not isinstance(title, str) or not title.strip()):
        problems.append((fm.key_lines["title"], "field 'title' must be a non-empty text"))
    duration = fm.data.get("duration")
    if "duration" in fm.data and (
        isinstance(duration, bool) or not isinstance(duration, int) or duration <= 0
    ):
        problems.append((fm.key_lines["duration"],
                         (f"field 'duration' must be a positive whole number of minutes, "
                         f"got {duration!r}; write e.g. 'duration: 90'")))
    lists = {}
    for key in ("objectives", "prerequisites"):
        value = fm.data.get(key)
        if key not in fm.data:
            continue
        if value is None:
            value = []
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            problems.append((fm.key_lines[key],
                             (f"field {key!r} must be a list of non-empty texts "
                             f"('- …' lines under '{key}:')")))
            continue
        lists[key] = [item.strip() for item in value]
    if "objectives" in lists and not lists["objectives"]:
        problems.append((fm.key_lines["objectives"], "field 'objectives' needs at least one item"))
    if problems:
        return None, problems
    return ModuleRecord(duration, lists["objectives"], lists["prerequisites"]), []


def is_module(docname: str, pattern: str) -> bool:
    """Whether ``docname`` is a course module page."""
    return re.fullmatch(pattern, docname) is not None


def _text_paragraph(text: str, source: str, line: int) -> nodes.paragraph:
    """A paragraph gettext extracts (``rawsource`` + source line) and ``Locale`` translates."""
    para = nodes.paragraph(text, text)
    para.source, para.line = source, line
    return para


def _item_list(items: list[str], lines: list[int], source: str, cls: str) -> nodes.bullet_list:
    blist = nodes.bullet_list(classes=[cls])
    for text, line in zip(items, lines, strict=True):
        blist += nodes.list_item("", _text_paragraph(text, source, line))
    return blist


class ModuleHeader(SphinxTransform):
    """Validate a module's front matter and show its duration, objectives and prerequisites."""

    default_priority = 15  # before sphinx.transforms.i18n.Locale (20)

    def apply(self, **kwargs: Any) -> None:
        docname = self.env.current_document.docname
        if not is_module(docname, CptConfig.from_sphinx(self.config).module_pattern):
            return
        path = Path(self.env.doc2path(docname))
        try:
            fm = read_front_matter(path)
        except FrontMatterError as exc:
            warn(CptWarnings.MODULE, str(exc), (docname, exc.line))
            return
        record, problems = validate_module(fm)
        for line, message in problems:
            warn(CptWarnings.MODULE, message, (docname, line))
        if record is None or fm is None:
            return
        source = str(path)
        box = nodes.container(classes=[META_CLASS])
        box += nodes.paragraph(
            "", "", nodes.strong("", str(_("Duration:"))), nodes.Text(" "),
            nodes.Text(format_duration(record.duration)),
        )
        box += nodes.rubric("", str(_("Learning objectives")))
        box += _item_list(record.objectives, fm.item_lines["objectives"], source,
                          OBJECTIVES_CLASS)
        box += nodes.rubric("", str(_("Prerequisites")))
        if record.prerequisites:
            box += _item_list(record.prerequisites, fm.item_lines["prerequisites"], source,
                              PREREQUISITES_CLASS)
        else:
            box += nodes.paragraph("", str(_("None.")))
        section = next(iter(self.document.findall(nodes.section)), None)
        if section is None:
            warn(CptWarnings.MODULE, "module page has no title heading", (docname, 1))
            return
        section.insert(1, box)
        get_domain(self.env).modules[docname] = record.as_dict()


def collect_module(app: Sphinx, doctree: nodes.document) -> None:
    """After translation, record the module's title and objectives as the reader sees them."""
    docname = app.env.current_document.docname
    record = get_domain(app.env).modules.get(docname)
    if record is None:
        return
    section = next(iter(doctree.findall(nodes.section)))
    record["title"] = section[0].astext()
    for blist in doctree.findall(nodes.bullet_list):
        if OBJECTIVES_CLASS in blist["classes"]:
            record["objectives"] = [item.astext() for item in blist.children]
        elif PREREQUISITES_CLASS in blist["classes"]:
            record["prerequisites"] = [item.astext() for item in blist.children]


def setup_module_meta(app: Sphinx) -> None:
    """Register the module-metadata transform and collector."""
    app.add_transform(ModuleHeader)
    app.connect("doctree-read", collect_module)
