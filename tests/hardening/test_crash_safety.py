"""Crash safety: SIGKILL at random points never corrupts history, and resume continues at the last committed turn."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from rehearse.store.resume import resume_session
from rehearse.store.db import Store

SCENARIO = "homework-not-done"


def test_sigkill_fifty_times(private_home):
    rng = random.Random(1234)
    env = {**os.environ, "REHEARSE_HOME": str(private_home), "PYTHONUNBUFFERED": "1"}
    for round_ in range(50):
        proc = subprocess.Popen([sys.executable, "-m", "rehearse", "play", SCENARIO, "--plain",
                                 "--persona", "receptive", "--seed", "1"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        # Feed replies with small pauses and kill at a random moment: during start-up, mid-write, or between turns.
        deadline = time.time() + rng.uniform(0.05, 1.2)
        try:
            while time.time() < deadline and proc.poll() is None:
                proc.stdin.write(b"1\n")
                proc.stdin.flush()
                time.sleep(rng.uniform(0.0, 0.05))
        except BrokenPipeError:
            pass
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    con = sqlite3.connect(private_home / "history.sqlite3")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    store = Store(private_home)
    rows = store.sessions()
    assert rows, "no session was ever saved"
    for row in rows:
        events = store.events(row.id)
        rec, message = resume_session(store, row.id)
        assert rec is not None and message == ""
        # Every committed turn is replayed: the resumed session stands at the last committed turn.
        assert len(rec.session.decisions) == sum(1 for e in events if e.choice is not None)
        assert [e.node for e in events] == [d.node for d in rec.session.decisions]


def test_no_network_during_a_whole_session(monkeypatch, private_home):
    import io
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("rehearse tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from rehearse.engine.load.guidance import load_catalogue
    from rehearse.engine.load.library import load
    from rehearse.engine.play.runner import start
    from rehearse.plain import PlainPlayer
    from rehearse.store.export import export_session
    from rehearse.store.recorder import Recorder

    cat = load_catalogue()
    store = Store(private_home)
    rec = Recorder(start(load(SCENARIO, set(cat)), "receptive", 1), store)
    out = io.StringIO()
    status = PlainPlayer(rec, cat, out=out, inp=io.StringIO("I didn't do it, it felt too big\n" + "1\n" * 40)).run()
    assert status == 0 and "== Feedback:" in out.getvalue()
    for fmt in ("md", "html", "json"):
        assert export_session(store, rec.sid, fmt)
