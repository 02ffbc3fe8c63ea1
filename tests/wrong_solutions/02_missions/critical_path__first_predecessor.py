"""expect: earliest start and finish of each task of the Boutique 2.0 plan

A task starts at the finish of its FIRST predecessor instead of the latest one."""

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
        start = times[deps[0]][1] if deps else 0
        times[task] = (start, start + duration)
    return times


def critical_path(path):
    tasks = read(path)
    times = earliest_times(path)
    end = max(finish for start, finish in times.values())
    latest = {}
    for task in reversed(list(tasks)):
        successors = [other for other in tasks if task in tasks[other][1]]
        finish = min([latest[s] for s in successors] or [end])
        latest[task] = finish - tasks[task][0]
    slacks = {task: latest[task] - times[task][0] for task in tasks}
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
