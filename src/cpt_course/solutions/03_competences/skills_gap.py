"""Solution — Construire un plan de progression à partir d’une autoévaluation."""

from __future__ import annotations

import csv
from pathlib import Path

LEVELS = (1, 2, 3, 4)


def skill_gap(current: int, target: int) -> int:
    """L’écart à combler pour une compétence : cible moins niveau actuel, jamais négatif."""
    for level in (current, target):
        if level not in LEVELS:
            raise ValueError(f"niveau hors de l’échelle 1–4 : {level!r}")
    # Dépasser la cible n’est pas un écart : on ne cherche pas à progresser là.
    return max(0, target - current)


def development_plan(path: Path, size: int = 3) -> list[tuple[str, int]]:
    """Les priorités du plan de progression, lues dans un fichier CSV d’autoévaluation."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            target = int(row["target"])
            gap = skill_gap(int(row["current"]), target)
            if gap > 0:
                rows.append((row["skill"], gap, target))
    # sorted() est stable : à écart et cible égaux, l’ordre du fichier est conservé.
    rows.sort(key=lambda item: (-item[1], -item[2]))
    return [(skill, gap) for skill, gap, _target in rows[:size]]
