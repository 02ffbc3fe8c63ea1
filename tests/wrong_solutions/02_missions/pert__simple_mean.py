"""expect: expected duration of the ERP connector (F: O 18, M 24, P 36)

The three values are simply averaged: the most likely value is not weighted four times."""

import csv
import math
from pathlib import Path


def three_point(optimistic, most_likely, pessimistic):
    if not 0 <= optimistic <= most_likely <= pessimistic:
        raise ValueError("O <= M <= P")
    expected = (optimistic + most_likely + pessimistic) / 3
    sigma = (pessimistic - optimistic) / 6
    return round(expected, 2), round(sigma, 2)


def chain_estimate(path, tasks):
    rows = {}
    with Path(path).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows[row["id"]] = row
    total = 0
    variance = 0
    for task in tasks:
        o = float(rows[task]["optimistic"])
        m = float(rows[task]["most_likely"])
        p = float(rows[task]["pessimistic"])
        total += (o + m + p) / 3
        variance += ((p - o) / 6) ** 2
    return round(total, 2), round(math.sqrt(variance), 2)
