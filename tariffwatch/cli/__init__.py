"""The `tariffwatch` command line: the one place that composes every stage (nothing imports it).

Each module registers its commands on the group in `app`; library errors become one line and
an exit code there only.
"""

from tariffwatch.cli import backfill, crawling, daily, extraction, readers, searching  # noqa: F401  (registers commands)
from tariffwatch.cli.app import main

__all__ = ["main"]
