"""Solution — Cartographier les parties prenantes de Boutique 2.0."""

from __future__ import annotations

import csv
from pathlib import Path

QUADRANTS = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")
HIGH = 3


def quadrant(power: int, interest: int) -> str:
    """Le quadrant d’une partie prenante notée de 1 à 5 en pouvoir et en intérêt."""
    if power >= HIGH:
        return "manage_closely" if interest >= HIGH else "keep_satisfied"
    return "keep_informed" if interest >= HIGH else "monitor"


def stakeholder_map(path: Path) -> dict[str, list[str]]:
    """Lit le fichier CSV des parties prenantes et renvoie la carte du projet."""
    grid: dict[str, list[str]] = {name: [] for name in QUADRANTS}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            grid[quadrant(int(row["power"]), int(row["interest"]))].append(row["name"])
    return grid
