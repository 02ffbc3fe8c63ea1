"""expect: prerequisites of AGI (an empty cell gives an empty list)

Splits the prerequisites cell without dropping the empty piece: "" gives [""]."""

import csv


def read_catalogue(path):
    catalogue = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            catalogue[row["id"]] = {"title": row["title"], "hours": int(row["hours"]),
                                    "cost": int(row["cost"]),
                                    "prerequisites": row["prerequisites"].split(";")}
    return catalogue


def order_trainings(catalogue, chosen, done=()):
    chosen = set(chosen)
    plan = []
    while len(plan) < len(chosen):
        for training in catalogue:
            ready = all(p in plan or p in done for p in catalogue[training]["prerequisites"])
            if training in chosen and training not in plan and ready:
                plan.append(training)
                break
        else:
            raise ValueError("cannot order the trainings")
    return plan


def plan_totals(catalogue, plan):
    hours = sum(catalogue[t]["hours"] for t in plan)
    cost = sum(catalogue[t]["cost"] for t in plan)
    return {"hours": hours, "cost": cost}
