"""Exercice — Construire un plan de progression à partir d’une autoévaluation.

Calculez l’écart entre le niveau actuel et le niveau cible de chaque compétence, puis
choisissez les priorités du plan de progression selon une règle annoncée.
L’énoncé complet est dans le module 3 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/03_competences/test_skills_gap.py
"""

from __future__ import annotations

from pathlib import Path

#: L’échelle à quatre niveaux du module : 1 = notions, 2 = pratique accompagnée,
#: 3 = autonome, 4 = référent pour les autres.
LEVELS = (1, 2, 3, 4)


def skill_gap(current: int, target: int) -> int:
    """L’écart à combler pour une compétence : cible moins niveau actuel, jamais négatif.

    Un niveau actuel égal ou supérieur à la cible donne 0 (pas d’écart).
    Lève ValueError si l’un des deux niveaux n’est pas un entier de LEVELS.
    """
    # TODO : vérifiez les deux niveaux, puis renvoyez l’écart (0 au minimum).
    raise NotImplementedError


def development_plan(path: Path, size: int = 3) -> list[tuple[str, int]]:
    """Les priorités du plan de progression, lues dans un fichier CSV d’autoévaluation.

    Colonnes utilisées : skill (nom), current et target (niveaux de 1 à 4, en texte).
    Renvoie une liste de tuples (compétence, écart), sans les compétences d’écart nul,
    triée par écart décroissant ; à écart égal, la compétence de cible la plus haute
    d’abord ; à cible égale aussi, l’ordre du fichier. Au plus `size` éléments (toutes les
    compétences à écart positif s’il y en a moins).
    """
    # TODO : lisez le fichier, calculez les écarts avec skill_gap, filtrez, triez, coupez.
    raise NotImplementedError
