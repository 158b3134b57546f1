"""`rehearse forget`: delete everything rehearse has saved, and say what that was."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from rehearse.locations import EXPORTS, WELCOME_MARK, cache_dir, data_dir
from rehearse.store.db import DB_NAME, LOCKS

# What rehearse writes in its data folder, by name: only these are deleted, never the folder's other files (a
# REHEARSE_HOME may point at a folder the user shares with other things).
_DB_FILES = ("", "-wal", "-shm", "-journal")


@dataclass
class Forgotten:
    """What forget deleted."""

    sessions: int = 0
    files: list[Path] = field(default_factory=list)


def _unlink(path: Path, out: Forgotten) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()  # a planted symlink is removed, its target left alone
        out.files.append(path)


def _empty(folder: Path, out: Forgotten) -> None:
    if folder.is_symlink():
        _unlink(folder, out)
        return
    if not folder.is_dir():
        return
    for f in sorted(folder.iterdir()):
        _unlink(f, out)
    try:
        folder.rmdir()
    except OSError:
        pass  # something not ours is in it: leave it, and the folder


def forget_everything(folder: Path | None = None) -> Forgotten:
    """Delete the history database (and its side files), the app's exports, the welcome marker, the session
    locks and the cache; returns what was deleted."""
    folder = folder or data_dir()
    out = Forgotten()
    db = folder / DB_NAME
    if db.is_file() and not db.is_symlink():
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            out.sessions = con.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
            con.close()
        except sqlite3.DatabaseError:
            pass
    for suffix in _DB_FILES:
        _unlink(Path(str(db) + suffix), out)
    _empty(folder / EXPORTS, out)
    _empty(folder / LOCKS, out)
    _unlink(folder / WELCOME_MARK, out)
    _empty(cache_dir(), out)
    return out


def forget_all(folder: Path | None = None) -> int:
    """Delete everything rehearse has saved; returns how many sessions there were."""
    return forget_everything(folder).sessions
