"""Solution — Choisir un employeur avec une grille de critères pondérés."""

from __future__ import annotations

MIN_WEIGHT, MAX_WEIGHT = 1, 3
MIN_SCORE, MAX_SCORE = 1, 5


def weighted_score(weights: dict[str, int], scores: dict[str, int]) -> int:
    """Le score pondéré d’une offre : la somme des produits poids × note."""
    if set(scores) != set(weights):
        raise ValueError("les critères notés doivent être exactement ceux de la grille")
    for criterion, weight in weights.items():
        if not MIN_WEIGHT <= weight <= MAX_WEIGHT:
            raise ValueError(f"poids hors de 1 à 3 : {criterion} = {weight}")
        if not MIN_SCORE <= scores[criterion] <= MAX_SCORE:
            raise ValueError(f"note hors de 1 à 5 : {criterion} = {scores[criterion]}")
    return sum(weight * scores[criterion] for criterion, weight in weights.items())


def rank_offers(weights: dict[str, int],
                offers: dict[str, dict[str, int]]) -> list[tuple[str, int]]:
    """Le classement des offres : une liste de couples (nom de l’offre, score pondéré)."""
    essential = [criterion for criterion, weight in weights.items() if weight == MAX_WEIGHT]

    def key(name: str) -> tuple[int, int, str]:
        scores = offers[name]
        on_essentials = sum(MAX_WEIGHT * scores[criterion] for criterion in essential)
        # Scores en négatif pour trier en décroissant, le nom restant en ordre alphabétique.
        return -weighted_score(weights, scores), -on_essentials, name

    return [(name, weighted_score(weights, offers[name])) for name in sorted(offers, key=key)]


def _variants(weights: dict[str, int]) -> list[dict[str, int]]:
    """Les poids donnés et chaque variante où un seul poids bouge de ±1, sans sortir de 1 à 3."""
    variants = [weights]
    for criterion, weight in weights.items():
        for changed in (weight - 1, weight + 1):
            if MIN_WEIGHT <= changed <= MAX_WEIGHT:
                variants.append({**weights, criterion: changed})
    return variants


def is_robust(weights: dict[str, int], offers: dict[str, dict[str, int]]) -> bool:
    """Le choix résiste-t-il à un petit changement de poids ?"""
    winner = rank_offers(weights, offers)[0][0]
    # Une égalité, même dans une seule variante, suffit à rendre l’écart non décisif.
    return all(
        weighted_score(variant, offers[winner]) > weighted_score(variant, offers[other])
        for variant in _variants(weights)
        for other in offers if other != winner
    )
