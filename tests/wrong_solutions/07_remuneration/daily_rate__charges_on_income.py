"""expect: TJM needed for 65,000 € with 190 days, 9,000 € of expenses and charges of 35 percent (rounded up)

Applies the charges rate to the target income instead of the turnover."""

import math


def billable_days(working_days, deductions):
    if min(deductions.values(), default=0) < 0:
        raise ValueError("negative deduction")
    days = working_days - sum(deductions.values())
    if days <= 0:
        raise ValueError("no billable day")
    return days


def annual_income(daily_rate, days, expenses, contributions):
    turnover = daily_rate * days
    return {"turnover": turnover, "income": turnover - expenses - contributions,
            "naive_gap": daily_rate * 20 * 12 - turnover}


def required_daily_rate(target_income, days, expenses, charges_rate):
    if days <= 0 or not 0 <= charges_rate < 1:
        raise ValueError("invalid hypotheses")
    return math.ceil((target_income * (1 + charges_rate) + expenses) / days)
