"""Solution — Planifier les actions du plan de carrière de Camille Martin."""

from __future__ import annotations

import csv
from pathlib import Path


def priority_actions(path: Path, max_actions: int = 3) -> list[tuple[str, int]]:
    """Les actions prioritaires du tableau d’écart."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            gap = int(row["target"]) - int(row["level"])
            if gap > 0:
                rows.append((gap, row["action"], int(row["months"])))
    # sorted est stable : à écart égal, l’ordre du fichier est conservé.
    rows.sort(key=lambda item: item[0], reverse=True)
    return [(action, months) for _gap, action, months in rows[:max_actions]]


def _month_index(month: str) -> int:
    """« AAAA-MM » → nombre de mois depuis l’an 0, pour compter sans se tromper d’année."""
    year, number = month.split("-")
    return int(year) * 12 + int(number) - 1


def _month_text(index: int) -> str:
    year, number = divmod(index, 12)
    return f"{year:04d}-{number + 1:02d}"


def schedule(actions: list[tuple[str, int]], start: str) -> list[tuple[str, str, str]]:
    """Place les actions l’une après l’autre, à partir du mois `start`."""
    planned = []
    current = _month_index(start)
    for action, months in actions:
        # Une action de n mois finit n − 1 mois après son premier mois.
        planned.append((action, _month_text(current), _month_text(current + months - 1)))
        current += months
    return planned


def fits_horizon(planned: list[tuple[str, str, str]], start: str, years: int) -> bool:
    """Le plan se termine-t-il dans l’horizon de `years` ans à partir du mois `start` ?"""
    if not planned:
        return True
    last = max(end for _action, _first, end in planned)
    # Mois inclus aux deux bouts : de 2027-05 à 2028-04, cela fait 12 mois.
    return _month_index(last) - _month_index(start) + 1 <= 12 * years
