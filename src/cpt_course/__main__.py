"""``python -m cpt_course`` is ``cpt-course``."""

from cpt_course.cli import main

raise SystemExit(main())
