"""expect: fixed roles of 'Plan de retour arrière' (no A and no R

Steps 3 and 4 in the wrong order: the R is given before anybody is A, so nobody gets it."""

LETTERS = "RACI"


def raci_problems(matrix):
    problems = []
    for activity, roles in matrix.items():
        if not roles:
            problems.append((activity, "empty"))
            continue
        if any(letter not in LETTERS for letters in roles.values() for letter in letters):
            problems.append((activity, "unknown_letter"))
        count_a = sum(1 for letters in roles.values() if "A" in letters)
        if count_a == 0:
            problems.append((activity, "no_a"))
        elif count_a > 1:
            problems.append((activity, "several_a"))
        if not any("R" in letters for letters in roles.values()):
            problems.append((activity, "no_r"))
    return sorted(problems)


def fix_raci(matrix, default_accountable):
    fixed = {}
    for activity, roles in matrix.items():
        new = {}
        for person, letters in roles.items():
            kept = "".join(letter for letter in letters if letter in LETTERS)
            if kept:
                new[person] = kept
        if new:
            holders = [person for person, letters in new.items() if "A" in letters]
            if len(holders) == 1 and not any("R" in letters for letters in new.values()):
                new[holders[0]] += "R"
            if not holders:
                new[default_accountable] = new.get(default_accountable, "") + "A"
        fixed[activity] = new
    return fixed
