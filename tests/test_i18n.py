"""Translator's workflow on a small project: update, translate, build, stats and every check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from conftest import copy_root, page, sphinx

ENGLISH = {
    "Planifier un projet": "Planning a project",
    "Poser un jalon.": "Set a milestone.",
    "Un {term}`jalon` marque une étape ; lancez `pytest exercises/` et lisez "
    "[le guide](https://semver.org/lang/fr/).":
        "A {term}`milestone <jalon>` marks a step; run `pytest exercises/` and read "
        "[the guide](https://semver.org/lang/fr/).",
    "Le planning est *indicatif* et **révisé** chaque semaine.":
        "The schedule is *indicative* and **revised** every week.",
    "Planification": "Planning",
    "Un jalon a-t-il une durée ?": "Does a milestone have a duration?",
    "Un jalon est un événement ponctuel.": "A milestone is a one-off event.",
    "Cours d'essai": "Test course",
    "Glossaire": "Glossary",
    "Jalon": "Milestone",
    "Étape vérifiable d’un projet.": "A verifiable step of a project.",
}


def cli(project, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cpt_course", *args], cwd=project.root,
                          capture_output=True, text=True, check=False,
                          env={"PATH": "/usr/bin:/bin", "CPT_COURSE_LANG": "en",
                               "COLUMNS": "200"})


def catalog(project, name: str) -> Path:
    return project.locale_dir / "en" / "LC_MESSAGES" / f"{name}.po"


def translate(project, table: dict[str, str]) -> None:
    for po_path in (project.locale_dir / "en" / "LC_MESSAGES").glob("*.po"):
        po = polib.pofile(str(po_path), wrapwidth=79)
        for entry in po:
            if entry.msgid in table:
                entry.msgstr = table[entry.msgid]
        po.save()


def set_msgstr(path: Path, msgid: str, msgstr: str) -> None:
    po = polib.pofile(str(path), wrapwidth=79)
    po.find(msgid).msgstr = msgstr
    po.save()


@pytest.fixture
def translated(tmp_path):
    """The test project with complete, correct English catalogs."""
    project = copy_root("test-i18n", tmp_path / "src")
    proc = cli(project, "i18n", "update", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    translate(project, ENGLISH)
    return project


def test_update_creates_catalogs_with_every_message(tmp_path):
    project = copy_root("test-i18n", tmp_path / "src")
    proc = cli(project, "i18n", "update", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    po = polib.pofile(str(catalog(project, "01-module")))
    assert {e.msgid for e in po} == {m for m in ENGLISH if m in {e.msgid for e in po}}
    assert "Un jalon a-t-il une durée ?" in {e.msgid for e in po}
    assert all(not e.msgstr for e in po)
    assert "#:" not in catalog(project, "01-module").read_text(encoding="utf-8")
    stats = json.loads(cli(project, "i18n", "stats", "--json").stdout)
    assert stats["en"]["translated"] == 0 and stats["en"]["percent"] == 0.0
    assert stats["en"]["modules"]["01-module"]["untranslated"] == len(po)


def test_round_trip_builds_english(translated, tmp_path):
    result = sphinx(translated, tmp_path / "out", lang="en")
    assert result.ok and result.problems == [], result.problems
    html = page(result, "01-module.html")
    assert html.select_one("h1").get_text().startswith("Planning a project")
    text = html.get_text(" ")
    assert "The schedule is indicative and revised every week." in " ".join(text.split())
    link = html.select_one('a[href="glossaire.html#term-Jalon"]')
    assert link is not None and link.get_text() == "milestone"
    assert html.select_one("form.cpt-question .cpt-stem").get_text(" ", strip=True) \
        == "1. Does a milestone have a duration?"
    assert [t.get_text() for t in html.select(".cpt-choice-text")] == ["True", "False"]
    assert html.select_one("html")["lang"] == "en"


def test_update_is_reproducible(translated):
    before = {p: p.read_bytes() for p in (translated.locale_dir / "en").rglob("*.po")}
    proc = cli(translated, "i18n", "update")
    assert proc.returncode == 0, proc.stderr
    assert {p: p.read_bytes() for p in (translated.locale_dir / "en").rglob("*.po")} == before


def test_changed_source_becomes_fuzzy_with_previous_msgid(translated):
    page_md = translated.srcdir / "01-module.md"
    page_md.write_text(page_md.read_text(encoding="utf-8").replace(
        "révisé** chaque semaine", "révisé** chaque mois"), encoding="utf-8")
    assert cli(translated, "i18n", "update").returncode == 0
    po = polib.pofile(str(catalog(translated, "01-module")))
    entry = po.find("Le planning est *indicatif* et **révisé** chaque mois.")
    assert entry is not None and entry.fuzzy
    assert entry.previous_msgid == "Le planning est *indicatif* et **révisé** chaque semaine."
    assert entry.msgstr == "The schedule is *indicative* and **revised** every week."
    assert not [e for e in po if e.obsolete]
    stats = json.loads(cli(translated, "i18n", "stats", "--json").stdout)["en"]
    assert stats["fuzzy"] == 1 and stats["translated"] == stats["total"] - 1
    proc = cli(translated, "i18n", "check")
    assert proc.returncode == 1
    assert "01-module.po:" in proc.stdout + proc.stderr
    assert "fuzzy translation in a released language" in proc.stdout + proc.stderr


def test_correct_catalogs_pass_the_check(translated):
    proc = cli(translated, "i18n", "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr


MARKUP = "Un {term}`jalon` marque une étape ; lancez `pytest exercises/` et lisez " \
         "[le guide](https://semver.org/lang/fr/)."
STYLE = "Le planning est *indicatif* et **révisé** chaque semaine."

BROKEN = {
    "role-target-changed": (MARKUP, ("A {term}`milestone` marks a step; run `pytest exercises/` "
                            "and read [the guide](https://semver.org/lang/fr/)."),
                            "roles (and targets) differ"),
    "code-span-changed": (MARKUP, ("A {term}`milestone <jalon>` marks a step; run `pytest` and "
                          "read [the guide](https://semver.org/lang/fr/)."), "code spans differ"),
    "link-url-dropped": (MARKUP, ("A {term}`milestone <jalon>` marks a step; run "
                         "`pytest exercises/` and read the guide."), "links differ"),
    "emphasis-lost": (STYLE, "The schedule is indicative and **revised** every week.",
                      "emphasis differ"),
    "unbalanced-markup": (STYLE, "The schedule is *indicative* and **revised every week.",
                          "unbalanced or broken markup"),
    "not-a-paragraph": (STYLE, "- The schedule is *indicative* and **revised** every week.",
                        "Sphinx would drop it"),
    "untranslated": (STYLE, "", "untranslated message in a released language"),
}


@pytest.mark.parametrize(("msgid", "msgstr", "message"), BROKEN.values(), ids=BROKEN.keys())
def test_check_reports_broken_translation(translated, msgid, msgstr, message):
    path = catalog(translated, "01-module")
    set_msgstr(path, msgid, msgstr)
    proc = cli(translated, "i18n", "check")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1
    line = polib.pofile(str(path)).find(msgid).linenum
    assert f"01-module.po:{line}: " in out and message in out, out
    assert msgid[:30] in out


def test_check_reports_syntax_error(translated):
    path = catalog(translated, "01-module")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('msgstr "Planning a project"', 'msgstr "Planning a "project"'),
                    encoding="utf-8")
    proc = cli(translated, "i18n", "check")
    assert proc.returncode == 1
    assert "01-module.po:" in proc.stdout and "msgfmt:" in proc.stdout, proc.stdout


def test_check_reports_catalog_out_of_sync(translated):
    page_md = translated.srcdir / "01-module.md"
    page_md.write_text(page_md.read_text(encoding="utf-8") + "\nUn nouveau paragraphe.\n",
                       encoding="utf-8")
    proc = cli(translated, "i18n", "check")
    assert proc.returncode == 1
    assert "message of the source missing; run: cpt-course i18n update --lang en" in proc.stdout
    assert "Un nouveau paragraphe." in proc.stdout


def test_check_reports_lost_placeholder(translated):
    page_md = translated.srcdir / "01-module.md"
    page_md.write_text(page_md.read_text(encoding="utf-8") + "\nLe score vaut {score} points.\n",
                       encoding="utf-8")
    assert cli(translated, "i18n", "update").returncode == 0
    set_msgstr(catalog(translated, "01-module"), "Le score vaut {score} points.",
               "The score is a number of points.")
    proc = cli(translated, "i18n", "check")
    assert "placeholders differ from the source (missing: {score})" in proc.stdout


def test_dropped_translation_fails_the_build(translated, tmp_path):
    set_msgstr(catalog(translated, "01-module"), STYLE,
               "- The schedule is *indicative* and **revised** every week.")
    result = sphinx(translated, tmp_path / "out", lang="en")
    assert not result.ok
    assert any("docs/01-module.md:" in p and "was dropped by Sphinx" in p and "[cpt.i18n]" in p
               for p in result.problems), result.problems
