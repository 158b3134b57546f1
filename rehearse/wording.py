"""How dates and the outcome of a saved attempt are worded, the same in the app, plain mode, the CLI and exports.

Below every other module (it imports nothing of rehearse), so the store and every host word things alike.
"""

from __future__ import annotations

import time
from typing import Protocol

WHEN = "%Y-%m-%d %H:%M"  # a date and time shown to the user, in their local time
STAMP = "%Y%m%d-%H%M%S"  # the same, sortable and safe in a file name or a session id
DAY = "%Y-%m-%d"


class Attempt(Protocol):
    """What outcome_words reads from a saved attempt (store.db.SavedSession has it)."""

    status: str
    outcome: str | None
    ending: str | None


def when(ts: float) -> str:
    """A timestamp as the user's local date and time."""
    return time.strftime(WHEN, time.localtime(ts))


def stamp(ts: float | None = None) -> str:
    """A timestamp (default: now) for a session id or a file name: sortable, no spaces or colons."""
    return time.strftime(STAMP, time.localtime(ts))


def today() -> str:
    """Today's local date."""
    return time.strftime(DAY)


def outcome_words(row: Attempt) -> str:
    """How a saved attempt went, in a few words: 'unfinished', or the ending and its outcome."""
    if row.status != "finished":
        return "unfinished"
    return f"{row.ending or 'ended'} ({row.outcome})" if row.outcome else (row.ending or "ended")
