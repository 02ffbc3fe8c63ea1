"""The extension's own UI strings (``cpt_course`` message catalog, French and English)."""

from __future__ import annotations

from pathlib import Path

from sphinx.locale import get_translation

#: Name of the package's gettext domain, shared by the Sphinx extension, the CLI and the checkers.
CATALOG = "cpt_course"
#: Folder holding ``<lang>/LC_MESSAGES/cpt_course.mo``.
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

_ = get_translation(CATALOG)


def format_duration(minutes: int) -> str:
    """A duration in minutes as a reader writes it: ``45 min``, ``2 h``, ``1 h 30``."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return str(_("{minutes} min")).format(minutes=rest)
    if not rest:
        return str(_("{hours} h")).format(hours=hours)
    return str(_("{hours} h {minutes:02d}")).format(hours=hours, minutes=rest)
