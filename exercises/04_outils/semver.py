"""Exercice — Numéroter les versions de l’API catalogue avec SemVer.

Validez un numéro de version MAJEUR.MINEUR.CORRECTIF, puis calculez la version suivante à
partir du journal des changements, selon les règles du versionnage sémantique.
L’énoncé complet est dans le module 4 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/04_outils/test_semver.py
"""

from __future__ import annotations

#: Les types d’entrée du journal des changements, du plus important au moins important.
#: "breaking" : changement incompatible ; "feature" : ajout compatible ; "deprecation" :
#: fonction déclarée obsolète ; "fix" : correction compatible.
CHANGE_TYPES = ("breaking", "feature", "deprecation", "fix")


def parse_version(text: str) -> tuple[int, int, int]:
    """Le tuple (majeur, mineur, correctif) d’une version publiée, par exemple "1.4.2".

    Le texte doit être exactement trois nombres séparés par des points ; chaque nombre
    n’est fait que de chiffres de 0 à 9, sans zéro non significatif ("0" est permis, "04"
    ne l’est pas). Pas de préfixe ("v1.4.2"), pas de pré-publication ("2.0.0-rc.1") ni de
    métadonnées ("1.0.0+20270114"). Lève ValueError pour tout autre texte.
    """
    # TODO : découpez le texte et vérifiez chaque partie avant de la convertir.
    raise NotImplementedError


def next_version(current: str, changelog: list[dict[str, str]]) -> str:
    """La version à publier après `current`, d’après le journal des changements.

    Chaque entrée est un dict avec une clé "type" (une valeur de CHANGE_TYPES) et une clé
    "summary" (texte libre). Toutes les entrées partent dans UNE seule version : le
    changement le plus important décide. "breaking" incrémente le MAJEUR et remet MINEUR et
    CORRECTIF à 0 ; "feature" ou "deprecation" incrémente le MINEUR et remet CORRECTIF à 0 ;
    "fix" incrémente le CORRECTIF. En développement initial (majeur 0), un "breaking"
    incrémente le MINEUR : le passage à 1.0.0 est une décision, pas un calcul.
    Renvoie la version en texte ("1.5.0"). Lève ValueError si `current` n’est pas valide,
    si le journal est vide ou si un type est inconnu.
    """
    # TODO : validez, trouvez le changement le plus important, puis incrémentez.
    raise NotImplementedError
