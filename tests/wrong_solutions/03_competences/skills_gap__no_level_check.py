"""expect: skill_gap(2, 5) raises ValueError (levels go from 1 to 4)

Only the current level is checked: a target of 5, outside the scale, is accepted."""

import csv


def skill_gap(current, target):
    if current < 1 or current > 4:
        raise ValueError("level")
    return max(0, target - current)


def development_plan(path, size=3):
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            gap = skill_gap(int(row["current"]), int(row["target"]))
            if gap > 0:
                rows.append((row["skill"], gap, int(row["target"])))
    rows.sort(key=lambda item: (-item[1], -item[2]))
    return [(skill, gap) for skill, gap, target in rows[:size]]
