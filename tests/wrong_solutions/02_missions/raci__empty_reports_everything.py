"""expect: problems of an activity with nobody (only 'empty' is reported)

An activity with nobody is reported as empty AND as having no A and no R."""

LETTERS = "RACI"


def raci_problems(matrix):
    problems = []
    for activity, roles in matrix.items():
        if not roles:
            problems.append((activity, "empty"))
        for letters in roles.values():
            for letter in letters:
                if letter not in LETTERS:
                    problems.append((activity, "unknown_letter"))
                    break
        count_a = 0
        count_r = 0
        for letters in roles.values():
            if "A" in letters:
                count_a += 1
            if "R" in letters:
                count_r += 1
        if count_a == 0:
            problems.append((activity, "no_a"))
        if count_a > 1:
            problems.append((activity, "several_a"))
        if count_r == 0:
            problems.append((activity, "no_r"))
    return sorted(set(problems))


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
            if not holders:
                new[default_accountable] = new.get(default_accountable, "") + "A"
                holders = [default_accountable]
            if len(holders) == 1 and not any("R" in letters for letters in new.values()):
                new[holders[0]] += "R"
        fixed[activity] = new
    return fixed
