"""The ``cpt-course`` command: a thin layer over the package's importable functions."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from . import __version__
from .build import (
    EDITIONS,
    FORMATS,
    BuildResult,
    UnknownLanguageError,
    build,
    check_languages,
    plan_jobs,
)
from .messages import translator
from .project import Project, ProjectNotFoundError

#: Exit statuses.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _console() -> Console:
    return Console(stderr=True, highlight=False)


def cmd_build(args: argparse.Namespace, project: Project) -> int:
    """Build the requested languages and formats; print where each output went."""
    _ = translator()
    console = _console()
    languages = check_languages(project, args.lang)
    jobs = plan_jobs(languages, args.format or ["html"], args.edition)
    out = (args.out or project.root / "_build").resolve()
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=console, transient=True,
    ) as progress:
        task = progress.add_task(_("Building"), total=len(jobs))

        def started(job: object) -> None:
            progress.update(task, description=_("Building {label}").format(label=job.label))

        def done(result: BuildResult) -> None:
            progress.advance(task)
            mark = "[green]✓[/]" if result.ok else "[red]✗[/]"
            progress.console.print(f"{mark} {result.job.label} ({result.seconds:.1f} s)")

        results = build(project, jobs, out, args.jobs, on_start=started, on_done=done)
    failed = [r for r in results if not r.ok]
    for result in failed:
        console.print("[red]" + _("Build {label} failed; fix these problems and build again:")
                      .format(label=result.job.label) + "[/]")
        for line in result.problems or result.log_tail:
            console.print(f"  {line}", markup=False)
    table = Table(title=_("Outputs"), title_justify="left")
    for header in (_("Edition"), _("Language"), _("Format"), _("Output"), _("Time")):
        table.add_column(header)
    for result in results:
        where = result.output / "index.html" if result.job.fmt == "html" else result.output
        status = os.path.relpath(where) if result.ok else _("failed")
        table.add_row(result.job.edition, result.job.language, result.job.fmt, status,
                      f"{result.seconds:.1f} s")
    console.print(table)
    index = out / "html" / "index.html" if args.edition == "learner" else None
    if index and index.exists() and not failed:
        console.print(_("Open {path} to choose a language.").format(path=index))
    return EXIT_FAILED if failed else EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of ``cpt-course``."""
    _ = translator()
    parser = argparse.ArgumentParser(
        prog="cpt-course", description=_("Build, check and teach the course."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-C", "--project", type=Path, default=None,
                        help=_("course folder (default: the one containing the current folder)"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_build = commands.add_parser("build", help=_("build the site (and PDF) of each language"))
    p_build.add_argument("--lang", action="append", default=[], metavar="LANG",
                         help=_("language to build (repeatable; default: all with catalogs)"))
    p_build.add_argument("--format", action="append", choices=FORMATS, metavar="FORMAT",
                         help=_("output format (repeatable): {formats}").format(
                             formats=", ".join(FORMATS)))
    p_build.add_argument("--edition", choices=EDITIONS, default="learner",
                         help=_("learner edition (default) or trainer edition"))
    p_build.add_argument("--out", type=Path, default=None,
                         help=_("output folder (default: _build)"))
    p_build.add_argument("-j", "--jobs", default="auto",
                         help=_("parallel Sphinx processes (default: auto)"))
    p_build.set_defaults(handler=cmd_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``cpt-course``; return the exit status."""
    _ = translator()
    args = make_parser().parse_args(argv)
    try:
        project = Project.find(args.project)
    except ProjectNotFoundError as exc:
        _console().print(_("No course project found in {path} or its parents "
                           "(a folder with conf.py and docs/). Run the command from the "
                           "course folder or pass --project.").format(path=exc), style="red",
                         markup=False)
        return EXIT_USAGE
    try:
        return args.handler(args, project)
    except UnknownLanguageError as exc:
        _console().print(str(exc), style="red", markup=False)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
