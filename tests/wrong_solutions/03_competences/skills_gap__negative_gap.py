"""expect: gap of a skill already above its target (4 for 2)

The gap is target - current without a floor: a skill above its target gets a negative gap."""

import csv


def skill_gap(current, target):
    if current not in (1, 2, 3, 4) or target not in (1, 2, 3, 4):
        raise ValueError("level")
    return target - current


def development_plan(path, size=3):
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            gap = skill_gap(int(row["current"]), int(row["target"]))
            if gap > 0:
                rows.append((row["skill"], gap, int(row["target"])))
    rows.sort(key=lambda item: (-item[1], -item[2]))
    return [(skill, gap) for skill, gap, target in rows[:size]]
