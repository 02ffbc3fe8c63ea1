"""Exercice — Donner la météo du projet par la valeur acquise.

Calculez le CPI, le SPI et l’estimation à l’achèvement (EAC), déduisez-en la météo du rapport
hebdomadaire (vert, orange, rouge), puis retracez la météo des semaines 2 à 8.
L’énoncé complet est dans le module 2 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/02_missions/test_earned_value.py
"""

from __future__ import annotations

from pathlib import Path

#: Budget à l’achèvement (BAC) de Boutique 2.0, en euros HT (chiffre fictif).
BAC = 480_000

#: Les trois météos du rapport hebdomadaire.
WEATHERS = ("green", "amber", "red")


def indicators(pv: float, ev: float, ac: float, bac: float) -> dict[str, float]:
    """Les indicateurs de valeur acquise : {"cpi": …, "spi": …, "eac": …}.

    ``pv`` : valeur planifiée, ``ev`` : valeur acquise, ``ac`` : coût réel, ``bac`` : budget
    total, tous en euros et cumulés depuis le début du projet.

    - CPI = EV / AC et SPI = EV / PV, arrondis à 2 décimales (``round(x, 2)``) ;
    - EAC = BAC / CPI, calculé avec le CPI NON arrondi, puis arrondi à l’euro (un ``int``).

    Lève ValueError si ``pv``, ``ev`` ou ``ac`` n’est pas strictement positif : les indices
    n’ont de sens qu’une fois du travail prévu, fait et payé.
    """
    # TODO : vérifiez les montants, puis calculez les trois indicateurs.
    raise NotImplementedError


def weather(cpi: float, spi: float) -> str:
    """La météo RAG du projet selon ses indices : « green », « amber » ou « red ».

    - « red » si l’un des deux indices est strictement inférieur à 0,85 ;
    - « green » si les deux indices sont supérieurs ou égaux à 0,95 ;
    - « amber » dans tous les autres cas.
    """
    # TODO : comparez les deux indices aux seuils 0.85 et 0.95.
    raise NotImplementedError


def weather_history(path: Path) -> list[tuple[int, str]]:
    """La météo de chaque point d’avancement du fichier : [(semaine, météo), …].

    Le fichier CSV a les colonnes week, date, pv, ev, ac (montants cumulés, en euros). La
    météo de chaque ligne se calcule avec les indices arrondis de ``indicators`` (budget
    total ``BAC``). La liste suit l’ordre du fichier ; ``week`` est un ``int``.
    """
    # TODO : lisez le fichier et réutilisez indicators et weather pour chaque ligne.
    raise NotImplementedError
