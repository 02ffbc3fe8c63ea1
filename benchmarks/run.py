"""Benchmarks of cpt-course, measured in one run on this machine and printed as ratios.

    .venv/bin/python benchmarks/run.py [--quick]

1. full build (``-E``) of both languages, with the course extension vs the same pages with the
   extension's directives turned into plain admonitions (same theme, same page count);
2. no-op rebuild and one-module-edited rebuild as a fraction of a full build, and the edited
   module's duration and quiz count visible in the syllabus afterwards;
3. ``-j 1`` vs ``-j 2``: identical HTML and quiz exports, and the speed ratio;
4. the sidebar cost of sphinx-book-theme: its default navigation vs the project's;
5. the weight of a module page (HTML, CSS + JS raw and gzip, the extension's share, and the
   theme's Font Awesome kit that the light icon script replaces);
6. ``pytest exercises/ --solutions`` wall time.
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
EXTRA_QUESTION = """

:::{question} Une question ajoutée par le benchmark est-elle comptée ?
:id: benchmark-extra
:type: true-false
:answer: true
:::
"""
OUR_DIRECTIVES = ("quiz", "question", "exercise", "diagram", "gantt", "syllabus",
                  "trainer-notes", "session-plan")


def sphinx(src: Path, conf: Path, out: Path, *args: str, lang: str = "fr") -> float:
    """Seconds of one ``sphinx-build`` run (fails loudly on error)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-q", "-c", str(conf),
                    "-D", f"language={lang}", "-d", str(out / ".doctrees"), *args,
                    str(src), str(out)], check=True, capture_output=True, text=True)
    return time.perf_counter() - start


def copy_project(target: Path) -> Path:
    shutil.copytree(ROOT / "docs", target / "docs", ignore=shutil.ignore_patterns("*.mo"))
    shutil.copytree(ROOT / "exercises", target / "exercises",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "conf.py", target / "conf.py")
    return target


def plain_copy(target: Path) -> Path:
    """The same pages without the extension: its directives become admonitions, its diagrams
    plain ``graphviz`` blocks (Graphviz draws the same pictures either way)."""
    project = copy_project(target)
    opener = re.compile(r"^(\s*)(:{3,}|`{3,})\{(" + "|".join(OUR_DIRECTIVES)
                        + r"|trainer-toctree)\}\s*(.*)$")
    for page in (project / "docs").rglob("*.md"):
        lines = []
        for line in page.read_text(encoding="utf-8").splitlines():
            match = opener.match(line)
            if match and match.group(3) == "diagram":
                line = f"{match.group(1)}{match.group(2)}{{graphviz}}"
            elif match:
                title = match.group(4).strip() or match.group(3)
                line = f"{match.group(1)}{match.group(2)}{{admonition}} {title}"
            elif re.match(r"^\s*:(id|type|correct|answer|tolerance|weight|axis|"
                          r"layout|maxdepth|hidden|numbered):", line):
                continue
            lines.append(line)
        page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    conf = (project / "conf.py").read_text(encoding="utf-8")
    conf = conf.replace('    "cpt_course",\n', "").replace('"cpt-language-switcher.html", ', "")
    conf = "\n".join(line for line in conf.splitlines() if not line.startswith("cpt_"))
    (project / "conf.py").write_text(conf + "\n", encoding="utf-8")
    return project


def both_languages(project: Path, out: Path, *args: str, repeat: int = 2) -> float:
    """Best of ``repeat`` clean builds of both languages (less noise from the machine)."""
    return min(sum(sphinx(project / "docs", project, out / lang, "-E", *args, lang=lang)
                   for lang in ("fr", "en")) for _run in range(repeat))


def trees_identical(first: Path, second: Path) -> bool:
    """Same files, same bytes (build caches and environment excluded)."""
    skip = {".doctrees", ".buildinfo"}
    def walk(comparison: filecmp.dircmp) -> bool:
        left = set(comparison.left_only) - skip
        right = set(comparison.right_only) - skip
        _match, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False)
        if left or right or [m for m in mismatch if m not in skip] or errors:
            return False
        return all(walk(sub) for name, sub in comparison.subdirs.items() if name not in skip)
    return walk(filecmp.dircmp(first, second))


