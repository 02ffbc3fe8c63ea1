"""expect: quadrant of a stakeholder with power 3 and interest 3 (3 is high)

A common slip: « élevé » read as « strictly above 3 »."""

import csv


def quadrant(power, interest):
    if power > 3:
        return "manage_closely" if interest > 3 else "keep_satisfied"
    return "keep_informed" if interest > 3 else "monitor"


def stakeholder_map(path):
    grid = {name: [] for name in ("manage_closely", "keep_satisfied", "keep_informed", "monitor")}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            grid[quadrant(int(row["power"]), int(row["interest"]))].append(row["name"])
    return grid
