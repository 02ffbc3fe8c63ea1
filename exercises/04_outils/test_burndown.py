"""Checker — Tracer le burndown d’un sprint et prévoir le nombre de sprints restants."""

from __future__ import annotations

from cpt_course.checking import _, expect, expect_raises

# Le sprint de l’énoncé : 28 points engagés sur 10 jours ouvrés (chiffres fictifs).
DONE = [0, 3, 2, 5, 0, 0, 5, 3, 5, 3]
ADDED = [0, 0, 0, 0, 0, 3, 0, 0, 0, 0]
# Vélocités des quatre derniers sprints, du plus ancien au plus récent (chiffres fictifs).
VELOCITIES = [22, 30, 29, 26]


def test_ideal_line(exercise):
    expect(exercise.ideal_line(28, 10),
           [28.0, 25.2, 22.4, 19.6, 16.8, 14.0, 11.2, 8.4, 5.6, 2.8, 0.0],
           _("ideal line of a 28-point sprint over 10 days (day 0 to day 10, 1 decimal)"),
           advice=_("There are days + 1 values: day 0 (the start of the sprint) is one of them."))
    expect(exercise.ideal_line(10, 4), [10.0, 7.5, 5.0, 2.5, 0.0],
           _("ideal line of a 10-point sprint over 4 days"))
    expect_raises(ValueError, lambda: exercise.ideal_line(10, 0),
                  _("ideal_line raises ValueError for a sprint of 0 days"))


def test_remaining_work_of_the_sprint(exercise):
    expect(exercise.remaining_work(28, DONE, ADDED),
           [28, 28, 25, 23, 18, 18, 21, 16, 13, 8, 5],
           _("remaining work of the sprint, day by day (3 points added on day 6)"),
           advice=_("Work added to the sprint makes the curve go up: add it to what remains."))


def test_remaining_work_edge_cases(exercise):
    expect(exercise.remaining_work(10, [], []), [10],
           _("remaining work before the first day (no day yet)"))
    expect_raises(ValueError, lambda: exercise.remaining_work(10, [2, 3], [0]),
                  _("remaining_work raises ValueError when done and added differ in length"))


def test_forecast_of_the_module(exercise):
    expect(exercise.forecast(140, [26, 30, 28]), (28.0, 5),
           _("forecast for 140 points with velocities 26, 30 and 28 (example of the module)"))
    expect(exercise.forecast(162, [24, 27, 30]), (27.0, 6),
           _("forecast for 162 points with velocities 24, 27 and 30 (quiz of the module)"))


def test_forecast_of_boutique_2_0(exercise):
    expect(exercise.forecast(120, VELOCITIES), (28.3, 5),
           _("forecast for 120 points with the last 3 of the sprints 22, 30, 29, 26"),
           advice=_("Average of the last 3 sprints only; 120 / 28.33 = 4.2, and a started "
                    "sprint counts: round up."))


def test_forecast_edge_cases(exercise):
    expect(exercise.forecast(50, [18, 22]), (20.0, 3),
           _("forecast for 50 points with only 2 sprints measured (average of both)"))
    expect(exercise.forecast(0, [20]), (20.0, 0), _("forecast when nothing remains"))
    expect_raises(ValueError, lambda: exercise.forecast(50, []),
                  _("forecast raises ValueError without any measured velocity"))
