"""expect: an estimate whose most likely value is below the optimistic one raises ValueError

The three values are never checked: an inverted estimate gives a number instead of an error."""

import csv
import math
from pathlib import Path


def three_point(optimistic, most_likely, pessimistic):
    expected = (optimistic + 4 * most_likely + pessimistic) / 6
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
        total += (o + 4 * m + p) / 6
        variance += ((p - o) / 6) ** 2
    return round(total, 2), round(math.sqrt(variance), 2)
