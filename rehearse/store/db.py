"""Saved sessions in SQLite: every turn is committed before the next line is shown, readable by the owner only."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import sqlite3
import time
import urllib.parse
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rehearse.engine.play import events as saved
from rehearse.engine.play.events import Event

from rehearse.files import own_dir
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
LOCKS = "locks"  # a lock file per session open for writing, in the data folder
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


class StoreError(Exception):
    """The history cannot be used as it stands (a symbolic link planted where the database goes)."""


def _refuse_links(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(db) + suffix)
        if p.is_symlink():
            raise StoreError(f"{p} is a symbolic link: rehearse will not keep your sessions wherever it points. "
                             "Remove the link (rehearse never made it) and run again.")


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes: to an empty database when there is none, else read-only (and, where even
    that needs a write, as on a read-only mount with no -shm file, as an immutable file)."""
    if not path.exists():
        return _empty()
    uri = "file:" + urllib.parse.quote(str(path.resolve()))
    for mode in ("?mode=ro", "?immutable=1"):
        db = sqlite3.connect(uri + mode, uri=True, isolation_level=None, check_same_thread=False)
        try:
            db.execute("SELECT (SELECT COUNT(*) FROM sessions), (SELECT COUNT(*) FROM events)").fetchone()
            return db
        except sqlite3.OperationalError as exc:
            db.close()
            if "no such table" in str(exc):
                return _empty()  # another rehearse has just created the file and not yet its tables
    return sqlite3.connect(uri + "?immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _empty() -> sqlite3.Connection:
    """An empty history in memory: what a reader sees before anything was saved."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.executescript(SCHEMA)
    migrate(db)
    return db


def store_advice(exc: BaseException, folder: Path | None = None) -> str:
    """What to tell the user when the history fails: what happened, and what to do about that (not always forget)."""
    where = f" in {folder}" if folder else ""
    msg = str(exc).lower()
    code = getattr(exc, "errno", None)
    if "disk is full" in msg or code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return (f"the disk is full, so the history{where} could not be written ({exc}). Every reply shown before "
                "this one is saved: free some space, then `rehearse resume` carries on; or play with --no-save.")
    if "disk i/o error" in msg or str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_IOERR"):
        return (f"the history{where} could not be written to the disk ({exc}): it may be full, or failing. Every "
                "reply shown before this one is saved: free some space or check the disk, then `rehearse resume` "
                "carries on; or play with --no-save.")
    if "readonly" in msg or "read-only" in msg or code == errno.EROFS:
        return (f"the history{where} is read-only ({exc}). `rehearse history` and `rehearse export` still work; to "
                "play, use --no-save, or set REHEARSE_HOME to a folder you can write.")
    if "unable to open" in msg or code in (errno.EACCES, errno.EPERM):
        return (f"the history{where} cannot be opened ({exc}): check the folder exists and is yours, or set "
                "REHEARSE_HOME to another; meanwhile, play with --no-save.")
    return (f"the history database{where} cannot be read ({exc}). Play with --no-save, or delete it with "
            "`rehearse forget`.")


def _json_rows(bodies: Iterable[str]) -> Iterator[Any]:
    """Each body parsed; a body that is not JSON comes through as None, which the event reader refuses."""
    for body in bodies:
        try:
            yield json.loads(body)
        except ValueError:
            yield None


class Store:
    """The history database; every write is its own committed transaction."""

    def __init__(self, folder: Path, read_only: bool = False):
        self.path = folder / DB_NAME
        _refuse_links(self.path)
        self.notice: str | None = None
        self._locks: dict[str, int] = {}  # session id -> the open, locked file descriptor
        if read_only:
            self.db = _read_only(self.path)
            return
        self.notice = own_dir(folder)
        old = os.umask(0o077)  # the database and its WAL/SHM side files are created owner-only
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")  # a turn the user saw is on disk, even after power loss
            self.db.execute("PRAGMA foreign_keys=ON")
            # Deleted rows (replies taken back, forgotten sessions) are overwritten in the file, not just unlinked.
            self.db.execute("PRAGMA secure_delete=ON")
            self.db.executescript(f"BEGIN;\n{SCHEMA}\nCOMMIT;")  # both tables at once: a reader never sees half
            migrate(self.db)
        finally:
            os.umask(old)
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                os.chmod(p, 0o600)

    def close(self) -> None:
        """Close the connection (and let go of any session this process holds)."""
        self.release()
        self.db.close()

    def release(self) -> None:
        """Let go of every session this process holds open (see lock)."""
        for fd in self._locks.values():
            os.close(fd)
        self._locks.clear()

    def lock(self, sid: str) -> bool:
        """Take session `sid` for this process; False when another process has it open (two writers would
        interleave its events and lose replies). Held until close() or the process ends, even by kill -9."""
        if sid in self._locks:
            return True
        folder = self.path.parent / LOCKS
        if not folder.is_dir():
            folder.mkdir(mode=0o700, exist_ok=True)
        name = "".join(ch for ch in sid if ch.isalnum() or ch in "-_")  # ids are ours, but the name stays plain
        fd = os.open(folder / f"{name}.lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._locks[sid] = fd
        return True

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

    def replace_events(self, sid: str, events: Sequence[Event]) -> None:
        """Make `events` the session's whole log in one transaction (after a rewind: what was taken back goes)."""
        now = time.time()
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM events WHERE session=?", (sid,))
            self.db.executemany("INSERT INTO events (session, seq, at, body) VALUES (?,?,?,?)",
                                [(sid, i, now, json.dumps(saved.to_json(ev), ensure_ascii=False))
                                 for i, ev in enumerate(events)])
            self.db.execute("UPDATE sessions SET updated=? WHERE id=?", (now, sid))
        # The write-ahead log still holds the old pages until a checkpoint: fold it in and empty it.
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

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


def open_store(folder: Path | None = None, read_only: bool = False) -> Store:
    """The history store in the data directory (REHEARSE_HOME overrides); read_only never writes anything."""
    from rehearse.locations import data_dir

    return Store(folder or data_dir(), read_only)
