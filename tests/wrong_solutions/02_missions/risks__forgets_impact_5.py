"""expect: level of a risk with probability 1 and impact 5 (impact 5 is at least high)

The exception for impact 5 is forgotten: R6 (RGPD) is only « medium »."""

import csv
from pathlib import Path


def risk_level(probability, impact):
    if not 1 <= probability <= 5 or not 1 <= impact <= 5:
        raise ValueError("ratings go from 1 to 5")
    score = probability * impact
    if score >= 15:
        return "critical"
    if score >= 10:
        return "high"
    if score >= 5:
        return "medium"
    return "low"


def risk_register(path):
    register = []
    with Path(path).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            p, i = int(row["probability"]), int(row["impact"])
            register.append((row["id"], p * i, risk_level(p, i)))
    return sorted(register, key=lambda risk: (-risk[1], risk[0]))


def risks_to_escalate(register, threshold):
    return [risk[0] for risk in register if risk[1] >= threshold]
