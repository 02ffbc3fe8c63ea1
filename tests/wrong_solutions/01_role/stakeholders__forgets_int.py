"""expect: Your code raised TypeError

CSV values are text: comparing "5" with 3 fails."""

import csv


def quadrant(power, interest):
    if power >= 3:
        return "manage_closely" if interest >= 3 else "keep_satisfied"
    return "keep_informed" if interest >= 3 else "monitor"


def stakeholder_map(path):
    grid = {name: [] for name in ("manage_closely", "keep_satisfied", "keep_informed", "monitor")}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            grid[quadrant(row["power"], row["interest"])].append(row["name"])
    return grid
