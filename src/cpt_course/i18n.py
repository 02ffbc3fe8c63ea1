"""The translator's workflow: refresh catalogs, measure progress, check translations.

* :func:`update` extracts the French source with Sphinx's gettext builder (no catalog of the
  source language can leak into msgids), then merges every ``docs/locale/<lang>`` catalog with
  ``msgmerge --previous`` (changed entries become fuzzy and keep the previous msgid as ``#|``),
  drops obsolete entries, wraps at one width, and rewrites a file only when its messages
  changed — so the header dates never churn.
* :func:`stats` counts translated, fuzzy and untranslated entries; fuzzy is never translated.
* :func:`check` finds what would break or silently degrade a translated build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import polib

from .markup import markup_problems
from .project import SOURCE_LANGUAGE, Project

WRAP_WIDTH = 79
GETTEXT_TOOLS = ("msgmerge", "msgattrib", "msgfmt")
INSTALL_HINT = "sudo apt-get install gettext   (macOS: brew install gettext)"
#: Header date used for extraction, so that catalogs are reproducible.
EPOCH = "1767225600"  # 2026-01-01T00:00:00Z
HEADER_DATE = "2026-01-01 00:00+0000"
TEMPLATES_CATALOG = "sphinx.pot"


class ToolMissingError(RuntimeError):
    """A gettext tool is not installed."""


class ExtractionError(RuntimeError):
    """Sphinx could not extract the messages; carries Sphinx's own lines."""


@dataclass(frozen=True)
class Problem:
    """One thing a translator must fix."""

    path: Path
    line: int
    msgid: str
    message: str

    def format(self, root: Path) -> str:
        where = os.path.relpath(self.path, root)
        shown = self.msgid if len(self.msgid) <= 70 else self.msgid[:69] + "…"
        return f"{where}:{self.line}: {self.message}" + (f"\n    msgid: {shown!r}" if shown else "")


def require_tools(tools: Iterable[str] = GETTEXT_TOOLS) -> None:
    """Fail clearly when the gettext tools are not installed."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        raise ToolMissingError(f"{', '.join(missing)} not found; install GNU gettext: "
                               f"{INSTALL_HINT}")


def extract(project: Project, out: Path) -> list[Path]:
    """Write the source language's ``.pot`` files into ``out``; return them."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    with tempfile.TemporaryDirectory() as doctrees:
        proc = subprocess.run(
            [sys.executable, "-m", "sphinx", "-b", "gettext", "-c", str(project.root), "-q",
             "-W", "--keep-going", "-t", "trainer", "-D", "cpt_edition=trainer",
             "-D", f"language={SOURCE_LANGUAGE}",
             "-D", "locale_dirs=_no_catalog_during_extraction",
             "-d", doctrees, str(project.srcdir), str(out)],
            cwd=project.root, capture_output=True, text=True, env=env, check=False)
    if proc.returncode:
        raise ExtractionError(proc.stderr.strip())
    # sphinx.pot holds the theme templates' strings: Sphinx and the themes translate those
    # themselves, and a project catalog of that name would shadow theirs.
    return sorted(pot for pot in out.glob("**/*.pot") if pot.name != TEMPLATES_CATALOG)


def catalog_path(project: Project, language: str, pot: Path, pot_root: Path) -> Path:
    """The ``.po`` file of ``language`` that matches a template."""
    relative = pot.relative_to(pot_root).with_suffix(".po")
    return project.locale_dir / language / "LC_MESSAGES" / relative


def _messages(path: Path) -> list[tuple[str, str, str, bool, str]]:
    if not path.is_file():
        return []
    return [(e.msgctxt or "", e.msgid, e.msgstr, e.fuzzy, e.previous_msgid or "")
            for e in polib.pofile(str(path)) if not e.obsolete]


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True)


def merge(pot: Path, po: Path, language: str) -> bool:
    """Bring ``po`` in line with ``pot``; return whether its messages changed."""
    before = _messages(po)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / po.name
        if po.is_file():
            shutil.copy(po, work)
            _run("msgmerge", "--quiet", "--previous", f"--width={WRAP_WIDTH}", "--backup=none",
                 "--update", str(work), str(pot))
        else:  # a new catalog: the template with the language set (msginit would copy the
            # msgids into the msgstrs of an English catalog)
            catalog = polib.pofile(str(pot), wrapwidth=WRAP_WIDTH)
            catalog.metadata.update({
                "Language": language, "Language-Team": language,
                "Last-Translator": "cpt-course translators", "PO-Revision-Date": HEADER_DATE,
                "Content-Type": "text/plain; charset=UTF-8"})
            catalog.metadata_is_fuzzy = False
            catalog.header = (f"Translation ({language}) of the course; the translator's guide "
                              "is in README.md.")
            catalog.save(str(work))
        _run("msgattrib", "--no-obsolete", f"--width={WRAP_WIDTH}", "--output-file", str(work),
             str(work))
        if po.is_file() and _messages(work) == before:
            return False
        po.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(work, po)
    return True


