"""Checker — Valider la matrice RACI de Boutique 2.0."""

from __future__ import annotations

import json
from pathlib import Path

from cpt_course.checking import _, expect

DATA = Path(__file__).resolve().parent.parent / "data"


def load_draft():
    """A fresh copy of the draft RACI (a learner's function may modify what it receives)."""
    return json.loads((DATA / "02_raci_draft.json").read_text(encoding="utf-8"))


def letters_of(roles):
    """The roles of one activity with each person's letters in alphabetical order."""
    return {person: "".join(sorted(letters)) for person, letters in roles.items()}


def test_valid_activities(exercise):
    valid = {"Architecture technique": load_draft()["Architecture technique"]}
    expect(exercise.raci_problems(valid), [], _("problems of a valid activity (one A, one R)"))
    expect(exercise.raci_problems({"Recette": {"Léa Dubois": "AR", "Sofia Benali": "C"}}), [],
           _("problems of an activity whose only A is also its R ('AR' is allowed)"))


def test_each_problem_on_a_small_matrix(exercise):
    expect(exercise.raci_problems({"Conduite du changement": {}}),
           [("Conduite du changement", "empty")],
           _("problems of an activity with nobody (only 'empty' is reported)"),
           advice=_("An activity with nobody gets the single code 'empty', not also "
                    "'no_a' and 'no_r'."))
    expect(exercise.raci_problems({"Connecteur ERP": {"Karim Haddad": "R", "Thomas Nguyen": "C"}}),
           [("Connecteur ERP", "no_a")], _("problems of an activity without an A"))
    expect(exercise.raci_problems({"Recette": {"Sofia Benali": "A", "Léa Dubois": "AR"}}),
           [("Recette", "several_a")], _("problems of an activity with two people marked A"))
    expect(exercise.raci_problems({"Paiement": {"Julien Roux": "RS", "Yann Le Goff": "C"}}),
           [("Paiement", "no_a"), ("Paiement", "unknown_letter")],
           _("problems of an activity with the letter S and no A, sorted by code"))


def test_problems_of_the_draft(exercise):
    expect(exercise.raci_problems(load_draft()), [
        ("API de catalogue", "several_a"),
        ("Conduite du changement", "empty"),
        ("Connecteur ERP", "no_a"),
        ("Intégration du paiement", "unknown_letter"),
        ("Plan de retour arrière", "no_a"),
        ("Plan de retour arrière", "no_r"),
        ("Spécifications fonctionnelles", "no_r"),
    ], _("problems of the draft RACI of Boutique 2.0, sorted by activity then code"),
        advice=_("Collect every (activity, code) tuple, then return sorted(problems)."))


def test_fix_of_the_draft(exercise):
    draft = load_draft()
    fixed = exercise.fix_raci(load_draft(), "Camille Martin")
    expect(sorted(fixed), sorted(draft), _("activities of the fixed RACI (all those of the draft)"))
    expect(letters_of(fixed["Intégration du paiement"]),
           {"Camille Martin": "A", "Julien Roux": "R", "Élodie Bernard": "C"},
           _("fixed roles of 'Intégration du paiement' (the unknown letter S is removed, and "
             "Yann Le Goff with it)"))
    expect(letters_of(fixed["Connecteur ERP"]),
           {"Karim Haddad": "R", "Thomas Nguyen": "C", "Julien Roux": "I", "Camille Martin": "A"},
           _("fixed roles of 'Connecteur ERP' (Camille Martin becomes A)"))
    expect(letters_of(fixed["Spécifications fonctionnelles"]),
           {"Sofia Benali": "AR", "Camille Martin": "C", "Thomas Nguyen": "C",
            "Nadia Morel": "C"},
           _("fixed roles of 'Spécifications fonctionnelles' (the only A also becomes R)"))
    expect(letters_of(fixed["Plan de retour arrière"]),
           {"Yann Le Goff": "C", "Léa Dubois": "C", "Thomas Nguyen": "I", "Camille Martin": "AR"},
           _("fixed roles of 'Plan de retour arrière' (no A and no R: Camille Martin becomes "
             "A, then R)"),
           advice=_("Apply step 3 (add the A) before step 4 (the only A also becomes R)."))
    expect(letters_of(fixed["API de catalogue"]), letters_of(draft["API de catalogue"]),
           _("fixed roles of 'API de catalogue' (two A: left unchanged for the sponsor to "
             "decide)"))
    expect(fixed["Conduite du changement"], {},
           _("fixed roles of 'Conduite du changement' (an empty activity stays empty)"))
    expect(exercise.raci_problems(fixed),
           [("API de catalogue", "several_a"), ("Conduite du changement", "empty")],
           _("problems left in the fixed RACI of Boutique 2.0"))


def test_fix_leaves_the_draft_unchanged(exercise):
    draft = load_draft()
    exercise.fix_raci(draft, "Camille Martin")
    expect(draft, load_draft(), _("the draft given to fix_raci is left unchanged"),
           advice=_("Build new dictionaries: modifying roles[...] changes the matrix you "
                    "were given."))


def test_fix_small_cases(exercise):
    expect(letters_of(exercise.fix_raci({"Recette": {"Léa Dubois": "C"}}, "Sofia Benali")
                      ["Recette"]),
           {"Léa Dubois": "C", "Sofia Benali": "AR"},
           _("fix of an activity without A nor R, with another default accountable"))
    expect(letters_of(exercise.fix_raci({"API": {"Thomas Nguyen": "A", "Camille Martin": "A"}},
                                        "Camille Martin")["API"]),
           {"Thomas Nguyen": "A", "Camille Martin": "A"},
           _("fix of an activity with two A and no R (nobody becomes R)"))
    expect(exercise.fix_raci({"Formation": {"Nadia Morel": "S"}}, "Camille Martin"),
           {"Formation": {}},
           _("fix of an activity whose only person has an unknown letter (it becomes empty)"))
