"""expect: Your code raised KeyError

The record is read with record["context"]: a record without that key makes it crash."""


def decision_maker(impacts):
    if not impacts:
        raise ValueError("empty")
    for impact in impacts:
        if impact not in ("technical", "business_value", "budget", "date", "scope"):
            raise ValueError(impact)
    if "budget" in impacts or "date" in impacts or "scope" in impacts:
        return "copil"
    if "business_value" in impacts:
        return "product_owner"
    return "cpt"


def check_record(record):
    problems = []
    if record["context"].strip() == "":
        problems.append("no_context")
    if len(record["options"]) < 2:
        problems.append("too_few_options")
    if len(record["criteria"]) == 0:
        problems.append("no_criteria")
    if record["decision"] not in record["options"]:
        problems.append("decision_not_an_option")
    if record["decided_by"] != decision_maker(record["impacts"]):
        problems.append("wrong_decider")
    if len(record["consequences"]) == 0:
        problems.append("no_consequences")
    return problems
