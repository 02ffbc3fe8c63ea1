"""Grading throughput: 50 generated submissions graded with 1 and 2 jobs.

    .venv/bin/python benchmarks/grading.py [--learners 50]

A third of the learners hand in the reference solutions, a third the untouched starters and
a third a half-done copy; every learner is graded in full (all exercises).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from cpt_course.grading import grade_class
from cpt_course.manifest import SOLUTIONS_DIR, load

ROOT = Path(__file__).resolve().parents[1]


def generate(target: Path, learners: int) -> None:
    """``learners`` folders of submissions, of three kinds."""
    manifest = load(ROOT / "exercises")
    for number in range(learners):
        folder = target / f"learner-{number:03d}"
        kind = number % 3
        source = SOLUTIONS_DIR if kind == 0 else ROOT / "exercises"
        shutil.copytree(source, folder, ignore=shutil.ignore_patterns(
            "__pycache__", "test_*.py", "data", "*.toml"))
        if kind == 2:
            for exercise in manifest.exercises[::2]:
                shutil.copy(SOLUTIONS_DIR / exercise.starter, folder / exercise.starter)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=50)
    args = parser.parse_args()
    manifest = load(ROOT / "exercises")
    with tempfile.TemporaryDirectory() as tmp:
        submissions = Path(tmp) / "class"
        generate(submissions, args.learners)
        rates = {}
        for jobs in (1, 2):
            start = time.perf_counter()
            results = grade_class(submissions, manifest, "en", jobs, timeout=5)
            seconds = time.perf_counter() - start
            rates[jobs] = len(results) / seconds
            done = sum(result.done for result in results)
            print(f"{jobs} job(s): {len(results)} learners x {len(manifest.exercises)} "  # noqa: T201
                  f"exercises in {seconds:.1f} s = {rates[jobs]:.2f} learners/s "
                  f"({done} exercises done)")
        print(f"speed-up with 2 jobs: x{rates[2] / rates[1]:.2f}")  # noqa: T201


if __name__ == "__main__":
    main()
