"""expect: ranking of the three offers on the fixed salary only (the guaranteed part)

Always ranks on the total value, whatever the basis asked for."""


def package_value(offer):
    fixed = offer["monthly_gross"] * offer["months"]
    variable = round(offer["variable_max"] * offer["variable_paid_rate"])
    benefits = sum(offer["benefits"].values())
    return {"fixed": fixed, "variable": variable, "benefits": benefits,
            "total": fixed + variable + benefits}


def rank_offers(offers, basis="total"):
    if basis not in ("total", "fixed"):
        raise ValueError(basis)
    ranked = sorted(offers, key=lambda o: package_value(o)["total"], reverse=True)
    return [o["name"] for o in ranked]
