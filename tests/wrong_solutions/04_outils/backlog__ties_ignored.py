"""expect: priority order of the Boutique 2.0 backlog (WSJF, highest first)

Only the WSJF is sorted: equal WSJF keep the order of the file, the smaller story is not first."""

import csv


def wsjf(business_value, time_criticality, risk_reduction, job_size):
    if job_size <= 0:
        raise ValueError("size")
    return (business_value + time_criticality + risk_reduction) / job_size


def prioritize(path):
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows.sort(key=lambda row: wsjf(int(row["business_value"]), int(row["time_criticality"]),
                                   int(row["risk_reduction"]), int(row["job_size"])),
              reverse=True)
    return [row["id"] for row in rows]


def sprint_content(path, capacity):
    with path.open(encoding="utf-8") as handle:
        sizes = {row["id"]: int(row["job_size"]) for row in csv.DictReader(handle)}
    chosen = []
    for story in prioritize(path):
        if sizes[story] <= capacity:
            chosen.append(story)
            capacity -= sizes[story]
    return chosen
