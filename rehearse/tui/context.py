"""What the screens need from outside the UI, passed in rather than read from globals. Never imports textual."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rehearse.engine.load.library import Entry, list_entries
from rehearse.files import own_dir, private_dir, write_private
from rehearse.locations import EXPORTS, WELCOME_MARK  # forget deletes what these name: one place for both
from rehearse.wording import stamp, today, when

if TYPE_CHECKING:  # the engine proper is imported when a scenario is first played: the library opens sooner
    from rehearse.engine.load.guidance import Catalogue
    from rehearse.engine.model import Scenario
    from rehearse.store.db import SavedSession, Store
    from rehearse.store.recorder import Recorder


def typing_from_env(default: float = 1.0) -> float:
    """The typing-pause multiplier: REHEARSE_TYPING (0 turns the pause off), else the default."""
    raw = os.environ.get("REHEARSE_TYPING", "").strip()
    try:
        return max(0.0, float(raw)) if raw else default
    except ValueError:
        return default


def typing_delay(text: str, factor: float) -> float:
    """Seconds of "typing" before a line appears: longer lines take longer, but never long."""
    if factor <= 0:
        return 0.0
    return factor * min(2.2, 0.5 + 0.015 * len(text))


@dataclass
class AppContext:
    """The store (None when not saving), the guidance catalogue, and settings for one run of the app."""

    store: Store | None
    data_dir: Path
    typing: float = 1.0
    _catalogue: Catalogue | None = field(default=None, repr=False)
    _entries: list[Entry] | None = field(default=None, repr=False)

    @property
    def catalogue(self) -> Catalogue:
        """The guidance catalogue, read when first needed (the library lists without it)."""
        if self._catalogue is None:
            from rehearse.engine.load.course import catalogue

            self._catalogue = catalogue()  # the bundled items and the library's course folders' own
        return self._catalogue

    @property
    def saving(self) -> bool:
        """True unless incognito."""
        return self.store is not None

    # -- library -------------------------------------------------------------
    def entries(self) -> list[Entry]:
        """The library, read once (heads of files only)."""
        if self._entries is None:
            self._entries = list_entries()
        return self._entries

    def entry(self, scenario_id: str) -> Entry | None:
        """One library entry by id."""
        return next((e for e in self.entries() if e.id == scenario_id), None)

    def load(self, ref: str) -> Scenario:
        """One scenario in full, by id or path."""
        from rehearse.engine.load.library import load

        return load(ref, set(self.catalogue))

    def new_recorder(self, ref: str, persona: str | None, name: str | None, seed: int | None = None) -> Recorder:
        """Start a session and its recorder; raises ValueError for an unknown persona."""
        from rehearse.engine.play.runner import start
        from rehearse.store.recorder import Recorder

        scenario = self.load(ref)
        if seed is None:
            seed = int.from_bytes(os.urandom(2), "big")
        return Recorder(start(scenario, persona, seed, name or None), self.store)

    # -- history ------------------------------------------------------------
    def history(self, scenario_id: str | None = None) -> list[SavedSession]:
        """Saved attempts, newest first (none when not saving)."""
        return self.store.sessions(scenario_id) if self.store else []

    def unfinished(self) -> SavedSession | None:
        """The newest unfinished attempt, if any."""
        return next((r for r in self.history() if r.status == "active"), None)

    def reopen(self, sid: str) -> tuple[Recorder | None, str]:
        """A recorder for a saved attempt, positioned at its last committed turn, and a message for the user."""
        if self.store is None:
            return None, "nothing is saved in incognito mode"
        from rehearse.store.resume import resume_session

        return resume_session(self.store, sid, set(self.catalogue))

    # -- first run ----------------------------------------------------------
    def welcome_seen(self) -> bool:
        """True once the welcome screen has been read (remembered only when saving)."""
        return (self.data_dir / WELCOME_MARK).exists()

    def mark_welcome_seen(self) -> None:
        """Remember that the welcome was read; incognito keeps nothing, so it shows again next time."""
        if not self.saving:
            return
        own_dir(self.data_dir)  # the user's folder keeps the mode they gave it
        write_private(self.data_dir / WELCOME_MARK, today() + "\n")

    # -- export -------------------------------------------------------------
    def export(self, rec: Recorder, fmt: str = "md") -> Path:
        """Write the transcript and report to the exports folder, owner-only, and return the path."""
        from rehearse.store.export import render_session

        row = self.store.get(rec.sid) if self.store and rec.sid else None
        started = row.started if row else time.time()
        folder = self.data_dir / EXPORTS
        own_dir(self.data_dir)
        private_dir(folder)
        stem = rec.sid or f"{stamp()}-incognito"
        path = folder / f"{rec.session.scenario.id}-{stem}.{'card.md' if fmt == 'card' else fmt}"
        write_private(path, render_session(rec.session, fmt, self.catalogue, when(started)))
        return path
