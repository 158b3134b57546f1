"""Saving: every turn committed, owner-only files, resume after edits, export, forget."""

import json
import os
import stat
import subprocess
import sys

from rehearse.engine.play.events import Chosen, Typed
from rehearse.engine.play.runner import start
from rehearse.store.resume import resume_session
from rehearse.store.db import Store
from rehearse.store.forget import forget_all
from rehearse.store.export import export_session
from rehearse.store.recorder import Recorder


def _mode(p):
    return stat.S_IMODE(os.stat(p).st_mode)


def test_each_turn_is_committed_before_returning(mini, private_home):
    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    rec.choose(1)
    # A second connection sees the committed turn at once.
    other = Store(private_home)
    assert len(other.events(rec.sid)) == 1
    rec.say("purple elephants")
    assert [type(e) for e in other.events(rec.sid)] == [Chosen, Typed]


def test_files_are_owner_only(mini, private_home):
    store = Store(private_home)
    Recorder(start(mini, "kind"), store).choose(1)
    assert _mode(private_home) == 0o700
    for f in private_home.iterdir():
        if f.is_file():
            assert _mode(f) == 0o600, f


def test_finish_records_outcome(mini, private_home):
    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    rec.choose(2)
    row = store.get(rec.sid)
    assert row.status == "finished" and row.outcome == "poor" and row.ending == "Unsaid"


def test_rewind_is_saved_and_replayed(mini, private_home):
    store = Store(private_home)
    rec = Recorder(start(mini, "stiff"), store)
    rec.choose(1)
    rec.choose(2)
    rec.rewind(1)
    assert store.get(rec.sid).status == "active"
    again, msg = resume_session(store, rec.sid)
    assert msg == "" and again.session.turn() == rec.session.turn()
    assert len(again.session.decisions) == 1


def test_resume_after_scenario_edit_keeps_what_still_fits(mini, private_home, tmp_path):
    edited = tmp_path / "mini.yaml"
    edited.write_text(open(mini.path).read())
    from rehearse.engine.load.loader import load_scenario

    sc, _ = load_scenario(edited)
    store = Store(private_home)
    rec = Recorder(start(sc, "kind"), store)
    rec.choose(1)
    # The node the session is waiting at is renamed: the first turn still fits, the position does not.
    edited.write_text(edited.read_text().replace("Thank you for telling me.", "Thanks for saying so."))
    again, msg = resume_session(store, rec.sid)
    assert "edited" in msg and again.session.turn().lines[0].text == "Thanks for saying so."
    # Renaming the node the saved turn was taken at: that turn no longer fits, so play restarts there.
    edited.write_text(edited.read_text().replace("start: open", "start: hello").replace("  open:", "  hello:"))
    again, msg = resume_session(store, rec.sid)
    assert "0 of your 1 replies still fit" in msg
    assert again.session.turn().node == "hello" and not again.session.decisions


def test_export_formats_escape_typed_text(mini, private_home):
    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    rec.say("<script>alert(1)</script> [bold]x[/] *not bold* {{ 7*7 }}")
    rec.choose(1)
    rec.choose(1)
    html = export_session(store, rec.sid, "html")
    assert "<script>alert" not in html and "&lt;script&gt;" in html and "{{ 7*7 }}" in html
    md = export_session(store, rec.sid, "md")
    assert "\\*not bold\\*" in md and "\\<script\\>" in md
    data = json.loads(export_session(store, rec.sid, "json"))
    assert data["transcript"][1]["text"].startswith("<script>") and data["report"]["outcome"] == "good"


