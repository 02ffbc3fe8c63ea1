"""Exercice — Trier le registre des risques de Boutique 2.0.

Calculez la criticité de chaque risque (probabilité × impact) et son niveau, triez le registre
et sélectionnez les risques à faire remonter au comité de pilotage.
L’énoncé complet est dans le module 2 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/02_missions/test_risks.py
"""

from __future__ import annotations

from pathlib import Path

#: Les niveaux de criticité, du plus faible au plus fort.
LEVELS = ("low", "medium", "high", "critical")


def risk_level(probability: int, impact: int) -> str:
    """Le niveau d’un risque noté de 1 à 5 en probabilité et en impact.

    Le score est probabilité × impact (de 1 à 25) :

    - de 1 à 4 : « low » ; de 5 à 9 : « medium » ; de 10 à 14 : « high » ;
      de 15 à 25 : « critical » ;
    - exception : un risque d’impact 5 est au moins « high », quelle que soit sa probabilité.

    Lève ValueError si la probabilité ou l’impact n’est pas un entier de 1 à 5.
    """
    # TODO : vérifiez les deux notes, calculez le score et renvoyez le niveau.
    raise NotImplementedError


def risk_register(path: Path) -> list[tuple[str, int, str]]:
    """Le registre trié : une liste de tuples (id, score, niveau), un par risque du fichier.

    Le fichier CSV a les colonnes id, description, probability, impact. Le tri se fait par
    score décroissant, puis, à score égal, par id croissant (ordre alphabétique du texte).
    Une probabilité ou un impact hors de 1 à 5 lève ValueError (voir risk_level).
    """
    # TODO : lisez le fichier, construisez un tuple par risque, puis triez la liste.
    raise NotImplementedError


def risks_to_escalate(register: list[tuple[str, int, str]], threshold: int) -> list[str]:
    """Les id des risques dont le score est supérieur OU ÉGAL à ``threshold``.

    ``register`` est un registre trié comme celui que renvoie risk_register ; la liste
    renvoyée garde son ordre. Elle est vide si aucun risque n’atteint le seuil.
    """
    # TODO : gardez les id des tuples dont le score atteint le seuil.
    raise NotImplementedError
