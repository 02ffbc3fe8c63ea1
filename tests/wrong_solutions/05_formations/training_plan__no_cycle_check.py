"""expect: Probable infinite loop

Never checks that a training was placed during a pass: with a cycle, the while loop never
ends."""

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
    chosen = list(chosen)
    for training in chosen:
        for p in catalogue[training]["prerequisites"]:
            if p not in chosen and p not in done:
                raise ValueError("missing prerequisite " + p)
    plan = []
    while len(plan) < len(chosen):
        for training in catalogue:
            if training in chosen and training not in plan:
                if all(p in plan or p in done for p in catalogue[training]["prerequisites"]):
                    plan.append(training)
                    break
    return plan


def plan_totals(catalogue, plan):
    total = {"hours": 0, "cost": 0}
    for t in plan:
        total["hours"] += catalogue[t]["hours"]
        total["cost"] += catalogue[t]["cost"]
    return total
