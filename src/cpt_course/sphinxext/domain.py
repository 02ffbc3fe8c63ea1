"""The ``cpt`` domain: everything the course knows across documents.

Each document records its module metadata, quizzes, questions and exercises here while it is
read. ``clear_doc`` and ``merge_domaindata`` keep the data right under incremental builds and
``-j auto``; cross-document checks (duplicate ids) run once all documents are merged.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Any, ClassVar

from sphinx.domains import Domain

from .warnings_ import CptWarnings, warn

#: Kinds of ids that must be unique in the whole course.
ID_KINDS = ("quiz", "question", "exercise")


class CourseDomain(Domain):
    """Cross-document course data, parallel-safe."""

    name = "cpt"
    label = "Course"
    data_version = 1
    initial_data: ClassVar[dict[str, Any]] = {
        "modules": {},  # docname -> module record (see module_meta.ModuleRecord.as_dict)
        "syllabi": set(),  # docnames that show a syllabus
        "ids": {kind: {} for kind in ID_KINDS},  # kind -> id -> [(docname, line)]
        "quizzes": {},  # docname -> [quiz summary dict]
    }

    @property
    def modules(self) -> dict[str, dict[str, Any]]:
        return self.data["modules"]

    @property
    def syllabi(self) -> set[str]:
        return self.data["syllabi"]

    @property
    def quizzes(self) -> dict[str, list[dict[str, Any]]]:
        return self.data["quizzes"]

    def note_id(self, kind: str, ident: str, docname: str, line: int | None) -> None:
        """Record that ``docname`` defines ``ident``; duplicates are reported after merging."""
        self.data["ids"][kind].setdefault(ident, []).append((docname, line))

    def clear_doc(self, docname: str) -> None:
        self.modules.pop(docname, None)
        self.syllabi.discard(docname)
        self.quizzes.pop(docname, None)
        for registry in self.data["ids"].values():
            for ident in list(registry):
                kept = [place for place in registry[ident] if place[0] != docname]
                if kept:
                    registry[ident] = kept
                else:
                    del registry[ident]

    def merge_domaindata(self, docnames: AbstractSet[str], otherdata: dict[str, Any]) -> None:
        for docname in docnames:
            if docname in otherdata["modules"]:
                self.modules[docname] = otherdata["modules"][docname]
            if docname in otherdata["syllabi"]:
                self.syllabi.add(docname)
            if docname in otherdata["quizzes"]:
                self.quizzes[docname] = otherdata["quizzes"][docname]
        for kind, registry in otherdata["ids"].items():
            for ident, places in registry.items():
                mine = self.data["ids"][kind].setdefault(ident, [])
                mine.extend(place for place in places if place[0] in docnames)

    def check_consistency(self) -> None:
        """Report every id defined more than once in the course."""
        for kind, registry in self.data["ids"].items():
            for ident, places in sorted(registry.items()):
                if len(places) < 2:
                    continue
                first_doc, first_line = min(places, key=_place_key)
                first = f"{self.env.doc2path(first_doc)}:{first_line}"
                for docname, line in sorted(places, key=_place_key)[1:]:
                    warn(
                        CptWarnings.QUIZ if kind != "exercise" else CptWarnings.EXERCISE,
                        f"duplicate {kind} id {ident!r} (first defined at {first}); "
                        f"give each {kind} a unique :id:",
                        (docname, line),
                    )

    def resolve_any_xref(self, *args: Any, **kwargs: Any) -> list[Any]:
        return []

    def get_objects(self) -> Iterable[tuple[str, str, str, str, str, int]]:
        return []


def _place_key(place: tuple[str, int | None]) -> tuple[str, int]:
    return place[0], place[1] or 0


def get_domain(env: Any) -> CourseDomain:
    """The course domain of ``env``."""
    return env.domains["cpt"]
