"""A light Font Awesome for the theme: only the icons its templates use.

pydata-sphinx-theme ships the whole Font Awesome kit (``_static/scripts/fontawesome.js``,
about 1.5 MB on every page) to turn ``<i class="fa-solid fa-moon">`` into SVG. The theme and
sphinx-book-theme use some twenty icons. At ``builder-inited`` this module lists the icon
names their templates, scripts and Python code mention, takes those icons' SVG paths from the
installed theme's own ``fontawesome.js``, and writes a small script of the same name into a
build folder that comes later in ``html_static_path`` — Sphinx's way to override a theme
asset. Nothing is vendored and the theme is not forked: a theme update brings its icons.
Font Awesome Free icons are CC BY 4.0 (https://fontawesome.com/license/free).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pydata_sphinx_theme
import sphinx_book_theme
from sphinx.application import Sphinx

from .warnings_ import logger

FA_SCRIPT = Path(pydata_sphinx_theme.__file__).parent / (
    "theme/pydata_sphinx_theme/static/scripts/fontawesome.js")
THEME_SOURCES = (Path(pydata_sphinx_theme.__file__).parent, Path(sphinx_book_theme.__file__).parent)
#: Class names that style an icon rather than name one.
MODIFIERS = frozenset({"fa-lg", "fa-fw", "fa-solid", "fa-regular", "fa-brands", "fa-custom",
                       "fa-xs", "fa-sm", "fa-xl", "fa-2x", "fa-spin", "fa-fab", "fa-square"})
ICON_RE = re.compile(r"\bfa-[a-z0-9]+(?:-[a-z0-9]+)*\b")
DEFINITION_RE = re.compile(
    r'(?:"([a-z0-9-]+)"|\b([a-z][a-z0-9]*)):\[(\d+),(\d+),\[([^\]]*)\],"[0-9a-f]*","([^"]+)"\]')

RUNTIME = r"""(() => {
  "use strict";
  const NS = "http://www.w3.org/2000/svg";
  const swap = (el) => {
    const name = [...el.classList].find((c) => c.startsWith("fa-") && ICONS[c.slice(3)]);
    if (!name) return;
    const [w, h, d] = ICONS[name.slice(3)];
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", `${el.getAttribute("class")} svg-inline--fa`);
    const path = document.createElementNS(NS, "path");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", d);
    svg.append(path);
    el.replaceWith(svg);
  };
  const scan = (root) => root.querySelectorAll("i[class*='fa-'], span[class*='fa-']").forEach(swap);
  const style = document.createElement("style");
  style.textContent = ".svg-inline--fa{display:inline-block;height:1em;overflow:visible;" +
    "vertical-align:-.125em}.fa-lg{font-size:1.25em;line-height:.05em;vertical-align:-.075em}" +
    ".fa-fw{text-align:center;width:1.25em}";
  document.head.append(style);
  const start = () => {
    scan(document);
    new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach(
      (node) => node.nodeType === 1 && (swap(node), scan(node))))).observe(
      document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
"""


def used_icons() -> set[str]:
    """Icon names the themes' templates, scripts and code mention."""
    names: set[str] = set()
    for root in THEME_SOURCES:
        for path in root.rglob("*"):
            if path.suffix in {".html", ".py"} or (path.suffix == ".js" and path != FA_SCRIPT
                                                   and "fontawesome" not in path.name):
                names |= set(ICON_RE.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return {name.removeprefix("fa-") for name in names - MODIFIERS}


def icon_paths(names: set[str]) -> dict[str, list]:
    """``name -> [width, height, path]`` from the theme's Font Awesome, aliases included."""
    source = FA_SCRIPT.read_text(encoding="utf-8")
    found: dict[str, list] = {}
    for match in DEFINITION_RE.finditer(source):
        name = match.group(1) or match.group(2)
        aliases = re.findall(r'"([a-z0-9-]+)"', match.group(5))
        for alias in (name, *aliases):
            if alias in names and alias not in found:
                found[alias] = [int(match.group(3)), int(match.group(4)), match.group(6)]
    return found


def icon_script(names: set[str]) -> str:
    """The replacement ``fontawesome.js``."""
    icons = icon_paths(names)
    header = ("/* Icons of the site, from Font Awesome Free (CC BY 4.0, "
              "https://fontawesome.com/license/free), selected by cpt-course. */\n")
    table = json.dumps(icons, separators=(",", ":"), sort_keys=True)
    return header + f"const ICONS = {table};\n" + RUNTIME


def add_light_icons(app: Sphinx) -> None:
    """Put the light ``scripts/fontawesome.js`` after the theme in ``html_static_path``
    (made once per theme version: scanning the themes takes a moment)."""
    if app.builder.format != "html" or not FA_SCRIPT.is_file():
        return
    folder = Path(app.doctreedir) / "cpt-icons"
    target = folder / "scripts" / "fontawesome.js"
    stamp = (f"// themes: pydata-sphinx-theme {pydata_sphinx_theme.__version__}, "
             f"sphinx-book-theme {sphinx_book_theme.__version__}\n")
    if not target.is_file() or not target.read_text(encoding="utf-8").startswith(stamp):
        names = used_icons()
        missing = names - set(icon_paths(names))
        if missing:
            logger.info("cpt-course: icons not found in the theme's Font Awesome: %s",
                        ", ".join(sorted(missing)))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(stamp + icon_script(names), encoding="utf-8")
    app.config.html_static_path.append(str(folder))


def setup_icons(app: Sphinx) -> None:
    """Register the light icon set."""
    app.connect("builder-inited", add_light_icons)
