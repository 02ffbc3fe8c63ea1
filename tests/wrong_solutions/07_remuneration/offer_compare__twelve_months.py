"""expect: package of offer B (13 monthly payments)

Always counts 12 monthly payments and forgets the 13th month."""


def package_value(offer):
    fixed = offer["monthly_gross"] * 12
    variable = round(offer["variable_max"] * offer["variable_paid_rate"])
    benefits = sum(offer["benefits"].values())
    return {"fixed": fixed, "variable": variable, "benefits": benefits,
            "total": fixed + variable + benefits}


def rank_offers(offers, basis="total"):
    if basis not in ("total", "fixed"):
        raise ValueError(basis)
    ranked = sorted(offers, key=lambda o: package_value(o)[basis], reverse=True)
    return [o["name"] for o in ranked]
