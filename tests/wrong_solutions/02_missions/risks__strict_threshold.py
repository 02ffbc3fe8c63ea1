"""expect: risks with a score of at least 10, in the order of the register

« Au moins » read as « strictly above »: R3, whose score equals the threshold, is left out."""

import csv
from pathlib import Path


def risk_level(probability, impact):
    if not 1 <= probability <= 5 or not 1 <= impact <= 5:
        raise ValueError("ratings go from 1 to 5")
    score = probability * impact
    if score >= 15:
        level = "critical"
    elif score >= 10:
        level = "high"
    elif score >= 5:
        level = "medium"
    else:
        level = "low"
    if impact == 5 and level in ("low", "medium"):
        level = "high"
    return level


def risk_register(path):
    register = []
    with Path(path).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            p, i = int(row["probability"]), int(row["impact"])
            register.append((row["id"], p * i, risk_level(p, i)))
    return sorted(register, key=lambda risk: (-risk[1], risk[0]))


def risks_to_escalate(register, threshold):
    return [risk[0] for risk in register if risk[1] > threshold]
