"""Publishing: Read the Docs and GitHub Pages run commands that exist; live preview works."""

from __future__ import annotations

import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, copy_course

from cpt_course.cli import make_parser


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", text, flags=re.MULTILINE))


def check_command(line: str) -> None:
    """A shell line of a publishing config runs a real Makefile target or CLI command."""
    for command in re.split(r"&&|\n", line):
        words = shlex.split(command.strip())
        while words and "=" in words[0]:  # VAR=value prefixes
            words = words[1:]
        if not words:
            continue
        if words[0] == "make":
            assert set(words[1:]) <= make_targets(), command
        elif words[:3] == ["python", "-m", "cpt_course"]:
            make_parser().parse_args([w for w in words[3:] if not w.startswith("$")]
                                     + (["x"] if words[-1].startswith("$") else []))


def test_read_the_docs_builds_with_the_course_command():
    config = yaml.safe_load((ROOT / ".readthedocs.yaml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    commands = config["build"]["commands"]
    assert "python -m cpt_course build --out $READTHEDOCS_OUTPUT" in commands
    for command in commands:
        check_command(command)
    assert {"graphviz", "texlive-xetex", "latexmk"} <= set(config["build"]["apt_packages"])


def test_github_pages_workflow_builds_and_deploys():
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert any("make build" in run for run in runs)
    for run in runs:
        if "apt-get" not in run:
            check_command(run)
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload"))
    assert upload["with"]["path"] == "_build/html"
    deploy = workflow["jobs"]["deploy"]["steps"][0]["uses"]
    assert deploy.startswith("actions/deploy-pages")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait_for(url: str, text: str, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            page = _fetch(url)
            if text in page:
                return page
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"{text!r} never appeared at {url}")


def test_serve_previews_and_rebuilds_on_save(tmp_path: Path):
    project = copy_course(tmp_path / "course")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "cpt_course", "serve", "--port", str(port)],
        cwd=project.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/01-role.html"
        _wait_for(url, "Le rôle du chef de projet technique")
        page = project.srcdir / "01-role.md"
        page.write_text(page.read_text(encoding="utf-8").replace(
            "## Pour aller plus loin", "Paragraphe ajouté pendant la prévisualisation.\n\n"
            "## Pour aller plus loin"), encoding="utf-8")
        _wait_for(url, "Paragraphe ajouté pendant la prévisualisation.")
    finally:
        server.terminate()
        server.wait(timeout=20)
