"""expect: offers in Nantes or Rennes, permanent contract (CDI), at least 2 remote days

« At least 2 days » read as « more than 2 days »: the offer with exactly 2 days is dropped."""

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
            if profile["cities"] and row["city"] not in profile["cities"]:
                continue
            if profile["contracts"] and row["contract"] not in profile["contracts"]:
                continue
            if int(row["remote_days"]) > profile["min_remote_days"]:
                result.append(row["id"])
    return result
