"""Solution — Vérifier une fiche de décision (ADR) de Boutique 2.0."""

from __future__ import annotations

from typing import Any

IMPACTS = ("technical", "business_value", "budget", "date", "scope")
PROBLEMS = (
    "no_context",
    "too_few_options",
    "no_criteria",
    "decision_not_an_option",
    "wrong_decider",
    "no_consequences",
)
#: Ce qui dépasse la délégation de l’équipe projet et remonte au comité de pilotage.
COPIL_IMPACTS = {"budget", "date", "scope"}


def decision_maker(impacts: list[str]) -> str:
    """Qui tranche une décision, d’après la liste de ce qu’elle change."""
    if not impacts:
        raise ValueError("une décision change au moins une chose")
    unknown = [impact for impact in impacts if impact not in IMPACTS]
    if unknown:
        raise ValueError(f"impacts inconnus : {unknown}")
    # On part du niveau le plus haut : dès qu’un impact dépasse la délégation, le COPIL tranche,
    # même si la décision touche aussi la valeur métier ou la technique.
    if COPIL_IMPACTS.intersection(impacts):
        return "copil"
    if "business_value" in impacts:
        return "product_owner"
    return "cpt"


def check_record(record: dict[str, Any]) -> list[str]:
    """Les problèmes d’une fiche de décision, dans l’ordre de PROBLEMS."""
    problems = []
    # .get() plutôt que record[...] : une clé absente est un problème à signaler, pas un plantage.
    context = record.get("context") or ""
    if not context.strip():
        problems.append("no_context")
    options = record.get("options") or []
    if len(options) < 2:  # arbitrer, c’est choisir entre au moins deux options
        problems.append("too_few_options")
    if not record.get("criteria"):
        problems.append("no_criteria")
    if record.get("decision") not in options:
        problems.append("decision_not_an_option")
    if record.get("decided_by") != decision_maker(record["impacts"]):
        problems.append("wrong_decider")
    if not record.get("consequences"):
        problems.append("no_consequences")
    return problems
