"""Small JSON files in the user cache folder, signed so that only files rehearse wrote there are ever read.

The folder is made 0700 and each file 0600. Every entry carries an HMAC under a random key kept in that folder, so a
file that was planted, copied from elsewhere, truncated or edited is refused before it is parsed; entries are JSON,
never pickle or marshal. Entries are named `<key><suffix>`, every suffix ending in `.json`; beyond MAX_ENTRIES the
oldest go. The checked-scenario cache and the library index both keep their entries here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat
from pathlib import Path

from rehearse.files import write_private

FORMAT = 1
MAX_ENTRIES = 256  # older entries are removed beyond this many
_KEY_FILE = "hmac.key"
_ENTRY = ".json"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def enabled() -> bool:
    """False when REHEARSE_NO_CACHE is set (incognito sets it too: nothing is written)."""
    return os.environ.get("REHEARSE_NO_CACHE", "") in ("", "0")


def hash_sources(h, modules) -> None:
    """Feed the source of each module to `h`, found without importing it."""
    from importlib.util import find_spec

    for name in modules:
        try:
            spec = find_spec(name)
            origin = spec.origin if spec is not None else None
            h.update(Path(origin).read_bytes() if origin else name.encode())
        except (OSError, ImportError, ValueError):
            h.update(name.encode())


def _folder() -> Path | None:
    """The cache folder, private to this user; None if it cannot be made safe."""
    from rehearse.locations import cache_dir

    d = cache_dir()
    try:
        if not d.parent.exists():  # REHEARSE_HOME/cache: the folder above holds the history, so it is private too
            d.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        d.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(d)
        if not stat.S_ISDIR(st.st_mode):
            return None  # a symlink or a file where the folder should be
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return None
        if os.name == "posix" and stat.S_IMODE(st.st_mode) & 0o077:
            os.chmod(d, 0o700)
    except OSError:
        return None
    return d


def _read_private(path: Path, limit: int) -> bytes | None:
    """A regular file of ours, not a symlink, at most `limit` bytes; None otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


def _secret(folder: Path) -> bytes | None:
    key = _read_private(folder / _KEY_FILE, 64)
    if key is not None and len(key) == 32:
        return key
    key = os.urandom(32)
    try:
        write_private(folder / _KEY_FILE, key)
    except OSError:
        return None
    return key


def _mac(secret: bytes, key: str, body: bytes) -> bytes:
    return hmac.new(secret, key.encode() + b"\n" + body, hashlib.sha256).hexdigest().encode()


def load(key: str, suffix: str, limit: int) -> dict | None:
    """The entry stored under `key`, if it is ours (HMAC), for this key and this format; None otherwise."""
    folder = _folder()
    if folder is None:
        return None
    blob = _read_private(folder / f"{key}{suffix}", limit)
    if blob is None:
        return None
    secret = _secret(folder)
    if secret is None:
        return None
    mac, _, body = blob.partition(b"\n")
    if not hmac.compare_digest(mac, _mac(secret, key, body)):
        return None
    try:
        entry = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if type(entry) is not dict or entry.get("format") != FORMAT or entry.get("key") != key:
        return None
    return entry


def save(key: str, suffix: str, fields: dict) -> bool:
    """Store an entry under `key`, signed; False if it could not be written."""
    folder = _folder()
    if folder is None:
        return False
    secret = _secret(folder)
    if secret is None:
        return False
    try:
        body = json.dumps({"format": FORMAT, "key": key, **fields}, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        write_private(folder / f"{key}{suffix}", _mac(secret, key, body) + b"\n" + body)
    except (OSError, TypeError, ValueError):
        return False
    _prune(folder)
    return True


def _prune(folder: Path) -> None:
    try:
        entries = [e for e in os.scandir(folder)
                   if e.name.endswith(_ENTRY) and e.is_file(follow_symlinks=False)]
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort(key=lambda e: e.stat(follow_symlinks=False).st_mtime)
        for e in entries[: len(entries) - MAX_ENTRIES]:
            os.unlink(e.path)
    except OSError:
        pass


def clear() -> int:
    """Delete every cache entry (and the key); returns how many entries went."""
    folder = _folder()
    if folder is None:
        return 0
    n = 0
    for e in os.scandir(folder):
        if e.name.endswith(_ENTRY) or e.name == _KEY_FILE or e.name.startswith(".tmp-"):
            try:
                os.unlink(e.path)
                n += e.name.endswith(_ENTRY)
            except OSError:
                pass
    return n
