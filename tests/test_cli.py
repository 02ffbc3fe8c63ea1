"""The ``cpt-course`` command line, as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import copy_root


def run_cli(*args: str, cwd: Path, lang: str = "fr") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cpt_course", *args], cwd=cwd, capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin", "CPT_COURSE_LANG": lang, "COLUMNS": "200"}, check=False,
    )


def test_unknown_language_fails_clearly(tmp_path: Path):
    project = copy_root("test-modules", tmp_path)
    proc = run_cli("build", "--lang", "xx", cwd=project.root)
    assert proc.returncode == 2
    assert "Aucun catalogue pour la langue «\u00a0xx\u00a0»" in proc.stderr
    assert "docs/locale/xx/LC_MESSAGES" in proc.stderr
    assert "cpt-course i18n update --lang xx" in proc.stderr
    assert not (tmp_path / "_build").exists()


def test_build_writes_site_and_language_index(tmp_path: Path):
    project = copy_root("test-modules", tmp_path)
    proc = run_cli("build", "--format", "html", cwd=project.root)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "_build/html/fr/01-first.html").is_file()
    index = (tmp_path / "_build/html/index.html").read_text(encoding="utf-8")
    assert 'href="fr/index.html"' in index and "Français" in index
    assert "_build/html/fr/index.html" in proc.stderr


def test_build_failure_names_file_and_line(tmp_path: Path):
    project = copy_root("test-modules", tmp_path)
    page = project.srcdir / "01-first.md"
    page.write_text(page.read_text(encoding="utf-8").replace("duration: 30", "duration: -5"),
                    encoding="utf-8")
    proc = run_cli("build", "--format", "html", cwd=project.root, lang="en")
    assert proc.returncode == 1
    assert "Build fr · html failed" in proc.stderr
    assert "docs/01-first.md:3:" in proc.stderr and "'duration'" in proc.stderr


def test_outside_a_project(tmp_path: Path):
    proc = run_cli("build", cwd=tmp_path)
    assert proc.returncode == 2
    assert "Aucun projet de cours" in proc.stderr
