"""Solution — Trier le registre des risques de Boutique 2.0."""

from __future__ import annotations

import csv
from pathlib import Path

LEVELS = ("low", "medium", "high", "critical")
#: Score minimal de chaque niveau, du plus fort au plus faible.
THRESHOLDS = ((15, "critical"), (10, "high"), (5, "medium"), (1, "low"))
MAX_IMPACT = 5


def risk_level(probability: int, impact: int) -> str:
    """Le niveau d’un risque noté de 1 à 5 en probabilité et en impact."""
    for name, value in (("probability", probability), ("impact", impact)):
        if not isinstance(value, int) or not 1 <= value <= 5:
            raise ValueError(f"{name} must be an integer from 1 to 5, not {value!r}")
    score = probability * impact
    level = next(name for minimum, name in THRESHOLDS if score >= minimum)
    # Un impact maximal n’est jamais traité à la légère, même peu probable (R6).
    if impact == MAX_IMPACT and LEVELS.index(level) < LEVELS.index("high"):
        level = "high"
    return level


def risk_register(path: Path) -> list[tuple[str, int, str]]:
    """Le registre trié : une liste de tuples (id, score, niveau), un par risque du fichier."""
    register = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            probability, impact = int(row["probability"]), int(row["impact"])
            register.append((row["id"], probability * impact, risk_level(probability, impact)))
    # Score décroissant (d’où le signe moins), puis id croissant.
    return sorted(register, key=lambda risk: (-risk[1], risk[0]))


def risks_to_escalate(register: list[tuple[str, int, str]], threshold: int) -> list[str]:
    """Les id des risques dont le score est supérieur ou égal à ``threshold``."""
    return [risk_id for risk_id, score, _level in register if score >= threshold]
