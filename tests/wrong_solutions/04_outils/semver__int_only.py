"""expect: a negative number is not a version number

Each part is only converted with int(): "-1" and "04" are accepted."""


def parse_version(text):
    major, minor, patch = text.split(".")
    return int(major), int(minor), int(patch)


def next_version(current, changelog):
    major, minor, patch = parse_version(current)
    if not changelog:
        raise ValueError("empty")
    types = [item["type"] for item in changelog]
    for kind in types:
        if kind not in ("breaking", "feature", "deprecation", "fix"):
            raise ValueError(kind)
    if "breaking" in types and major > 0:
        return f"{major + 1}.0.0"
    if "breaking" in types or "feature" in types or "deprecation" in types:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
