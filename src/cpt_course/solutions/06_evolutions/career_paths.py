"""Solution — Explorer la carte des trajectoires depuis le poste de CPT."""

from __future__ import annotations

import csv
from collections import deque
from itertools import pairwise
from pathlib import Path

Move = tuple[str, str, int]


def load_career_map(path: Path) -> dict[str, list[Move]]:
    """Lit le fichier CSV des passages et les regroupe par rôle de départ."""
    career_map: dict[str, list[Move]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            career_map.setdefault(row["from_role"], []).append(
                (row["to_role"], row["skill"], int(row["years"])))
    return career_map


def shortest_path(career_map: dict[str, list[Move]], start: str, target: str,
                  avoid: str | None = None) -> list[str] | None:
    """Le chemin le plus court, en nombre de passages, de `start` à `target`."""
    # Parcours en largeur : on explore tous les rôles à 1 passage, puis à 2, etc.
    # Le premier chemin qui atteint la cible est donc l’un des plus courts.
    previous: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        role = queue.popleft()
        if role == target:
            # On remonte les prédécesseurs pour reconstituer le chemin.
            path = [role]
            while previous[path[-1]] is not None:
                path.append(previous[path[-1]])
            return path[::-1]
        # .get : un rôle sans passage sortant (CTO, DSI…) n’est pas une clé de la carte.
        for next_role, _skill, _years in career_map.get(role, []):
            if next_role != avoid and next_role not in previous:
                previous[next_role] = role
                queue.append(next_role)
    return None


def describe_path(career_map: dict[str, list[Move]], path: list[str]) -> dict:
    """Ce que demande un chemin : nombre de passages, années et compétences."""
    summary: dict = {"moves": 0, "years": 0, "skills": []}
    for here, there in pairwise(path):
        move = next((m for m in career_map.get(here, []) if m[0] == there), None)
        if move is None:
            raise ValueError(f"aucun passage de {here} à {there}")
        summary["moves"] += 1
        summary["years"] += move[2]
        summary["skills"].append(move[1])
    return summary
