"""Exercice — Tracer le burndown d’un sprint et prévoir le nombre de sprints restants.

Calculez la ligne idéale et le travail restant jour par jour d’un sprint, puis la vélocité
moyenne des derniers sprints et le nombre de sprints nécessaires pour finir un backlog.
L’énoncé complet est dans le module 4 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/04_outils/test_burndown.py
"""

from __future__ import annotations


def ideal_line(total: int, days: int) -> list[float]:
    """La ligne idéale d’un sprint de `days` jours qui engage `total` points.

    Renvoie days + 1 valeurs : le travail restant au jour 0 (début du sprint, `total`)
    puis à la fin de chaque jour, en baisse régulière jusqu’à 0. Chaque valeur est un float
    arrondi à 1 décimale. Lève ValueError si days < 1.
    """
    # TODO : retirez la même quantité de travail chaque jour.
    raise NotImplementedError


def remaining_work(total: int, done: list[int], added: list[int]) -> list[int]:
    """Le travail restant réel, jour par jour (la courbe du burndown chart).

    done[i] et added[i] sont les points terminés et les points ajoutés au sprint le jour
    i + 1. Renvoie len(done) + 1 entiers : `total` au jour 0, puis le restant à la fin de
    chaque jour (restant de la veille − terminés + ajoutés).
    Lève ValueError si les deux listes n’ont pas la même longueur.
    """
    # TODO : partez de total et appliquez les mouvements de chaque jour.
    raise NotImplementedError


def forecast(remaining: int, velocities: list[int], last: int = 3) -> tuple[float, int]:
    """La prévision : (vélocité moyenne, nombre de sprints pour finir `remaining` points).

    velocities liste les points terminés à chaque sprint, du plus ancien au plus récent.
    La moyenne porte sur les `last` derniers sprints (tous s’il y en a moins) ; elle est
    renvoyée arrondie à 1 décimale. Le nombre de sprints est remaining divisé par la moyenne
    non arrondie, arrondi à l’entier supérieur (un sprint entamé compte) ; 0 si remaining
    vaut 0. Lève ValueError si velocities est vide ou si la moyenne vaut 0.
    """
    # TODO : moyenne des derniers sprints, puis division arrondie vers le haut.
    raise NotImplementedError
