"""expect: weather with CPI 0.95 and SPI 0.95 (0.95 is green)

« Au moins 0,95 » read as « strictly above 0.95 »."""

import csv
from pathlib import Path

BAC = 480_000


def indicators(pv, ev, ac, bac):
    if pv <= 0 or ev <= 0 or ac <= 0:
        raise ValueError("figures must be positive")
    return {"cpi": round(ev / ac, 2), "spi": round(ev / pv, 2), "eac": round(bac * ac / ev)}


def weather(cpi, spi):
    if cpi < 0.85 or spi < 0.85:
        return "red"
    if cpi > 0.95 and spi > 0.95:
        return "green"
    return "amber"


def weather_history(path):
    result = []
    with Path(path).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            values = indicators(int(row["pv"]), int(row["ev"]), int(row["ac"]), BAC)
            result.append((int(row["week"]), weather(values["cpi"], values["spi"])))
    return result
