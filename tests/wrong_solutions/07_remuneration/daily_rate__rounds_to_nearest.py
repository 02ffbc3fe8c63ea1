"""expect: TJM needed for 65,000 € with 190 days, 9,000 € of expenses and charges of 35 percent (rounded up)

Rounds the daily rate to the nearest euro: 599.19 gives 599 €, which misses the target."""


def billable_days(working_days, deductions):
    for days in deductions.values():
        if days < 0:
            raise ValueError("negative deduction")
    result = working_days - sum(deductions.values())
    if result <= 0:
        raise ValueError("no billable day")
    return result


def annual_income(daily_rate, days, expenses, contributions):
    turnover = daily_rate * days
    return {"turnover": turnover, "income": turnover - expenses - contributions,
            "naive_gap": daily_rate * 240 - turnover}


def required_daily_rate(target_income, days, expenses, charges_rate):
    if days <= 0 or not 0 <= charges_rate < 1:
        raise ValueError("invalid hypotheses")
    return round((target_income + expenses) / (days * (1 - charges_rate)))
