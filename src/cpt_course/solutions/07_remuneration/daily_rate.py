"""Solution — Du TJM au revenu d’un CPT freelance."""

from __future__ import annotations

import math

NAIVE_DAYS = 20 * 12


def billable_days(working_days: int, deductions: dict[str, int]) -> int:
    """Les jours facturés : jours ouvrés moins toutes les déductions."""
    if any(days < 0 for days in deductions.values()):
        raise ValueError("une déduction ne peut pas être négative")
    days = working_days - sum(deductions.values())
    if days <= 0:
        raise ValueError("aucun jour facturable")
    return days


def annual_income(daily_rate: int, days: int, expenses: int, contributions: int
                  ) -> dict[str, int]:
    """Chiffre d’affaires et revenu annuels d’un freelance."""
    turnover = daily_rate * days
    return {
        "turnover": turnover,
        # Le revenu avant impôt se compare au net avant impôt d’un salarié, pas à son brut.
        "income": turnover - expenses - contributions,
        "naive_gap": daily_rate * NAIVE_DAYS - turnover,
    }


def required_daily_rate(target_income: int, days: int, expenses: int,
                        charges_rate: float) -> int:
    """Le plus petit TJM entier (en € HT) qui permet d’atteindre `target_income`."""
    if days <= 0:
        raise ValueError("le nombre de jours facturés doit être positif")
    if not 0 <= charges_rate < 1:
        raise ValueError("le taux de cotisations doit être compris entre 0 et 1 (exclu)")
    # revenu = TJM × jours × (1 − taux) − frais  ⇒  TJM = (revenu + frais) / (jours × (1 − taux))
    needed = (target_income + expenses) / (days * (1 - charges_rate))
    # Arrondi vers le haut ; round(…, 6) évite qu’un 600,0000000001 dû aux flottants
    # ne devienne 601.
    return math.ceil(round(needed, 6))
