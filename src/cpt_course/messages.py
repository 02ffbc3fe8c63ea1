"""Messages of the CLI and the exercise checkers, in the user's language (French by default).

The strings live in the package's own ``cpt_course`` catalog (``locale/<lang>/LC_MESSAGES``),
the same one the Sphinx extension uses for its UI labels.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from pathlib import Path

CATALOG = "cpt_course"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: Languages the package speaks; the first is the default.
UI_LANGUAGES = ("fr", "en")
#: Environment variable that overrides the language of messages.
LANGUAGE_ENV = "CPT_COURSE_LANG"


def ui_language(explicit: str | None = None) -> str:
    """The language for messages: explicit choice, ``CPT_COURSE_LANG``, the locale, else French."""
    candidates = [explicit, os.environ.get(LANGUAGE_ENV)]
    candidates += [os.environ.get(name) for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    for value in candidates:
        if not value:
            continue
        code = value.split(":")[0].split(".")[0].split("_")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return UI_LANGUAGES[0]


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog for ``language`` (falls back to the English msgids)."""
    return gettext.translation(CATALOG, LOCALE_DIR, languages=[language], fallback=True)


def translator(language: str | None = None):
    """A ``gettext`` function for ``language`` (default: :func:`ui_language`)."""
    return translations(ui_language(language)).gettext
