"""expect: order of Karim's training plan (prerequisites first, ties by catalogue order)

Places every available training in one sweep of the catalogue instead of starting again
from the top after each placement."""

import csv


def read_catalogue(path):
    catalogue = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            prerequisites = [p for p in row["prerequisites"].split(";") if p]
            catalogue[row["id"]] = {"title": row["title"], "hours": int(row["hours"]),
                                    "cost": int(row["cost"]), "prerequisites": prerequisites}
    return catalogue


def order_trainings(catalogue, chosen, done=()):
    chosen = set(chosen)
    for training in chosen:
        for p in catalogue[training]["prerequisites"]:
            if p not in chosen and p not in done:
                raise ValueError("missing " + p)
    plan = []
    while len(plan) < len(chosen):
        placed = False
        for training in catalogue:
            if training in chosen and training not in plan:
                if all(p in plan or p in done for p in catalogue[training]["prerequisites"]):
                    plan.append(training)
                    placed = True
        if not placed:
            raise ValueError("cycle")
    return plan


def plan_totals(catalogue, plan):
    hours = sum(catalogue[t]["hours"] for t in plan)
    cost = sum(catalogue[t]["cost"] for t in plan)
    return {"hours": hours, "cost": cost}
