"""Exercice — Valider la matrice RACI de Boutique 2.0.

Repérez les erreurs du brouillon de matrice RACI (pas de A, plusieurs A, pas de R, lettre
inconnue, activité sans personne), puis corrigez automatiquement ce qui peut l’être.
L’énoncé complet est dans le module 2 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/02_missions/test_raci.py
"""

from __future__ import annotations

#: Les quatre lettres autorisées d’une matrice RACI.
LETTERS = "RACI"

#: Les codes de problème, dans l’ordre alphabétique.
PROBLEMS = ("empty", "no_a", "no_r", "several_a", "unknown_letter")


def raci_problems(matrix: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    """Les problèmes d’une matrice RACI, sous forme de liste triée de tuples (activité, code).

    ``matrix`` associe à chaque activité (un livrable) un dictionnaire {personne: lettres},
    les lettres étant écrites d’un bloc, en majuscules : « A », « AR », « C »… Une personne
    sans rôle n’apparaît pas ; une activité sans personne est un dictionnaire vide.

    Codes, au plus un de chaque par activité :

    - « empty » : l’activité n’a personne ; c’est alors son SEUL problème signalé ;
    - « unknown_letter » : une personne au moins a un caractère hors de R, A, C, I ;
    - « no_a » : personne n’a la lettre A ;
    - « several_a » : plusieurs personnes ont la lettre A ;
    - « no_r » : personne n’a la lettre R.

    Une même personne peut être A et R (« AR »). Le résultat est trié avec ``sorted`` :
    par activité, puis par code. Une matrice sans problème donne une liste vide.
    """
    # TODO : parcourez les activités et ajoutez un tuple (activité, code) par problème trouvé.
    raise NotImplementedError


def fix_raci(matrix: dict[str, dict[str, str]],
             default_accountable: str) -> dict[str, dict[str, str]]:
    """Une NOUVELLE matrice où sont corrigés les problèmes qu’une règle simple peut régler.

    La matrice reçue n’est pas modifiée. Pour chaque activité, dans cet ordre :

    1. retirer les lettres inconnues ; une personne à qui il ne reste aucune lettre disparaît ;
    2. une activité vide (au départ ou après l’étape 1) reste vide : il faut la confier à
       quelqu’un, aucune règle ne le fait ;
    3. s’il n’y a aucun A, ``default_accountable`` reçoit la lettre A (il est ajouté à
       l’activité s’il n’y figurait pas) ;
    4. s’il n’y a aucun R et exactement un A, la personne qui est A reçoit aussi la lettre R ;
    5. plusieurs A : rien ne change, c’est au sponsor d’arbitrer.

    L’ordre des lettres d’une personne n’a pas d’importance (« AR » ou « RA »).
    """
    # TODO : copiez chaque activité, puis appliquez les étapes 1 à 5.
    raise NotImplementedError
