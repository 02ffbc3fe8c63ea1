"""Checker — Estimer à trois points la durée de Boutique 2.0."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect, expect_close, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data"
ESTIMATES = DATA / "02_estimates.csv"
CRITICAL_PATH = ["A", "B", "D", "G", "I", "J"]


def test_three_point_of_the_erp_connector(exercise):
    expected, sigma = exercise.three_point(18, 24, 36)
    expect_close(expected, 25.0, _("expected duration of the ERP connector (F: O 18, M 24, P 36)"),
                 advice=_("E = (O + 4M + P) / 6: the most likely value counts four times."))
    expect_close(sigma, 3.0, _("standard deviation of the ERP connector (F: O 18, M 24, P 36)"))


def test_three_point_rounding(exercise):
    expect(exercise.three_point(14, 19, 30), (20.0, 2.67),
           _("estimate of the payment integration (O 14, M 19, P 30), rounded to 2 decimals"))
    expect(exercise.three_point(5, 5, 5), (5.0, 0.0),
           _("estimate of a task without uncertainty (O = M = P = 5)"))


def test_three_point_rejects_inconsistent_values(exercise):
    expect_raises(ValueError, lambda: exercise.three_point(10, 8, 12),
                  _("an estimate whose most likely value is below the optimistic one raises "
                    "ValueError"))
    expect_raises(ValueError, lambda: exercise.three_point(5, 10, 9),
                  _("an estimate whose pessimistic value is below the most likely one raises "
                    "ValueError"))
    expect_raises(ValueError, lambda: exercise.three_point(-2, 3, 4),
                  _("an estimate with a negative optimistic value raises ValueError"))


def test_estimate_of_the_critical_path(exercise):
    expected, sigma = exercise.chain_estimate(ESTIMATES, CRITICAL_PATH)
    expect_close(expected, 78.0,
                 _("expected duration of the critical path A, B, D, G, I, J (in days)"))
    expect_close(sigma, 4.31, _("standard deviation of the critical path A, B, D, G, I, J"),
                 advice=_("Add the squares of the standard deviations, then take the square "
                          "root (math.sqrt): standard deviations do not add up."))


def test_estimate_of_short_chains(exercise):
    expect(exercise.chain_estimate(ESTIMATES, ["F"]), (25.0, 3.0),
           _("estimate of the chain made of F alone"))
    expect(exercise.chain_estimate(ESTIMATES, ["C", "F", "H"]), (45.0, 3.57),
           _("estimate of the chain C, F, H (architecture, ERP connector, migration)"))
