"""Checker — Analyser un lot d’offres d’emploi de chef de projet technique."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data" / "08_job_offers.csv"


def test_offers_per_city(exercise):
    expect(exercise.count_by(DATA, "city"),
           [("Paris", 9), ("Lyon", 6), ("Lille", 5), ("Nantes", 5), ("Bordeaux", 2),
            ("Rennes", 2), ("Toulouse", 1)],
           _("offers per city, from the most to the fewest, ties in alphabetical order"),
           advice=_("Sort on two keys: the count, decreasing, then the name, in alphabetical "
                    "order."))


def test_offers_per_sector_and_employer_type(exercise):
    expect(exercise.count_by(DATA, "sector"),
           [("e-commerce", 7), ("logiciel", 6), ("assurance", 5), ("banque", 4), ("fintech", 4),
            ("santé numérique", 3), ("industrie", 1)],
           _("offers per sector"))
    expect(exercise.count_by(DATA, "employer_type"),
           [("ESN", 11), ("entreprise cliente", 7), ("éditeur", 6), ("start-up", 5),
            ("secteur public", 1)],
           _("offers per employer type"))


def test_unknown_column(exercise):
    expect_raises(ValueError, lambda: exercise.count_by(DATA, "salary"),
                  _("counting on a column that is not in the file is refused with ValueError"))


def test_profile_of_a_candidate_in_nantes(exercise):
    profile = {"cities": ["Nantes", "Rennes"], "contracts": ["CDI"], "min_remote_days": 2}
    expect(exercise.matching_offers(DATA, profile), ["O01", "O09", "O14"],
           _("offers in Nantes or Rennes, permanent contract (CDI), at least 2 remote days"),
           advice=_("At least 2 days includes exactly 2 days: compare with >=, after "
                    "converting the CSV text with int()."))


def test_profile_edges(exercise):
    anywhere = {"cities": [], "contracts": ["freelance"], "min_remote_days": 0}
    expect(exercise.matching_offers(DATA, anywhere), ["O05", "O17", "O22"],
           _("freelance offers in any city (an empty list of cities means any city)"),
           advice=_("An empty list in the profile does not exclude anything."))
    paris = {"cities": ["Paris"], "contracts": [], "min_remote_days": 3}
    expect(exercise.matching_offers(DATA, paris), ["O02", "O12", "O23"],
           _("offers in Paris with at least 3 remote days, any contract"))
    nothing = {"cities": ["Toulouse"], "contracts": ["CDD"], "min_remote_days": 0}
    expect(exercise.matching_offers(DATA, nothing), [],
           _("a profile that no offer matches gives an empty list"))
