"""The ``cpt-course`` command: a thin layer over the package's importable functions."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
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
from sphinx.config import Config
from sphinx.util.tags import Tags

from . import __version__, i18n
from .build import (
    EDITIONS,
    FORMATS,
    BuildResult,
    QuizExportError,
    UnknownLanguageError,
    build,
    check_languages,
    course_title,
    plan_jobs,
    quizzes_of,
)
from .classroom import workflow
from .gift import to_gift
from .grading import WRITERS, grade_class, submissions
from .i18n import translated_languages
from .manifest import ManifestError
from .manifest import load as load_manifest
from .messages import translator, ui_language
from .pdf import INSTALL_COMMAND, TexMissingError, require_tex, tex_available
from .project import SOURCE_LANGUAGE, Project, ProjectNotFoundError

#: Exit statuses.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _console() -> Console:
    return Console(stderr=True, highlight=False)


def cmd_build(args: argparse.Namespace, project: Project) -> int:
    """Build the requested languages and formats; print where each output went."""
    _ = translator()
    console = _console()
    languages = check_languages(project, args.lang)
    formats = list(dict.fromkeys(args.format or FORMATS))
    if "pdf" in formats and not tex_available():
        if args.format:
            require_tex()
        formats.remove("pdf")
        console.print(_("No PDF: XeLaTeX is not installed. To build the PDF handbooks too, "
                        "install it with:\n  {command}").format(command=INSTALL_COMMAND),
                      style="yellow", markup=False)
    jobs = plan_jobs(languages, formats, args.edition)
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
        edition = _("trainer") if result.job.edition == "trainer" else _("learner")
        table.add_row(edition, result.job.language, result.job.fmt, status,
                      f"{result.seconds:.1f} s")
    console.print(table)
    index = out / "html" / "index.html" if args.edition == "learner" else None
    if index and index.exists() and not failed:
        console.print(_("Open {path} to choose a language.").format(path=index))
    return EXIT_FAILED if failed else EXIT_OK


def _released_languages(project: Project) -> list[str]:
    raw = Config.read(project.root, overrides={}, tags=Tags())._raw_config
    return list(raw.get("cpt_released_languages", []))


def _translated(project: Project, requested: Sequence[str]) -> list[str]:
    languages = check_languages(project, requested) if requested else translated_languages(project)
    return [lang for lang in languages if lang != SOURCE_LANGUAGE]


def cmd_i18n_update(args: argparse.Namespace, project: Project) -> int:
    """Refresh the catalogs of every (or the given) translated language."""
    _ = translator()
    console = _console()
    languages = list(dict.fromkeys(args.lang)) or translated_languages(project)
    if not languages:
        console.print(_("No translated language yet; start one with --lang LANG."))
        return EXIT_USAGE
    with console.status(_("Extracting the French source and merging catalogs…")):
        changed = i18n.update(project, languages)
    for language in languages:
        files = changed[language]
        console.print(_("{lang}: {count} catalog(s) updated").format(lang=language,
                                                                   count=len(files)))
        for path in files:
            console.print(f"  {os.path.relpath(path)}", markup=False)
    return EXIT_OK


def cmd_i18n_stats(args: argparse.Namespace, project: Project) -> int:
    """Translation progress per language and module; fuzzy never counts as translated."""
    _ = translator()
    report = i18n.stats(project, _translated(project, args.lang))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))  # noqa: T201 (the output)
        return EXIT_OK
    console = Console(highlight=False)
    for language, figures in report.items():
        table = Table(title=_("{lang}: {percent} percent translated").format(
            lang=language, percent=figures["percent"]), title_justify="left")
        for header in (_("Catalog"), _("Total"), _("Translated"), _("Fuzzy"),
                       _("Untranslated"), "%"):
            table.add_column(header, justify="left" if header == _("Catalog") else "right")
        for name, row in [*figures["modules"].items(), (_("Total"), figures)]:
            table.add_row(name, *(str(row[key]) for key in (
                "total", "translated", "fuzzy", "untranslated", "percent")))
        console.print(table)
    return EXIT_OK


def cmd_i18n_check(args: argparse.Namespace, project: Project) -> int:
    """Report, with file, line and msgid, everything that breaks a translated build."""
    _ = translator()
    console = _console()
    languages = _translated(project, args.lang)
    with console.status(_("Checking catalogs…")):
        problems = i18n.check(project, languages, _released_languages(project))
    for problem in problems:
        print(problem.format(Path.cwd()))  # noqa: T201 (the command's output)
    if problems:
        console.print(_("{count} problem(s) in the catalogs.").format(count=len(problems)),
                      style="red")
        return EXIT_FAILED
    console.print(_("Catalogs OK: {langs}.").format(langs=", ".join(languages)), style="green")
    return EXIT_OK


def cmd_quiz_export(args: argparse.Namespace, project: Project) -> int:
    """Export every quiz as JSON or Moodle GIFT, in the source or a translated language."""
    _ = translator()
    console = _console()
    language = check_languages(project, [args.lang] if args.lang else [SOURCE_LANGUAGE])[0]
    out = (args.build_dir or project.root / "_build").resolve()
    try:
        quizzes = quizzes_of(project, language, out)
    except QuizExportError as exc:
        console.print(_("Export failed; fix these problems first:"), style="red")
        for line in exc.problems:
            console.print(f"  {line}", markup=False)
        return EXIT_FAILED
    if args.format == "gift":
        text = to_gift(quizzes, course_title(project, language))
    else:
        text = json.dumps(quizzes, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        count = sum(len(quiz["questions"]) for quiz in quizzes)
        console.print(_("{count} questions of {quizzes} quizzes written to {path}").format(
            count=count, quizzes=len(quizzes), path=args.output))
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_grade(args: argparse.Namespace, project: Project) -> int:
    """Grade a class: every learner's copy of exercises/, in parallel and in isolation."""
    _ = translator()
    console = _console()
    manifest = load_manifest(project.exercises_dir)
    if not args.submissions.is_dir():
        console.print(_("{path} is not a folder of submissions.").format(path=args.submissions),
                      style="red", markup=False)
        return EXIT_USAGE
    learners = submissions(args.submissions)
    if not learners:
        console.print(_("No learner folder or archive in {path}.").format(path=args.submissions),
                      style="red", markup=False)
        return EXIT_USAGE
    language = ui_language(args.lang)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                  transient=True) as progress:
        task = progress.add_task(_("Grading"), total=len(learners))
        results = grade_class(args.submissions, manifest, language,
                              args.jobs or os.cpu_count() or 1, args.timeout,
                              on_done=lambda result: progress.advance(task))
    text = WRITERS[args.format](results, len(manifest.exercises))
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    table = Table(title=_("Class results"), title_justify="left")
    for header in (_("Learner"), _("Done"), _("Problem")):
        table.add_column(header)
    for result in results:
        table.add_row(result.learner, f"{result.done}/{len(manifest.exercises)}", result.error)
    console.print(table)
    return EXIT_OK


