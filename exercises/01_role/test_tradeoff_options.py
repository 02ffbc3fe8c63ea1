"""Checker — Chiffrer les options d’arbitrage d’une demande de changement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data" / "01_deferrable_features.csv"

#: Go-live of Boutique 2.0 and the public holidays of spring 2027 (Easter Monday, Ascension).
GO_LIVE = date(2027, 4, 22)
HOLIDAYS = {date(2027, 3, 29), date(2027, 5, 6)}


def test_budget_option_of_the_change_request(exercise):
    expect(exercise.budget_option(24, 650, 40_000, ramp_up=3),
           {"extra_cost": 17_550, "remaining_provision": 22_450, "within_provision": True},
           _("reinforcement option: 24 person-days plus 3 days of ramp-up at 650 € against "
             "a 40,000 € provision"),
           advice=_("The reinforcement is paid for the extra work and for its ramp-up days."))
    expect(exercise.budget_option(70, 650, 40_000),
           {"extra_cost": 45_500, "remaining_provision": -5_500, "within_provision": False},
           _("reinforcement option that exceeds the provision (70 person-days at 650 €)"))


def test_budget_option_edges(exercise):
    expect(exercise.budget_option(10, 500, 5_000),
           {"extra_cost": 5_000, "remaining_provision": 0, "within_provision": True},
           _("extra cost exactly equal to the provision (it is still within the provision)"),
           advice=_("Equality counts: compare with <= rather than <."))
    expect_raises(ValueError, lambda: exercise.budget_option(-5, 650, 40_000),
                  _("a negative effort is refused with ValueError"))


def test_delay_option_of_boutique_2_0(exercise):
    expect(exercise.delay_option(GO_LIVE, 24, 4, HOLIDAYS), date(2027, 4, 30),
           _("new go-live date for 24 person-days absorbed by a team of 4"))
    expect(exercise.delay_option(GO_LIVE, 26, 4, HOLIDAYS), date(2027, 5, 3),
           _("new go-live date for 26 person-days absorbed by a team of 4 (6.5 days of delay)"),
           advice=_("A day that is started counts as a whole day: round up with math.ceil."))
    expect(exercise.delay_option(GO_LIVE, 40, 4, HOLIDAYS), date(2027, 5, 7),
           _("new go-live date for 40 person-days, skipping Ascension Day (6 May 2027)"))


def test_delay_option_edges(exercise):
    expect(exercise.delay_option(date(2027, 3, 26), 4, 4, HOLIDAYS), date(2027, 3, 30),
           _("one working day after Friday 26 March 2027, Easter Monday being a holiday"),
           advice=_("Skip Saturdays, Sundays and the dates listed in holidays."))
    expect(exercise.delay_option(GO_LIVE, 0, 4, HOLIDAYS), GO_LIVE,
           _("end date unchanged when the change request adds no work"))
    expect_raises(ValueError, lambda: exercise.delay_option(GO_LIVE, 24, 0, HOLIDAYS),
                  _("a team of 0 people is refused with ValueError"))


def test_scope_option_of_the_change_request(exercise):
    expect(exercise.scope_option(DATA, 24),
           ["Programme de parrainage", "Comparateur de produits", "Liste d’envies"],
           _("features deferred to free 24 person-days, in the order they are deferred"),
           advice=_("Defer the features of lowest value first; at equal value, keep the order "
                    "of the file."))


def test_scope_option_edges(exercise):
    expect(exercise.scope_option(DATA, 19),
           ["Programme de parrainage", "Comparateur de produits"],
           _("features deferred to free exactly 19 person-days (10 + 9 is enough)"),
           advice=_("Stop as soon as the freed effort reaches the need: equality is enough."))
    expect(exercise.scope_option(DATA, 0), [],
           _("features deferred when the change request adds no work"))
    expect_raises(ValueError, lambda: exercise.scope_option(DATA, 61),
                  _("a need of 61 person-days (more than all the features) is refused with "
                    "ValueError"))
