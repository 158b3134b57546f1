"""One place for every path rehearse reads or writes."""

from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent
EXPORTS = "exports"  # the app's exports, under the data folder
WELCOME_MARK = "welcome-seen"  # a file whose presence means the welcome screen was read


def scenarios_dir() -> Path:
    """The bundled scenario library: inside the installed package, or the repository's top-level folder."""
    installed = _PKG / "scenarios"
    if (installed / "guidance.yaml").is_file():
        return installed
    return _PKG.parent / "scenarios"


def guidance_file() -> Path:
    """The guidance catalogue shipped with the library."""
    return scenarios_dir() / "guidance.yaml"


def templates_dir() -> Path:
    """Jinja2 templates for reports and exports."""
    return _PKG / "templates"


def data_dir() -> Path:
    """Where history lives: REHEARSE_HOME, else the platform's user data directory."""
    home = os.environ.get("REHEARSE_HOME")
    if home:
        return Path(home)
    from platformdirs import user_data_dir

    return Path(user_data_dir("rehearse", appauthor=False))


def packs_dir() -> Path:
    """Where installed course packs live: one folder each, under the data folder."""
    return data_dir() / "packs"


def cache_dir() -> Path:
    """Where the checked-model cache lives: under REHEARSE_HOME if set, else the user cache directory."""
    home = os.environ.get("REHEARSE_HOME")
    if home:
        return Path(home) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("rehearse", appauthor=False))


def library_dirs() -> list[Path]:
    """Course folders named in REHEARSE_LIBRARY (a path list), then installed packs, in that order."""
    out = [Path(p) for p in os.environ.get("REHEARSE_LIBRARY", "").split(os.pathsep) if p.strip()]
    packs = packs_dir()
    if packs.is_dir():
        out.extend(sorted(p for p in packs.iterdir() if p.is_dir() and not p.name.startswith(".")))
    return out
