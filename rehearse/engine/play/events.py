"""What a session's log is made of: small typed events, and the one reader of every saved version of them.

A saved session is its scenario's id and a log of these events; replaying the log rebuilds the session. Each event
is saved as a JSON object that carries its format version in "v". Like ink's save state, the reader says which
versions it can still load (`READS`) and upgrades older ones on the way in, so sessions saved by an older rehearse
keep resuming.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

VERSION = 1  # the format written now
READS: dict[int, str] = {
    0: "before events had a version (rehearse 0.1 up to December 2026): untyped dicts, fields read leniently",
    1: "typed events with \"v\": 1 on every one",
}


class SavedFormatError(ValueError):
    """A saved event this version of rehearse cannot read."""


@dataclass(frozen=True, slots=True)
class Chosen:
    """The user took open choice `choice` (its index in the node) at `node` by number; `said` fingerprints its text."""

    node: str
    choice: int
    said: str | None  # None only in logs from before the fingerprint was saved: the index is trusted then
    typed: str | None = None  # the user's own words, when they picked this option after a "did you mean" offer


@dataclass(frozen=True, slots=True)
class Typed:
    """The user typed `text` at `node`: heard as choice `choice` with `score`, or not understood when it is None."""

    node: str
    text: str
    choice: int | None
    score: float
    said: str | None  # the heard choice's fingerprint, None when not understood
    offered: tuple[int, ...] | None = None  # not sure: these choices were offered and nothing was taken


@dataclass(frozen=True, slots=True)
class Rewound:
    """The user went back to just before decision `to` (0-based); written to the saved log, never kept in memory."""

    to: int


Reply = Chosen | Typed  # a reply the user gave: what a session keeps and replays
Event = Chosen | Typed | Rewound


def to_json(ev: Event) -> dict[str, Any]:
    """The event as it is saved, in the current version."""
    # The optional fields are written only when set, so a row says no more than happened.
    if isinstance(ev, Chosen):
        row: dict[str, Any] = {"v": VERSION, "t": "choose", "node": ev.node, "choice": ev.choice, "said": ev.said}
        if ev.typed is not None:
            row["text"] = ev.typed
        return row
    if isinstance(ev, Typed):
        row = {"v": VERSION, "t": "say", "node": ev.node, "text": ev.text, "choice": ev.choice,
               "score": ev.score, "said": ev.said}
        if ev.offered is not None:
            row["offered"] = list(ev.offered)
        return row
    return {"v": VERSION, "t": "rewind", "to": ev.to}


def from_json(data: dict[str, Any], default_version: int = 0) -> Event:
    """Read one saved event of any version in READS, upgrading it to the current one."""
    if not isinstance(data, dict):
        raise SavedFormatError(f"a saved event is a JSON object, not {type(data).__name__}")
    version = data.get("v", default_version)
    if type(version) is not int or version not in READS:
        raise SavedFormatError(f"a saved event of format version {version!r}; this rehearse reads versions "
                               f"{', '.join(map(str, READS))} (a newer rehearse saved it?)")
    try:
        while version < VERSION:
            data, version = _UPGRADES[version](data), version + 1
    except (TypeError, ValueError) as exc:
        raise SavedFormatError(f"a saved {data.get('t')!r} event of version {version} does not read: {exc}") from None
    return _read_v1(data)


def read_log(rows: Iterable[dict[str, Any]]) -> tuple[list[Event], str]:
    """A saved log's events, up to the first that does not read, and what stopped it ("" when all read)."""
    out: list[Event] = []
    for n, row in enumerate(rows):
        try:
            out.append(from_json(row))
        except SavedFormatError as exc:
            return out, f"Only the first {n} saved event{'' if n == 1 else 's'} could be read: {exc}."
    return out, ""


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 dicts were read with defaults: a missing field meant what the reader of the time assumed."""
    kind = data.get("t")
    if kind == "rewind":
        return {"v": 1, "t": "rewind", "to": int(data.get("to", 0))}
    if kind == "say":
        return {"v": 1, "t": "say", "node": data.get("node"), "text": data.get("text", ""),
                "choice": data.get("choice"), "score": float(data.get("score", 1.0)), "said": data.get("said"),
                "offered": data.get("offered")}
    # Anything else was replayed as a choice by number (the runner wrote only "choose" and "say").
    return {"v": 1, "t": "choose", "node": data.get("node"), "choice": data.get("choice"), "said": data.get("said"),
            "text": data.get("text")}


_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}


def _read_v1(data: dict[str, Any]) -> Event:
    """The current version, strictly: every field present with its type."""
    try:
        kind = data["t"]
        if kind == "rewind":
            return Rewound(_int(data["to"]))
        if kind == "say":
            choice, offered = data["choice"], data.get("offered")
            return Typed(_str(data["node"]), _str(data["text"]), None if choice is None else _int(choice),
                         float(data["score"]), None if data["said"] is None else _str(data["said"]),
                         None if offered is None else tuple(_int(i) for i in offered))
        if kind == "choose":
            said, typed = data["said"], data.get("text")
            return Chosen(_str(data["node"]), _int(data["choice"]), None if said is None else _str(said),
                          None if typed is None else _str(typed))
    except (KeyError, TypeError, ValueError) as exc:
        raise SavedFormatError(f"a saved {data.get('t')!r} event does not read: {exc}") from None
    raise SavedFormatError(f"unknown saved event kind {data.get('t')!r}")


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value
