"""Exercice — Estimer à trois points la durée de Boutique 2.0.

Calculez la durée attendue et l’écart type d’une tâche (méthode PERT), puis ceux d’une chaîne
de tâches, par exemple le chemin critique.
L’énoncé complet est dans le module 2 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/02_missions/test_pert.py
"""

from __future__ import annotations

from pathlib import Path


def three_point(optimistic: float, most_likely: float,
                pessimistic: float) -> tuple[float, float]:
    """L’estimation à trois points d’une tâche : (durée attendue E, écart type σ).

    E = (O + 4M + P) / 6 et σ = (P − O) / 6, avec O optimiste, M la plus probable et P
    pessimiste (en jours). Les deux valeurs sont arrondies à 2 décimales.
    Lève ValueError sauf si 0 ≤ O ≤ M ≤ P.
    """
    # TODO : vérifiez l’ordre des trois valeurs, puis appliquez les deux formules.
    raise NotImplementedError


def chain_estimate(path: Path, tasks: list[str]) -> tuple[float, float]:
    """L’estimation d’une chaîne de tâches qui se suivent : (durée attendue, écart type).

    Le fichier CSV a les colonnes id, name, optimistic, most_likely, pessimistic. ``tasks``
    liste les id des tâches de la chaîne. La durée attendue de la chaîne est la somme des E
    des tâches ; son écart type est la racine carrée de la somme des σ² (les écarts types ne
    s’additionnent pas, leurs carrés si). Calculez avec les valeurs non arrondies et
    arrondissez les deux résultats à 2 décimales à la fin. Un id absent du fichier lève
    KeyError.
    """
    # TODO : lisez le fichier, puis cumulez les E et les σ² des tâches demandées.
    raise NotImplementedError
