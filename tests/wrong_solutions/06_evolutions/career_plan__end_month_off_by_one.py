"""expect: schedule of Camille's three actions from May 2027

Adds the duration to the first month to get the last month: a 3-month action started in May
« ends » in August."""

import csv


def priority_actions(path, max_actions=3):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            gap = int(row["target"]) - int(row["level"])
            if gap > 0:
                rows.append((gap, row["action"], int(row["months"])))
    rows.sort(key=lambda r: -r[0])
    return [(action, months) for gap, action, months in rows[:max_actions]]


def schedule(actions, start):
    year, month = int(start[:4]), int(start[5:])
    result = []
    for action, months in actions:
        first = f"{year:04d}-{month:02d}"
        total = year * 12 + month - 1 + months
        last = f"{total // 12:04d}-{total % 12 + 1:02d}"
        result.append((action, first, last))
        year, month = total // 12, total % 12 + 1
    return result


def fits_horizon(planned, start, years):
    if not planned:
        return True
    end = planned[-1][2]
    months = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:]) - int(start[5:]) + 1
    return months <= 12 * years
