"""From Sphinx's LaTeX sources to the PDF handbook: XeLaTeX through latexmk.

The LaTeX log is read afterwards: a missing glyph (text silently dropped from the page) or a
LaTeX error fails the build with the character or the message, never a silent success.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from .messages import translator

if TYPE_CHECKING:
    from .build import BuildResult

TEX_NAME = "cpt-course"
#: Debian/Ubuntu packages of the PDF toolchain (about 176 MB with --no-install-recommends).
TEX_PACKAGES = ("latexmk", "texlive-xetex", "texlive-latex-recommended", "texlive-latex-extra",
                "texlive-fonts-recommended", "texlive-lang-french", "fonts-freefont-otf", "xindy")
INSTALL_COMMAND = "sudo apt-get install --no-install-recommends " + " ".join(TEX_PACKAGES)
TOOLS = ("xelatex", "latexmk", "xindy", "make")
MISSING_RE = re.compile(r"Missing character: There is no (.+?) in font (.+?)!")


class TexMissingError(RuntimeError):
    """XeLaTeX (or latexmk, xindy) is not installed."""


def tex_available() -> bool:
    """Whether the PDF toolchain is installed."""
    return all(shutil.which(tool) for tool in TOOLS)


def require_tex() -> None:
    """Fail with the install command when the PDF toolchain is missing."""
    missing = [tool for tool in TOOLS if not shutil.which(tool)]
    if missing:
        _ = translator()
        raise TexMissingError(_("The PDF needs XeLaTeX, which is not installed ({tools} not "
                                "found). Install it with:\n  {command}").format(
                                    tools=", ".join(missing), command=INSTALL_COMMAND))


def log_problems(log: str) -> list[str]:
    """Missing glyphs and LaTeX errors reported in a LaTeX log."""
    problems = [f"missing glyph {char} in font {font}"
                for char, font in sorted(set(MISSING_RE.findall(log)))]
    problems += [line for line in log.splitlines() if line.startswith("! ")]
    return problems


def typeset(latex_dir: Path, result: BuildResult) -> None:
    """Run latexmk in ``latex_dir`` and copy the PDF to ``result.output``; record problems."""
    env = dict(os.environ)
    if "SOURCE_DATE_EPOCH" in env:
        env["FORCE_SOURCE_DATE"] = "1"  # reproducible dates in the PDF (XeTeX)
    proc = subprocess.run(
        ["make", "-C", str(latex_dir), "all-pdf",
         "LATEXMKOPTS=-interaction=nonstopmode -halt-on-error -file-line-error"],
        capture_output=True, text=True, env=env, check=False)
    log_path = latex_dir / f"{TEX_NAME}.log"
    log = log_path.read_text(encoding="utf-8", errors="replace") if log_path.exists() else ""
    problems = [f"{log_path}: {problem}" for problem in log_problems(log)]
    pdf = latex_dir / f"{TEX_NAME}.pdf"
    if proc.returncode or problems or not pdf.is_file():
        result.returncode = proc.returncode or 1
        result.problems += problems or [f"{latex_dir}: latexmk failed"]
        result.log_tail = (proc.stdout + proc.stderr).strip().splitlines()[-15:]
        return
    result.output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(pdf, result.output)
