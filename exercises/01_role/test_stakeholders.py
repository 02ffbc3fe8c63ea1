"""Checker — Cartographier les parties prenantes de Boutique 2.0."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect

DATA = Path(__file__).resolve().parent.parent / "data" / "stakeholders.csv"


def test_quadrant_corners(exercise):
    expect(exercise.quadrant(5, 5), "manage_closely",
           _("quadrant of a stakeholder with power 5 and interest 5"))
    expect(exercise.quadrant(5, 1), "keep_satisfied",
           _("quadrant of a stakeholder with power 5 and interest 1"))
    expect(exercise.quadrant(1, 5), "keep_informed",
           _("quadrant of a stakeholder with power 1 and interest 5"))
    expect(exercise.quadrant(1, 1), "monitor",
           _("quadrant of a stakeholder with power 1 and interest 1"))


def test_three_counts_as_high(exercise):
    expect(exercise.quadrant(3, 3), "manage_closely",
           _("quadrant of a stakeholder with power 3 and interest 3 (3 is high)"))
    expect(exercise.quadrant(2, 3), "keep_informed",
           _("quadrant of a stakeholder with power 2 and interest 3"))


def test_map_of_boutique_2_0(exercise):
    grid = exercise.stakeholder_map(DATA)
    expect(sorted(grid), sorted(["manage_closely", "keep_satisfied", "keep_informed", "monitor"]),
           _("keys of the map (one per quadrant, even empty)"))
    expect(grid["keep_satisfied"], ["Paul Mercier", "Élodie Bernard"],
           _("stakeholders to keep satisfied, in the order of the file"))
    expect(grid["manage_closely"],
           ["Hélène Garnier", "Marc Lefèvre", "Sofia Benali", "Camille Martin", "Thomas Nguyen"],
           _("stakeholders to manage closely, in the order of the file"))
    expect(len(grid["keep_informed"]), 6, _("number of stakeholders to keep informed"))
    expect(grid["monitor"], [], _("stakeholders to monitor"))
