"""Owner-only files and folders: the one writer for everything private rehearse keeps (transcripts are health data).

Below every other module (it imports nothing of rehearse), so the engine's caches, the store and the hosts all use it.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def private_dir(folder: Path) -> None:
    """Create `folder` (and its parents) if need be, and make it readable by its owner only."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def own_dir(folder: Path) -> str | None:
    """Make a folder the user may have chosen (REHEARSE_HOME): created owner-only when missing; an existing one's
    mode is its owner's choice (0500 stays 0500) and is left alone, with a warning returned when others can read it."""
    if not folder.is_dir():
        private_dir(folder)
        return None
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077:
        return (f"warning: other users can read {folder} (mode {mode:o}); your saved sessions are in it. "
                f"`chmod 700 {folder}` makes it yours alone.")
    return None


def write_private(path: Path, data: str | bytes) -> None:
    """Write a file only its owner can read, atomically: a 0600 temporary file beside it, synced, then renamed.

    Readers see the old file or the whole new one, never a part; a crash leaves at most a `.tmp-*.part` file. The
    rename replaces whatever was at `path`, so a planted symlink is replaced, never written through, and an existing
    0644 file never holds the new text.
    """
    body = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")  # mkstemp creates it 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)  # in case the platform's mkstemp honours a looser umask
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
