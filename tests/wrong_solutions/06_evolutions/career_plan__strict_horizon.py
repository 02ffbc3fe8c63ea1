"""expect: Camille's plan ends within one year (12 months exactly)

Compares with < instead of <=: a plan of exactly 12 months is refused."""

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
    index = int(start[:4]) * 12 + int(start[5:]) - 1
    result = []
    for action, months in actions:
        end = index + months - 1
        result.append((action, f"{index // 12}-{index % 12 + 1:02d}",
                       f"{end // 12}-{end % 12 + 1:02d}"))
        index = end + 1
    return result


def fits_horizon(planned, start, years):
    if not planned:
        return True
    end = planned[-1][2]
    months = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:]) - int(start[5:]) + 1
    return months < 12 * years
