"""The ordered exercise manifest (``exercises/exercises.toml``), shared by the pytest plugin, the
CLI, the grader and the ``exercise`` directive — rustlings' ``info.toml`` idea.

::

    format_version = 1

    [[exercise]]
    name = "stakeholders"          # exercises/<dir>/<name>.py, checker test_<name>.py
    dir = "01_role"
    module = "01-role"             # the course module (docname) that presents it
    title = "Cartographier les parties prenantes"
    hints = ["…", "…"]             # progressive: the first is the gentlest

Titles and hints are written in French; the course catalogs (``docs/locale/<lang>``) translate
them, because the ``exercise`` directive puts them in the module pages.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polib

MANIFEST_NAME = "exercises.toml"
#: Reference solutions, mirroring ``exercises/``.
SOLUTIONS_DIR = Path(__file__).resolve().parent / "solutions"
FORMAT_VERSION = 1
NAME_RE = re.compile(r"[a-z][a-z0-9_]*")
DIR_RE = re.compile(r"\d{2}_[a-z0-9_]+")
FIELDS = ("name", "dir", "module", "title", "hints")


class ManifestError(ValueError):
    """The manifest is missing or malformed; the message says where and how to fix it."""


@dataclass(frozen=True)
class Exercise:
    """One exercise of the manifest."""

    number: int
    name: str
    dir: str
    module: str
    title: str
    hints: tuple[str, ...]

    @property
    def starter(self) -> Path:
        """The learner's file, relative to the exercises folder."""
        return Path(self.dir) / f"{self.name}.py"

    @property
    def checker(self) -> Path:
        """The checker, relative to the exercises folder."""
        return Path(self.dir) / f"test_{self.name}.py"


@dataclass(frozen=True)
class Manifest:
    """All exercises, in course order."""

    root: Path
    exercises: tuple[Exercise, ...] = field(default_factory=tuple)

    def by_name(self, name: str) -> Exercise | None:
        return next((ex for ex in self.exercises if ex.name == name), None)

    def by_checker(self, path: Path) -> Exercise | None:
        """The exercise whose checker is ``path`` (an absolute or relative path)."""
        resolved = path.resolve()
        return next((ex for ex in self.exercises
                     if (self.root / ex.checker).resolve() == resolved), None)


def find_root(start: Path) -> Path | None:
    """The folder holding the manifest, at ``start`` or above it."""
    here = start if start.is_dir() else start.parent
    for folder in (here, *here.parents):
        if (folder / MANIFEST_NAME).is_file():
            return folder
    return None


def _problem(path: Path, message: str, entry: int | None = None) -> ManifestError:
    where = f"{path}" + (f", exercise #{entry}" if entry else "")
    return ManifestError(f"{where}: {message}")


def load(root: Path) -> Manifest:
    """Read and validate ``root/exercises.toml``."""
    path = root / MANIFEST_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _problem(path, "manifest not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise _problem(path, f"not valid TOML: {exc}") from None
    if data.get("format_version") != FORMAT_VERSION:
        raise _problem(path, f"format_version must be {FORMAT_VERSION}")
    exercises = []
    seen: set[str] = set()
    for number, entry in enumerate(data.get("exercise", []), start=1):
        missing = [key for key in FIELDS if key not in entry]
        unknown = sorted(set(entry) - set(FIELDS))
        if missing or unknown:
            raise _problem(path, f"missing {missing} / unknown {unknown} keys; an exercise has "
                                 f"exactly: {', '.join(FIELDS)}", number)
        if not NAME_RE.fullmatch(entry["name"]) or entry["name"] in seen:
            raise _problem(path, f"name {entry['name']!r} must be a unique Python module name",
                           number)
        if not DIR_RE.fullmatch(entry["dir"]):
            raise _problem(path, f"dir {entry['dir']!r} must look like '01_topic'", number)
        hints = entry["hints"]
        if not isinstance(hints, list) or not hints or not all(
                isinstance(h, str) and h.strip() for h in hints):
            raise _problem(path, "hints must be a non-empty list of texts", number)
        seen.add(entry["name"])
        exercises.append(Exercise(number, entry["name"], entry["dir"], entry["module"],
                                  entry["title"].strip(), tuple(h.strip() for h in hints)))
    if not exercises:
        raise _problem(path, "no [[exercise]] entry")
    return Manifest(root, tuple(exercises))


@cache
def course_translations(locale_dir: Path, language: str) -> dict[str, str]:
    """Translated course messages (msgid → msgstr, fuzzy excluded) of ``language``."""
    messages: dict[str, str] = {}
    for po_path in sorted((locale_dir / language / "LC_MESSAGES").glob("*.po")):
        for entry in polib.pofile(str(po_path)):
            if entry.msgstr and not entry.fuzzy and not entry.obsolete:
                messages[entry.msgid] = entry.msgstr
    return messages


def localize(text: str, locale_dir: Path, language: str) -> str:
    """``text`` (a title or hint) in ``language``, from the course catalogs when translated."""
    return course_translations(locale_dir, language).get(text, text)
