"""The learner's pytest plugin: ``pytest exercises/`` as a friendly, rustlings-like loop.

Loaded through the ``pytest11`` entry point and inert everywhere except in test files that sit
under a folder holding ``exercises.toml``. For those it:

* gives checkers the learner's module as the ``exercise`` fixture (or the reference solution
  with ``--solutions``, or a learner's submission with ``--cpt-submission``);
* turns failures into short messages in the learner's language — what was checked, expected,
  obtained, and the learner's own line — instead of tracebacks; an untouched starter is
  reported « pas commencé », an endless loop stops after a timeout (« boucle infinie
  probable »);
* ends with each exercise's status, the progress line and the next exercise, with progressive
  hints on demand (``--hint``) or after repeated failures.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import linecache
import signal
import sys
import threading
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from . import checking
from .checking import MismatchError
from .manifest import SOLUTIONS_DIR, Exercise, Manifest, ManifestError, find_root, load, localize
from .messages import translator, ui_language

DEFAULT_TIMEOUT = 5.0
#: Failing runs of the same exercise after which its next hint is shown unasked.
FAILURES_PER_HINT = 3
CACHE_KEY = "cpt_course/progress"

LANG_HELP = "language of the messages: fr (default) or en"
TIMEOUT_HELP = "seconds an exercise check may run before it is stopped (default: 5)"

DONE, FAILING, NOT_STARTED = "done", "failing", "not-started"


class LearnerTimeout(BaseException):
    """A check ran longer than the timeout (raised by the SIGALRM handler)."""


class LearnerImportError(Exception):
    """The learner's file cannot be loaded (syntax error, exception at import…)."""

    def __init__(self, path: Path, error: BaseException) -> None:
        super().__init__(f"{path}: {error!r}")
        self.path, self.error = path, error


@dataclass
class ExerciseRun:
    """What this session learned about one exercise."""

    exercise: Exercise
    checks: int = 0
    passed: int = 0
    not_started: bool = False
    messages: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.not_started:
            return NOT_STARTED
        return DONE if self.checks and self.passed == self.checks else FAILING


@dataclass
class State:
    """Plugin state for one pytest session (kept in ``config.stash``)."""

    language: str
    mode: str  # "learner", "solutions" or "submission"
    submission: Path | None
    timeout: float
    manifests: dict[Path, Manifest] = field(default_factory=dict)
    runs: dict[str, ExerciseRun] = field(default_factory=dict)

    def manifest_for(self, path: Path) -> Manifest | None:
        root = find_root(path)
        if root is None:
            return None
        if root not in self.manifests:
            self.manifests[root] = load(root)
        return self.manifests[root]

    def exercise_of(self, item: pytest.Item) -> Exercise | None:
        manifest = self.manifest_for(Path(item.path))
        return manifest.by_checker(Path(item.path)) if manifest else None


STATE = pytest.StashKey[State]()


# --- options ---------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cpt-course", "cpt-course exercises")
    group.addoption("--solutions", action="store_true",
                    help="check the reference solutions instead of your files")
    group.addoption("--hint", action="store_true",
                    help="show the next hint of the exercise to do")
    group.addoption("--cpt-lang", choices=("fr", "en"), default=None, help=LANG_HELP)
    group.addoption("--cpt-timeout", type=float, default=None, help=TIMEOUT_HELP)
    group.addoption("--cpt-submission", type=Path, default=None,
                    help="check the files of a learner's copy of exercises/ (grading)")
    group.addoption("--cpt-report", type=Path, default=None,
                    help="write each exercise's status and messages to this JSON file")
    parser.addini("cpt_lang", LANG_HELP, default="")
    parser.addini("cpt_timeout", TIMEOUT_HELP, default="")


def pytest_configure(config: pytest.Config) -> None:
    option = config.option
    language = ui_language(option.cpt_lang or config.getini("cpt_lang") or None)
    timeout = option.cpt_timeout or float(config.getini("cpt_timeout") or DEFAULT_TIMEOUT)
    mode = "solutions" if option.solutions else "submission" if option.cpt_submission else "learner"
    config.stash[STATE] = State(language, mode, option.cpt_submission, timeout)
    checking.LANGUAGE[0] = language


