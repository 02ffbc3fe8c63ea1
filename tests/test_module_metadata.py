"""Bad module metadata fails the build with the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_root, sphinx

GOOD = """---
title: Un module d'essai
duration: 45
objectives:
  - Décrire un projet.
prerequisites: []
---

Texte.
"""


@pytest.mark.parametrize(
    ("front", "line", "expected"),
    [
        ("title: Essai\nobjectives:\n  - Décrire.\nprerequisites: []\n", 1,
         "lacks the 'duration' field"),
        ("title: Essai\nduration: une heure\nobjectives:\n  - Décrire.\nprerequisites: []\n",
         3, "'duration' must be a positive whole number of minutes, got 'une heure'"),
        ("title: Essai\nduration: 30\ndurée: 30\nobjectives:\n  - Décrire.\nprerequisites: []\n",
         4, "unknown front-matter field 'durée'"),
        ("title: Essai\nduration: 30\nobjectives: Décrire\nprerequisites: []\n",
         4, "'objectives' must be a list of non-empty texts"),
    ],
    ids=["no-duration", "duration-not-a-number", "unknown-key", "objectives-not-a-list"],
)
def test_invalid_metadata_names_file_line_and_field(tmp_path: Path, front, line, expected):
    project = copy_root("test-modules", tmp_path / "src")
    (project.srcdir / "02-second.md").write_text(f"---\n{front}---\n\nTexte.\n", "utf-8")
    result = sphinx(project, tmp_path / "out")
    assert not result.ok
    assert any(f"docs/02-second.md:{line}: WARNING: " in p and expected in p
               and "[cpt.module]" in p for p in result.problems), result.problems


def test_missing_front_matter_is_reported(tmp_path: Path):
    project = copy_root("test-modules", tmp_path / "src")
    (project.srcdir / "02-second.md").write_text("# Sans métadonnées\n\nTexte.\n", "utf-8")
    result = sphinx(project, tmp_path / "out")
    assert not result.ok
    assert any("docs/02-second.md:1:" in p and "has no front matter" in p
               for p in result.problems), result.problems


def test_valid_metadata_builds_cleanly(tmp_path: Path):
    project = copy_root("test-modules", tmp_path / "src")
    (project.srcdir / "02-second.md").write_text(GOOD, "utf-8")
    result = sphinx(project, tmp_path / "out")
    assert result.ok, result.problems
    assert result.problems == []
