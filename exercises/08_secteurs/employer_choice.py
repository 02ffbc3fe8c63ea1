"""Exercice — Choisir un employeur avec une grille de critères pondérés.

Calculez le score pondéré de chaque offre, classez les offres et vérifiez que le classement
résiste à un petit changement de poids.
L’énoncé complet est dans le module 8 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/08_secteurs/test_employer_choice.py
"""

from __future__ import annotations

#: Bornes de la grille : poids de 1 (secondaire) à 3 (essentiel), notes de 1 à 5.
MIN_WEIGHT, MAX_WEIGHT = 1, 3
MIN_SCORE, MAX_SCORE = 1, 5


def weighted_score(weights: dict[str, int], scores: dict[str, int]) -> int:
    """Le score pondéré d’une offre : la somme des produits poids × note.

    weights associe à chaque critère son poids (entier de 1 à 3) ; scores associe à chaque
    critère la note de l’offre (entier de 1 à 5). Lève ValueError si un poids ou une note sort
    de ses bornes, ou si les critères notés ne sont pas exactement ceux de weights.
    """
    # TODO : vérifiez la grille, puis faites la somme des poids × notes.
    raise NotImplementedError


def rank_offers(weights: dict[str, int],
                offers: dict[str, dict[str, int]]) -> list[tuple[str, int]]:
    """Le classement des offres : une liste de couples (nom de l’offre, score pondéré).

    offers associe à chaque nom d’offre ses notes. Les offres sont classées par score pondéré
    décroissant. À score égal, passe devant l’offre qui a le meilleur score pondéré sur les
    seuls critères essentiels (poids 3) ; si l’égalité persiste, l’ordre alphabétique du nom
    départage. Lève ValueError si la grille d’une offre est invalide.
    """
    # TODO : calculez les scores, puis triez avec une clé à trois niveaux.
    raise NotImplementedError


def is_robust(weights: dict[str, int], offers: dict[str, dict[str, int]]) -> bool:
    """Le choix résiste-t-il à un petit changement de poids ?

    Renvoie True si l’offre classée première par rank_offers a un score pondéré strictement
    supérieur à celui de chacune des autres offres, avec les poids donnés ET avec chacune des
    variantes où un seul poids change de +1 ou de −1 (en restant entre 1 et 3). Renvoie True
    s’il n’y a qu’une offre.
    """
    # TODO : construisez chaque variante des poids et comparez les scores.
    raise NotImplementedError
