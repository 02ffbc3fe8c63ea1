"""expect: package of offer A (variable counted at its historical payout rate)

Counts the maximum variable as if it were always paid in full."""


def package_value(offer):
    fixed = offer["monthly_gross"] * offer["months"]
    variable = offer["variable_max"]
    benefits = 0
    for amount in offer["benefits"].values():
        benefits += amount
    return {"fixed": fixed, "variable": variable, "benefits": benefits,
            "total": fixed + variable + benefits}


def rank_offers(offers, basis="total"):
    if basis not in ("total", "fixed"):
        raise ValueError(basis)
    ranked = sorted(offers, key=lambda o: package_value(o)[basis], reverse=True)
    return [o["name"] for o in ranked]
