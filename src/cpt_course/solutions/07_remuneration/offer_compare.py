"""Solution — Comparer des offres sur la même base."""

from __future__ import annotations

BASES = ("total", "fixed")


def package_value(offer: dict) -> dict[str, int]:
    """La valeur annuelle d’une offre, en euros bruts, arrondie à l’euro le plus proche."""
    # Le fixe se compte sur le nombre réel de versements (un 13e mois change tout).
    fixed = offer["monthly_gross"] * offer["months"]
    # Un variable « jusqu’à » n’est pas garanti : on le compte à ce qui a été versé en moyenne.
    variable = round(offer["variable_max"] * offer["variable_paid_rate"])
    benefits = sum(offer["benefits"].values())
    return {"fixed": fixed, "variable": variable, "benefits": benefits,
            "total": fixed + variable + benefits}


def rank_offers(offers: list[dict], basis: str = "total") -> list[str]:
    """Les noms des offres, de la plus intéressante à la moins intéressante."""
    if basis not in BASES:
        raise ValueError(f"base de comparaison inconnue : {basis}")
    # sorted est stable : à valeur égale, l’ordre de la liste est conservé.
    ranked = sorted(offers, key=lambda offer: package_value(offer)[basis], reverse=True)
    return [offer["name"] for offer in ranked]
