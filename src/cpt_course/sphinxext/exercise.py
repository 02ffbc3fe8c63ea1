"""The ``exercise`` directive: an exercise of the manifest, presented in its module.

::

    :::{exercise} stakeholders
    Énoncé de l’exercice (MyST, traduit comme le reste de la page).
    :::

shows the exercise's number and title, the statement, the file to edit, the exact command that
checks it, its hints folded away and — in the trainer edition only (``-t trainer``) — the
reference solution. Title and hints come from ``exercises/exercises.toml`` and are emitted with
the page's source line, so they are translated through the page's catalog.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.writers.html5 import HTML5Translator

from ..manifest import MANIFEST_NAME, SOLUTIONS_DIR, Manifest, ManifestError, load
from .config import CptConfig
from .domain import get_domain
from .i18n import _
from .quiz_print import PRINT_VISITORS
from .warnings_ import CptWarnings, warn

TRAINER_TAG = "trainer"


class exercise_hints(nodes.General, nodes.Element):  # noqa: N801 (docutils node naming)
    """Hints of an exercise, folded in HTML. Attribute ``label``."""


@lru_cache(maxsize=4)
def _load(root: Path, mtime: float) -> Manifest:
    return load(root)


def manifest_of(env: BuildEnvironment) -> Manifest:
    """The exercise manifest of the project (``cpt_exercises_dir``), read again when it changes."""
    root = (Path(env.srcdir) / CptConfig.from_sphinx(env.config).exercises_dir).resolve()
    try:
        mtime = (root / MANIFEST_NAME).stat().st_mtime
    except OSError:
        mtime = 0.0
    return _load(root, mtime)


def _translatable_inline(text: str, source: str, line: int) -> nodes.inline:
    node = nodes.inline(text, text, translatable=True)
    node.source, node.line = source, line
    return node


class ExerciseDirective(SphinxDirective):
    """``:::{exercise} name`` followed by the statement."""

    required_arguments = 1
    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        docname = self.env.current_document.docname
        name = self.arguments[0].strip()
        try:
            manifest = manifest_of(self.env)
        except ManifestError as exc:
            warn(CptWarnings.EXERCISE, str(exc), self.get_location())
            return []
        self.env.note_dependency(str(manifest.root / MANIFEST_NAME))
        exercise = manifest.by_name(name)
        if exercise is None:
            known = ", ".join(ex.name for ex in manifest.exercises)
            warn(CptWarnings.EXERCISE, f"unknown exercise {name!r}; exercises.toml lists: "
                                       f"{known}", self.get_location())
            return []
        if exercise.module != docname:
            warn(CptWarnings.EXERCISE, f"exercise {name!r} belongs to module "
                                       f"{exercise.module!r} in exercises.toml, not {docname!r}",
                 self.get_location())
        if not self.content:
            warn(CptWarnings.EXERCISE, f"exercise {name!r} has no statement", self.get_location())
            return []
        get_domain(self.env).note_id("exercise", name, docname, self.lineno)
        source = str(self.env.doc2path(docname))
        folder = manifest.root.name
        box = nodes.container(classes=["cpt-exercise"], ids=[f"exercise-{name}"])
        box += nodes.rubric("", "", nodes.Text(
            str(_("Exercise {number}:")).format(number=exercise.number) + " "),
            _translatable_inline(exercise.title, source, self.lineno),
            classes=["cpt-exercise-title"], translatable=False)  # only the title is a message
        self.state.nested_parse(self.content, self.content_offset, box)
        box += nodes.paragraph("", "", nodes.strong("", str(_("File to edit:"))), nodes.Text(" "),
                               nodes.literal("", f"{folder}/{exercise.starter.as_posix()}"))
        box += nodes.paragraph("", "", nodes.strong("", str(_("Check it with:"))))
        command = f"pytest {folder}/{exercise.checker.as_posix()}"
        box += nodes.literal_block(command, command, language="text", classes=["cpt-command"])
        hints = exercise_hints(label=str(_("Hints ({count})")).format(count=len(exercise.hints)))
        hints += nodes.enumerated_list("", *(
            nodes.list_item("", self.markdown_paragraph(hint)) for hint in exercise.hints))
        box += hints
        box += self.solution(exercise.starter)
        return [box]

    def markdown_paragraph(self, text: str) -> nodes.paragraph:
        """A paragraph of MyST inline text from the manifest, translatable in this page."""
        inline, messages = self.parse_inline(text, lineno=self.lineno)
        node = nodes.paragraph(text, "", *inline, *messages)
        self.set_source_info(node)
        return node

    def solution(self, starter: Path) -> addnodes.only:
        """The reference solution, kept by Sphinx only when the ``trainer`` tag is set."""
        only = addnodes.only(expr=TRAINER_TAG)
        path = SOLUTIONS_DIR / starter
        title = str(_("Reference solution"))
        only += nodes.rubric(title, title, classes=["cpt-solution-title"], translatable=False)
        try:
            code = path.read_text(encoding="utf-8")
        except OSError:
            warn(CptWarnings.EXERCISE, f"reference solution {path} not found",
                 self.get_location())
            return only
        self.env.note_dependency(str(path))
        only += nodes.literal_block(code, code, language="python", classes=["cpt-solution"])
        return only


def visit_hints_html(self: HTML5Translator, node: exercise_hints) -> None:
    self.body.append(f'<details class="cpt-hints"><summary>{self.encode(node["label"])}'
                     "</summary>")


def depart_hints_html(self: HTML5Translator, node: exercise_hints) -> None:
    self.body.append("</details>")


class HintsForPrint(SphinxPostTransform):
    """On paper the hints are a titled list (there is nothing to unfold)."""

    default_priority = 20

    def is_supported(self) -> bool:
        return self.app.builder.format != "html" and self.app.builder.name != "gettext"

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(exercise_hints)):
            box = nodes.container(classes=["cpt-hints"])
            box += nodes.rubric(node["label"], node["label"])
            box += node.children
            node.replace_self(box)


def check_manifest_coverage(app: Sphinx, env: BuildEnvironment) -> None:
    """Every exercise of the manifest is presented in the course, exactly once."""
    if not env.found_docs.intersection(get_domain(env).modules):
        return  # not the course itself (a small test project, say)
    try:
        manifest = manifest_of(env)
    except ManifestError:
        return
    presented = get_domain(env).data["ids"]["exercise"]
    for exercise in manifest.exercises:
        if exercise.name not in presented and exercise.module in env.found_docs:
            warn(CptWarnings.EXERCISE, f"exercise {exercise.name!r} of exercises.toml is not "
                                       f"presented; add ':::{{exercise}} {exercise.name}' to "
                                       f"{exercise.module}", (exercise.module, None))


def setup_exercise(app: Sphinx) -> None:
    """Register the exercise directive and its rendering."""
    app.add_node(exercise_hints, html=(visit_hints_html, depart_hints_html),
                 latex=PRINT_VISITORS, text=PRINT_VISITORS, man=PRINT_VISITORS,
                 texinfo=PRINT_VISITORS)
    app.add_directive("exercise", ExerciseDirective)
    app.add_post_transform(HintsForPrint)
    app.connect("env-check-consistency", check_manifest_coverage)
