"""expect: the 3 priorities of Inès Carpentier's development plan

Ties are left in the order of the file: the rule « highest target first » is forgotten."""

import csv


def skill_gap(current, target):
    if current not in (1, 2, 3, 4) or target not in (1, 2, 3, 4):
        raise ValueError("level")
    return max(0, target - current)


def development_plan(path, size=3):
    plan = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            gap = skill_gap(int(row["current"]), int(row["target"]))
            if gap > 0:
                plan.append((row["skill"], gap))
    plan.sort(key=lambda item: item[1], reverse=True)
    return plan[:size]
