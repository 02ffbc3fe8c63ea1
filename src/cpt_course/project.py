"""Where a course project lives on disk: sources, catalogs, exercises, build outputs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel import Locale

SOURCE_LANGUAGE = "fr"


def language_name(code: str) -> str:
    """The name of a language in that language, capitalised (« Français », "English")."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


class ProjectNotFoundError(FileNotFoundError):
    """No course project (``conf.py`` beside ``docs/``) in the folder or its parents."""


@dataclass(frozen=True)
class Project:
    """A course checkout: ``conf.py``, ``docs/``, ``exercises/`` under one root."""

    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The project containing ``start`` (default: the current folder)."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "conf.py").is_file() and (folder / "docs").is_dir():
                return cls(folder)
        raise ProjectNotFoundError(str(here))

    @property
    def srcdir(self) -> Path:
        return self.root / "docs"

    @property
    def locale_dir(self) -> Path:
        return self.srcdir / "locale"

    @property
    def exercises_dir(self) -> Path:
        return self.root / "exercises"

    def languages(self) -> list[str]:
        """The source language, then every language with catalogs, sorted."""
        found = sorted(
            d.name for d in self.locale_dir.glob("*")
            if (d / "LC_MESSAGES").is_dir() and any((d / "LC_MESSAGES").glob("*.po"))
        ) if self.locale_dir.is_dir() else []
        return [SOURCE_LANGUAGE, *(lang for lang in found if lang != SOURCE_LANGUAGE)]
