"""expect: PMP gaps of Karim after his plan (76 hours: nothing missing, never negative)

Subtracts without clamping at 0: 35 - 76 gives -41 missing hours."""


def pmp_gaps(profile, required_years):
    return {"years": required_years - profile["project_years"],
            "hours": 35 - profile["pm_training_hours"]}


def eligible_certifications(profile, pmp_required_years):
    gaps = pmp_gaps(profile, pmp_required_years)
    result = []
    if gaps["years"] <= 0 and gaps["hours"] <= 0:
        result.append("PMP")
    result.append("PRINCE2 Foundation")
    if "PRINCE2 Foundation" in profile["held"]:
        result.append("PRINCE2 Practitioner")
    result.append("PSM")
    for name in ("CSM", "SAFe"):
        if name in profile["courses"]:
            result.append(name)
    return [name for name in result if name not in profile["held"]]
