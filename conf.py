# Sphinx configuration of the course « Devenir Chef de Projet Technique ».
# Declarative only: the source files live in docs/, the build is driven by `cpt-course build`.

project = "Devenir Chef de Projet Technique"
author = "cpt-course"
copyright = "2026, cpt-course"

# French is the source language; other languages come from docs/locale/<lang>/.
language = "fr"
locale_dirs = ["locale/"]
gettext_compact = False
gettext_allow_fuzzy_translations = False
gettext_location = False  # catalogs without source line numbers: small, stable diffs

extensions = [
    "myst_parser",
    "sphinx.ext.graphviz",
    "cpt_course",
]

root_doc = "index"
exclude_patterns = ["locale", "_build", "**/_*.md"]

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
# No raw HTML from the sources or the translations: it is shown as text, escaped.
myst_disable_syntax = ["html_block", "html_inline"]
myst_title_to_header = True
myst_heading_anchors = 3

html_theme = "sphinx_book_theme"
html_title = "Devenir Chef de Projet Technique"
html_theme_options = {
    "show_toc_level": 2,
    "home_page_in_toc": True,
    # The left sidebar lists the modules; each page's own sections are in the right-hand
    # "Contents" panel, so the sidebar does not repeat them under every module. On this
    # 13-page course both layouts cost the same (benchmarks/run.py, "sidebar" line: within
    # noise); the collapsed one is shorter to scan and stays cheap as the course grows, where
    # the theme's full tree is rendered into every page.
    "collapse_navbar": True,
    # The download menu would offer the Markdown source, which the site does not ship
    # (html_copy_source): the PDF handbooks are the printable version.
    "use_download_button": False,
    "article_header_end": ["cpt-language-switcher.html", "article-header-buttons.html"],
}
html_last_updated_fmt = None
# No Markdown sources in the site: they would show quiz answers and trainer notes to learners.
html_copy_source = False
html_show_sourcelink = False

cpt_released_languages = ["en"]

# PDF handbooks: Sphinx's LaTeX builder, XeLaTeX through latexmk (French typography, Unicode).
latex_engine = "xelatex"
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    "figure_align": "H",
    "sphinxsetup": "TitleColor={rgb}{0.1,0.2,0.4}, InnerLinkColor={rgb}{0.1,0.2,0.5}",
}
latex_show_urls = "footnote"
latex_show_pagerefs = True
