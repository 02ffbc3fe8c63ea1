"""expect: standard deviation of the critical path A, B, D, G, I, J

The standard deviations of the tasks are added (8.33 days) instead of their squares."""

import csv
from pathlib import Path


def three_point(optimistic, most_likely, pessimistic):
    if not 0 <= optimistic <= most_likely <= pessimistic:
        raise ValueError("O <= M <= P")
    expected = (optimistic + 4 * most_likely + pessimistic) / 6
    sigma = (pessimistic - optimistic) / 6
    return round(expected, 2), round(sigma, 2)


def chain_estimate(path, tasks):
    rows = {}
    with Path(path).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows[row["id"]] = row
    total = 0
    sigma = 0
    for task in tasks:
        o = float(rows[task]["optimistic"])
        m = float(rows[task]["most_likely"])
        p = float(rows[task]["pessimistic"])
        total += (o + 4 * m + p) / 6
        sigma += (p - o) / 6
    return round(total, 2), round(sigma, 2)
