"""expect: ValueError when the deductions exceed the working days

Subtracts the deductions without checking the result: too many deductions give a negative
number of billable days."""


def billable_days(working_days, deductions):
    days = working_days
    for reason in deductions:
        days -= deductions[reason]
    return days


def annual_income(daily_rate, days, expenses, contributions):
    turnover = daily_rate * days
    return {"turnover": turnover, "income": turnover - expenses - contributions,
            "naive_gap": daily_rate * 20 * 12 - turnover}


def required_daily_rate(target_income, days, expenses, charges_rate):
    import math
    if days <= 0 or charges_rate >= 1 or charges_rate < 0:
        raise ValueError("invalid hypotheses")
    return math.ceil((target_income + expenses) / (days * (1 - charges_rate)))
