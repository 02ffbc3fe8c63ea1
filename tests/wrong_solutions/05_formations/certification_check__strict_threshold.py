"""expect: certifications Camille Martin can register for (exactly 3 years and 35 hours)

Reads « 35 heures » as « more than 35 hours »: a profile exactly at the threshold is refused."""


def pmp_gaps(profile, required_years):
    years = required_years - profile["project_years"]
    hours = 35 - profile["pm_training_hours"]
    return {"years": max(years, 0), "hours": max(hours, 0)}


def eligible_certifications(profile, pmp_required_years):
    result = []
    if profile["project_years"] > pmp_required_years and profile["pm_training_hours"] > 35:
        result.append("PMP")
    result.append("PRINCE2 Foundation")
    if "PRINCE2 Foundation" in profile["held"]:
        result.append("PRINCE2 Practitioner")
    result.append("PSM")
    if "CSM" in profile["courses"]:
        result.append("CSM")
    if "SAFe" in profile["courses"]:
        result.append("SAFe")
    return [name for name in result if name not in profile["held"]]
