"""Solution — Vérifier l’accès aux certifications en gestion de projet."""

from __future__ import annotations

CERTIFICATIONS = ("PMP", "PRINCE2 Foundation", "PRINCE2 Practitioner", "PSM", "CSM", "SAFe")
PMP_TRAINING_HOURS = 35


def pmp_gaps(profile: dict, required_years: int) -> dict[str, int]:
    """Ce qui manque au profil pour remplir les deux conditions d’accès au PMP."""
    # max(0, …) : un excédent d’heures ne se transforme pas en « manque négatif ».
    return {
        "years": max(0, required_years - profile["project_years"]),
        "hours": max(0, PMP_TRAINING_HOURS - profile["pm_training_hours"]),
    }


def eligible_certifications(profile: dict, pmp_required_years: int) -> list[str]:
    """Les certifications auxquelles le profil peut se présenter dès maintenant."""
    gaps = pmp_gaps(profile, pmp_required_years)
    held, courses = set(profile["held"]), set(profile["courses"])
    allowed = {
        # Les deux conditions du PMP sont cumulatives.
        "PMP": gaps["years"] == 0 and gaps["hours"] == 0,
        "PRINCE2 Foundation": True,
        "PRINCE2 Practitioner": "PRINCE2 Foundation" in held,
        # PSM : formation conseillée, mais pas obligatoire (à la différence de la CSM).
        "PSM": True,
        "CSM": "CSM" in courses,
        "SAFe": "SAFe" in courses,
    }
    return [name for name in CERTIFICATIONS if allowed[name] and name not in held]
