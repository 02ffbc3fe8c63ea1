"""Checker — Explorer la carte des trajectoires depuis le poste de CPT."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data" / "06_career_moves.csv"

CPT = "Chef de projet technique"

#: A small map where avoiding B forces a longer path from A to D.
SMALL = {
    "A": [("B", "b", 1), ("C", "c", 1)],
    "B": [("D", "d", 1)],
    "C": [("E", "e", 1)],
    "E": [("D", "d", 1)],
}


def test_load_career_map(exercise):
    career_map = exercise.load_career_map(DATA)
    expect(list(career_map),
           ["Développeur", "Lead developer", CPT, "Engineering Manager", "Architecte logiciel",
            "Program Manager"],
           _("roles that have at least one move, in the order of the file"))
    expect(len(career_map[CPT]), 7, _("number of moves from the CPT role (the seven arrows)"))
    expect(career_map["Engineering Manager"], [("CTO", "vision produit et tech", 4)],
           _("moves from Engineering Manager, as (role, skill, years) tuples"))


def test_shortest_path_on_the_career_map(exercise):
    career_map = exercise.load_career_map(DATA)
    expect(exercise.shortest_path(career_map, "Développeur", "CTO"),
           ["Développeur", CPT, "CTO"],
           _("shortest path from Développeur to CTO"),
           advice=_("Explore all roles one move away, then two moves away (breadth-first)."))
    expect(exercise.shortest_path(career_map, CPT, CPT), [CPT],
           _("path from the CPT role to itself"))
    expect(exercise.shortest_path(career_map, "CTO", "DSI"), None,
           _("path from CTO to DSI (CTO has no move in the map)"),
           advice=_("A role without moves is not a key of the map: use .get(role, [])."))


def test_path_that_avoids_a_role(exercise):
    career_map = exercise.load_career_map(DATA)
    expect(exercise.shortest_path(career_map, "Développeur", "CTO", avoid=CPT), None,
           _("no path from Développeur to CTO that avoids the CPT role"))
    expect(exercise.shortest_path(SMALL, "A", "D"), ["A", "B", "D"],
           _("shortest path from A to D in a small map"))
    expect(exercise.shortest_path(SMALL, "A", "D", avoid="B"), ["A", "C", "E", "D"],
           _("shortest path from A to D that avoids B"))


def test_describe_path(exercise):
    career_map = exercise.load_career_map(DATA)
    expect(exercise.describe_path(career_map, [CPT, "DSI"]),
           {"moves": 1, "years": 10, "skills": ["stratégie SI et budget"]},
           _("summary of the direct move from CPT to DSI"))
    expect(exercise.describe_path(career_map, [CPT, "Program Manager", "DSI"]),
           {"moves": 2, "years": 8, "skills": ["pilotage multiprojet", "stratégie SI et budget"]},
           _("summary of the path CPT → Program Manager → DSI"))
    expect(exercise.describe_path(career_map, [CPT]), {"moves": 0, "years": 0, "skills": []},
           _("summary of a path of a single role"))
    expect_raises(ValueError, lambda: exercise.describe_path(career_map, [CPT, "Développeur"]),
                  _("ValueError for a step that is not a move of the map (CPT → Développeur)"))
