"""Solution — Ordonner le plan de formation de Karim Haddad."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path


def read_catalogue(path: Path) -> dict[str, dict]:
    """Lit le catalogue CSV (colonnes id, title, hours, cost, prerequisites)."""
    catalogue: dict[str, dict] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            # Une case vide donnerait [""] avec split : on filtre les morceaux vides.
            prerequisites = [item.strip() for item in row["prerequisites"].split(";")
                             if item.strip()]
            catalogue[row["id"]] = {
                "title": row["title"],
                "hours": int(row["hours"]),
                "cost": int(row["cost"]),
                "prerequisites": prerequisites,
            }
    return catalogue


def order_trainings(catalogue: dict[str, dict], chosen: Iterable[str],
                    done: Iterable[str] = ()) -> list[str]:
    """Range les formations choisies pour que chaque prérequis passe avant."""
    wanted = set(chosen)
    already = set(done)
    # D’abord les prérequis manquants : ni choisis, ni déjà suivis.
    for training in wanted:
        for prerequisite in catalogue[training]["prerequisites"]:
            if prerequisite not in wanted and prerequisite not in already:
                raise ValueError(f"{training} : prérequis manquant {prerequisite}")
    plan: list[str] = []
    while len(plan) < len(wanted):
        # On repart du début du catalogue à chaque étape : c’est la règle de départage.
        for training, info in catalogue.items():
            if training in wanted and training not in plan and all(
                    p in plan or p in already for p in info["prerequisites"]):
                plan.append(training)
                break
        else:
            # Aucune formation n’a pu être placée : les restantes s’attendent en boucle.
            raise ValueError("cycle de prérequis")
    return plan


def plan_totals(catalogue: dict[str, dict], plan: Iterable[str]) -> dict[str, int]:
    """Le total des heures et du coût (en euros HT) des formations du plan."""
    totals = {"hours": 0, "cost": 0}
    for training in plan:
        totals["hours"] += catalogue[training]["hours"]
        totals["cost"] += catalogue[training]["cost"]
    return totals
