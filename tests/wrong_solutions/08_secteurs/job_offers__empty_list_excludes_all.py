"""expect: freelance offers in any city (an empty list of cities means any city)

An empty list of cities is taken literally: no city is accepted, so no offer matches."""

import csv
from pathlib import Path


def count_by(path, column):
    counts = {}
    with Path(path).open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if column not in reader.fieldnames:
            raise ValueError(column)
        for row in reader:
            counts[row[column]] = counts.get(row[column], 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def matching_offers(path, profile):
    result = []
    with Path(path).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if (row["city"] in profile["cities"] and row["contract"] in profile["contracts"]
                    and int(row["remote_days"]) >= profile["min_remote_days"]):
                result.append(row["id"])
    return result
