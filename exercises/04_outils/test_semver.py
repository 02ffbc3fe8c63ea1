"""Checker — Numéroter les versions de l’API catalogue avec SemVer."""

from __future__ import annotations

from cpt_course.checking import _, expect, expect_raises


def entry(kind, summary="..."):
    """Une entrée du journal des changements."""
    return {"type": kind, "summary": summary}


def test_parse_valid_versions(exercise):
    expect(exercise.parse_version("1.4.2"), (1, 4, 2), _("parts of version 1.4.2"))
    expect(exercise.parse_version("0.10.0"), (0, 10, 0),
           _("parts of version 0.10.0 (numbers of several digits)"))
    expect(exercise.parse_version("12.0.31"), (12, 0, 31), _("parts of version 12.0.31"))


def test_parse_invalid_versions(exercise):
    for text in ("1.4", "1.4.2.1", "v1.4.2", "1.4.x", "", "2.0.0-rc.1", "1.0.0+20270114"):
        expect_raises(ValueError, lambda text=text: exercise.parse_version(text),
                      _("parse_version({text!r}) raises ValueError: not a published version "
                        "MAJOR.MINOR.PATCH").format(text=text))
    expect_raises(ValueError, lambda: exercise.parse_version("1.-1.0"),
                  _("parse_version('1.-1.0') raises ValueError: a negative number is not a "
                    "version number"),
                  advice=_("int() alone accepts '-1' or '04': check that each part is made of "
                           "digits only."))
    expect_raises(ValueError, lambda: exercise.parse_version("1.04.2"),
                  _("parse_version('1.04.2') raises ValueError: no leading zero in a version "
                    "number"))


def test_next_version_of_the_catalogue_api(exercise):
    expect(exercise.next_version("1.4.2", [entry("fix", "Arrondi du prix corrigé")]), "1.4.3",
           _("next version of 1.4.2 after a fix"))
    expect(exercise.next_version("1.4.3", [entry("feature", "Champ disponible_en_magasin")]),
           "1.5.0", _("next version of 1.4.3 after a compatible feature"))
    expect(exercise.next_version("1.5.0", [entry("fix"), entry("breaking", "Champ prix renommé")]),
           "2.0.0", _("next version of 1.5.0 after a fix and a breaking change"),
           advice=_("A new MAJOR resets MINOR and PATCH to 0."))
    expect(exercise.next_version("2.3.4", [entry("deprecation", "Paramètre tri déclaré obsolète")]),
           "2.4.0", _("next version of 2.3.4 after a deprecation (a MINOR change)"))
    expect(exercise.next_version("1.9.9", [entry("feature")]), "1.10.0",
           _("next version of 1.9.9 after a feature"))


def test_one_release_for_the_whole_changelog(exercise):
    expect(exercise.next_version("1.5.0", [entry("feature"), entry("fix"), entry("fix")]),
           "1.6.0",
           _("next version of 1.5.0 after a feature and two fixes (one release: the most "
             "significant change decides)"),
           advice=_("Do not increment once per entry: the whole changelog makes one version."))


def test_initial_development(exercise):
    expect(exercise.next_version("0.3.7", [entry("breaking")]), "0.4.0",
           _("next version of 0.3.7 after a breaking change (initial development 0.y.z)"))
    expect(exercise.next_version("0.3.7", [entry("fix")]), "0.3.8",
           _("next version of 0.3.7 after a fix"))


def test_invalid_changelog(exercise):
    expect_raises(ValueError, lambda: exercise.next_version("1.4.2", []),
                  _("next_version raises ValueError for an empty changelog (nothing to release)"))
    expect_raises(ValueError, lambda: exercise.next_version("1.4.2", [entry("refactor")]),
                  _("next_version raises ValueError for an unknown change type"))
    expect_raises(ValueError, lambda: exercise.next_version("1.4", [entry("fix")]),
                  _("next_version raises ValueError for an invalid current version"))
