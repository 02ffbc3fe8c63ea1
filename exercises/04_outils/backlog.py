"""Exercice — Prioriser le backlog de Boutique 2.0 et remplir un sprint.

Calculez le WSJF de chaque user story, classez le backlog, puis choisissez les stories qui
tiennent dans la capacité d’un sprint.
L’énoncé complet est dans le module 4 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/04_outils/test_backlog.py
"""

from __future__ import annotations

from pathlib import Path


def wsjf(business_value: int, time_criticality: int, risk_reduction: int,
         job_size: int) -> float:
    """Le WSJF d’une story : coût du retard divisé par la taille.

    Coût du retard = valeur métier + criticité temporelle + réduction de risque.
    Renvoie un float non arrondi. Lève ValueError si job_size n’est pas strictement positif.
    """
    # TODO : calculez le coût du retard, puis divisez-le par la taille.
    raise NotImplementedError


def prioritize(path: Path) -> list[str]:
    """Les identifiants des stories du fichier CSV, de la plus prioritaire à la moins prioritaire.

    Colonnes : id, story, business_value, time_criticality, risk_reduction, job_size.
    Ordre : WSJF décroissant (valeur non arrondie) ; à WSJF égal, la plus petite job_size
    d’abord ; à taille égale aussi, l’ordre du fichier.
    """
    # TODO : lisez le fichier, calculez le WSJF de chaque story avec wsjf, puis triez.
    raise NotImplementedError


def sprint_content(path: Path, capacity: int) -> list[str]:
    """Les identifiants des stories retenues pour un sprint de `capacity` points.

    On parcourt le backlog dans l’ordre de prioritize : une story est retenue si sa
    job_size tient dans la capacité restante (égalité comprise) ; sinon on la saute et l’on
    continue avec les suivantes. Renvoie les identifiants dans l’ordre de priorité
    (liste vide si rien ne tient).
    """
    # TODO : parcourez les stories priorisées en décomptant la capacité restante.
    raise NotImplementedError
