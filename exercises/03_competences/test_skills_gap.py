"""Checker — Construire un plan de progression à partir d’une autoévaluation."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data"
SKILLS = DATA / "03_skills.csv"


def test_gap(exercise):
    expect(exercise.skill_gap(1, 3), 2, _("gap of a skill at level 1 with target 3"))
    expect(exercise.skill_gap(1, 4), 3, _("gap of a skill at level 1 with target 4"))
    expect(exercise.skill_gap(3, 3), 0, _("gap of a skill already at its target"))
    expect(exercise.skill_gap(4, 2), 0, _("gap of a skill already above its target (4 for 2)"),
           advice=_("Being above the target is not a gap: the gap is never negative."))


def test_levels_outside_the_scale(exercise):
    expect_raises(ValueError, lambda: exercise.skill_gap(0, 3),
                  _("skill_gap(0, 3) raises ValueError (levels go from 1 to 4)"))
    expect_raises(ValueError, lambda: exercise.skill_gap(2, 5),
                  _("skill_gap(2, 5) raises ValueError (levels go from 1 to 4)"))


def test_priorities_of_ines(exercise):
    expect(exercise.development_plan(SKILLS),
           [("Animation de réunion", 2), ("Cloud", 2), ("Planification", 2)],
           _("the 3 priorities of Inès Carpentier's development plan"),
           advice=_("Biggest gap first; for equal gaps, the highest target first; then the "
                    "order of the file."))


def test_full_plan_of_ines(exercise):
    expect(exercise.development_plan(SKILLS, size=20),
           [("Animation de réunion", 2), ("Cloud", 2), ("Planification", 2),
            ("Négociation", 2), ("Gestion des conflits", 2), ("Architecture logicielle", 1),
            ("CI/CD et DevOps", 1), ("Feedback", 1), ("Suivi du budget", 1)],
           _("the whole plan of Inès Carpentier (size 20): every skill with a gap, none "
             "without"))


def test_profile_without_gap(exercise, tmp_path):
    path = tmp_path / "skills.csv"
    path.write_text("skill,family,current,target\nCloud,hard,3,3\nNégociation,soft,4,3\n",
                    encoding="utf-8")
    expect(exercise.development_plan(path), [],
           _("plan of a profile that has reached every target (no priority)"))
