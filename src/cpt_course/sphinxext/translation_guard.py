"""Make a dropped translation loud.

Sphinx's ``Locale`` transform silently keeps the source text when a translation does not parse
as a paragraph (a msgstr that starts with ``- `` or ``# ``, say). This transform runs right
after it and warns (``cpt.i18n``) for every node whose catalog has a translation that was not
applied, naming the file, the line and the message.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.locale import init as init_locale
from sphinx.transforms import SphinxTransform
from sphinx.util.i18n import docname_to_domain
from sphinx.util.nodes import extract_messages

from .config import CptConfig
from .warnings_ import CptWarnings, warn


class DroppedTranslations(SphinxTransform):
    """Warn about translations that Sphinx discarded."""

    default_priority = 21  # right after sphinx.transforms.i18n.Locale (20)

    def apply(self, **kwargs: Any) -> None:
        if not self.config.language or self.config.language == CptConfig.from_sphinx(self.config).source_language:
            return
        docname = self.env.current_document.docname
        domain = docname_to_domain(docname, self.config.gettext_compact)
        dirs = [self.env.srcdir / directory for directory in self.config.locale_dirs]
        catalog, has_catalog = init_locale(dirs, self.config.language, domain)
        if not has_catalog:
            return
        for node, msgid in extract_messages(self.document):
            if isinstance(node, addnodes.translatable) or node.get("translated", True):
                continue  # toctree captions and the like are translated their own way
            msgstr = catalog.gettext(msgid)
            if msgstr and msgstr != msgid and not msgstr.rstrip().endswith("#noqa"):
                warn(CptWarnings.I18N,
                     f"the translation of {_short(msgid)!r} was dropped by Sphinx because it "
                     "does not render as the same kind of text (a msgstr starting with '- ', "
                     "'#', '>' or a number and a dot becomes a list, a heading…); rewrite it "
                     "as one paragraph", node)


class TableCellSources(SphinxTransform):
    """Give table cells the source of their table, so they reach the catalogs.

    MyST leaves ``source`` unset on the paragraphs of table cells it parses inside a directive
    (an admonition, say); gettext then skips them and the cells stay in the source language.
    """

    default_priority = 5  # before message extraction and sphinx.transforms.i18n.Locale

    def apply(self, **kwargs: Any) -> None:
        for table in self.document.findall(nodes.table):
            source = table.source or self.document["source"]
            for cell_text in table.findall(nodes.TextElement):
                if cell_text.source is None:
                    cell_text.source = source
                    cell_text.line = cell_text.line or table.line


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def setup_translation_guard(app: Sphinx) -> None:
    """Register the dropped-translation check."""
    app.add_transform(TableCellSources)
    app.add_transform(DroppedTranslations)
