"""Checker — Prioriser le backlog de Boutique 2.0 et remplir un sprint."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect, expect_close, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data"
BACKLOG = DATA / "04_backlog.csv"
HEADER = "id,story,business_value,time_criticality,risk_reduction,job_size\n"


def test_wsjf_of_stories(exercise):
    expect_close(exercise.wsjf(20, 8, 5, 8), 4.125,
                 _("WSJF of US01 (value 20, criticality 8, risk 5, size 8)"),
                 tolerance=0.001,
                 advice=_("Divide the whole cost of delay: (value + criticality + risk) / size."))
    expect_close(exercise.wsjf(8, 5, 3, 3), 5.333,
                 _("WSJF of US05 (value 8, criticality 5, risk 3, size 3)"), tolerance=0.001)


def test_wsjf_of_a_story_without_size(exercise):
    expect_raises(ValueError, lambda: exercise.wsjf(5, 3, 2, 0),
                  _("wsjf raises ValueError for a job size of 0"))


def test_priority_order_of_boutique_2_0(exercise):
    expect(exercise.prioritize(BACKLOG),
           ["US04", "US05", "US02", "US08", "US01", "US09", "US07", "US03", "US10", "US06",
            "US11"],
           _("priority order of the Boutique 2.0 backlog (WSJF, highest first)"),
           advice=_("US07 and US09 have the same WSJF (4.0): the smaller story comes first."))


def test_ties(exercise, tmp_path):
    path = tmp_path / "backlog.csv"
    path.write_text(HEADER + "X1,Story 1,3,2,1,2\nX2,Story 2,5,5,2,4\nX3,Story 3,1,1,1,1\n"
                    "X4,Story 4,2,2,2,2\n", encoding="utf-8")
    expect(exercise.prioritize(path), ["X3", "X1", "X4", "X2"],
           _("order of four stories with the same WSJF (3.0): smallest size first, then the "
             "order of the file"))


def test_sprint_of_28_points(exercise):
    expect(exercise.sprint_content(BACKLOG, 28), ["US04", "US05", "US02", "US08", "US01", "US10"],
           _("stories of a 28-point sprint: a story that does not fit is skipped, and the next "
             "ones are still considered"),
           advice=_("Do not stop at the first story that does not fit: a smaller one further "
                    "down may still fit."))


def test_exact_fit_and_empty_sprint(exercise):
    expect(exercise.sprint_content(BACKLOG, 16), ["US04", "US05", "US02"],
           _("stories of a 16-point sprint (US02 fills the last 8 points exactly)"),
           advice=_("A story whose size equals the remaining capacity fits: use <=."))
    expect(exercise.sprint_content(BACKLOG, 0), [], _("stories of a sprint of 0 points"))