def test_export_file_is_private(mini, private_home, tmp_path):
    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    rec.choose(2)
    out = tmp_path / "out.md"
    env = {**os.environ, "REHEARSE_HOME": str(private_home)}
    r = subprocess.run([sys.executable, "-m", "rehearse", "export", rec.sid[:12], "--format", "md", "-o", str(out)],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert _mode(out) == 0o600 and "# A small test scenario" in out.read_text()


def test_forget_deletes_everything(mini, private_home):
    store = Store(private_home)
    Recorder(start(mini, "kind"), store).choose(1)
    store.close()
    env = {**os.environ, "REHEARSE_HOME": str(private_home)}
    r = subprocess.run([sys.executable, "-m", "rehearse", "forget"], capture_output=True, text=True, env=env,
                       stdin=subprocess.DEVNULL)
    assert r.returncode == 2 and (private_home / "history.sqlite3").exists()  # refuses without asking
    r = subprocess.run([sys.executable, "-m", "rehearse", "forget", "--yes"], capture_output=True, text=True, env=env)
    assert r.returncode == 0 and "Deleted 1 saved session" in r.stdout
    assert not list(private_home.glob("history.sqlite3*"))
    assert forget_all(private_home) == 0


def test_exports_neutralise_escape_sequences(mini, private_home):
    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    rec.say("hi \x1b[31mRED\x1b]0;pwned\x07 \x9b \u202eevil")
    for fmt in ("md", "html", "json"):
        out = export_session(store, rec.sid, fmt)
        assert not any(ch in out for ch in "\x1b\x07\x9b\u202e"), fmt


def test_export_to_a_folder_is_an_error_not_a_traceback(mini, private_home, tmp_path):
    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    rec.choose(2)
    env = {**os.environ, "REHEARSE_HOME": str(private_home)}
    for target in (str(tmp_path), str(tmp_path / "no" / "such" / "dir.md")):
        r = subprocess.run([sys.executable, "-m", "rehearse", "export", rec.sid, "-o", target],
                           capture_output=True, text=True, env=env)
        assert r.returncode == 1 and "Traceback" not in r.stderr and r.stderr.startswith("rehearse:")


def test_broken_history_database_is_explained(private_home):
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    env = {**os.environ, "REHEARSE_HOME": str(private_home)}
    r = subprocess.run([sys.executable, "-m", "rehearse", "history"], capture_output=True, text=True, env=env)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "rehearse forget" in r.stderr


def test_resume_after_choices_are_reordered_does_not_replay_the_wrong_one(private_home, tmp_path, mini):
    edited = tmp_path / "mini.yaml"
    edited.write_text(open(mini.path).read())
    from rehearse.engine.load.loader import load_scenario

    sc, _ = load_scenario(edited)
    store = Store(private_home)
    rec = Recorder(start(sc, "kind"), store)
    rec.choose(1)  # "I felt unheard last week."
    text = edited.read_text()
    first = text.index('      - text: "I felt unheard')
    second = text.index('      - text: "Fine."')
    end = text.index("  reply:")
    edited.write_text(text[:first] + text[second:end] + text[first:second] + text[end:])
    again, msg = resume_session(store, rec.sid)
    assert "0 of your 1 replies still fit" in msg
    assert not again.session.decisions and again.session.turn().options[0].text == "Fine."


def test_export_card_and_text(mini, private_home, tmp_path):
    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    rec.choose(1)
    rec.choose(1)
    env = {**os.environ, "REHEARSE_HOME": str(private_home)}
    out = tmp_path / "card.md"
    r = subprocess.run([sys.executable, "-m", "rehearse", "export", rec.sid, "--format", "card", "-o", str(out)],
                       check=False, capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    card = out.read_text()
    assert _mode(out) == 0o600 and card.startswith("# Your card for the real session")
    assert "I felt unheard last week." in card and "Afterwards" in card
    assert "Decision by decision" in export_session(store, rec.sid, "text")


def test_a_trainee_session_has_no_card(mini, private_home):
    from dataclasses import replace

    import pytest

    from rehearse.engine.load.guidance import load_catalogue
    from rehearse.store.export import render_session

    rec = Recorder(start(replace(mini, user_role="therapist"), "kind"), Store(private_home))
    rec.choose(1)
    with pytest.raises(LookupError):
        render_session(rec.session, "card", load_catalogue())
