"""The extension's JS and CSS: real files in ``static/``, added for HTML builders only."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

STATIC_DIR = Path(__file__).resolve().parent / "static"
CSS_FILES = ("cpt-course.css", "cpt-quiz.css")
JS_FILES = ("cpt-quiz.js",)


def add_static_assets(app: Sphinx) -> None:
    """Ship the assets with HTML builders (never copied by hand, never for LaTeX)."""
    if app.builder.format != "html":
        return
    app.config.html_static_path.append(str(STATIC_DIR))
    for name in CSS_FILES:
        app.add_css_file(name)
    for name in JS_FILES:
        app.add_js_file(name, loading_method="defer")


def setup_assets(app: Sphinx) -> None:
    """Register the assets."""
    app.connect("builder-inited", add_static_assets)
