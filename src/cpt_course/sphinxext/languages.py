"""One course, several languages: switcher, ``hreflang`` links and translated site title.

The languages are the source language plus every language with catalogs under the project's
``locale_dirs``; each is built into a sibling folder (``_build/html/<lang>/``), so the same page
in another language is at ``../<lang>/<page>.html``. A language whose catalogs are translated
below ``cpt_release_threshold`` percent is built for preview but not offered in the switcher.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from ..i18n import Counts, count
from ..manifest import course_translations
from ..project import language_name
from .config import CptConfig
from .i18n import _

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class Language:
    """A language of the course and whether it is offered to readers."""

    code: str
    released: bool

    @property
    def name(self) -> str:
        """The language's own name, capitalised: « Français », "English"."""
        return language_name(self.code)


def locale_dirs(app: Sphinx) -> list[Path]:
    return [Path(app.srcdir) / directory for directory in app.config.locale_dirs]


def course_languages(app: Sphinx) -> list[Language]:
    """The source language first, then every language that has catalogs."""
    config = CptConfig.from_sphinx(app.config)
    catalogs = tuple(sorted((po, po.stat().st_mtime) for folder in locale_dirs(app)
                            for po in folder.glob("*/LC_MESSAGES/**/*.po")))
    return _languages(config.source_language, config.release_threshold, catalogs)


@lru_cache(maxsize=8)
def _languages(source: str, threshold: int, catalogs: tuple[tuple[Path, float], ...]
               ) -> list[Language]:
    by_language: dict[str, list[Path]] = {}
    for po, _mtime in catalogs:
        code = po.parts[po.parts.index("LC_MESSAGES") - 1]
        by_language.setdefault(code, []).append(po)
    found = [Language(source, True)]
    for code, files in sorted(by_language.items()):
        if code == source:
            continue
        totals = sum((count(po) for po in files), Counts())
        found.append(Language(code, totals.percent >= threshold))
    return found


def translate_title(app: Sphinx, config: Config) -> None:
    """In a translated build, use the catalog's translation of the course title."""
    source = CptConfig.from_sphinx(config).source_language
    if not config.language or config.language == source:
        return
    for folder in locale_dirs(app):
        translated = course_translations(folder, config.language).get(config.project)
        if translated:
            config.html_title = translated
            config.project = translated
            return


def add_language_links(app: Sphinx, pagename: str, templatename: str,
                       context: dict[str, Any], doctree: Any) -> None:
    """The switcher's entries and ``<link rel="alternate" hreflang>`` for this page."""
    languages = course_languages(app)
    current = app.config.language
    up = "../" * (pagename.count("/") + 1)
    suffix = app.builder.out_suffix if hasattr(app.builder, "out_suffix") else ".html"
    entries = [{"code": lang.code, "name": lang.name, "current": lang.code == current,
                "href": f"{up}{lang.code}/{pagename}{suffix}"}
               for lang in languages if lang.released or lang.code == current]
    context["cpt_languages"] = entries
    context["cpt_languages_label"] = str(_("Language"))
    links = [f'<link rel="alternate" hreflang="{e["code"]}" href="{e["href"]}" />'
             for e in entries]
    if entries:
        links.append(f'<link rel="alternate" hreflang="x-default" href="{entries[0]["href"]}" />')
    context["metatags"] = context.get("metatags", "") + "\n" + "\n".join(links)


def add_templates(app: Sphinx, config: Config) -> None:
    config.templates_path.append(str(TEMPLATES_DIR))


def setup_languages(app: Sphinx) -> None:
    """Register the language switcher, ``hreflang`` links and the translated title."""
    app.connect("config-inited", add_templates)
    app.connect("config-inited", translate_title)
    app.connect("html-page-context", add_language_links)
