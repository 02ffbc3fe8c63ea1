"""Exercice — Cartographier les parties prenantes de Boutique 2.0.

Placez chaque partie prenante dans la grille pouvoir/intérêt (matrice de Mendelow).
L’énoncé complet est dans le module 1 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/01_role/test_stakeholders.py
"""

from __future__ import annotations

from pathlib import Path

#: Les quatre quadrants de la grille, dans l’ordre où on les présente.
QUADRANTS = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")


def quadrant(power: int, interest: int) -> str:
    """Le quadrant d’une partie prenante notée de 1 à 5 en pouvoir et en intérêt.

    Une note est élevée à partir de 3. Renvoie l’un des QUADRANTS.
    """
    # TODO : renvoyez le bon quadrant selon le pouvoir et l’intérêt.
    raise NotImplementedError


def stakeholder_map(path: Path) -> dict[str, list[str]]:
    """Lit le fichier CSV des parties prenantes et renvoie la carte du projet.

    Le résultat a une clé par quadrant (les quatre, même vides) ; chaque valeur est la liste
    des noms de ce quadrant, dans l’ordre du fichier.
    """
    # TODO : lisez le fichier (colonnes name, power, interest) et remplissez la carte.
    raise NotImplementedError
