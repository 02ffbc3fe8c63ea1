"""Exercice — Chiffrer les options d’arbitrage d’une demande de changement.

Chiffrez les trois options que Camille présente au comité de pilotage quand une demande
de changement ajoute du travail : renforcer l’équipe, décaler la date ou réduire le périmètre.
L’énoncé complet est dans le module 1 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/01_role/test_tradeoff_options.py
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from pathlib import Path


def budget_option(effort: float, daily_rate: float, provision: float,
                  ramp_up: float = 0) -> dict[str, int | bool]:
    """Option « renforcer l’équipe » : la date et le périmètre sont tenus, le budget paie.

    effort : charge de la demande en jours-homme ; daily_rate : coût d’un jour-homme de
    renfort en € HT ; provision : montant restant de la provision pour risques en € HT ;
    ramp_up : jours-homme de prise en main du renfort, payés eux aussi.
    Renvoie un dictionnaire à trois clés :
    - "extra_cost" : (effort + ramp_up) × daily_rate, arrondi à l’euro (int) ;
    - "remaining_provision" : provision − extra_cost, arrondi à l’euro (int, négatif si la
      provision ne suffit pas) ;
    - "within_provision" : True si extra_cost ne dépasse pas la provision (égalité comprise).
    Lève ValueError si effort, daily_rate ou ramp_up est négatif.
    """
    # TODO : calculez le surcoût et comparez-le à la provision pour risques.
    raise NotImplementedError


def delay_option(end: date, effort: float, team_size: int,
                 holidays: Collection[date] = ()) -> date:
    """Option « décaler la date » : la même équipe absorbe la charge, la fin recule.

    Le retard vaut effort / team_size jours ouvrés, arrondi à l’entier supérieur (un jour
    entamé compte pour un jour). Renvoie la nouvelle date de fin : end reculée de ce nombre
    de jours ouvrés (du lundi au vendredi, sauf les jours fériés de holidays). Si le retard est
    nul, renvoie end. Lève ValueError si team_size < 1 ou si effort est négatif.
    """
    # TODO : calculez le retard en jours ouvrés, puis avancez jour par jour dans le calendrier.
    raise NotImplementedError


def scope_option(path: Path, effort: float) -> list[str]:
    """Option « réduire le périmètre » : reporter des fonctionnalités pour libérer la charge.

    Lit le fichier CSV des fonctionnalités reportables (colonnes feature, effort en
    jours-homme, value de 1 à 5). Reporte d’abord celles de plus faible valeur (à valeur égale,
    dans l’ordre du fichier) et s’arrête dès que la charge libérée atteint effort (égalité
    comprise). Renvoie la liste des fonctionnalités reportées, dans l’ordre où on les reporte
    (liste vide si effort vaut 0). Lève ValueError si tout reporter ne suffit pas.
    """
    # TODO : triez les fonctionnalités par valeur, puis cumulez leur charge.
    raise NotImplementedError
