"""expect: forecast for 120 points with the last 3 of the sprints 22, 30, 29, 26

The number of sprints is rounded to the nearest integer: 4.2 sprints become 4, not 5."""


def ideal_line(total, days):
    if days < 1:
        raise ValueError("days")
    return [round(total - total * day / days, 1) for day in range(days + 1)]


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
    return round(average, 1), round(remaining / average)
