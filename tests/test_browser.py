"""The quiz widget in a real browser (Debian's chromium driven by Playwright), from file://."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, copy_root, sphinx

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() or not AXE.is_file(),
    reason="needs Debian's chromium and axe-core (apt-get install chromium; npm ci); CI has both")
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as driver:
        instance = driver.chromium.launch(executable_path=CHROMIUM, headless=True,
                                          args=BROWSER_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def quiz_page_url(tmp_path_factory) -> str:
    base = tmp_path_factory.mktemp("browser")
    result = sphinx(copy_root("test-quiz", base / "src"), base / "out")
    assert result.ok, result.problems
    return (result.output / "01-quiz.html").as_uri()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    tab = context.new_page()
    tab.requests = requests
    yield tab
    context.close()


def question(page, qid: str):
    return page.locator(f'form[data-question-id="{qid}"]')


def run_axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_answer_with_keyboard_see_feedback_and_keep_progress(page, quiz_page_url):
    page.goto(quiz_page_url)
    first = question(page, "env-validation")
    first.locator('input[value="0"]').focus()
    page.keyboard.press("ArrowDown")  # native radio group: selects « L’environnement de recette »
    assert first.locator('input[value="1"]').is_checked()
    page.keyboard.press("Tab")  # leaves the radio group for the check button
    assert page.evaluate("document.activeElement.className") == "cpt-check"
    page.keyboard.press("Enter")
    status = first.locator(".cpt-status")
    assert status.inner_text() == "Bonne réponse."
    assert status.get_attribute("aria-live") == "polite"
    chosen = first.locator('li[data-index="1"]')
    assert "✓" in chosen.locator(".cpt-mark").inner_text()
    assert chosen.locator(".cpt-feedback").is_visible()
    assert not first.locator('li[data-index="0"] .cpt-feedback').is_visible()
    assert first.locator(".cpt-explanation").is_visible()
    assert first.locator(".cpt-retry").is_visible()

    numeric = question(page, "env-duree")
    numeric.locator("input").fill("77")
    numeric.locator("input").press("Enter")
    assert "Réponse attendue\u00a0: 78" in numeric.locator(".cpt-status").inner_text()
    assert "✗" not in numeric.inner_text()  # no choices to mark, only the status
    numeric.locator(".cpt-retry").click()
    numeric.locator("input").fill("78")
    numeric.locator("input").press("Enter")
    assert numeric.locator(".cpt-status").inner_text() == "Bonne réponse."
    score = page.locator(".cpt-score")
    assert score.inner_text() == "Score du quiz\u00a0: 2\u00a0/\u00a06"

    page.reload()
    first = question(page, "env-validation")
    assert first.locator('input[value="1"]').is_checked()
    assert first.locator(".cpt-status").inner_text() == "Bonne réponse."
    assert first.locator('li[data-index="1"] .cpt-feedback').is_visible()
    assert page.locator(".cpt-score").inner_text() == "Score du quiz\u00a0: 2\u00a0/\u00a06"
    keys = page.evaluate("Object.keys(localStorage).sort()")
    assert keys == ["cpt-course:quiz:env:env-duree", "cpt-course:quiz:env:env-validation"]

    page.locator(".cpt-reset").click()
    assert page.evaluate("localStorage.length") == 0
    assert not first.locator('input[value="1"]').is_checked()
    assert page.locator(".cpt-score").inner_text().startswith("Score du quiz\u00a0: 0\u00a0/\u00a06")
    assert all(url.startswith("file://") for url in page.requests), page.requests


def test_ordering_with_keyboard_only(page, quiz_page_url):
    page.goto(quiz_page_url)
    ordering = question(page, "env-ordre")

    def texts() -> list[str]:
        return ordering.locator(".cpt-choice-text").all_inner_texts()

    assert texts() == ["Recette", "Production", "Intégration"]
    up = ordering.locator('li:has-text("Intégration") .cpt-move-up')
    up.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # focus stays on the moved item's button
    assert texts() == ["Intégration", "Recette", "Production"]
    assert "position 1 sur 3" in ordering.locator(".cpt-status").inner_text()
    ordering.locator(".cpt-check").focus()
    page.keyboard.press("Enter")
    assert ordering.locator(".cpt-status").inner_text() == "Bonne réponse."


def test_multiple_choice_partial_answer_names_the_missed_choice(page, quiz_page_url):
    page.goto(quiz_page_url)
    multiple = question(page, "env-risque")
    multiple.locator('input[value="0"]').check()
    multiple.locator(".cpt-check").click()
    assert "Certains de vos choix sont justes" in multiple.locator(".cpt-status").inner_text()
    assert "bonne réponse non cochée" in multiple.locator('li[data-index="2"]').inner_text()


def test_without_javascript_questions_are_readable(browser, quiz_page_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(quiz_page_url)
    text = tab.locator(".cpt-quiz").inner_text()
    assert "Dans quel environnement le métier valide-t-il une version" in text
    assert "L’environnement de recette." in text
    assert "Oui : c’est son rôle." not in text  # feedback stays hidden
    context.close()


def test_phone_width_has_no_horizontal_scroll(browser, quiz_page_url):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    tab = context.new_page()
    tab.goto(quiz_page_url)
    quiz_box = tab.locator(".cpt-quiz").bounding_box()
    assert quiz_box["x"] >= 0 and quiz_box["x"] + quiz_box["width"] <= 360
    context.close()


def test_module_page_has_no_serious_accessibility_violation(browser, built_fr):
    for theme in ("light", "dark"):
        context = browser.new_context()
        tab = context.new_page()
        tab.add_init_script(f"localStorage.setItem('mode', '{theme}')")
        tab.goto((built_fr.output / "02-missions.html").as_uri())
        assert tab.evaluate("document.documentElement.dataset.theme") == theme
        for question in tab.locator("form.cpt-question[data-type=single]").all()[:4]:
            question.locator("input").first.check()
            question.locator(".cpt-check").click()
        assert tab.locator(".cpt-mark").count() >= 4
        violations = run_axe(tab)
        assert violations == [], [(v["id"], v["nodes"][0]["target"]) for v in violations]
        context.close()
