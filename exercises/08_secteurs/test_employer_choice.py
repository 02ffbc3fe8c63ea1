"""Checker — Choisir un employeur avec une grille de critères pondérés."""

from __future__ import annotations

import json
from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data" / "08_employer_grid.json"
GRID = json.loads(DATA.read_text(encoding="utf-8"))
WEIGHTS, OFFERS = GRID["weights"], GRID["offers"]

#: A small grid for the edge cases: two criteria.
SMALL = {"projets": 3, "salaire": 2}


def test_weighted_score_of_the_module_example(exercise):
    expect(exercise.weighted_score(WEIGHTS, OFFERS["A"]), 48,
           _("weighted score of offer A (the example of the module)"),
           advice=_("Add up weight × score over all the criteria."))
    expect(exercise.weighted_score(WEIGHTS, OFFERS["B"]), 44,
           _("weighted score of offer B (the example of the module)"))
    expect(exercise.weighted_score(WEIGHTS, OFFERS["C"]), 44,
           _("weighted score of offer C"))
    expect(exercise.weighted_score(SMALL, {"projets": 4, "salaire": 5}), 22,
           _("weighted score on a grid of two criteria (3 × 4 + 2 × 5)"))


def test_invalid_grids_are_refused(exercise):
    expect_raises(ValueError,
                  lambda: exercise.weighted_score({"projets": 4, "salaire": 2},
                                                  {"projets": 4, "salaire": 5}),
                  _("a weight of 4 (above 3) is refused with ValueError"),
                  advice=_("Check every weight (1 to 3) and every score (1 to 5) before adding "
                           "up."))
    expect_raises(ValueError,
                  lambda: exercise.weighted_score({"projets": 0, "salaire": 2},
                                                  {"projets": 4, "salaire": 5}),
                  _("a weight of 0 (below 1) is refused with ValueError"))
    expect_raises(ValueError, lambda: exercise.weighted_score(SMALL, {"projets": 6, "salaire": 5}),
                  _("a score of 6 (above 5) is refused with ValueError"))
    expect_raises(ValueError, lambda: exercise.weighted_score(SMALL, {"projets": 4}),
                  _("scores that miss a criterion of the grid are refused with ValueError"))


def test_ranking_with_a_tie(exercise):
    expect(exercise.rank_offers(WEIGHTS, OFFERS), [("A", 48), ("C", 44), ("B", 44)],
           _("ranking of offers A, B and C (B and C tie at 44, C is better on the essential "
             "criteria)"),
           advice=_("At equal score, compare the weighted score on the criteria of weight 3 "
                    "before the names."))


def test_ranking_with_a_full_tie(exercise):
    same = {"projets": 4, "salaire": 5}
    expect(exercise.rank_offers(SMALL, {"Y": same, "X": same}), [("X", 22), ("Y", 22)],
           _("ranking of two offers with the same scores everywhere (alphabetical order)"))


def test_robustness(exercise):
    expect(exercise.is_robust(WEIGHTS, OFFERS), True,
           _("robustness of the choice of offer A (4 points ahead)"))
    weights = {"salaire": 2, "télétravail": 2}
    fragile = {"X": {"salaire": 5, "télétravail": 3}, "Y": {"salaire": 3, "télétravail": 4}}
    expect(exercise.is_robust(weights, fragile), False,
           _("robustness of a choice that a lower weight on salary turns into a tie"),
           advice=_("Try each weight one step lower as well as one step higher; a tie is "
                    "not a win."))
    tied = {"X": {"salaire": 5, "télétravail": 2}, "Y": {"salaire": 3, "télétravail": 4}}
    expect(exercise.is_robust(weights, tied), False,
           _("robustness when two offers tie with the given weights"))
    alone = {"X": {"salaire": 5, "télétravail": 3}}
    expect(exercise.is_robust(weights, alone), True, _("robustness with a single offer"))
