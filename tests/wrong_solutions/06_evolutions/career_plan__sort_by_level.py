"""expect: Camille's three priority actions (largest gap first, ties in file order)

Ranks the skills by their current level (weakest first) instead of by the gap to the target."""

import csv


def priority_actions(path, max_actions=3):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if int(row["target"]) > int(row["level"]):
                rows.append(row)
    rows.sort(key=lambda row: int(row["level"]))
    return [(row["action"], int(row["months"])) for row in rows[:max_actions]]


def schedule(actions, start):
    year, month = int(start[:4]), int(start[5:])
    result = []
    for action, months in actions:
        first = f"{year:04d}-{month:02d}"
        total = year * 12 + month - 1 + months - 1
        last = f"{total // 12:04d}-{total % 12 + 1:02d}"
        result.append((action, first, last))
        total += 1
        year, month = total // 12, total % 12 + 1
    return result


def fits_horizon(planned, start, years):
    if not planned:
        return True
    end = planned[-1][2]
    months = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:]) - int(start[5:]) + 1
    return months <= 12 * years
