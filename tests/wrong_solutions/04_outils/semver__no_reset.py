"""expect: next version of 1.5.0 after a fix and a breaking change

MAJOR is incremented but MINOR and PATCH are kept: 2.5.0 instead of 2.0.0."""


def parse_version(text):
    parts = text.split(".")
    if len(parts) != 3:
        raise ValueError(text)
    for part in parts:
        if not part.isdigit() or (len(part) > 1 and part[0] == "0"):
            raise ValueError(text)
    return int(parts[0]), int(parts[1]), int(parts[2])


def next_version(current, changelog):
    major, minor, patch = parse_version(current)
    if not changelog:
        raise ValueError("empty")
    types = [item["type"] for item in changelog]
    for kind in types:
        if kind not in ("breaking", "feature", "deprecation", "fix"):
            raise ValueError(kind)
    if "breaking" in types and major > 0:
        return f"{major + 1}.{minor}.{patch}"
    if "breaking" in types or "feature" in types or "deprecation" in types:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
