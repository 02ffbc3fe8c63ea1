"""Exercice — Planifier les actions du plan de carrière de Camille Martin.

À partir du tableau d’écart de compétences, choisissez les actions prioritaires, placez-les
dans le temps et vérifiez que le plan tient dans l’horizon visé.
L’énoncé complet est dans le module 6 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/06_evolutions/test_career_plan.py
"""

from __future__ import annotations

from pathlib import Path


def priority_actions(path: Path, max_actions: int = 3) -> list[tuple[str, int]]:
    """Les actions prioritaires du tableau d’écart (colonnes skill, level, target, action,
    months).

    L’écart d’une compétence est target − level. Renvoie au plus `max_actions` tuples
    (action, durée en mois, en entier), par écart décroissant ; à écart égal, dans l’ordre
    du fichier. Les compétences dont l’écart est nul ou négatif sont écartées.
    """
    # TODO : calculez l’écart de chaque ligne, triez, puis gardez les premières actions.
    raise NotImplementedError


def schedule(actions: list[tuple[str, int]], start: str) -> list[tuple[str, str, str]]:
    """Place les actions l’une après l’autre, à partir du mois `start` (« AAAA-MM »).

    Chaque action occupe sa durée en mois entiers ; la suivante commence le mois d’après.
    Renvoie une liste de tuples (action, premier mois, dernier mois), mois au format
    « AAAA-MM ». Exemple : une action de 3 mois commencée en « 2027-11 » se termine en
    « 2028-01 ».
    """
    # TODO : comptez les mois sans oublier le passage d’une année à l’autre.
    raise NotImplementedError


def fits_horizon(planned: list[tuple[str, str, str]], start: str, years: int) -> bool:
    """Le plan se termine-t-il dans l’horizon de `years` ans à partir du mois `start` ?

    Vrai si le nombre de mois, du mois `start` au dernier mois du plan inclus, est au plus
    12 × years. Un plan vide tient toujours.
    """
    # TODO : comptez les mois entre start et la fin de la dernière action.
    raise NotImplementedError
