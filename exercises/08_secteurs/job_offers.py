"""Exercice — Analyser un lot d’offres d’emploi de chef de projet technique.

Comptez les offres par ville, par secteur ou par type d’employeur, puis retrouvez celles qui
correspondent à un profil (villes, contrats, jours de télétravail).
L’énoncé complet est dans le module 8 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/08_secteurs/test_job_offers.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def count_by(path: Path, column: str) -> list[tuple[str, int]]:
    """Compte les offres du fichier CSV selon les valeurs d’une colonne.

    column est le nom d’une colonne du fichier (par exemple "city", "sector" ou
    "employer_type"). Renvoie une liste de couples (valeur, nombre d’offres), du plus grand
    nombre au plus petit ; à égalité, par ordre alphabétique de la valeur (l’ordre de sorted).
    Lève ValueError si la colonne n’existe pas dans le fichier.
    """
    # TODO : lisez le fichier, comptez les offres par valeur de la colonne, puis triez.
    raise NotImplementedError


def matching_offers(path: Path, profile: dict[str, Any]) -> list[str]:
    """Les identifiants (colonne id) des offres qui correspondent à un profil.

    profile a trois clés : "cities" (liste des villes acceptées), "contracts" (liste des
    contrats acceptés) et "min_remote_days" (nombre minimal de jours de télétravail par
    semaine, atteint ou dépassé). Une liste vide veut dire « peu importe » : toutes les villes,
    ou tous les contrats. Renvoie les identifiants dans l’ordre du fichier (liste vide si
    aucune offre ne convient).
    """
    # TODO : gardez les offres qui respectent les trois critères du profil.
    raise NotImplementedError
