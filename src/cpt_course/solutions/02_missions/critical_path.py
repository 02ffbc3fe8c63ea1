"""Solution — Calculer le chemin critique de Boutique 2.0."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path


def read_plan(path: Path) -> dict[str, tuple[int, list[str]]]:
    """{id: (durée, prédécesseurs)}, dans l’ordre du fichier."""
    with path.open(encoding="utf-8", newline="") as handle:
        # "".split(";") donne [""] : on écarte les chaînes vides.
        return {row["id"]: (int(row["duration"]),
                            [dep for dep in row["depends_on"].split(";") if dep])
                for row in csv.DictReader(handle)}


def earliest_times(path: Path) -> dict[str, tuple[int, int]]:
    """Passe avant : {id de tâche: (début au plus tôt, fin au plus tôt)}."""
    times: dict[str, tuple[int, int]] = {}
    for task, (duration, predecessors) in read_plan(path).items():
        # La tâche attend la fin du prédécesseur le plus TARDIF (0 s’il n’y en a pas).
        start = max((times[dep][1] for dep in predecessors), default=0)
        times[task] = (start, start + duration)
    return times


def critical_path(path: Path) -> tuple[list[str], dict[str, int]]:
    """Le chemin critique et la marge de chaque tâche : (liste d’id, {id: marge})."""
    plan = read_plan(path)
    times = earliest_times(path)
    project_end = max(finish for _start, finish in times.values())
    latest_start: dict[str, int] = {}
    # Passe arrière : en ordre inverse du fichier, les successeurs sont déjà calculés.
    for task in reversed(list(plan)):
        successors = [other for other, (_d, deps) in plan.items() if task in deps]
        latest_finish = min((latest_start[succ] for succ in successors), default=project_end)
        latest_start[task] = latest_finish - plan[task][0]
    slacks = {task: latest_start[task] - times[task][0] for task in plan}
    return [task for task, slack in slacks.items() if slack == 0], slacks


def working_day_date(start: date, day: int, holidays: list[date]) -> date:
    """La date du jour ouvré numéro ``day`` d’un projet lancé le ``start``."""
    if day < 1:
        raise ValueError(f"day must be at least 1, not {day}")
    closed = set(holidays)
    current = start - timedelta(days=1)
    counted = 0
    while counted < day:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in closed:  # lundi = 0 … vendredi = 4
            counted += 1
    return current
