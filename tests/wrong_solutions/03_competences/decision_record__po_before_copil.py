"""expect: who decides a decision that changes business value and date

The rules are tested from the lowest level up: the PO is returned before the COPIL."""


def decision_maker(impacts):
    if not impacts:
        raise ValueError("empty")
    for impact in impacts:
        if impact not in ("technical", "business_value", "budget", "date", "scope"):
            raise ValueError(impact)
    if "business_value" in impacts:
        return "product_owner"
    if "budget" in impacts or "date" in impacts or "scope" in impacts:
        return "copil"
    return "cpt"


def check_record(record):
    problems = []
    if not record.get("context", "").strip():
        problems.append("no_context")
    options = record.get("options", [])
    if len(options) < 2:
        problems.append("too_few_options")
    if not record.get("criteria"):
        problems.append("no_criteria")
    if record.get("decision") not in options:
        problems.append("decision_not_an_option")
    if record.get("decided_by") != decision_maker(record["impacts"]):
        problems.append("wrong_decider")
    if not record.get("consequences"):
        problems.append("no_consequences")
    return problems
