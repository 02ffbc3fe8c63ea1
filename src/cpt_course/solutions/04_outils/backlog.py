"""Solution — Prioriser le backlog de Boutique 2.0 et remplir un sprint."""

from __future__ import annotations

import csv
from pathlib import Path


def wsjf(business_value: int, time_criticality: int, risk_reduction: int,
         job_size: int) -> float:
    """Le WSJF d’une story : coût du retard divisé par la taille."""
    if job_size <= 0:
        raise ValueError("la taille d’une story est strictement positive")
    # Les parenthèses comptent : on divise la somme, pas seulement le dernier terme.
    cost_of_delay = business_value + time_criticality + risk_reduction
    return cost_of_delay / job_size


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _sizes(path: Path) -> dict[str, int]:
    return {row["id"]: int(row["job_size"]) for row in _read(path)}


def prioritize(path: Path) -> list[str]:
    """Les identifiants des stories, de la plus prioritaire à la moins prioritaire."""
    scored = []
    for row in _read(path):
        size = int(row["job_size"])
        score = wsjf(int(row["business_value"]), int(row["time_criticality"]),
                     int(row["risk_reduction"]), size)
        scored.append((row["id"], score, size))
    # WSJF décroissant, puis petite taille d’abord ; le tri stable garde l’ordre du fichier.
    # On trie sur la valeur exacte : arrondir d’abord créerait de faux ex æquo.
    scored.sort(key=lambda item: (-item[1], item[2]))
    return [story for story, _score, _size in scored]


def sprint_content(path: Path, capacity: int) -> list[str]:
    """Les identifiants des stories retenues pour un sprint de `capacity` points."""
    sizes = _sizes(path)
    remaining = capacity
    chosen = []
    for story in prioritize(path):
        # Une story trop grosse est sautée, pas bloquante : une plus petite peut encore tenir.
        if sizes[story] <= remaining:
            chosen.append(story)
            remaining -= sizes[story]
    return chosen
