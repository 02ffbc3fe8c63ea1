"""expect: the most significant change decides

Each entry of the changelog increments the version: a feature and two fixes give 1.6.2."""


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
    for item in changelog:
        if item["type"] == "breaking" and major > 0:
            major, minor, patch = major + 1, 0, 0
        elif item["type"] in ("breaking", "feature", "deprecation"):
            minor, patch = minor + 1, 0
        elif item["type"] == "fix":
            patch += 1
        else:
            raise ValueError(item["type"])
    return f"{major}.{minor}.{patch}"
