"""expect: weather with CPI 1.10 and SPI 0.84 (one index below 0.85 is enough)

Red only when BOTH indices are below 0.85: a project far behind schedule but under budget
is reported amber."""

import csv
from pathlib import Path

BAC = 480_000


def indicators(pv, ev, ac, bac):
    if pv <= 0 or ev <= 0 or ac <= 0:
        raise ValueError("figures must be positive")
    cpi = ev / ac
    return {"cpi": round(cpi, 2), "spi": round(ev / pv, 2), "eac": round(bac / cpi)}


def weather(cpi, spi):
    if cpi >= 0.95 and spi >= 0.95:
        return "green"
    if cpi < 0.85 and spi < 0.85:
        return "red"
    return "amber"


def weather_history(path):
    result = []
    with Path(path).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            values = indicators(int(row["pv"]), int(row["ev"]), int(row["ac"]), BAC)
            result.append((int(row["week"]), weather(values["cpi"], values["spi"])))
    return result
