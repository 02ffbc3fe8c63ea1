"""Solution — Numéroter les versions de l’API catalogue avec SemVer."""

from __future__ import annotations

import re

CHANGE_TYPES = ("breaking", "feature", "deprecation", "fix")
#: Un nombre SemVer : 0, ou un chiffre de 1 à 9 suivi d’autres chiffres (pas de zéro en tête).
NUMBER = re.compile(r"0|[1-9][0-9]*")


def parse_version(text: str) -> tuple[int, int, int]:
    """Le tuple (majeur, mineur, correctif) d’une version publiée, par exemple "1.4.2"."""
    parts = text.split(".")
    # int() seul accepterait "-1", "+1", " 4" ou "04" : on vérifie la forme avant de convertir.
    if len(parts) != 3 or not all(NUMBER.fullmatch(part) for part in parts):
        raise ValueError(f"version invalide : {text!r} (attendu MAJEUR.MINEUR.CORRECTIF)")
    major, minor, patch = (int(part) for part in parts)
    return major, minor, patch


def next_version(current: str, changelog: list[dict[str, str]]) -> str:
    """La version à publier après `current`, d’après le journal des changements."""
    major, minor, patch = parse_version(current)
    if not changelog:
        raise ValueError("rien à publier : le journal des changements est vide")
    types = [entry["type"] for entry in changelog]
    unknown = [kind for kind in types if kind not in CHANGE_TYPES]
    if unknown:
        raise ValueError(f"types inconnus : {unknown}")
    # Une seule version pour tout le journal : seul le changement le plus important compte,
    # on n’incrémente pas une fois par entrée.
    if "breaking" in types and major > 0:
        return f"{major + 1}.0.0"
    if "breaking" in types or "feature" in types or "deprecation" in types:
        # En 0.y.z, l’API n’est pas stable : un changement incompatible reste un MINEUR.
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
