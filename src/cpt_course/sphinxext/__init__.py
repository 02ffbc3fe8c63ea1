"""The ``cpt_course`` Sphinx extension: one module per feature, wired here."""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from .. import __version__
from .assets import setup_assets
from .config import setup_config
from .diagrams import setup_diagrams
from .domain import CourseDomain
from .exercise import setup_exercise
from .i18n import CATALOG, LOCALE_DIR
from .icons import setup_icons
from .languages import setup_languages
from .module_meta import setup_module_meta
from .pdf import setup_pdf
from .quiz import setup_quiz
from .quiz_export import setup_quiz_export
from .syllabus import setup_syllabus
from .trainer import setup_trainer
from .translation_guard import setup_translation_guard


def setup_extension(app: Sphinx) -> dict[str, Any]:
    """Register every feature of the course extension."""
    setup_config(app)
    app.add_message_catalog(CATALOG, str(LOCALE_DIR))
    app.add_domain(CourseDomain)
    setup_assets(app)
    setup_icons(app)
    setup_module_meta(app)
    setup_syllabus(app)
    setup_diagrams(app)
    setup_quiz(app)
    setup_quiz_export(app)
    setup_exercise(app)
    setup_trainer(app)
    setup_languages(app)
    setup_pdf(app)
    setup_translation_guard(app)
    return {
        "version": __version__,
        "env_version": CourseDomain.data_version,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
