"""expect: no path from Développeur to CTO that avoids the CPT role

Forgets the avoid parameter: the path still goes through the CPT role."""

import csv


def load_career_map(path):
    career_map = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            career_map.setdefault(row["from_role"], []).append(
                (row["to_role"], row["skill"], int(row["years"])))
    return career_map


def shortest_path(career_map, start, target, avoid=None):
    paths = [[start]]
    seen = {start}
    while paths:
        path = paths.pop(0)
        if path[-1] == target:
            return path
        for next_role, skill, years in career_map.get(path[-1], []):
            if next_role not in seen:
                seen.add(next_role)
                paths.append([*path, next_role])
    return None


def describe_path(career_map, path):
    result = {"moves": 0, "years": 0, "skills": []}
    for i in range(len(path) - 1):
        found = [m for m in career_map.get(path[i], []) if m[0] == path[i + 1]]
        if not found:
            raise ValueError("no such move")
        result["moves"] += 1
        result["years"] += found[0][2]
        result["skills"].append(found[0][1])
    return result
