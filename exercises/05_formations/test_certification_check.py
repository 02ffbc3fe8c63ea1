"""Checker — Vérifier l’accès aux certifications en gestion de projet."""

from __future__ import annotations

import json
from pathlib import Path

from cpt_course.checking import _, expect

DATA = Path(__file__).resolve().parent.parent / "data" / "05_profiles.json"


def profiles() -> dict[str, dict]:
    with DATA.open(encoding="utf-8") as handle:
        return {profile["name"]: profile for profile in json.load(handle)["profiles"]}


def test_pmp_gaps_of_karim(exercise):
    karim = profiles()["Karim Haddad"]
    expect(exercise.pmp_gaps(karim, 3), {"years": 3, "hours": 15},
           _("PMP gaps of Karim Haddad today (3 years required)"))
    expect(exercise.pmp_gaps(karim, 5), {"years": 5, "hours": 15},
           _("PMP gaps of Karim Haddad today (5 years required)"))


def test_gaps_are_never_negative(exercise):
    after = profiles()["Karim Haddad après son plan"]
    expect(exercise.pmp_gaps(after, 3), {"years": 2, "hours": 0},
           _("PMP gaps of Karim after his plan (76 hours: nothing missing, never negative)"),
           advice=_("A condition already met leaves 0, not a negative number."))


def test_eligible_certifications_of_karim(exercise):
    people = profiles()
    expect(exercise.eligible_certifications(people["Karim Haddad"], 3),
           ["PRINCE2 Foundation", "PSM"],
           _("certifications Karim Haddad can register for today"),
           advice=_("Only the CSM and SAFe require their official course; for the PSM it "
                    "is only recommended."))
    expect(exercise.eligible_certifications(people["Karim Haddad après son plan"], 3),
           ["PRINCE2 Foundation"],
           _("certifications Karim can register for after his plan (held ones excluded)"))


def test_thresholds_are_reached_exactly(exercise):
    camille = profiles()["Camille Martin"]
    expect(exercise.eligible_certifications(camille, 3), ["PMP", "PRINCE2 Foundation", "SAFe"],
           _("certifications Camille Martin can register for (exactly 3 years and 35 hours)"),
           advice=_("Reaching the threshold is enough: compare with >=."))
    expect(exercise.eligible_certifications(camille, 5), ["PRINCE2 Foundation", "SAFe"],
           _("certifications Camille Martin can register for when 5 years are required"))


def test_foundation_opens_practitioner(exercise):
    profile = {"project_years": 0, "pm_training_hours": 0,
               "held": ["PRINCE2 Foundation"], "courses": ["CSM"]}
    expect(exercise.eligible_certifications(profile, 3),
           ["PRINCE2 Practitioner", "PSM", "CSM"],
           _("certifications of a profile holding PRINCE2 Foundation who took the CSM course"))
