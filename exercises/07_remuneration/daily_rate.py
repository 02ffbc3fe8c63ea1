"""Exercice — Du TJM au revenu d’un CPT freelance.

Reprenez l’exemple chiffré du module : jours facturés, chiffre d’affaires et revenu, puis le
TJM nécessaire pour viser un revenu. Tous les nombres sont des hypothèses de calcul.
L’énoncé complet est dans le module 7 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/07_remuneration/test_daily_rate.py
"""

from __future__ import annotations

#: Le calcul naïf à ne pas faire : 20 jours par mois, 12 mois par an.
NAIVE_DAYS = 20 * 12


def billable_days(working_days: int, deductions: dict[str, int]) -> int:
    """Les jours facturés : jours ouvrés moins toutes les déductions.

    `deductions` associe un motif (congés, formation, intercontrat…) à un nombre de jours.
    Lève ValueError si une déduction est négative ou s’il ne reste aucun jour à facturer
    (résultat nul ou négatif).
    """
    # TODO : retirez les déductions des jours ouvrés et vérifiez le résultat.
    raise NotImplementedError


def annual_income(daily_rate: int, days: int, expenses: int, contributions: int
                  ) -> dict[str, int]:
    """Chiffre d’affaires et revenu annuels d’un freelance (montants entiers, en euros).

    Renvoie {"turnover": TJM × jours facturés (€ HT), "income": chiffre d’affaires moins
    frais et cotisations (revenu avant impôt), "naive_gap": ce dont le calcul naïf
    TJM × NAIVE_DAYS surestime le chiffre d’affaires}.
    """
    # TODO : suivez les étapes 2 à 4 de l’exemple du module.
    raise NotImplementedError


def required_daily_rate(target_income: int, days: int, expenses: int,
                        charges_rate: float) -> int:
    """Le plus petit TJM entier (en € HT) qui permet d’atteindre `target_income`.

    Les cotisations valent `charges_rate` × chiffre d’affaires (0 <= charges_rate < 1) ;
    le revenu vaut chiffre d’affaires − frais − cotisations. Le résultat est arrondi à
    l’euro SUPÉRIEUR : avec un euro de moins, l’objectif ne serait pas atteint.
    Lève ValueError si `days` n’est pas strictement positif ou si le taux est hors bornes.
    """
    # TODO : isolez le TJM dans l’équation du revenu, puis arrondissez vers le haut.
    raise NotImplementedError
