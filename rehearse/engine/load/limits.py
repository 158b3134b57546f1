"""The caps every read of a scenario file keeps to; apart from the reader, so listing the library needs no YAML."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile file from eating time or memory."""

    max_bytes: int = 4 * 1024 * 1024
    max_depth: int = 40
    max_alias_nodes: int = 10_000
    max_nodes: int = 20_000
