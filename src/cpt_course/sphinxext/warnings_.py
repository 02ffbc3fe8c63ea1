"""Typed warnings: every warning of the extension is ``cpt.<subtype>``.

A subtype can be silenced with ``suppress_warnings = ["cpt.<subtype>"]``.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from sphinx.util import logging

logger = logging.getLogger("cpt_course")

WARNING_TYPE = "cpt"


class CptWarnings(Enum):
    """The subtypes of ``cpt`` warnings."""

    MODULE = "module"
    """A module page has missing or invalid front-matter metadata."""
    QUIZ = "quiz"
    """A quiz or question is malformed, or an id is reused."""
    EXERCISE = "exercise"
    """An exercise directive names an unknown exercise or the manifest is invalid."""
    DIAGRAM = "diagram"
    """A diagram lacks its alt text or its source cannot be read."""
    I18N = "i18n"
    """A translation was silently dropped or breaks the structure of the page."""


def warn(subtype: CptWarnings, message: str, location: Any) -> None:
    """Emit ``message`` as a ``cpt.<subtype>`` warning at ``location``."""
    logger.warning(message, type=WARNING_TYPE, subtype=subtype.value, location=location)