def _state(config: pytest.Config) -> State:
    return config.stash[STATE]


def _exercise_items(items: list[pytest.Item]) -> Iterator[tuple[pytest.Item, Exercise]]:
    for item in items:
        exercise = _state(item.config).exercise_of(item)
        if exercise is not None:
            yield item, exercise


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Give every check of an exercise the default timeout, unless one is set."""
    state = _state(config)
    for item, exercise in _exercise_items(items):
        state.runs.setdefault(exercise.name, ExerciseRun(exercise))
        if item.get_closest_marker("timeout") is None and not config.getoption("timeout", None):
            item.add_marker(pytest.mark.timeout(state.timeout))


@pytest.hookimpl(optionalhook=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> bool | None:
    """Stop an endless check with :class:`LearnerTimeout` (pytest-timeout's own handler
    would dump every thread's stack)."""
    if _state(item.config).exercise_of(item) is None:
        return None
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum: int, frame: types.FrameType | None) -> None:
        raise LearnerTimeout(settings.timeout)

    def cancel() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)

    item.cancel_timeout = cancel  # type: ignore[attr-defined] (read by pytest-timeout)
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, settings.timeout)
    return True


# --- the learner's module --------------------------------------------------------------------


class LearnerModule:
    """The learner's module; remembers the last function the checker called, to point at it."""

    def __init__(self, module: types.ModuleType) -> None:
        self._module = module
        self.last_call: Callable[..., Any] | None = None

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._module, name)
        if not inspect.isfunction(value) or value.__module__ != self._module.__name__:
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            self.last_call = value
            return value(*args, **kwargs)

        return call


def _source_of(exercise: Exercise, root: Path, state: State) -> Path:
    if state.mode == "solutions":
        return SOLUTIONS_DIR / exercise.starter
    base = state.submission if state.mode == "submission" and state.submission else root
    return base / exercise.starter


def import_learner(path: Path, name: str) -> types.ModuleType:
    """Import ``path`` afresh as a module (never shared with another exercise or learner)."""
    if not path.is_file():
        raise LearnerImportError(path, FileNotFoundError(str(path)))
    module_name = f"cpt_exercise_{name}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        raise LearnerImportError(path, error) from error
    return module


@pytest.fixture(scope="module")
def exercise(request: pytest.FixtureRequest) -> LearnerModule:
    """The module under test: the learner's file, a submission's, or the reference solution."""
    state = _state(request.config)
    manifest = state.manifest_for(Path(request.path))
    found = manifest.by_checker(Path(request.path)) if manifest else None
    if manifest is None or found is None:
        pytest.fail(f"{request.path} is not an exercise checker listed in exercises.toml")
    return LearnerModule(import_learner(_source_of(found, manifest.root, state), found.name))


# --- friendly failures -----------------------------------------------------------------------


def _learner_frame(excinfo: pytest.ExceptionInfo[BaseException], path: Path
                   ) -> tuple[int, str] | None:
    """The last line of the learner's file in the traceback: (line number, source)."""
    target = path.resolve()
    found = None
    tb = excinfo.tb
    while tb is not None:
        if Path(tb.tb_frame.f_code.co_filename).resolve() == target:
            found = tb.tb_lineno
        tb = tb.tb_next
    if found is None:
        return None
    return found, linecache.getline(str(path), found).strip()


