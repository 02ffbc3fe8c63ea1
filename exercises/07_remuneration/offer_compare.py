"""Exercice — Comparer des offres sur la même base.

Ramenez chaque offre (fictive) au brut annuel en séparant fixe, variable et avantages, puis
classez les offres sur leur valeur totale ou sur leur seule partie garantie.
L’énoncé complet est dans le module 7 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/07_remuneration/test_offer_compare.py
"""

from __future__ import annotations

#: Les deux bases de classement possibles.
BASES = ("total", "fixed")


def package_value(offer: dict) -> dict[str, int]:
    """La valeur annuelle d’une offre, en euros bruts, arrondie à l’euro le plus proche.

    `offer` a les clés "name", "monthly_gross" (fixe mensuel brut), "months" (nombre de
    versements par an : 12, 13…), "variable_max" (variable maximal annuel),
    "variable_paid_rate" (part du variable réellement versée en moyenne les années passées,
    entre 0 et 1) et "benefits" (avantages : motif → montant annuel estimé ; peut être vide).
    Renvoie {"fixed": fixe mensuel × versements, "variable": variable maximal × taux versé,
    "benefits": somme des avantages, "total": somme des trois}.
    """
    # TODO : calculez les trois composantes, puis leur somme.
    raise NotImplementedError


def rank_offers(offers: list[dict], basis: str = "total") -> list[str]:
    """Les noms des offres, de la plus intéressante à la moins intéressante.

    `basis` vaut "total" (valeur totale) ou "fixed" (le fixe seul, la partie garantie).
    À valeur égale, les offres gardent leur ordre dans la liste.
    Lève ValueError si `basis` n’est pas dans BASES.
    """
    # TODO : classez les offres selon la composante demandée de package_value.
    raise NotImplementedError
