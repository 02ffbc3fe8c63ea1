"""Compare the MyST markup of a message and of its translation.

Both are parsed with MyST-Parser's own Markdown parser; what must survive translation is
compared: the kind of block (Sphinx drops a translation that is not one paragraph), roles and
their targets (a translation shows its own text but keeps the target:
``{term}`critical path <chemin critique>```), code spans, emphasis, links and their URLs, footnotes, math, substitutions, and
format placeholders. No existing tool does this for MyST.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

SUBSTITUTION_RE = re.compile(r"\{\{\s*([^}]+?)\s*\}\}")
PLACEHOLDER_RE = re.compile(r"(?<!\{)\{[a-z_][a-z0-9_]*(?::[^}]*)?\}(?![}`])|%\([a-z_]+\)[sd]")
STRAY_RE = re.compile(r"`|\*\*|\{[a-z]+\}(?!`)")


@cache
def _parser() -> MarkdownIt:
    config = MdParserConfig(enable_extensions={"colon_fence", "deflist", "fieldlist"})
    return create_md_parser(config, RendererHTML)


def _target(token: Token) -> str:
    match = re.search(r"<([^<>]+)>\s*$", token.content)
    return (match.group(1) if match else token.content).strip()


def signature(text: str) -> dict[str, Counter[str]]:
    """What in ``text`` must be found again in its translation."""
    tokens = _parser().parse(text)
    sig: dict[str, Counter[str]] = {key: Counter() for key in (
        "blocks", "roles", "code", "emphasis", "links", "footnotes", "math", "stray")}
    depth = 0
    for token in tokens:
        if depth == 0 and token.nesting >= 0 and token.type != "inline":
            sig["blocks"][token.type.removesuffix("_open")] += 1
        depth += token.nesting
        for child in token.children or []:
            if child.type == "myst_role":
                sig["roles"][f"{child.meta.get('name', '')}:{_target(child)}"] += 1
            elif child.type == "code_inline":
                sig["code"][child.content] += 1
            elif child.type in ("em_open", "strong_open"):
                sig["emphasis"][child.type.removesuffix("_open")] += 1
            elif child.type == "link_open":
                sig["links"][str(child.attrs.get("href", ""))] += 1
            elif child.type == "footnote_ref":
                sig["footnotes"][str(child.meta.get("label", ""))] += 1
            elif child.type.startswith("math"):
                sig["math"][child.content] += 1
            elif child.type == "text":
                sig["stray"].update(STRAY_RE.findall(child.content))
    sig["substitutions"] = Counter(SUBSTITUTION_RE.findall(text))
    sig["placeholders"] = Counter(PLACEHOLDER_RE.findall(SUBSTITUTION_RE.sub("", text)))
    return sig


PARAGRAPH = Counter({"paragraph": 1})
LABELS = {
    "roles": "roles (and targets)",
    "code": "code spans",
    "emphasis": "emphasis",
    "links": "links",
    "footnotes": "footnote references",
    "math": "math",
    "substitutions": "substitutions {{ … }}",
    "placeholders": "placeholders",
}


def _show(counter: Counter[str]) -> str:
    return ", ".join(f"{key}×{n}" if n > 1 else key for key, n in sorted(counter.items())) or "none"


def markup_problems(msgid: str, msgstr: str) -> list[str]:
    """Why ``msgstr`` would not render like ``msgid`` (empty when it would)."""
    source, target = signature(msgid), signature(msgstr)
    problems = []
    if target["blocks"] != PARAGRAPH:  # every message comes from one text element
        problems.append(f"the translation renders as {_show(target['blocks'])}, not as one "
                        "paragraph; Sphinx would drop it and keep the source text (no leading "
                        "'- ', '#', '>' or '1.': escape it as '1\\.')")
    for key, label in LABELS.items():
        if source[key] != target[key]:
            missing, extra = source[key] - target[key], target[key] - source[key]
            detail = "; ".join(filter(None, [
                f"missing: {_show(missing)}" if missing else "",
                f"unexpected: {_show(extra)}" if extra else ""]))
            problems.append(f"{label} differ from the source ({detail})")
    stray = target["stray"] - source["stray"]
    if stray:
        problems.append(f"unbalanced or broken markup in the translation: {_show(stray)} "
                        "(a backtick, '**' or role left open)")
    return problems
