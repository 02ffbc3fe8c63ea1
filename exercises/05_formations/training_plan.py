"""Exercice — Ordonner le plan de formation de Karim Haddad.

Lisez un catalogue fictif de formations (heures, coût, prérequis), rangez les formations
choisies pour que chaque prérequis passe avant, puis totalisez les heures et le coût.
L’énoncé complet est dans le module 5 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/05_formations/test_training_plan.py
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def read_catalogue(path: Path) -> dict[str, dict]:
    """Lit le catalogue CSV (colonnes id, title, hours, cost, prerequisites).

    Renvoie un dictionnaire dont les clés sont les identifiants, dans l’ordre du fichier ;
    chaque valeur est un dictionnaire {"title": str, "hours": int, "cost": int,
    "prerequisites": list[str]}. Dans le fichier, les prérequis sont séparés par « ; » ;
    une case vide donne une liste vide.
    """
    # TODO : lisez le fichier avec csv.DictReader et convertissez chaque colonne.
    raise NotImplementedError


def order_trainings(catalogue: dict[str, dict], chosen: Iterable[str],
                    done: Iterable[str] = ()) -> list[str]:
    """Range les formations choisies pour que chaque prérequis passe avant.

    `chosen` : identifiants des formations à suivre (tous présents dans le catalogue) ;
    `done` : formations déjà suivies, qui comptent comme prérequis remplis.
    Règle : à chaque étape, on place la PREMIÈRE formation du catalogue (ordre du
    dictionnaire) qui est choisie, pas encore placée, et dont tous les prérequis sont déjà
    placés ou déjà suivis ; puis on recommence depuis le début du catalogue.
    Renvoie la liste ordonnée des identifiants.
    Lève ValueError si un prérequis n’est ni choisi ni déjà suivi (prérequis manquant),
    ou si plus aucune formation ne peut être placée (cycle de prérequis).
    """
    # TODO : vérifiez les prérequis, puis placez les formations une à une.
    raise NotImplementedError


def plan_totals(catalogue: dict[str, dict], plan: Iterable[str]) -> dict[str, int]:
    """Le total des heures et du coût (en euros HT) des formations du plan.

    Renvoie {"hours": int, "cost": int} ; un plan vide donne deux totaux nuls.
    """
    # TODO : additionnez les heures et les coûts des formations du plan.
    raise NotImplementedError
