"""Ties a runner session to the store: each reply is saved before its answer is shown."""

from __future__ import annotations

from rehearse.engine.play.runner import Heard, Session
from rehearse.store.db import Store


class Recorder:
    """Drives a Session and writes each new event to the store (or nowhere, when not saving)."""

    def __init__(self, session: Session, store: Store | None, sid: str | None = None):
        self.session = session
        self.store = store
        self.sid = sid
        if store is not None and sid is None:
            sc = session.scenario
            self.sid = store.create(sc.id, sc.title, session.persona, session.seed, session.name, sc.content_hash,
                                    str(sc.path) if sc.path else None)
            store.lock(self.sid)  # a new session is this process's: a resume elsewhere is told it is open here

    def _save(self, before: int) -> None:
        if self.store is not None and self.sid is not None:
            self.store.append(self.sid, self.session.events[before:])
            ending = self.session.node.ending
            if ending is not None:
                self.store.finish(self.sid, ending.outcome, ending.label)

    def choose(self, number: int, typed: str | None = None) -> Heard:
        """Choose (keeping the typed words, after a "did you mean" offer), then commit."""
        before = len(self.session.events)
        heard = self.session.choose(number, typed=typed)
        self._save(before)
        return heard

    def say(self, text: str) -> Heard:
        """Say, then commit."""
        before = len(self.session.events)
        heard = self.session.say(text)
        self._save(before)
        return heard

    def rewind(self, decision: int) -> None:
        """Rewind, then save the shortened log: replies taken back are deleted, not kept behind a marker."""
        was_finished = self.session.finished
        self.session.rewind(decision)
        if self.store is not None and self.sid is not None:
            self.store.replace_events(self.sid, self.session.events)
            if was_finished:
                self.store.reopen(self.sid)

    def take_back(self) -> bool:
        """Undo the last decision."""
        if not self.session.decisions:
            return False
        self.rewind(len(self.session.decisions) - 1)
        return True
