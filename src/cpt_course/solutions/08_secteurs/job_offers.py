"""Solution — Analyser un lot d’offres d’emploi de chef de projet technique."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Les noms de colonnes et les lignes du fichier CSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def count_by(path: Path, column: str) -> list[tuple[str, int]]:
    """Compte les offres du fichier CSV selon les valeurs d’une colonne."""
    columns, offers = _read(path)
    if column not in columns:
        raise ValueError(f"colonne inconnue : {column}")
    counts = Counter(offer[column] for offer in offers)
    # Clé de tri : nombre décroissant d’abord, puis valeur dans l’ordre alphabétique.
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def matching_offers(path: Path, profile: dict[str, Any]) -> list[str]:
    """Les identifiants (colonne id) des offres qui correspondent à un profil."""
    cities, contracts = profile["cities"], profile["contracts"]
    return [
        offer["id"] for offer in _read(path)[1]
        # Une liste vide n’exclut rien : « peu importe ».
        if (not cities or offer["city"] in cities)
        and (not contracts or offer["contract"] in contracts)
        # Les valeurs du CSV sont du texte : on convertit avant de comparer.
        and int(offer["remote_days"]) >= profile["min_remote_days"]
    ]
