"""Solution — Valider la matrice RACI de Boutique 2.0."""

from __future__ import annotations

LETTERS = "RACI"
PROBLEMS = ("empty", "no_a", "no_r", "several_a", "unknown_letter")


def raci_problems(matrix: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    """Les problèmes d’une matrice RACI, sous forme de liste triée de tuples (activité, code)."""
    problems = []
    for activity, roles in matrix.items():
        holders = {person: letters for person, letters in roles.items() if letters}
        if not holders:
            # Sans personne, « pas de A » et « pas de R » n’apprendraient rien de plus.
            problems.append((activity, "empty"))
            continue
        if any(letter not in LETTERS for letters in holders.values() for letter in letters):
            problems.append((activity, "unknown_letter"))
        # On compte des personnes, pas des lettres : « AR » est un seul A.
        accountable = [person for person, letters in holders.items() if "A" in letters]
        if not accountable:
            problems.append((activity, "no_a"))
        elif len(accountable) > 1:
            problems.append((activity, "several_a"))
        if not any("R" in letters for letters in holders.values()):
            problems.append((activity, "no_r"))
    return sorted(problems)


def fix_raci(matrix: dict[str, dict[str, str]],
             default_accountable: str) -> dict[str, dict[str, str]]:
    """Une nouvelle matrice où sont corrigés les problèmes qu’une règle simple peut régler."""
    fixed: dict[str, dict[str, str]] = {}
    for activity, roles in matrix.items():
        # Étape 1 : on construit un nouveau dictionnaire, sans toucher à celui reçu.
        cleaned = {person: "".join(letter for letter in letters if letter in LETTERS)
                   for person, letters in roles.items()}
        cleaned = {person: letters for person, letters in cleaned.items() if letters}
        if cleaned:  # Étape 2 : une activité vide reste vide.
            accountable = [person for person, letters in cleaned.items() if "A" in letters]
            if not accountable:  # Étape 3.
                cleaned[default_accountable] = cleaned.get(default_accountable, "") + "A"
                accountable = [default_accountable]
            # Étape 4 ; avec plusieurs A (étape 5), on ne touche à rien.
            if len(accountable) == 1 and not any("R" in letters for letters in cleaned.values()):
                cleaned[accountable[0]] += "R"
        fixed[activity] = cleaned
    return fixed
