"""Exercice — Vérifier l’accès aux certifications en gestion de projet.

À partir d’un profil (expérience, heures de formation, certifications détenues), dites ce
qui manque pour le PMP et à quelles certifications la personne peut se présenter.
L’énoncé complet est dans le module 5 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/05_formations/test_certification_check.py
"""

from __future__ import annotations

#: Les certifications de l’exercice, dans l’ordre où on les présente.
CERTIFICATIONS = ("PMP", "PRINCE2 Foundation", "PRINCE2 Practitioner", "PSM", "CSM", "SAFe")

#: Heures de formation en gestion de projet exigées pour le PMP, selon le module.
PMP_TRAINING_HOURS = 35


def pmp_gaps(profile: dict, required_years: int) -> dict[str, int]:
    """Ce qui manque au profil pour remplir les deux conditions d’accès au PMP.

    `profile` a les clés "project_years" (années de conduite de projets, int) et
    "pm_training_hours" (heures de formation en gestion de projet, int) ;
    `required_years` est le seuil d’expérience exigé (il dépend du diplôme).
    Renvoie {"years": années manquantes, "hours": heures manquantes} : deux entiers,
    jamais négatifs (0 quand la condition est remplie).
    """
    # TODO : comparez le profil aux deux seuils.
    raise NotImplementedError


def eligible_certifications(profile: dict, pmp_required_years: int) -> list[str]:
    """Les certifications auxquelles le profil peut se présenter dès maintenant.

    `profile` a aussi les clés "held" (certifications déjà obtenues) et "courses"
    (certifications dont la formation officielle a été suivie). Règles, telles que le module
    les résume (simplifiées, sans les équivalences) :
    PMP : expérience et formation suffisantes (voir pmp_gaps) ; PRINCE2 Foundation et PSM :
    aucune condition ; PRINCE2 Practitioner : détenir PRINCE2 Foundation ; CSM et SAFe :
    avoir suivi la formation correspondante.
    Renvoie une liste dans l’ordre de CERTIFICATIONS, sans les certifications déjà détenues.
    """
    # TODO : appliquez les règles à chaque certification de CERTIFICATIONS.
    raise NotImplementedError
