"""Checker — Trier le registre des risques de Boutique 2.0."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data"

REGISTER = [("R1", 12, "high"), ("R3", 10, "high"), ("R4", 9, "medium"), ("R2", 8, "medium"),
            ("R5", 8, "medium"), ("R6", 5, "high")]


def test_levels_at_the_thresholds(exercise):
    expect(exercise.risk_level(2, 2), "low", _("level of a risk with probability 2 and impact 2"))
    expect(exercise.risk_level(5, 1), "medium",
           _("level of a risk with probability 5 and impact 1 (score 5)"))
    expect(exercise.risk_level(3, 3), "medium",
           _("level of a risk with probability 3 and impact 3 (score 9)"))
    expect(exercise.risk_level(5, 2), "high",
           _("level of a risk with probability 5 and impact 2 (score 10)"),
           advice=_("Each threshold belongs to the higher level: a score of 10 is already "
                    "'high'."))
    expect(exercise.risk_level(4, 4), "critical",
           _("level of a risk with probability 4 and impact 4 (score 16)"))


def test_impact_5_is_at_least_high(exercise):
    expect(exercise.risk_level(1, 5), "high",
           _("level of a risk with probability 1 and impact 5 (impact 5 is at least high)"),
           advice=_("Apply the exception after the thresholds: impact 5 raises 'low' or "
                    "'medium' to 'high'."))
    expect(exercise.risk_level(3, 5), "critical",
           _("level of a risk with probability 3 and impact 5 (score 15)"))


def test_invalid_ratings(exercise):
    expect_raises(ValueError, lambda: exercise.risk_level(6, 2),
                  _("a probability of 6 raises ValueError"))
    expect_raises(ValueError, lambda: exercise.risk_level(0, 3),
                  _("a probability of 0 raises ValueError"))
    expect_raises(ValueError, lambda: exercise.risk_level(3, 7),
                  _("an impact of 7 raises ValueError"))


def test_register_of_boutique_2_0(exercise, tmp_path):
    expect(exercise.risk_register(DATA / "02_risks.csv"), REGISTER,
           _("register of Boutique 2.0 sorted by score, then by id"),
           advice=_("Sort with key=lambda risk: (-risk[1], risk[0]): R2 comes before R5."))
    wrong = tmp_path / "risks.csv"
    wrong.write_text("id,description,probability,impact\nR7,Risque mal noté,6,2\n",
                     encoding="utf-8")
    expect_raises(ValueError, lambda: exercise.risk_register(wrong),
                  _("a register with a probability of 6 raises ValueError"))


def test_risks_to_escalate(exercise):
    expect(exercise.risks_to_escalate(REGISTER, 10), ["R1", "R3"],
           _("risks with a score of at least 10, in the order of the register"),
           advice=_("'At least' means >=: a score equal to the threshold is escalated."))
    expect(exercise.risks_to_escalate(REGISTER, 8), ["R1", "R3", "R4", "R2", "R5"],
           _("risks with a score of at least 8, in the order of the register"))
    expect(exercise.risks_to_escalate(REGISTER, 13), [],
           _("risks with a score of at least 13 (none)"))
