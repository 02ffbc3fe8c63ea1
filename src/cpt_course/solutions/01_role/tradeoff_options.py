"""Solution — Chiffrer les options d’arbitrage d’une demande de changement."""

from __future__ import annotations

import csv
import math
from collections.abc import Collection
from datetime import date, timedelta
from pathlib import Path

SATURDAY = 5  # date.weekday() : lundi = 0, …, samedi = 5, dimanche = 6


def budget_option(effort: float, daily_rate: float, provision: float,
                  ramp_up: float = 0) -> dict[str, int | bool]:
    """Option « renforcer l’équipe » : la date et le périmètre sont tenus, le budget paie."""
    if effort < 0 or daily_rate < 0 or ramp_up < 0:
        raise ValueError("la charge, le coût journalier et la prise en main sont positifs")
    # Le renfort est payé pour la charge de la demande ET pour sa prise en main.
    extra_cost = round((effort + ramp_up) * daily_rate)
    return {
        "extra_cost": extra_cost,
        "remaining_provision": round(provision - extra_cost),
        "within_provision": extra_cost <= provision,
    }


def delay_option(end: date, effort: float, team_size: int,
                 holidays: Collection[date] = ()) -> date:
    """Option « décaler la date » : la même équipe absorbe la charge, la fin recule."""
    if team_size < 1 or effort < 0:
        raise ValueError("il faut au moins une personne et une charge positive")
    # Un jour entamé est un jour perdu : on arrondit à l’entier supérieur.
    delay = math.ceil(effort / team_size)
    day = end
    while delay > 0:
        day += timedelta(days=1)
        if day.weekday() < SATURDAY and day not in holidays:
            delay -= 1
    return day


def scope_option(path: Path, effort: float) -> list[str]:
    """Option « réduire le périmètre » : reporter des fonctionnalités pour libérer la charge."""
    with path.open(encoding="utf-8", newline="") as handle:
        features = list(csv.DictReader(handle))
    # sorted est stable : à valeur égale, l’ordre du fichier est conservé.
    features.sort(key=lambda row: int(row["value"]))
    deferred: list[str] = []
    freed = 0.0
    for row in features:
        if freed >= effort:
            break
        deferred.append(row["feature"])
        freed += float(row["effort"])
    if freed < effort:
        raise ValueError("reporter toutes les fonctionnalités ne libère pas assez de charge")
    return deferred
