"""Solution — Donner la météo du projet par la valeur acquise."""

from __future__ import annotations

import csv
from pathlib import Path

BAC = 480_000
WEATHERS = ("green", "amber", "red")
GREEN_FROM = 0.95
RED_BELOW = 0.85


def indicators(pv: float, ev: float, ac: float, bac: float) -> dict[str, float]:
    """Les indicateurs de valeur acquise : {"cpi": …, "spi": …, "eac": …}."""
    if min(pv, ev, ac) <= 0:
        raise ValueError(f"pv, ev and ac must be positive, got {pv}, {ev}, {ac}")
    cpi = ev / ac
    # L’EAC part du CPI exact : avec 0,92 arrondi, on sous-estimerait le dépassement.
    return {"cpi": round(cpi, 2), "spi": round(ev / pv, 2), "eac": round(bac / cpi)}


def weather(cpi: float, spi: float) -> str:
    """La météo RAG du projet selon ses indices : « green », « amber » ou « red »."""
    # Le rouge d’abord : un seul indice très bas suffit, quel que soit l’autre.
    if cpi < RED_BELOW or spi < RED_BELOW:
        return "red"
    if cpi >= GREEN_FROM and spi >= GREEN_FROM:
        return "green"
    return "amber"


def weather_history(path: Path) -> list[tuple[int, str]]:
    """La météo de chaque point d’avancement du fichier : [(semaine, météo), …]."""
    history = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            values = indicators(float(row["pv"]), float(row["ev"]), float(row["ac"]), BAC)
            history.append((int(row["week"]), weather(values["cpi"], values["spi"])))
    return history
