"""Checker — Calculer le chemin critique de Boutique 2.0."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data"
PLAN = DATA / "plan.csv"
START = date(2027, 1, 4)
EASTER_MONDAY = date(2027, 3, 29)

SMALL_PLAN = """id,name,duration,depends_on,owner
X,Premier lot,3,,Karim Haddad
Y,Second lot,5,,Inès Carpentier
W,Lot isolé,1,,Yann Le Goff
Z,Assemblage,2,X;Y,Julien Roux
"""


def test_earliest_times_of_boutique_2_0(exercise):
    times = exercise.earliest_times(PLAN)
    expect(times, {"A": (0, 10), "B": (10, 25), "C": (10, 20), "D": (25, 55), "E": (20, 40),
                   "F": (20, 45), "G": (55, 70), "H": (45, 55), "I": (70, 75), "J": (75, 78)},
           _("earliest start and finish of each task of the Boutique 2.0 plan"),
           advice=_("A task starts when its LATEST predecessor finishes: take the max of their "
                    "finishes."))
    expect(max(finish for _start, finish in times.values()), 78,
           _("duration of the Boutique 2.0 project, in working days"))


def test_critical_path_of_boutique_2_0(exercise):
    path, slacks = exercise.critical_path(PLAN)
    expect(slacks, {"A": 0, "B": 0, "C": 5, "D": 0, "E": 15, "F": 10, "G": 0, "H": 20, "I": 0,
                    "J": 0},
           _("slack of each task of the Boutique 2.0 plan"),
           advice=_("The latest finish of a task is the smallest LATEST start of its "
                    "successors, not their earliest start."))
    expect(path, ["A", "B", "D", "G", "I", "J"],
           _("critical path of the Boutique 2.0 plan (tasks with zero slack, in file order)"))


def test_small_plan(exercise, tmp_path):
    plan = tmp_path / "plan.csv"
    plan.write_text(SMALL_PLAN, encoding="utf-8")
    expect(exercise.earliest_times(plan), {"X": (0, 3), "Y": (0, 5), "W": (0, 1), "Z": (5, 7)},
           _("earliest times of a small plan with three tasks without predecessor"))
    expect(exercise.critical_path(plan), (["Y", "Z"], {"X": 2, "Y": 0, "W": 6, "Z": 0}),
           _("critical path and slacks of a small plan (a task without successor may have "
             "slack)"),
           advice=_("A task without successor can finish as late as the end of the project."))


def test_milestone_dates(exercise):
    holidays = [EASTER_MONDAY]
    expect(exercise.working_day_date(START, 1, holidays), date(2027, 1, 4),
           _("date of working day 1 (the start date itself)"),
           advice=_("Day 1 is the start date: count it as the first working day."))
    expect(exercise.working_day_date(START, 10, holidays), date(2027, 1, 15),
           _("date of working day 10 (end of A, milestone J1)"))
    expect(exercise.working_day_date(START, 55, holidays), date(2027, 3, 19),
           _("date of working day 55 (end of D, milestone J3)"))
    expect(exercise.working_day_date(START, 70, holidays), date(2027, 4, 12),
           _("date of working day 70 (end of G, milestone J4, after Easter Monday)"),
           advice=_("Skip the public holidays as well as Saturdays and Sundays."))
    expect(exercise.working_day_date(START, 78, holidays), date(2027, 4, 22),
           _("end date of the project (working day 78) with Easter Monday as a holiday"))
    expect(exercise.working_day_date(START, 78, []), date(2027, 4, 21),
           _("end date of the project (working day 78) without any holiday"))


def test_calendar_edge_cases(exercise):
    expect(exercise.working_day_date(date(2027, 1, 2), 1, []), date(2027, 1, 4),
           _("date of working day 1 for a project launched on a Saturday"))
    expect(exercise.working_day_date(date(2027, 3, 26), 2, [EASTER_MONDAY]), date(2027, 3, 30),
           _("date of working day 2 when day 1 is a Friday followed by Easter Monday"))
    expect_raises(ValueError, lambda: exercise.working_day_date(START, 0, []),
                  _("working day 0 raises ValueError"))
