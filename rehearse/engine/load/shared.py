"""Where a scenario's `include:` finds its shared pieces: only files inside the shared folder, by piece id."""

from __future__ import annotations

import re
from pathlib import Path

from rehearse.engine.load import spec

_PIECE_ID = re.compile(spec.ID_PATTERN)


def shared_piece(shared_dir, name: str) -> Path | None:
    """The file of shared piece `name`, or None unless it is a piece id naming a file inside the shared folder
    (checked before anything is opened: an include never reads `../private/x`, an absolute path, or a file a
    symlink in the folder points to elsewhere)."""
    if not shared_dir or not _PIECE_ID.match(name):
        return None
    folder = Path(shared_dir)
    f = folder / f"{name}.yaml"
    try:
        if not f.resolve().is_relative_to(folder.resolve()):
            return None
    except (OSError, RuntimeError):  # a symlink loop or an unreadable folder: not a piece
        return None
    return f