def cmd_classroom(args: argparse.Namespace, project: Project) -> int:
    """Write the GitHub Classroom autograding workflow of the course."""
    text = workflow(load_manifest(project.exercises_dir))
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, project: Project) -> int:
    """Preview one language on http://127.0.0.1:PORT, rebuilt when a source file changes."""
    language = check_languages(project, [args.lang])[0]
    out = project.root / "_build" / "serve" / language
    command = [sys.executable, "-m", "sphinx_autobuild", "-c", str(project.root),
               "-D", f"language={language}", "-n", "--port", str(args.port),
               "--host", args.host, "--watch", str(project.exercises_dir),
               "--re-ignore", r"(\.mo|\.pyc|__pycache__|\.pytest_cache)",
               "-d", str(out.parent / f".doctrees-{language}"), str(project.srcdir), str(out)]
    if args.edition == "trainer":
        command[4:4] = ["-t", "trainer", "-D", "cpt_edition=trainer"]
    return subprocess.run(command, cwd=project.root, check=False).returncode


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
                         help=_("output format (repeatable): {formats}; default: all, PDF "
                                "when XeLaTeX is installed").format(formats=", ".join(FORMATS)))
    p_build.add_argument("--edition", choices=EDITIONS, default="learner",
                         help=_("learner edition (default) or trainer edition"))
    p_build.add_argument("--out", type=Path, default=None,
                         help=_("output folder (default: _build)"))
    p_build.add_argument("-j", "--jobs", default="auto",
                         help=_("parallel Sphinx processes (default: auto)"))
    p_build.set_defaults(handler=cmd_build)

    p_serve = commands.add_parser(
        "serve", help=_("preview the site, rebuilt and reloaded when you save a file"))
    p_serve.add_argument("--lang", default=SOURCE_LANGUAGE, metavar="LANG",
                         help=_("language to preview (default: the source language)"))
    p_serve.add_argument("--edition", choices=EDITIONS, default="learner",
                         help=_("learner edition (default) or trainer edition"))
    p_serve.add_argument("--port", type=int, default=8000, help=_("port (default: 8000)"))
    p_serve.add_argument("--host", default="127.0.0.1", help=_("address (default: 127.0.0.1)"))
    p_serve.set_defaults(handler=cmd_serve)

    p_quiz = commands.add_parser("quiz", help=_("quiz tools: export to JSON or Moodle GIFT"))
    quiz_commands = p_quiz.add_subparsers(dest="quiz_command", required=True, metavar="COMMAND")
    p_export = quiz_commands.add_parser("export", help=_("export every quiz of the course"))
    p_export.add_argument("--format", choices=("json", "gift"), default="json",
                          help=_("json (default) or gift (Moodle)"))
    p_export.add_argument("--lang", default=None, metavar="LANG",
                          help=_("language of the texts (default: the source language)"))
    p_export.add_argument("-o", "--output", type=Path, default=None,
                          help=_("file to write (default: standard output)"))
    p_export.add_argument("--build-dir", type=Path, default=None, help=argparse.SUPPRESS)
    p_export.set_defaults(handler=cmd_quiz_export)

    p_grade = commands.add_parser("grade", help=_("grade a class of learners' exercises"))
    p_grade.add_argument("submissions", type=Path, metavar="SUBMISSIONS_DIR",
                         help=_("one sub-folder (or .zip/.tar.gz archive) per learner, each a "
                                "copy of exercises/"))
    p_grade.add_argument("--format", choices=sorted(WRITERS), default="csv",
                         help=_("csv (default), json or junit"))
    p_grade.add_argument("-o", "--output", type=Path, default=None,
                         help=_("file to write (default: standard output)"))
    p_grade.add_argument("--jobs", type=int, default=None,
                         help=_("learners graded at once (default: the number of cores)"))
    p_grade.add_argument("--timeout", type=float, default=5.0,
                         help=_("seconds each exercise may run (default: 5)"))
    p_grade.add_argument("--lang", default=None, choices=("fr", "en"),
                         help=_("language of the messages"))
    p_grade.set_defaults(handler=cmd_grade)

    p_classroom = commands.add_parser(
        "classroom", help=_("write a GitHub Classroom autograding workflow"))
    p_classroom.add_argument("-o", "--output", type=Path, default=None,
                             help=_("file to write (default: standard output)"))
    p_classroom.set_defaults(handler=cmd_classroom)

    p_i18n = commands.add_parser("i18n", help=_("translator's commands: update, stats, check"))
    i18n_commands = p_i18n.add_subparsers(dest="i18n_command", required=True, metavar="COMMAND")
    for name, handler, text in (
        ("update", cmd_i18n_update, _("extract the source and refresh the catalogs")),
        ("stats", cmd_i18n_stats, _("translation progress per language and module")),
        ("check", cmd_i18n_check, _("check the catalogs (sync, syntax, markup, completeness)")),
    ):
        sub = i18n_commands.add_parser(name, help=text)
        sub.add_argument("--lang", action="append", default=[], metavar="LANG",
                         help=_("language (repeatable; default: every translated language)"))
        if name == "stats":
            sub.add_argument("--json", action="store_true", help=_("print the figures as JSON"))
        sub.set_defaults(handler=handler)
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
    except (UnknownLanguageError, i18n.ToolMissingError, TexMissingError, ManifestError) as exc:
        _console().print(str(exc), style="red", markup=False)
        return EXIT_USAGE
    except i18n.ExtractionError as exc:
        _console().print(_("Extraction of the source failed:"), style="red")
        _console().print(str(exc), markup=False)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
