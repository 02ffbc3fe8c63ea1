"""The learner's pytest plugin, tested with pytester on a one-exercise course."""

from __future__ import annotations

import textwrap

import pytest

pytest_plugins = ["pytester"]

MANIFEST = """
format_version = 1

[[exercise]]
name = "budget"
dir = "01_demo"
module = "01-demo"
title = "Calculer le reste du budget"
hints = ["Premier indice.", "Deuxième indice."]
"""

CHECKER = """
from cpt_course.checking import _, expect


def test_rest(exercise):
    expect(exercise.rest(100, 30), 70, _("rest of a budget of 100 after spending 30"))


def test_rest_zero(exercise):
    expect(exercise.rest(50, 50), 0, _("rest of a budget of 50 after spending 50"))
"""

STARTER = '''
def rest(budget, spent):
    """Le reste du budget."""
    # TODO
    raise NotImplementedError
'''


@pytest.fixture
def course(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    exercises = pytester.mkdir("exercises")
    (exercises / "exercises.toml").write_text(MANIFEST, encoding="utf-8")
    (exercises / "01_demo").mkdir()
    (exercises / "01_demo" / "test_budget.py").write_text(CHECKER, encoding="utf-8")
    (exercises / "01_demo" / "budget.py").write_text(STARTER, encoding="utf-8")
    monkeypatch.setenv("CPT_COURSE_LANG", "fr")
    return pytester


def write(course: pytest.Pytester, body: str) -> None:
    path = course.path / "exercises" / "01_demo" / "budget.py"
    path.write_text(textwrap.dedent(body), encoding="utf-8")


def test_untouched_starter_is_not_started(course):
    result = course.runpytest("exercises", "-p", "no:cacheprovider")
    result.assert_outcomes(skipped=2)
    result.stdout.fnmatch_lines([
        "*·  1. Calculer le reste du budget — pas commencé",
        "*Progression?: 0/1 exercices réussis*",
        "*Prochain exercice?: 1. Calculer le reste du budget → modifiez exercises/01_demo/budget.py",
        "*vérifiez-le avec?: pytest exercises/01_demo/test_budget.py",
    ])
    assert result.ret == 1  # not done is not a success


def test_wrong_result_gets_a_short_message_at_the_learners_line(course):
    write(course, """
        def rest(budget, spent):
            return budget + spent
    """)
    result = course.runpytest("exercises", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines([
        "*Calculer le reste du budget — rest of a budget of 100 after spending 30",
        "*attendu?: 70",
        "*obtenu?: 130",
        "*→ votre fonction rest() dans exercises/01_demo/budget.py, ligne 2",
        "*✗  1. Calculer le reste du budget — en échec",
    ])
    assert "Traceback" not in result.stdout.str() and "def test_rest" not in result.stdout.str()


def test_exception_is_explained(course):
    write(course, """
        def rest(budget, spent):
            values = {"budget": budget}
            return values["spent"]
    """)
    result = course.runpytest("exercises", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines([
        "*Votre code a levé KeyError: 'spent'",
        "*→ *budget.py, ligne 4",
        "*return values?\"spent\"?",
        "*une clé manque dans un dictionnaire*",
    ])


def test_endless_loop_stops_with_a_clear_message(course):
    write(course, """
        def rest(budget, spent):
            while True:
                budget -= 0
    """)
    result = course.runpytest("exercises", "-p", "no:cacheprovider", "--cpt-timeout", "1")
    result.stdout.fnmatch_lines([
        "*Probable boucle infinie?: la vérification a été arrêtée au bout de 1?s.",
        "*→ exercises/01_demo/budget.py, ligne [34]",
    ])
    assert result.duration < 10


def test_english_messages_on_request(course):
    write(course, "def rest(budget, spent):\n    return 0\n")
    result = course.runpytest("exercises", "-p", "no:cacheprovider", "--cpt-lang", "en")
    result.stdout.fnmatch_lines([
        "*rest of a budget of 100 after spending 30",
        "*expected: 70",
        "*obtained: 0",
        "*Progress: 0/1 exercises done",
    ])


def test_done_and_hints(course):
    result = course.runpytest("exercises", "--hint")
    result.stdout.fnmatch_lines(["*Indice 1?: Premier indice."])
    assert "Deuxième indice" not in result.stdout.str()
    result = course.runpytest("exercises", "--hint")
    result.stdout.fnmatch_lines(["*Indice 1?: Premier indice.", "*Indice 2?: Deuxième indice."])
    write(course, "def rest(budget, spent):\n    return budget - spent\n")
    result = course.runpytest("exercises", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*✓  1. Calculer le reste du budget — réussi",
                                 "*Progression?: 1/1 exercices réussis*",
                                 "*Tous les exercices sont réussis. Bravo?!"])
    assert result.ret == 0


def test_hints_come_after_repeated_failures(course):
    for _run in range(3):
        result = course.runpytest("exercises")
    result.stdout.fnmatch_lines(["*Indice 1?: Premier indice."])
    for _run in range(3):
        result = course.runpytest("exercises")
    result.stdout.fnmatch_lines(["*Indice 2?: Deuxième indice."])


def test_syntax_error_in_the_learners_file(course):
    write(course, "def rest(budget, spent)\n    return 0\n")
    result = course.runpytest("exercises", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["*budget.py ne peut pas être chargé?: SyntaxError*",
                                 "*budget.py, ligne 1"])


def test_inert_outside_the_exercises(pytester: pytest.Pytester):
    pytester.makepyfile(test_plain="def test_plain():\n    assert 1 + 1 == 3\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    assert "Progression" not in result.stdout.str() and "= cpt-course =" not in result.stdout.str()
    assert "assert (1 + 1) == 3" in result.stdout.str()


def test_broken_manifest_is_a_usage_error(course):
    (course.path / "exercises" / "exercises.toml").write_text("format_version = 2\n", "utf-8")
    result = course.runpytest("exercises", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*exercises.toml: format_version must be 1*"])
