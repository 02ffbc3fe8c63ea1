"""Checker — Comparer des offres sur la même base."""

from __future__ import annotations

import json
from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data" / "07_offers.json"

A = "Offre A : ESN, directrice de projet (hypothèse)"
B = "Offre B : éditeur de logiciels (hypothèse)"
C = "Offre C : Verdura, Program Manager (hypothèse)"


def offers() -> list[dict]:
    with DATA.open(encoding="utf-8") as handle:
        return json.load(handle)["offers"]


def test_package_of_offer_a(exercise):
    expect(exercise.package_value(offers()[0]),
           {"fixed": 48000, "variable": 6000, "benefits": 2000, "total": 56000},
           _("package of offer A (variable counted at its historical payout rate)"),
           advice=_("A maximum variable is not guaranteed: multiply it by the rate "
                    "actually paid."))


def test_package_of_offer_b(exercise):
    expect(exercise.package_value(offers()[1]),
           {"fixed": 49400, "variable": 1600, "benefits": 2500, "total": 53500},
           _("package of offer B (13 monthly payments)"),
           advice=_("The fixed salary is the monthly gross times the number of payments."))


def test_package_edge_case(exercise):
    offer = {"name": "X", "monthly_gross": 3000, "months": 12, "variable_max": 1234,
             "variable_paid_rate": 0.7, "benefits": {}}
    expect(exercise.package_value(offer),
           {"fixed": 36000, "variable": 864, "benefits": 0, "total": 36864},
           _("package without benefits, variable rounded to the nearest euro (863.8 → 864)"))


def test_ranking_of_the_three_offers(exercise):
    expect(exercise.rank_offers(offers()), [A, B, C],
           _("ranking of the three offers on their total value"))
    expect(exercise.rank_offers(offers(), basis="fixed"), [B, A, C],
           _("ranking of the three offers on the fixed salary only (the guaranteed part)"))


def test_ranking_ties_and_errors(exercise):
    same = {"monthly_gross": 3000, "months": 12, "variable_max": 0, "variable_paid_rate": 0,
            "benefits": {}}
    expect(exercise.rank_offers([{**same, "name": "Z"}, {**same, "name": "Y"}]), ["Z", "Y"],
           _("two offers of equal value keep their order in the list"))
    expect_raises(ValueError, lambda: exercise.rank_offers(offers(), basis="net"),
                  _("ValueError for an unknown basis (\"net\")"))
