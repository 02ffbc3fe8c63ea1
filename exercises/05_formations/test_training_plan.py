"""Checker — Ordonner le plan de formation de Karim Haddad."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data" / "05_trainings.csv"

#: The trainings Karim Haddad chooses after the go-live of Boutique 2.0 (module 5).
KARIM = ["FGP", "PLA", "BUD", "RIS", "AGI", "SMP"]


def test_read_catalogue(exercise):
    catalogue = exercise.read_catalogue(DATA)
    expect(list(catalogue), ["AGI", "BUD", "COM", "FGP", "KAN", "PLA", "RIS", "SMP"],
           _("identifiers of the catalogue, in the order of the file"))
    expect(catalogue["BUD"],
           {"title": "Budget de projet et valeur acquise", "hours": 14, "cost": 850,
            "prerequisites": ["FGP", "PLA"]},
           _("the BUD training as read from the catalogue (numbers as int, prerequisites "
             "as a list)"))
    expect(catalogue["AGI"]["prerequisites"], [],
           _("prerequisites of AGI (an empty cell gives an empty list)"),
           advice=_("\"\".split(\";\") gives [\"\"], not []: drop the empty pieces."))


def test_order_of_karim_plan(exercise):
    catalogue = exercise.read_catalogue(DATA)
    expect(exercise.order_trainings(catalogue, KARIM),
           ["AGI", "FGP", "PLA", "BUD", "RIS", "SMP"],
           _("order of Karim's training plan (prerequisites first, ties by catalogue order)"),
           advice=_("After placing a training, start again from the top of the catalogue."))


def test_trainings_already_done(exercise):
    catalogue = exercise.read_catalogue(DATA)
    expect(exercise.order_trainings(catalogue, ["SMP", "PLA", "BUD"], done=["FGP", "AGI"]),
           ["PLA", "BUD", "SMP"],
           _("order of PLA, BUD and SMP when FGP and AGI are already done"))


def test_missing_prerequisite_and_cycle(exercise):
    catalogue = exercise.read_catalogue(DATA)
    expect_raises(ValueError, lambda: exercise.order_trainings(catalogue, ["BUD", "PLA"]),
                  _("ValueError when a prerequisite (FGP) is neither chosen nor done"))
    looping = {
        "X": {"title": "X", "hours": 7, "cost": 100, "prerequisites": ["Y"]},
        "Y": {"title": "Y", "hours": 7, "cost": 100, "prerequisites": ["X"]},
        "Z": {"title": "Z", "hours": 7, "cost": 100, "prerequisites": []},
    }
    expect_raises(ValueError, lambda: exercise.order_trainings(looping, ["X", "Y", "Z"]),
                  _("ValueError when prerequisites form a cycle (X needs Y, Y needs X)"))


def test_plan_totals(exercise):
    catalogue = exercise.read_catalogue(DATA)
    expect(exercise.plan_totals(catalogue, KARIM), {"hours": 77, "cost": 4600},
           _("total hours and cost of Karim's plan"))
    expect(exercise.plan_totals(catalogue, []), {"hours": 0, "cost": 0},
           _("totals of an empty plan"))
