"""Checker — Planifier les actions du plan de carrière de Camille Martin."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect

DATA = Path(__file__).resolve().parent.parent / "data" / "06_skills_gap.csv"

BENEFITS = "Définir avec Sofia Benali les indicateurs à suivre"
GOVERNANCE = "Animer un comité commun à plusieurs projets"
BUDGET = "Suivre une formation en finance de projet"
DEPENDENCIES = "Cartographier les dépendances des projets du digital"

#: Camille's three actions, placed from May 2027 (after the go-live of Boutique 2.0).
PLANNED = [(BENEFITS, "2027-05", "2027-07"), (GOVERNANCE, "2027-08", "2028-02"),
           (BUDGET, "2028-03", "2028-04")]


def test_priority_actions_of_camille(exercise):
    expect(exercise.priority_actions(DATA), [(BENEFITS, 3), (GOVERNANCE, 7), (BUDGET, 2)],
           _("Camille's three priority actions (largest gap first, ties in file order)"),
           advice=_("The gap is target - level; sort on it, largest first."))
    expect(exercise.priority_actions(DATA, max_actions=4),
           [(BENEFITS, 3), (GOVERNANCE, 7), (BUDGET, 2), (DEPENDENCIES, 2)],
           _("Camille's priority actions when four are allowed"))


def test_skills_without_gap_are_left_out(exercise, tmp_path):
    table = tmp_path / "gap.csv"
    table.write_text("skill,level,target,action,months\n"
                     "A,3,3,Action A,2\n"
                     "B,2,3,Action B,1\n"
                     "C,4,3,Action C,5\n", encoding="utf-8")
    expect(exercise.priority_actions(table), [("Action B", 1)],
           _("priority actions when two skills have no gap (level >= target)"))


def test_schedule_of_camille(exercise):
    actions = [(BENEFITS, 3), (GOVERNANCE, 7), (BUDGET, 2)]
    expect(exercise.schedule(actions, "2027-05"), PLANNED,
           _("schedule of Camille's three actions from May 2027"),
           advice=_("An action of 3 months started in 2027-05 ends in 2027-07, not 2027-08."))


def test_schedule_edge_cases(exercise):
    expect(exercise.schedule([("X", 1)], "2027-12"), [("X", "2027-12", "2027-12")],
           _("schedule of a one-month action started in December"))
    expect(exercise.schedule([("X", 2), ("Y", 12)], "2027-11"),
           [("X", "2027-11", "2027-12"), ("Y", "2028-01", "2028-12")],
           _("schedule of two actions across the end of the year"))
    expect(exercise.schedule([], "2027-05"), [], _("schedule of no action"))


def test_fits_horizon(exercise):
    expect(exercise.fits_horizon(PLANNED, "2027-05", 1), True,
           _("Camille's plan ends within one year (12 months exactly)"),
           advice=_("Count the months with both ends included: 2027-05 to 2028-04 is 12 months."))
    longer = [*PLANNED, (DEPENDENCIES, "2028-05", "2028-06")]
    expect(exercise.fits_horizon(longer, "2027-05", 1), False,
           _("the plan with four actions (14 months) does not fit in one year"))
    expect(exercise.fits_horizon(longer, "2027-05", 2), True,
           _("the plan with four actions fits in two years"))
    expect(exercise.fits_horizon([], "2027-05", 1), True, _("an empty plan always fits"))
