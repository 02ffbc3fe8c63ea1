"""What exercise checkers use to say what they expected, in the learner's language.

A checker (``exercises/NN_topic/test_<name>.py``) receives the learner's module through the
``exercise`` fixture and compares results with :func:`expect`::

    from cpt_course.checking import _, expect

    def test_quadrant(exercise):
        expect(exercise.quadrant(5, 5), "manage_closely",
               _("the quadrant of a stakeholder with power 5 and interest 5"))

A mismatch raises :class:`MismatchError`; the pytest plugin turns it into a short message (what was
checked, expected, obtained, and where in the learner's file) instead of a traceback. Checker
texts are English msgids of the package catalog (``make catalogs`` extracts them), translated
when the message is shown.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .messages import translator

#: Language of checker messages; the pytest plugin sets it from its options.
LANGUAGE: list[str | None] = [None]


def _(message: str) -> str:
    """Translate ``message`` into the learner's language (French by default)."""
    return translator(LANGUAGE[0])(message)


class MismatchError(AssertionError):
    """The learner's result differs from the expected one."""

    def __init__(self, what: str, expected: Any, obtained: Any, advice: str = "") -> None:
        super().__init__(f"{what}: expected {expected!r}, got {obtained!r}")
        self.what, self.expected, self.obtained, self.advice = what, expected, obtained, advice


def expect(obtained: Any, expected: Any, what: str, advice: str = "") -> None:
    """Fail with a readable message unless ``obtained == expected``."""
    if obtained != expected or (type(obtained) is not type(expected) and not _both_numbers(
            obtained, expected)):
        raise MismatchError(what, expected, obtained, advice)


def expect_close(obtained: Any, expected: float, what: str, tolerance: float = 0.01,
                 advice: str = "") -> None:
    """Fail unless ``obtained`` is a number within ``tolerance`` of ``expected``."""
    if not _is_number(obtained) or not math.isclose(obtained, expected, abs_tol=tolerance):
        raise MismatchError(what, expected, obtained, advice)


def expect_raises(error: type[BaseException], call: Callable[[], Any], what: str,
                  advice: str = "") -> None:
    """Fail unless ``call()`` raises ``error`` (e.g. a ``ValueError`` for invalid data)."""
    try:
        result = call()
    except error:
        return
    raise MismatchError(what, error.__name__, result, advice)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _both_numbers(first: Any, second: Any) -> bool:
    return _is_number(first) and _is_number(second)
