"""The package's own catalog (CLI, checkers, widget): complete in French, compiled, typeset."""

from __future__ import annotations

import io
import re

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from conftest import ROOT

LOCALE = ROOT / "src" / "cpt_course" / "locale"


def catalog(lang: str):
    with (LOCALE / lang / "LC_MESSAGES" / "cpt_course.po").open("rb") as handle:
        return read_po(handle)


def used_messages() -> set[str]:
    found = set()
    for folder in (ROOT / "src" / "cpt_course", ROOT / "exercises"):
        for _file, _line, message, _comments, _context in extract_from_dir(
                folder, method_map=[("**.py", "python")], keywords={"_": None, "N_": None}):
            found.add(message)
    return found


def test_every_message_has_a_french_translation():
    french = catalog("fr")
    missing = [m for m in used_messages()
               if not french.get(m) or not french.get(m).string or french.get(m).fuzzy]
    assert missing == []


def test_compiled_catalogs_are_up_to_date():
    for lang in ("fr", "en"):
        buffer = io.BytesIO()
        write_mo(buffer, catalog(lang))
        compiled = (LOCALE / lang / "LC_MESSAGES" / "cpt_course.mo").read_bytes()
        assert buffer.getvalue() == compiled, f"run `make catalogs` ({lang})"


def test_french_messages_follow_french_typography():
    bad = [message.string for message in catalog("fr") if message.id and message.string
           and (re.search(r"\S [:;?!»]", message.string) or "« " in message.string)]
    assert bad == []
