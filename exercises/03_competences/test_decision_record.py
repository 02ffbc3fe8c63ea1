"""Checker — Vérifier une fiche de décision (ADR) de Boutique 2.0."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data"
RECORD = json.loads((DATA / "03_decision.json").read_text(encoding="utf-8"))


def test_who_decides(exercise):
    expect(exercise.decision_maker(["technical"]), "cpt",
           _("who decides a purely technical decision"))
    expect(exercise.decision_maker(["business_value"]), "product_owner",
           _("who decides a decision that changes business value"))
    expect(exercise.decision_maker(["technical", "budget"]), "copil",
           _("who decides a technical decision that changes the budget"))
    expect(exercise.decision_maker(["scope"]), "copil",
           _("who decides a decision that changes the scope"))


def test_copil_comes_first(exercise):
    expect(exercise.decision_maker(["business_value", "date"]), "copil",
           _("who decides a decision that changes business value and date"),
           advice=_("A decision goes to the highest level it touches: check budget, date and "
                    "scope before business value."))


def test_invalid_impacts(exercise):
    expect_raises(ValueError, lambda: exercise.decision_maker([]),
                  _("decision_maker([]) raises ValueError (a decision changes something)"))
    expect_raises(ValueError, lambda: exercise.decision_maker(["technical", "délai"]),
                  _("decision_maker raises ValueError for an impact that is not in IMPACTS"))


def test_record_of_boutique_2_0(exercise):
    expect(exercise.check_record(copy.deepcopy(RECORD)), [],
           _("problems of the decision record ADR-007 of Boutique 2.0 (complete)"))
    late = copy.deepcopy(RECORD)
    late["impacts"] = ["technical", "date"]
    expect(exercise.check_record(late), ["wrong_decider"],
           _("problems of ADR-007 if the decision also moved the go-live date"))
    single = copy.deepcopy(RECORD)
    single["options"] = [RECORD["decision"]]
    single["criteria"] = []
    expect(exercise.check_record(single), ["too_few_options", "no_criteria"],
           _("problems of ADR-007 with a single option and no criteria"))


def test_blank_and_missing_fields(exercise):
    blank = copy.deepcopy(RECORD)
    blank["context"] = "   "
    blank["consequences"] = []
    expect(exercise.check_record(blank), ["no_context", "no_consequences"],
           _("problems of a record whose context is blank and consequences empty"),
           advice=_("A text made only of spaces says nothing: use .strip()."))
    sketch = {"options": ["Option A"], "decision": "Option B", "impacts": ["scope"],
              "decided_by": "product_owner"}
    expect(exercise.check_record(sketch),
           ["no_context", "too_few_options", "no_criteria", "decision_not_an_option",
            "wrong_decider", "no_consequences"],
           _("problems of a sketchy record with missing keys, in the order of PROBLEMS"),
           advice=_("A missing key is a problem to report: read the record with .get()."))
