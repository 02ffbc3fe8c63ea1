"""expect: the draft given to fix_raci is left unchanged

fix_raci corrects the roles in place: the draft matrix it was given is changed too."""

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
    for roles in matrix.values():
        for person in list(roles):
            roles[person] = "".join(letter for letter in roles[person] if letter in LETTERS)
            if not roles[person]:
                del roles[person]
        if not roles:
            continue
        holders = [person for person, letters in roles.items() if "A" in letters]
        if not holders:
            roles[default_accountable] = roles.get(default_accountable, "") + "A"
            holders = [default_accountable]
        if len(holders) == 1 and not any("R" in letters for letters in roles.values()):
            roles[holders[0]] += "R"
    return matrix
