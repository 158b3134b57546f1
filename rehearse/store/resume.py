"""Picking up a saved session again, even when its scenario has changed since."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rehearse.engine.load.library import load
from rehearse.engine.play.events import Event, Rewound
from rehearse.engine.play.runner import Session
from rehearse.store.db import Store
from rehearse.store.recorder import Recorder


def rebuild(session: Session, log: Iterable[Event]) -> tuple[int, int]:
    """Apply a saved event log (with rewinds) to a fresh session; returns (applied, total) turn events."""
    applied = total = 0
    diverged = False
    for ev in log:
        if isinstance(ev, Rewound):
            if not diverged:
                session.rewind(min(ev.to, len(session.decisions)))
            continue
        total += 1
        if diverged:
            continue
        if session.replay([ev]) == 1:
            applied += 1
        else:
            diverged = True
    return applied, total


def resume_session(store: Store, sid: str | None, guidance_ids=None,
                   read_only: bool = False) -> tuple[Recorder | None, str]:
    """A recorder positioned at the last committed turn, and a message for the user (empty if all is well)."""
    if sid is None:
        open_ = [r for r in store.sessions() if r.status == "active"]
        if not open_:
            return None, "there is no unfinished session to resume"
        row = open_[0]
    else:
        found = store.get(sid)
        if found is None:
            return None, f"no saved session '{sid}' (see `rehearse history`)"
        row = found
    if not read_only and not store.lock(row.id):
        return None, (f"session {row.id} is open elsewhere (another rehearse window or terminal is playing it): "
                      "carry on there, or close it there and resume again")
    try:
        scenario = load(row.scenario, guidance_ids)
    except LookupError:
        # A scenario played from a file outside the library is found again by its path.
        if not row.path or not Path(row.path).is_file():
            return None, f"the scenario '{row.scenario}' is no longer in the library"
        scenario = load(row.path, guidance_ids)
    persona = row.persona if row.persona in scenario.personas else next(iter(scenario.personas))
    session = Session(scenario, persona, row.seed, row.name)
    log, unread = store.log(row.id)
    applied, total = rebuild(session, log)
    message = ""
    if scenario.content_hash != row.hash:
        if applied == total:
            message = ("This scenario has been edited since you last played it; your replies all still fit, "
                       "so you carry on where you were.")
        else:
            message = (f"This scenario has been edited since you last played it. {applied} of your {total} replies "
                       "still fit; you carry on from the last point that still exists. Start again with "
                       f"`rehearse play {scenario.id}` if you prefer.")
        if not read_only:  # an export only reads; the next real resume should still explain the edit
            store.set_hash(row.id, scenario.content_hash)
    if unread:
        message += " " + unread + " You carry on from the last turn before it."
    if persona != row.persona:
        message += f" The persona '{row.persona}' no longer exists, so '{persona}' plays instead."
    ending = session.node.ending
    if ending is not None and row.status != "finished" and not read_only:
        store.finish(row.id, ending.outcome, ending.label)
    return Recorder(session, store, row.id), message.strip()
