"""Entry point for `python -m rehearse`."""

from rehearse.cli import main

raise SystemExit(main())