def shown_path(path: Path) -> str:
    """``path`` as the learner typed it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _where(path: Path, line: int, code: str, _: Callable[[str], str]) -> str:
    shown = f"\n    {code}" if code else ""
    return _("→ {file}, line {line}").format(file=shown_path(path), line=line) + shown


def N_(message: str) -> str:  # noqa: N802 (the gettext convention)
    """Mark ``message`` for the catalog; it is translated where it is shown."""
    return message


EXCEPTION_ADVICE = {
    KeyError: N_("a key is missing from a dictionary: check its spelling or use .get()"),
    IndexError: N_("a list index is out of range: check the length of the list"),
    TypeError: N_("a value does not have the type you used it as (a str for an int, a list "
                  "for a dict…)"),
    AttributeError: N_("this object has no such attribute or method"),
    ValueError: N_("a conversion or a value is not valid"),
    ZeroDivisionError: N_("a division by zero: handle the case where the divisor is 0"),
    NameError: N_("a name is used before it is defined (a typo?)"),
    RecursionError: N_("the function calls itself without end"),
}


def friendly_message(excinfo: pytest.ExceptionInfo[BaseException], exercise: Exercise,
                     learner: Path | None, module: LearnerModule | None, state: State) -> str:
    """A few lines a learner can act on, in their language."""
    _ = translator(state.language)
    error = excinfo.value
    if isinstance(error, LearnerImportError):
        learner = error.path
        if isinstance(error.error, FileNotFoundError):
            return _("File {file} is missing: restore it from the course.").format(
                file=shown_path(learner))
        inner = error.error
        line = getattr(inner, "lineno", None) if isinstance(inner, SyntaxError) else None
        head = _("{file} cannot be loaded: {error}").format(
            file=shown_path(learner), error=f"{type(inner).__name__}: {inner}")
        if line:
            return head + "\n" + _where(learner, line, linecache.getline(str(learner), line).strip(), _)
        frame = _learner_frame(pytest.ExceptionInfo.from_exception(inner), learner)
        return head + ("\n" + _where(learner, *frame, _) if frame else "")
    if isinstance(error, LearnerTimeout):
        text = _("Probable infinite loop: the check was stopped after {seconds:g} s.").format(
            seconds=float(error.args[0]))
        frame = _learner_frame(excinfo, learner) if learner else None
        return text + ("\n" + _where(learner, *frame, _) if frame and learner else "")
    if isinstance(error, MismatchError):
        lines = [f"{error.what}",
                 "  " + _("expected: {value}").format(value=_show(error.expected)),
                 "  " + _("obtained: {value}").format(value=_show(error.obtained))]
        if error.advice:
            lines.append("  " + error.advice)
        if module is not None and module.last_call is not None and learner is not None:
            function = module.last_call
            line = inspect.getsourcelines(function)[1]
            lines.append(_("→ your function {name}() in {file}, line {line}").format(
                name=function.__name__, file=shown_path(learner), line=line))
        return "\n".join(lines)
    frame = _learner_frame(excinfo, learner) if learner else None
    if frame is None:  # the checker itself failed: show it plainly, this is our bug
        return _("The checker failed unexpectedly: {error}").format(
            error=f"{type(error).__name__}: {error}")
    advice = next((text for kind, text in EXCEPTION_ADVICE.items() if isinstance(error, kind)),
                  "")
    head = _("Your code raised {error}").format(error=f"{type(error).__name__}: {error}")
    return "\n".join(filter(None, [head, _where(learner, *frame, _),
                                   "  " + _(advice) if advice else ""]))


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 300 else text[:297] + "…"


def _is_not_started(excinfo: pytest.ExceptionInfo[BaseException], learner: Path | None) -> bool:
    return excinfo.errisinstance(NotImplementedError) and learner is not None and \
        _learner_frame(excinfo, learner) is not None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]
                              ) -> Iterator[None]:
    report = yield
    state = _state(item.config)
    exercise = state.exercise_of(item)
    if exercise is None or call.when == "teardown":
        return report
    run = state.runs.setdefault(exercise.name, ExerciseRun(exercise))
    if call.when == "call" and report.passed:
        run.checks += 1
        run.passed += 1
        return report
    if call.excinfo is None or report.skipped:
        return report
    run.checks += 1
    module = item.funcargs.get("exercise") if hasattr(item, "funcargs") else None
    learner = Path(module._module.__file__) if isinstance(module, LearnerModule) else None
    if learner is None and isinstance(call.excinfo.value, LearnerImportError):
        learner = call.excinfo.value.path
    _ = translator(state.language)
    if _is_not_started(call.excinfo, learner):
        run.not_started = True
        message = _("not started: open {file} and replace 'raise NotImplementedError'").format(
            file=shown_path(learner))
        report.outcome = "skipped"
        report.longrepr = (str(learner), 0, message)
        report.wasxfail = ""  # no "XPASS" style fallback
        del report.wasxfail
    else:
        message = friendly_message(call.excinfo, exercise, learner, module, state)
        report.longrepr = f"{localize(exercise.title, *_catalogs(item, state))} — {message}"
    if message not in run.messages:
        run.messages.append(message)
    return report


def _catalogs(item: pytest.Item, state: State) -> tuple[Path, str]:
    manifest = state.manifest_for(Path(item.path))
    root = manifest.root if manifest else Path(item.path).parent
    return root.parent / "docs" / "locale", state.language


# --- summary ---------------------------------------------------------------------------------


def _hint_level(cache: pytest.Cache | None, name: str, run: ExerciseRun, asked: bool,
                count: int) -> int:
    """How many hints to show now, remembering what was shown and how often it failed."""
    if cache is None:  # nothing remembered: the gentlest hint only
        return min(1, count) if asked else 0
    memory = cache.get(f"{CACHE_KEY}/hints", {})
    seen, failures = memory.get(name, [0, 0])
    failures = failures + 1 if run.status != DONE else 0
    level = min(count, max(seen + (1 if asked else 0), failures // FAILURES_PER_HINT))
    memory[name] = [level, failures]
    cache.set(f"{CACHE_KEY}/hints", memory)
    return level


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config
                            ) -> None:
    state = _state(config)
    if not state.runs:
        return
    _ = translator(state.language)
    write = terminalreporter.write_line
    manifest = next(iter(state.manifests.values()))
    locale_dir = manifest.root.parent / "docs" / "locale"
    cache = getattr(config, "cache", None) if state.mode == "learner" else None
    remembered = cache.get(f"{CACHE_KEY}/status", {}) if cache else {}
    statuses = dict(remembered)
    statuses.update({name: run.status for name, run in state.runs.items()})
    if cache:
        cache.set(f"{CACHE_KEY}/status", statuses)
    terminalreporter.section("cpt-course", sep="=")
    symbols = {DONE: "✓", FAILING: "✗", NOT_STARTED: "·"}
    labels = {DONE: _("done"), FAILING: _("failing"), NOT_STARTED: _("not started")}
    for exercise in manifest.exercises:
        if exercise.name not in state.runs:
            continue
        status = statuses[exercise.name]
        write(f"  {symbols[status]} {exercise.number:2}. "
              f"{localize(exercise.title, locale_dir, state.language)} — {labels[status]}")
    done = sum(1 for ex in manifest.exercises if statuses.get(ex.name) == DONE)
    write(_("Progress: {done}/{total} exercises done").format(
        done=done, total=len(manifest.exercises)), bold=True)
    following = next((ex for ex in manifest.exercises if statuses.get(ex.name) != DONE), None)
    if following is None:
        write(_("All exercises are done. Well done!"), green=True)
    else:
        write(_("Next exercise: {number}. {title} → edit {file}").format(
            number=following.number, title=localize(following.title, locale_dir, state.language),
            file=Path(manifest.root.name) / following.starter))
        write("  " + _("check it with: pytest {checker}").format(
            checker=Path(manifest.root.name) / following.checker))
        run = state.runs.get(following.name)
        if run is not None:
            level = _hint_level(cache, following.name, run, config.option.hint,
                                len(following.hints))
            for number, hint in enumerate(following.hints[:level], start=1):
                write("  " + _("Hint {number}: {hint}").format(
                    number=number, hint=localize(hint, locale_dir, state.language)))
            if level < len(following.hints):
                write("  " + _("Stuck? Run it again with --hint to see a hint."))
    if config.option.cpt_report:
        write_report(config.option.cpt_report, state, manifest)


def write_report(path: Path, state: State, manifest: Manifest) -> None:
    """Each exercise of this run as JSON: status, checks, passed, messages (for grading)."""
    data = {name: {"status": run.status, "checks": run.checks, "passed": run.passed,
                   "messages": run.messages}
            for name, run in state.runs.items()}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """An exercise not started is not done: the run fails until every exercise is."""
    state = _state(session.config)
    if exitstatus == 0 and any(run.status != DONE for run in state.runs.values()):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_sessionstart(session: pytest.Session) -> None:
    """Fail early, with the manifest's message, when the manifest itself is broken."""
    for arg in session.config.args:
        root = find_root(Path(arg).resolve())
        if root is None:
            continue
        try:
            _state(session.config).manifest_for(root)
        except ManifestError as error:
            raise pytest.UsageError(str(error)) from None
