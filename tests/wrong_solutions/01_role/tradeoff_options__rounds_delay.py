"""expect: new go-live date for 26 person-days absorbed by a team of 4 (6.5 days of delay)

The delay is rounded to the nearest day (6.5 → 6) instead of up: half a day is lost too."""

import csv
from datetime import timedelta
from pathlib import Path


def budget_option(effort, daily_rate, provision, ramp_up=0):
    if effort < 0 or daily_rate < 0 or ramp_up < 0:
        raise ValueError("negative")
    cost = round((effort + ramp_up) * daily_rate)
    return {"extra_cost": cost, "remaining_provision": round(provision - cost),
            "within_provision": cost <= provision}


def delay_option(end, effort, team_size, holidays=()):
    if team_size < 1 or effort < 0:
        raise ValueError("invalid")
    delay = round(effort / team_size)
    day = end
    while delay > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            delay -= 1
    return day


def scope_option(path, effort):
    with Path(path).open(encoding="utf-8") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda row: int(row["value"]))
    deferred, freed = [], 0
    for row in rows:
        if freed >= effort:
            break
        deferred.append(row["feature"])
        freed += int(row["effort"])
    if freed < effort:
        raise ValueError("not enough")
    return deferred
