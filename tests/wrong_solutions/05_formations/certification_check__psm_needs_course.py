"""expect: certifications Karim Haddad can register for today

Confuses the PSM with the CSM: believes the PSM also requires its course."""


def pmp_gaps(profile, required_years):
    years = required_years - profile["project_years"]
    hours = 35 - profile["pm_training_hours"]
    return {"years": max(years, 0), "hours": max(hours, 0)}


def eligible_certifications(profile, pmp_required_years):
    gaps = pmp_gaps(profile, pmp_required_years)
    result = []
    if gaps["years"] == 0 and gaps["hours"] == 0:
        result.append("PMP")
    result.append("PRINCE2 Foundation")
    if "PRINCE2 Foundation" in profile["held"]:
        result.append("PRINCE2 Practitioner")
    for name in ("PSM", "CSM", "SAFe"):
        if name in profile["courses"]:
            result.append(name)
    return [name for name in result if name not in profile["held"]]