def syllabus_total(page: Path) -> tuple[str, str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    row = soup.select("table.cpt-syllabus tbody tr")[-1]
    cells = [cell.get_text(strip=True) for cell in row.select("td")]
    return cells[1], cells[3]


def page_weight(html_dir: Path, page: str) -> dict[str, float]:
    soup = BeautifulSoup((html_dir / page).read_text(encoding="utf-8"), "html.parser")
    assets = [tag.get("src") or tag.get("href") for tag in soup.select("script[src], link[href]")
              if (tag.get("src") or tag.get("href", "")).split("?")[0].endswith((".js", ".css"))]
    files = [html_dir / asset.split("?")[0] for asset in assets]
    files = [path for path in files if path.is_file()]
    raw = sum(path.stat().st_size for path in files)
    zipped = sum(len(gzip.compress(path.read_bytes())) for path in files)
    ours = sum(path.stat().st_size for path in files if path.name.startswith("cpt-"))
    return {"html": (html_dir / page).stat().st_size, "assets": raw, "assets_gzip": zipped,
            "ours": ours, "count": len(files)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the sidebar comparison")
    args = parser.parse_args()
    report: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        course = copy_project(base / "course")
        plain = plain_copy(base / "plain")
        with_ext = both_languages(course, base / "with")
        without = both_languages(plain, base / "without")
        report.append(("full build fr+en (-E), with the extension", f"{with_ext:.1f} s"))
        report.append(("same pages, extension's directives as admonitions", f"{without:.1f} s"))
        report.append(("extension cost (target <= 1.10)", f"x{with_ext / without:.2f}"))

        out = base / "incremental"
        full = sphinx(course / "docs", course, out, "-E")
        noop = sphinx(course / "docs", course, out)
        module = course / "docs" / "03-competences.md"
        text = module.read_text(encoding="utf-8")
        before = syllabus_total(out / "index.html")
        text = re.sub(r"^duration: (\d+)$", lambda m: f"duration: {int(m.group(1)) + 30}",
                      text, count=1, flags=re.MULTILINE)
        quiz_end = text.index("\n::::\n", text.index("::::{quiz}"))
        text = text[:quiz_end] + EXTRA_QUESTION + text[quiz_end:]
        module.write_text(text, encoding="utf-8")
        edited = sphinx(course / "docs", course, out)
        after = syllabus_total(out / "index.html")
        report.append(("no-op rebuild / full build (target <= 0.10)", f"{noop / full:.2f}"))
        report.append(("one module edited / full build (target <= 0.10)",
                       f"{edited / full:.2f}"))
        report.append(("syllabus total duration, questions before -> after (+30 min, +1)",
                       f"{before[0]}, {before[1]} -> {after[0]}, {after[1]}"))

        one = sphinx(course / "docs", course, base / "j1", "-E", "-j", "1")
        two = sphinx(course / "docs", course, base / "j2", "-E", "-j", "2")
        same = trees_identical(base / "j1", base / "j2")
        report.append(("-j 1 / -j 2 wall time", f"{one:.1f} s / {two:.1f} s = x{one / two:.2f}"))
        report.append(("-j 1 and -j 2 HTML identical", "yes" if same else "NO"))
        exports = []
        for jobs in ("1", "2"):
            target = base / f"export-{jobs}"
            subprocess.run([sys.executable, "-m", "sphinx", "-b", "cpt-quizzes", "-q", "-E",
                            "-j", jobs, "-c", str(course), str(course / "docs"), str(target)],
                           check=True, capture_output=True)
            exports.append((target / "quizzes.json").read_bytes())
        report.append(("-j 1 and -j 2 quiz exports identical",
                       "yes" if exports[0] == exports[1] else "NO"))

        if not args.quick:
            theme_default = sphinx(course / "docs", course, base / "nav-default", "-E",
                                   "-D", "html_theme_options.collapse_navbar=0",
                                   "-D", "html_theme_options.max_navbar_depth=4")
            project = sphinx(course / "docs", course, base / "nav-project", "-E")
            report.append(("sidebar: theme default / project config",
                           f"{theme_default:.1f} s / {project:.1f} s"))

        weight = page_weight(base / "with" / "fr", "02-missions.html")
        theme_fa = Path(__import__("pydata_sphinx_theme").__file__).parent / (
            "theme/pydata_sphinx_theme/static/scripts/fontawesome.js")
        report.append(("module page HTML", f"{weight['html'] / 1024:.0f} KB"))
        light = base / "with" / "fr" / "_static" / "scripts" / "fontawesome.js"
        assets = f"{weight['assets'] / 1024:.0f} KB / {weight['assets_gzip'] / 1024:.0f} KB"
        share = f"{weight['ours'] / 1024:.1f} KB = {weight['ours'] / weight['assets']:.0%}"
        icons = f"{theme_fa.stat().st_size / 1024:.0f} KB -> {light.stat().st_size / 1024:.0f} KB"
        report.append(("module page CSS+JS (raw / gzip)", f"{assets} in {weight['count']} files"))
        report.append(("the extension's CSS+JS share", share))
        report.append(("theme's Font Awesome kit, replaced by the light icons", icons))

        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "exercises/", "--solutions", "-q",
                               "-p", "no:cacheprovider"], cwd=ROOT, capture_output=True,
                              text=True, check=False)
        report.append(("pytest exercises/ --solutions",
                       f"{time.perf_counter() - start:.1f} s ({proc.stdout.splitlines()[-1]})"))

    width = max(len(label) for label, _value in report)
    for label, value in report:
        print(f"{label:<{width}}  {value}")  # noqa: T201 (the benchmark's output)


if __name__ == "__main__":
    main()
