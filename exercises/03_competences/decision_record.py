"""Exercice — Vérifier une fiche de décision (ADR) de Boutique 2.0.

Déterminez qui doit trancher un arbitrage selon ce qu’il change, puis vérifiez qu’une fiche
de décision contient tout ce qu’il faut pour tracer l’arbitrage.
L’énoncé complet est dans le module 3 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/03_competences/test_decision_record.py
"""

from __future__ import annotations

from typing import Any

#: Ce qu’une décision peut changer : la technique seule, la valeur métier, le budget, la date,
#: le périmètre.
IMPACTS = ("technical", "business_value", "budget", "date", "scope")

#: Les problèmes qu’une fiche peut présenter, dans l’ordre où on les signale.
PROBLEMS = (
    "no_context",
    "too_few_options",
    "no_criteria",
    "decision_not_an_option",
    "wrong_decider",
    "no_consequences",
)


def decision_maker(impacts: list[str]) -> str:
    """Qui tranche une décision, d’après la liste de ce qu’elle change (valeurs de IMPACTS).

    Renvoie "copil" si la décision touche le budget, la date ou le périmètre ; sinon
    "product_owner" si elle touche la valeur métier ; sinon "cpt" (une décision purement
    technique, dans la délégation du CPT ou de l’architecte).
    Lève ValueError si la liste est vide ou contient une valeur qui n’est pas dans IMPACTS.
    """
    # TODO : vérifiez la liste, puis appliquez les règles dans cet ordre : COPIL, PO, CPT.
    raise NotImplementedError


def check_record(record: dict[str, Any]) -> list[str]:
    """Les problèmes d’une fiche de décision (un dict lu depuis un fichier JSON).

    Clés lues : "context" (texte), "options" (liste de textes), "criteria" (liste),
    "decision" (texte), "impacts" (liste), "decided_by" (texte), "consequences" (liste).
    Chaque problème est signalé par son code de PROBLEMS, dans l’ordre de PROBLEMS :
    - "no_context" : contexte absent, vide ou fait seulement d’espaces ;
    - "too_few_options" : moins de deux options (ou clé absente) ;
    - "no_criteria" : critères absents ou liste vide ;
    - "decision_not_an_option" : décision absente ou qui n’est pas exactement l’une des options ;
    - "wrong_decider" : decided_by différent de decision_maker(impacts) ;
    - "no_consequences" : conséquences absentes ou liste vide.
    Une fiche complète donne une liste vide. La clé "impacts" est supposée présente : si elle
    est invalide, l’erreur ValueError de decision_maker n’est pas interceptée.
    """
    # TODO : passez les six vérifications en revue, dans l’ordre de PROBLEMS.
    raise NotImplementedError
