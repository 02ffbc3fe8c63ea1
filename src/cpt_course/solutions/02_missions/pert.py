"""Solution — Estimer à trois points la durée de Boutique 2.0."""

from __future__ import annotations

import csv
import math
from pathlib import Path


def _expected_and_sigma(optimistic: float, most_likely: float,
                        pessimistic: float) -> tuple[float, float]:
    """(E, σ) non arrondis, après vérification de l’ordre des trois valeurs."""
    if not 0 <= optimistic <= most_likely <= pessimistic:
        raise ValueError(f"expected 0 <= O <= M <= P, got {optimistic}, {most_likely}, "
                         f"{pessimistic}")
    return (optimistic + 4 * most_likely + pessimistic) / 6, (pessimistic - optimistic) / 6


def three_point(optimistic: float, most_likely: float,
                pessimistic: float) -> tuple[float, float]:
    """L’estimation à trois points d’une tâche : (durée attendue E, écart type σ)."""
    expected, sigma = _expected_and_sigma(optimistic, most_likely, pessimistic)
    return round(expected, 2), round(sigma, 2)


def chain_estimate(path: Path, tasks: list[str]) -> tuple[float, float]:
    """L’estimation d’une chaîne de tâches qui se suivent : (durée attendue, écart type)."""
    with path.open(encoding="utf-8", newline="") as handle:
        estimates = {row["id"]: _expected_and_sigma(float(row["optimistic"]),
                                                     float(row["most_likely"]),
                                                     float(row["pessimistic"]))
                     for row in csv.DictReader(handle)}
    total = sum(estimates[task][0] for task in tasks)
    # Des tâches indépendantes : leurs variances (σ²) s’additionnent, pas leurs écarts types.
    variance = sum(estimates[task][1] ** 2 for task in tasks)
    return round(total, 2), round(math.sqrt(variance), 2)
