"""expect: slack of each task of the Boutique 2.0 plan

The slack is measured against the EARLIEST start of the successors (free slack), so C and F
look critical."""

import csv
from datetime import timedelta
from pathlib import Path


def read(path):
    tasks = {}
    with Path(path).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            deps = row["depends_on"].split(";") if row["depends_on"] else []
            tasks[row["id"]] = (int(row["duration"]), deps)
    return tasks


def earliest_times(path):
    times = {}
    for task, (duration, deps) in read(path).items():
        start = max([times[d][1] for d in deps] or [0])
        times[task] = (start, start + duration)
    return times


def critical_path(path):
    tasks = read(path)
    times = earliest_times(path)
    end = max(finish for start, finish in times.values())
    slacks = {}
    for task in tasks:
        successors = [other for other in tasks if task in tasks[other][1]]
        limit = min([times[s][0] for s in successors] or [end])
        slacks[task] = limit - times[task][1]
    return [task for task in slacks if slacks[task] == 0], slacks


def working_day_date(start, day, holidays):
    if day < 1:
        raise ValueError(day)
    current = start
    while current.weekday() >= 5 or current in holidays:
        current += timedelta(days=1)
    for _ in range(day - 1):
        current += timedelta(days=1)
        while current.weekday() >= 5 or current in holidays:
            current += timedelta(days=1)
    return current
