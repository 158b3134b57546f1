"""Picking up a saved session again, even when its scenario has changed since."""

from __future__ import annotations

from pathlib import Path

from rehearse.engine.load.library import load
from rehearse.engine.play.runner import Session
from rehearse.store.db import Store
from rehearse.store.recorder import Recorder, rebuild


def resume_session(store: Store, sid: str | None, guidance_ids=None, read_only: bool = False) -> tuple[Recorder | None, str]:
    """A recorder positioned at the last committed turn, and a message for the user (empty if all is well)."""
    if sid is None:
        open_ = [r for r in store.sessions() if r.status == "active"]
        if not open_:
            return None, "there is no unfinished session to resume"
        row = open_[0]
    else:
        row = store.get(sid)
        if row is None:
            return None, f"no saved session '{sid}' (see `rehearse history`)"
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
    applied, total = rebuild(session, store.events(row.id))
    message = ""
    if scenario.content_hash != row.hash:
        if applied == total:
            message = "This scenario has been edited since you last played it; your replies all still fit, so you carry on where you were."
        else:
            message = (f"This scenario has been edited since you last played it. {applied} of your {total} replies still fit; "
                       "you carry on from the last point that still exists. Start again with `rehearse play "
                       f"{scenario.id}` if you prefer.")
        if not read_only:  # an export only reads; the next real resume should still explain the edit
            store.set_hash(row.id, scenario.content_hash)
    if persona != row.persona:
        message += f" The persona '{row.persona}' no longer exists, so '{persona}' plays instead."
    if session.finished and row.status != "finished" and not read_only:
        store.finish(row.id, session.node.ending.outcome, session.node.ending.label)
    return Recorder(session, store, row.id), message.strip()
