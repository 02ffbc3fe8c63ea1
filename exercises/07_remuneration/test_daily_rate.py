"""Checker — Du TJM au revenu d’un CPT freelance."""

from __future__ import annotations

import json
from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data" / "07_freelance.json"


def hypotheses() -> dict:
    with DATA.open(encoding="utf-8") as handle:
        return json.load(handle)


def test_billable_days_of_the_module(exercise):
    data = hypotheses()
    expect(exercise.billable_days(data["working_days"], data["deductions"]), 190,
           _("billable days of the module's example (250 working days)"))
    longer = {**data["deductions"], "intercontrat": 40}
    expect(exercise.billable_days(data["working_days"], longer), 170,
           _("billable days with 40 days between two missions"))


def test_billable_days_errors(exercise):
    expect_raises(ValueError,
                  lambda: exercise.billable_days(250, {"congés": 25, "intercontrat": 235}),
                  _("ValueError when the deductions exceed the working days"))
    expect_raises(ValueError,
                  lambda: exercise.billable_days(250, {"congés": 25, "intercontrat": 225}),
                  _("ValueError when no day is left to bill (0 days)"))
    expect_raises(ValueError, lambda: exercise.billable_days(250, {"congés": -5}),
                  _("ValueError for a negative deduction"))


def test_annual_income_of_the_module(exercise):
    data = hypotheses()
    expect(exercise.annual_income(data["daily_rate"], 190, data["expenses"],
                                  data["contributions"]),
           {"turnover": 114000, "income": 65000, "naive_gap": 30000},
           _("turnover, income and overestimate of the naive calculation in the module's "
             "example"))


def test_required_daily_rate(exercise):
    data = hypotheses()
    expect(exercise.required_daily_rate(data["target_income"], 190, data["expenses"],
                                        data["charges_rate"]), 600,
           _("TJM needed for 65,000 € with 190 days, 9,000 € of expenses and charges of "
             "35 percent (rounded up)"),
           advice=_("Round up to the next euro (math.ceil): with 599 € the income stays "
                    "below the target."))
    expect(exercise.required_daily_rate(70000, 190, 9000, 0.35), 640,
           _("TJM needed for 70,000 € with 190 days"))
    expect(exercise.required_daily_rate(65000, 170, 9000, 0.35), 670,
           _("TJM needed for 65,000 € with 170 days (more time between missions)"))
    expect(exercise.required_daily_rate(65100, 190, 9000, 0.35), 600,
           _("TJM needed when 600 € gives exactly the target (65,100 €)"),
           advice=_("When the division falls exactly on a whole euro, do not add one."))


def test_required_daily_rate_errors(exercise):
    expect_raises(ValueError, lambda: exercise.required_daily_rate(65000, 0, 9000, 0.35),
                  _("ValueError when there is no billable day"))
    expect_raises(ValueError, lambda: exercise.required_daily_rate(65000, 190, 9000, 1.0),
                  _("ValueError when the charges rate is 100 percent"))
