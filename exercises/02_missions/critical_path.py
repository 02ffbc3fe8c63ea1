"""Exercice — Calculer le chemin critique de Boutique 2.0.

À partir du planning (tâches, durées, dépendances), calculez les dates au plus tôt, les marges,
le chemin critique, puis la date de fin au calendrier (jours ouvrés, jours fériés exclus).
L’énoncé complet est dans le module 2 du cours, section « Exercices ».
Vérifiez votre travail avec : pytest exercises/02_missions/test_critical_path.py
"""

from __future__ import annotations

from datetime import date
from pathlib import Path


def earliest_times(path: Path) -> dict[str, tuple[int, int]]:
    """Passe avant : {id de tâche: (début au plus tôt, fin au plus tôt)}, dans l’ordre du fichier.

    Le fichier CSV a les colonnes id, name, duration (en jours ouvrés), depends_on (les id des
    prédécesseurs séparés par « ; », vide s’il n’y en a pas) et owner. Chaque tâche y figure
    après ses prédécesseurs.

    Les dates sont des nombres de jours ouvrés écoulés depuis le lancement : une tâche sans
    prédécesseur débute à 0 ; une tâche débute à la fin la plus tardive de ses prédécesseurs ;
    fin = début + durée. Une tâche de début s et de durée d occupe donc les jours ouvrés
    s + 1 à s + d du projet (le jour 1 étant le premier jour du projet) et finit le jour s + d.
    Exemple : A, 10 jours sans prédécesseur, vaut (0, 10) ; elle occupe les jours 1 à 10.
    La durée du projet est la plus grande des fins.
    """
    # TODO : lisez le fichier avec csv.DictReader et calculez début et fin de chaque tâche.
    raise NotImplementedError


def critical_path(path: Path) -> tuple[list[str], dict[str, int]]:
    """Le chemin critique et la marge de chaque tâche : (liste d’id, {id: marge}).

    La marge (marge totale) d’une tâche est le nombre de jours ouvrés dont elle peut glisser
    sans retarder la fin du projet : fin au plus tard − fin au plus tôt. La fin au plus tard
    d’une tâche est le plus petit des débuts au plus tard de ses successeurs, ou la durée du
    projet si elle n’a pas de successeur ; début au plus tard = fin au plus tard − durée.

    Le chemin critique est la liste des tâches de marge nulle, dans l’ordre du fichier. Le
    dictionnaire des marges suit aussi l’ordre du fichier.
    """
    # TODO : réutilisez earliest_times, puis faites la passe arrière en partant de la fin.
    raise NotImplementedError


def working_day_date(start: date, day: int, holidays: list[date]) -> date:
    """La date du jour ouvré numéro ``day`` d’un projet lancé le ``start``.

    Les jours ouvrés vont du lundi au vendredi, sauf les dates de ``holidays`` (jours fériés).
    Le jour 1 est ``start`` si c’est un jour ouvré, sinon le premier jour ouvré qui suit ; le
    jour 2 est le jour ouvré suivant, etc. Une tâche qui finit au jour f (voir
    earliest_times) finit donc à la date ``working_day_date(start, f, holidays)``.
    Lève ValueError si ``day`` est inférieur à 1.
    """
    # TODO : avancez d’un jour à la fois avec timedelta(days=1) en ne comptant que les jours ouvrés.
    raise NotImplementedError
