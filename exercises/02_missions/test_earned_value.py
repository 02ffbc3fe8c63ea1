"""Checker — Donner la météo du projet par la valeur acquise."""

from __future__ import annotations

from pathlib import Path

from cpt_course.checking import _, expect, expect_raises

DATA = Path(__file__).resolve().parent.parent / "data"


def test_indicators_at_week_8(exercise):
    values = exercise.indicators(250_000, 220_000, 240_000, 480_000)
    expect(sorted(values), ["cpi", "eac", "spi"], _("keys of the indicators dictionary"))
    expect(values["cpi"], 0.92, _("CPI at the end of week 8, rounded to 2 decimals"),
           advice=_("CPI = EV / AC."))
    expect(values["spi"], 0.88, _("SPI at the end of week 8, rounded to 2 decimals"),
           advice=_("SPI = EV / PV."))
    expect(values["eac"], 523_636, _("EAC at the end of week 8, rounded to the euro"),
           advice=_("Divide the BAC by the exact CPI (220 000 / 240 000), not by the rounded "
                    "0.92."))


def test_indicators_on_plan(exercise):
    expect(exercise.indicators(100_000, 100_000, 100_000, 480_000),
           {"cpi": 1.0, "spi": 1.0, "eac": 480_000},
           _("indicators of a project exactly on plan (EAC equals the BAC)"))


def test_indicators_reject_empty_figures(exercise):
    expect_raises(ValueError, lambda: exercise.indicators(50_000, 0, 0, 480_000),
                  _("indicators with no work done and no cost (EV = AC = 0) raise ValueError"))
    expect_raises(ValueError, lambda: exercise.indicators(0, 10_000, 12_000, 480_000),
                  _("indicators with no planned value (PV = 0) raise ValueError"))


def test_weather_thresholds(exercise):
    expect(exercise.weather(0.92, 0.88), "amber", _("weather with CPI 0.92 and SPI 0.88 (week 8)"))
    expect(exercise.weather(1.02, 0.97), "green", _("weather with CPI 1.02 and SPI 0.97"))
    expect(exercise.weather(0.95, 0.95), "green",
           _("weather with CPI 0.95 and SPI 0.95 (0.95 is green)"),
           advice=_("Green means both indices are greater than OR EQUAL to 0.95."))
    expect(exercise.weather(0.85, 0.85), "amber",
           _("weather with CPI 0.85 and SPI 0.85 (0.85 is not red)"))
    expect(exercise.weather(1.10, 0.84), "red",
           _("weather with CPI 1.10 and SPI 0.84 (one index below 0.85 is enough)"),
           advice=_("Red as soon as ONE index is below 0.85, even if the other is good."))


def test_weather_history(exercise):
    expect(exercise.weather_history(DATA / "02_earned_value.csv"),
           [(2, "green"), (4, "green"), (6, "green"), (8, "amber")],
           _("weather of Boutique 2.0 at weeks 2, 4, 6 and 8"),
           advice=_("Convert the CSV texts with int() or float() before computing."))
