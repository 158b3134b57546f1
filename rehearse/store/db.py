"""Saved sessions in SQLite: every turn is committed before the next line is shown, readable by the owner only."""

from __future__ import annotations

import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rehearse.engine.play import events as saved
from rehearse.engine.play.events import Event

from rehearse.files import private_dir
from rehearse.wording import stamp

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    scenario TEXT NOT NULL,
    title TEXT NOT NULL,
    persona TEXT NOT NULL,
    seed INTEGER NOT NULL,
    name TEXT,
    hash TEXT NOT NULL,
    started REAL NOT NULL,
    updated REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',
    outcome TEXT,
    ending TEXT,
    path TEXT
);
CREATE TABLE IF NOT EXISTS events (
    session TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    at REAL NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (session, seq)
);
"""
DB_NAME = "history.sqlite3"
# Changes since the first schema, in order: a database at user_version N takes MIGRATIONS[N:], each in one
# transaction, so an old history file gains the new tables and keeps every session it had.
MIGRATIONS = (
    """
    CREATE TABLE IF NOT EXISTS drill_reps (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        drill TEXT NOT NULL,
        scenario TEXT NOT NULL,
        skill TEXT NOT NULL,
        level TEXT NOT NULL,
        persona TEXT NOT NULL,
        reply TEXT NOT NULL,
        showed INTEGER NOT NULL,
        heard TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS drill_sets (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        drill TEXT NOT NULL,
        skill TEXT NOT NULL,
        level TEXT NOT NULL,
        rating INTEGER NOT NULL,
        move TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS drill_reps_skill ON drill_reps (skill, at);
    """,
)


@dataclass(frozen=True)
class SavedSession:
    """One row of history."""

    id: str
    scenario: str
    title: str
    persona: str
    seed: int
    name: str | None
    hash: str
    started: float
    updated: float
    status: str
    outcome: str | None
    ending: str | None
    path: str | None = None
    turns: int = 0


def _json_rows(bodies: Iterable[str]) -> Iterator[Any]:
    """Each body parsed; a body that is not JSON comes through as None, which the event reader refuses."""
    for body in bodies:
        try:
            yield json.loads(body)
        except ValueError:
            yield None


class Store:
    """The history database; every write is its own committed transaction."""

    def __init__(self, folder: Path):
        private_dir(folder)
        self.path = folder / DB_NAME
        old = os.umask(0o077)  # the database and its WAL/SHM side files are created owner-only
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")  # a turn the user saw is on disk, even after power loss
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
            migrate(self.db)
        finally:
            os.umask(old)
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                os.chmod(p, 0o600)

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def create(self, scenario_id: str, title: str, persona: str, seed: int, name: str | None, digest: str,
               path: str | None = None) -> str:
        """Start a new saved session and return its id."""
        sid = stamp() + "-" + uuid.uuid4().hex[:6]
        now = time.time()
        self.db.execute("INSERT INTO sessions (id, scenario, title, persona, seed, name, hash, started, updated, path)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (sid, scenario_id, title, persona, seed, name, digest, now, now, path))
        return sid

    def append(self, sid: str, events: Sequence[Event]) -> None:
        """Append events in one transaction, committed before returning, each in the current saved format."""
        if not events:
            return
        now = time.time()
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            (seq,) = self.db.execute("SELECT COALESCE(MAX(seq), -1) FROM events WHERE session=?", (sid,)).fetchone()
            self.db.executemany("INSERT INTO events (session, seq, at, body) VALUES (?,?,?,?)",
                                [(sid, seq + 1 + i, now, json.dumps(saved.to_json(ev), ensure_ascii=False))
                                 for i, ev in enumerate(events)])
            self.db.execute("UPDATE sessions SET updated=? WHERE id=?", (now, sid))

    def set_hash(self, sid: str, digest: str) -> None:
        """Record that the session now follows a changed scenario."""
        self.db.execute("UPDATE sessions SET hash=? WHERE id=?", (digest, sid))

    def finish(self, sid: str, outcome: str | None, ending: str | None) -> None:
        """Mark a session finished with its outcome."""
        self.db.execute("UPDATE sessions SET status='finished', outcome=?, ending=?, updated=? WHERE id=?",
                        (outcome, ending, time.time(), sid))

    def reopen(self, sid: str) -> None:
        """Mark a session active again (after a rewind from the report)."""
        self.db.execute("UPDATE sessions SET status='active', outcome=NULL, ending=NULL WHERE id=?", (sid,))

    def sessions(self, scenario: str | None = None) -> list[SavedSession]:
        """All saved sessions, newest first."""
        q = ("SELECT s.*, (SELECT COUNT(*) FROM events e WHERE e.session=s.id) FROM sessions s"
             + (" WHERE s.scenario=?" if scenario else "") + " ORDER BY s.updated DESC")
        rows = self.db.execute(q, (scenario,) if scenario else ()).fetchall()
        return [SavedSession(*r) for r in rows]

    def get(self, sid: str) -> SavedSession | None:
        """One session's row, by full id or unique prefix."""
        rows = self.db.execute("SELECT s.*, (SELECT COUNT(*) FROM events e WHERE e.session=s.id) FROM sessions s"
                               " WHERE s.id LIKE ? ESCAPE '\\'",
                               (sid.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",)).fetchall()
        return SavedSession(*rows[0]) if len(rows) == 1 else None

    def log(self, sid: str) -> tuple[list[Event], str]:
        """A session's events in order, upgraded from any older saved version, and a note if some would not read."""
        rows = self.db.execute("SELECT body FROM events WHERE session=? ORDER BY seq", (sid,))
        return saved.read_log(_json_rows(b for (b,) in rows))

    def events(self, sid: str) -> list[Event]:
        """A session's events, in order (up to the first that would not read)."""
        return self.log(sid)[0]

    def delete(self, sid: str) -> None:
        """Delete one session and its events."""
        with self.db:
            self.db.execute("DELETE FROM events WHERE session=?", (sid,))
            self.db.execute("DELETE FROM sessions WHERE id=?", (sid,))

    def integrity(self) -> str:
        """SQLite's own integrity check ('ok' when sound)."""
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]


def migrate(db: sqlite3.Connection) -> int:
    """Bring a database up to the newest schema; returns its version after."""
    (version,) = db.execute("PRAGMA user_version").fetchone()
    for n, script in enumerate(MIGRATIONS[version:], start=version + 1):
        # executescript commits first; BEGIN ... COMMIT inside it makes the step and its version one transaction.
        db.executescript(f"BEGIN IMMEDIATE; {script}; PRAGMA user_version = {n}; COMMIT;")
    return max(version, len(MIGRATIONS))


def open_store(folder: Path | None = None) -> Store:
    """The history store in the data directory (REHEARSE_HOME overrides)."""
    from rehearse.locations import data_dir

    return Store(folder or data_dir())


def forget_all(folder: Path | None = None) -> int:
    """Delete every saved session and the database files; returns how many sessions there were."""
    from rehearse.locations import cache_dir, data_dir

    folder = folder or data_dir()
    count = 0
    db = folder / DB_NAME
    if db.exists():
        try:
            con = sqlite3.connect(db)
            count = con.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
            con.close()
        except sqlite3.DatabaseError:
            pass
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(db) + suffix)
        if p.exists():
            p.unlink()
    cache = cache_dir()
    if cache.is_dir():
        for f in cache.glob("*"):
            if f.is_file():
                f.unlink()
    return count
