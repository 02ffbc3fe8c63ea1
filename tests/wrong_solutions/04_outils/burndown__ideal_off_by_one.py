"""expect: ideal line of a 28-point sprint over 10 days (day 0 to day 10, 1 decimal)

The loop runs over range(days): day 10, where the ideal line reaches 0, is missing."""

import math


def ideal_line(total, days):
    if days < 1:
        raise ValueError("days")
    step = total / days
    return [round(total - step * day, 1) for day in range(days)]


def remaining_work(total, done, added):
    if len(done) != len(added):
        raise ValueError("lengths")
    curve = [total]
    for i in range(len(done)):
        curve.append(curve[-1] - done[i] + added[i])
    return curve


def forecast(remaining, velocities, last=3):
    recent = velocities[-last:]
    if not recent or sum(recent) == 0:
        raise ValueError("no velocity")
    average = sum(recent) / len(recent)
    return round(average, 1), math.ceil(remaining / average)
