"""expect: shortest path from Développeur to CTO

Searches depth-first and returns the first path found, which is not the shortest."""

import csv


def load_career_map(path):
    career_map = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            career_map.setdefault(row["from_role"], []).append(
                (row["to_role"], row["skill"], int(row["years"])))
    return career_map


def shortest_path(career_map, start, target, avoid=None):
    if start == target:
        return [start]
    for next_role, skill, years in career_map.get(start, []):
        if next_role == avoid:
            continue
        rest = shortest_path(career_map, next_role, target, avoid)
        if rest is not None:
            return [start, *rest]
    return None


def describe_path(career_map, path):
    result = {"moves": 0, "years": 0, "skills": []}
    for i in range(len(path) - 1):
        for next_role, skill, years in career_map.get(path[i], []):
            if next_role == path[i + 1]:
                result["moves"] += 1
                result["years"] += years
                result["skills"].append(skill)
                break
        else:
            raise ValueError("no such move")
    return result
