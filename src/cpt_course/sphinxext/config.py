"""Every ``cpt_*`` configuration value, declared once with its default, type and help."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from sphinx.application import Sphinx


def _option(default: Any, help_text: str, rebuild: str = "env") -> Any:
    return field(default=default, metadata={"help": help_text, "rebuild": rebuild})


@dataclass(frozen=True)
class CptConfig:
    """The course extension's settings; each is set in ``conf.py`` as ``cpt_<name>``."""

    source_language: str = _option("fr", "The language the course is written in.")
    module_pattern: str = _option(
        r"\d{2}-[a-z0-9-]+", "Regular expression matching the docnames of module pages.")
    course_id: str = _option(
        "cpt-course", "Namespace of the browser's saved quiz progress (localStorage keys).", "html")
    edition: str = _option(
        "learner", "'learner' or 'trainer'; the trainer edition shows solutions and notes.")
    exercises_dir: str = _option(
        "../exercises", "Folder of the exercises and their manifest, relative to the source dir.")
    released_languages: tuple[str, ...] | list[str] = field(default=(), metadata={
        "help": "Languages published as complete: `cpt-course i18n check` fails on any "
                "untranslated or fuzzy entry in them.", "rebuild": "html"})
    trainer_pages: tuple[str, ...] | list[str] = field(default=("formateur/**",), metadata={
        "help": "Pages of the trainer edition only (glob patterns, relative to the source "
                "dir); the learner edition does not read them.", "rebuild": "env"})
    release_threshold: int = _option(
        100, "Percent of translated entries a language needs to be listed as released.", "html")

    @classmethod
    def from_sphinx(cls, config: Any) -> CptConfig:
        """Read the values from a Sphinx ``Config``."""
        return cls(**{f.name: getattr(config, f"cpt_{f.name}") for f in fields(cls)})


def setup_config(app: Sphinx) -> None:
    """Register every ``cpt_*`` value with Sphinx."""
    for option in fields(CptConfig):
        kinds = {list, tuple} if isinstance(option.default, tuple) else {type(option.default)}
        app.add_config_value(
            f"cpt_{option.name}", option.default, option.metadata["rebuild"],
            types=frozenset(kinds), description=option.metadata["help"],
        )
