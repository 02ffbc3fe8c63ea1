"""Solution — Tracer le burndown d’un sprint et prévoir le nombre de sprints restants."""

from __future__ import annotations

import math


def ideal_line(total: int, days: int) -> list[float]:
    """La ligne idéale d’un sprint de `days` jours qui engage `total` points."""
    if days < 1:
        raise ValueError("un sprint dure au moins un jour")
    # days + 1 points : le jour 0 (début du sprint) puis la fin de chacun des days jours.
    return [round(total - total * day / days, 1) for day in range(days + 1)]


def remaining_work(total: int, done: list[int], added: list[int]) -> list[int]:
    """Le travail restant réel, jour par jour (la courbe du burndown chart)."""
    if len(done) != len(added):
        raise ValueError("il faut autant de jours dans done que dans added")
    curve = [total]
    for finished, new in zip(done, added, strict=True):
        # Un ajout de périmètre fait remonter la courbe : on l’ajoute au restant.
        curve.append(curve[-1] - finished + new)
    return curve


def forecast(remaining: int, velocities: list[int], last: int = 3) -> tuple[float, int]:
    """La prévision : (vélocité moyenne, nombre de sprints pour finir `remaining` points)."""
    recent = velocities[-last:]  # les derniers sprints, ou tous s’il y en a moins
    if not recent or sum(recent) == 0:
        raise ValueError("pas de vélocité mesurée : impossible de prévoir")
    average = sum(recent) / len(recent)
    # Un sprint entamé est un sprint à prévoir : on arrondit vers le haut, et l’on divise
    # par la moyenne exacte (l’arrondi à 1 décimale sert seulement à l’affichage).
    sprints = math.ceil(remaining / average)
    return round(average, 1), sprints
