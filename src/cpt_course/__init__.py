"""cpt-course: the « Devenir Chef de Projet Technique » course, as a Sphinx extension and tools."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__version__ = "0.1.0"


def setup(app: Sphinx) -> dict[str, Any]:
    """Sphinx entry point: ``extensions = ["cpt_course"]``."""
    from .sphinxext import setup_extension

    return setup_extension(app)
