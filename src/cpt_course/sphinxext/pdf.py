"""The PDF handbook: LaTeX title page (title, edition, language) and a stable file name.

Runs on ``config-inited`` after the title is translated, so each language's handbook carries
its own title; the build command copies ``cpt-course.pdf`` to ``cpt-course-<lang>.pdf``.
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.texescape import escape

from .config import CptConfig
from .i18n import _
from .languages import Language

TEX_NAME = "cpt-course.tex"

TITLE_PAGE = r"""
\begin{titlepage}
  \centering
  \vspace*{4cm}
  {\sffamily\bfseries\huge %(title)s\par}
  \vspace{1.5cm}
  {\sffamily\Large %(edition)s\par}
  \vspace{0.4cm}
  {\sffamily\large %(language)s\par}
  \vfill
  {\large %(author)s\par}
  \vspace{0.3cm}
  {\large\makeatletter\@date\makeatother\par}
\end{titlepage}
"""


def configure_latex(app: Sphinx, config: Config) -> None:
    """One handbook per build: ``cpt-course.tex`` with a title page naming edition and language."""
    engine = config.latex_engine
    language = config.language or CptConfig.from_sphinx(config).source_language
    trainer = CptConfig.from_sphinx(config).edition == "trainer"
    edition = _("Trainer edition") if trainer else _("Learner edition")
    title = escape(str(config.project), engine)
    config.latex_documents = [
        (config.root_doc, TEX_NAME, title, escape(str(config.author), engine), "manual"),
    ]
    config.latex_elements = {**config.latex_elements, "maketitle": TITLE_PAGE % {
        "title": title, "edition": escape(str(edition), engine),
        "language": escape(Language(language, True).name, engine),
        "author": escape(str(config.author), engine)}}


def setup_pdf(app: Sphinx) -> None:
    """Register the handbook settings (after the title is translated)."""
    app.connect("config-inited", configure_latex, priority=600)
