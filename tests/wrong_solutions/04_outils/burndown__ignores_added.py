"""expect: remaining work of the sprint, day by day (3 points added on day 6)

Only the work done is subtracted: the points added to the sprint are forgotten."""

import math


def ideal_line(total, days):
    if days < 1:
        raise ValueError("days")
    return [round(total - total * day / days, 1) for day in range(days + 1)]


def remaining_work(total, done, added):
    if len(done) != len(added):
        raise ValueError("lengths")
    curve = [total]
    for points in done:
        curve.append(curve[-1] - points)
    return curve


def forecast(remaining, velocities, last=3):
    recent = velocities[-last:]
    if not recent or sum(recent) == 0:
        raise ValueError("no velocity")
    average = sum(recent) / len(recent)
    return round(average, 1), math.ceil(remaining / average)