def update(project: Project, languages: Iterable[str]) -> dict[str, list[Path]]:
    """Refresh the catalogs of ``languages``; return the files that changed, per language."""
    require_tools()
    changed: dict[str, list[Path]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pot_root = Path(tmp)
        templates = extract(project, pot_root)
        for language in languages:
            wanted = {catalog_path(project, language, pot, pot_root) for pot in templates}
            changed[language] = [catalog_path(project, language, pot, pot_root)
                                 for pot in templates
                                 if merge(pot, catalog_path(project, language, pot, pot_root),
                                          language)]
            folder = project.locale_dir / language / "LC_MESSAGES"
            for stale in sorted(set(folder.glob("**/*.po")) - wanted):
                stale.unlink()
                stale.with_suffix(".mo").unlink(missing_ok=True)
                changed[language].append(stale)
    return changed


@dataclass(frozen=True)
class Counts:
    """Progress of one catalog or a sum of catalogs."""

    total: int = 0
    translated: int = 0
    fuzzy: int = 0

    @property
    def untranslated(self) -> int:
        return self.total - self.translated - self.fuzzy

    @property
    def percent(self) -> float:
        return round(100 * self.translated / self.total, 1) if self.total else 100.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.total + other.total, self.translated + other.translated,
                      self.fuzzy + other.fuzzy)

    def as_dict(self) -> dict[str, float | int]:
        return {"total": self.total, "translated": self.translated, "fuzzy": self.fuzzy,
                "untranslated": self.untranslated, "percent": self.percent}


def count(po: Path) -> Counts:
    """Entries of one catalog; a fuzzy entry is not translated."""
    entries = [e for e in polib.pofile(str(po)) if not e.obsolete]
    return Counts(len(entries), sum(1 for e in entries if e.msgstr and not e.fuzzy),
                  sum(1 for e in entries if e.fuzzy))


def stats(project: Project, languages: Iterable[str]) -> dict[str, dict]:
    """``{lang: {total, translated, fuzzy, untranslated, percent, modules: {...}}}``."""
    report: dict[str, dict] = {}
    for language in languages:
        folder = project.locale_dir / language / "LC_MESSAGES"
        modules = {po.relative_to(folder).with_suffix("").as_posix(): count(po)
                   for po in sorted(folder.glob("**/*.po"))}
        total = sum(modules.values(), Counts())
        report[language] = {**total.as_dict(),
                            "modules": {name: c.as_dict() for name, c in modules.items()}}
    return report


def translated_languages(project: Project) -> list[str]:
    """Languages that have catalogs (the source language has none)."""
    return [lang for lang in project.languages() if lang != SOURCE_LANGUAGE]


def check(project: Project, languages: Iterable[str], released: Iterable[str]
          ) -> list[Problem]:
    """Everything that would break, or silently degrade, a translated build."""
    require_tools(("msgfmt",))
    released = set(released)
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory() as tmp:
        pot_root = Path(tmp)
        templates = extract(project, pot_root)
        for language in languages:
            broken: set[Path] = set()
            for po in sorted((project.locale_dir / language / "LC_MESSAGES").glob("**/*.po")):
                syntax = _syntax_problems(po)
                problems += syntax
                if syntax:
                    broken.add(po)
                else:
                    problems += _entry_problems(po, language in released)
            problems += _sync_problems(project, language, templates, pot_root, broken)
    return problems


def _sync_problems(project: Project, language: str, templates: list[Path], pot_root: Path,
                   broken: set[Path]) -> list[Problem]:
    problems = []
    fix = f"run: cpt-course i18n update --lang {language}"
    for pot in templates:
        po = catalog_path(project, language, pot, pot_root)
        if po in broken:
            continue
        if not po.is_file():
            problems.append(Problem(po, 0, "", f"catalog missing; {fix}"))
            continue
        expected = {(e.msgctxt, e.msgid) for e in polib.pofile(str(pot))}
        entries = [e for e in polib.pofile(str(po)) if not e.obsolete]
        present = {(e.msgctxt, e.msgid) for e in entries}
        for _context, msgid in sorted(expected - present, key=str):
            problems.append(Problem(po, 0, msgid, f"message of the source missing; {fix}"))
        for entry in entries:
            if (entry.msgctxt, entry.msgid) not in expected:
                problems.append(Problem(po, entry.linenum, entry.msgid,
                                        f"message no longer in the source; {fix}"))
    return problems


def _syntax_problems(po: Path) -> list[Problem]:
    proc = subprocess.run(["msgfmt", "--check", "--output-file=/dev/null", str(po)],
                          capture_output=True, text=True, check=False)
    problems = []
    for line in proc.stderr.splitlines():
        parts = line.removeprefix(f"{po}:").split(":", 1)
        if len(parts) == 2 and parts[0].strip().isdigit():
            problems.append(Problem(po, int(parts[0]), "", f"msgfmt: {parts[1].strip()}"))
    if proc.returncode and not problems:
        problems.append(Problem(po, 0, "", f"msgfmt: {proc.stderr.strip()}"))
    return problems


def _entry_problems(po: Path, released: bool) -> list[Problem]:
    problems = []
    for entry in polib.pofile(str(po)):
        if entry.obsolete:
            continue
        if released and entry.fuzzy:
            problems.append(Problem(po, entry.linenum, entry.msgid,
                                    "fuzzy translation in a released language: review it, "
                                    "then remove the '#, fuzzy' line"))
        elif released and not entry.msgstr:
            problems.append(Problem(po, entry.linenum, entry.msgid,
                                    "untranslated message in a released language"))
        if entry.msgstr and not entry.fuzzy:
            problems += [Problem(po, entry.linenum, entry.msgid, message)
                         for message in markup_problems(entry.msgid, entry.msgstr)]
    return problems
