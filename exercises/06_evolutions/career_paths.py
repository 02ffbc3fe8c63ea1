"""Exercice — Explorer la carte des trajectoires depuis le poste de CPT.

Chargez la carte des passages d’un rôle à l’autre, cherchez le chemin le plus court vers un
rôle cible (en évitant au besoin un rôle) et résumez ce qu’un chemin demande.
L’énoncé complet est dans le module 6 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/06_evolutions/test_career_paths.py
"""

from __future__ import annotations

from pathlib import Path


def load_career_map(path: Path) -> dict[str, list[tuple[str, str, int]]]:
    """Lit le fichier CSV des passages (colonnes from_role, to_role, skill, years).

    Renvoie un dictionnaire : pour chaque rôle qui a au moins un passage sortant, la liste
    des tuples (rôle d’arrivée, compétence à développer, années en entier), dans l’ordre du
    fichier. Un rôle sans passage sortant (par exemple « CTO ») n’est pas une clé.
    """
    # TODO : lisez le fichier et regroupez les passages par rôle de départ.
    raise NotImplementedError


def shortest_path(career_map: dict[str, list[tuple[str, str, int]]], start: str, target: str,
                  avoid: str | None = None) -> list[str] | None:
    """Le chemin le plus court, en nombre de passages, de `start` à `target`.

    Renvoie la liste des rôles traversés, `start` et `target` compris (`[start]` si les deux
    sont égaux), ou None s’il n’existe aucun chemin. Le chemin ne passe jamais par le rôle
    `avoid` (qui n’est ni le départ ni l’arrivée). À nombre de passages égal, on garde le
    chemin trouvé en premier en explorant les passages dans l’ordre du fichier (parcours en
    largeur).
    """
    # TODO : parcours en largeur depuis start, en mémorisant d’où l’on vient.
    raise NotImplementedError


def describe_path(career_map: dict[str, list[tuple[str, str, int]]],
                  path: list[str]) -> dict:
    """Ce que demande un chemin : {"moves": int, "years": int, "skills": list[str]}.

    "moves" est le nombre de passages, "years" la somme de leurs années, "skills" les
    compétences à développer, dans l’ordre du chemin. Un chemin d’un seul rôle donne
    0, 0 et []. Lève ValueError si deux rôles consécutifs ne sont pas reliés par un passage.
    """
    # TODO : retrouvez chaque passage du chemin dans la carte.
    raise NotImplementedError
