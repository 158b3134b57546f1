"""Plain mode driven as a person (or a pipe) would: through a subprocess reading standard input."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

MINI = str(Path(__file__).parent.parent / "data" / "mini.yaml")


def play(args, stdin: str, env_home) -> subprocess.CompletedProcess:
    env = {**os.environ, "REHEARSE_HOME": str(env_home)}
    return subprocess.run([sys.executable, "-m", "rehearse", "play", *args, "--plain"], input=stdin,
                          capture_output=True, text=True, timeout=60, env=env)


def test_choices_reach_an_ending_and_report_cites_a_source(private_home):
    out = play([MINI, "--persona", "kind", "--seed", "1"], "1\n1\n", private_home)
    assert out.returncode == 0, out.stderr
    assert "Therapist: Hello you. How are things?" in out.stdout
    assert "  1. I felt unheard last week." in out.stdout
    assert "Therapist: Let's do that." in out.stdout
    assert "== Feedback: A small test scenario ==" in out.stdout
    assert "Speak from your own experience" in out.stdout or "use_i_statement" in out.stdout
    assert "Source:" in out.stdout and "Traceback" not in out.stderr


def test_typed_reply_is_heard_and_can_be_taken_back(private_home):
    out = play([MINI, "--persona", "kind"], "i didn't feel listened to\n:back\n2\n", private_home)
    assert "(heard as: \u201cI felt unheard last week.\u201d; :back takes it back)" in out.stdout
    assert "(Taken back. Here is where you were:)" in out.stdout
    assert "Ending: Unsaid (poor)" in out.stdout


def test_unheard_reply_asks_for_more(private_home):
    out = play([MINI, "--persona", "kind"], "purple elephants\n", private_home)
    assert "Could you say a bit more" in out.stdout
    assert out.returncode == 0 and "End of input" in out.stdout


def test_bad_numbers_and_commands_are_explained(private_home):
    out = play([MINI, "--persona", "kind"], "7\n:dance\n:hint\n:quit\n", private_home)
    assert "Please choose a number from 1 to 2" in out.stdout
    assert "Unknown command ':dance'" in out.stdout
    assert "Hint:" in out.stdout
    assert "Stopped." in out.stdout and out.returncode == 0


@pytest.mark.parametrize("region, first", [("GB", "Samaritans"), ("AU", "Lifeline"), ("NZ", "1737"),
                                           ("CA", "9-8-8"), ("US", "988 Suicide")])
def test_help_shows_the_users_region_first(private_home, monkeypatch, region, first):
    monkeypatch.setenv("REHEARSE_REGION", region)
    out = play([MINI, "--persona", "kind"], ":help\n:quit\n", private_home)
    after = out.stdout.split("please reach out now:")[1]
    assert after.index(first) < after.index("findahelpline.com")


def test_crisis_language_pauses_and_is_not_sent_to_the_scene(private_home):
    out = play([MINI, "--persona", "kind"], "I want to kill myself\n\n2\n", private_home)
    assert "Let's pause the rehearsal" in out.stdout and "988" in out.stdout and "116 123" in out.stdout
    assert "I want to kill myself" not in out.stdout.split("Let's pause")[1]
    assert "Ending: Unsaid (poor)" in out.stdout  # resumed and carried on


def test_markup_and_escapes_are_printed_literally(private_home):
    out = play([MINI, "--persona", "kind"], "[bold]hi[/] {{ 7*7 }} \x1b[31mred\n:quit\n", private_home)
    assert "[bold]hi[/] {{ 7*7 }}" in out.stdout
    # (Not a bare "49" check: the session id printed at :quit is random hex and can contain it.)
    assert "\x1b[31m" not in out.stdout and "[bold]hi[/] 49" not in out.stdout


def test_unknown_persona_is_a_usage_error(private_home):
    out = play([MINI, "--persona", "grumpy"], "", private_home)
    assert out.returncode == 2 and "unknown persona 'grumpy'" in out.stderr


def test_session_is_saved_and_resumes_at_same_turn(private_home):
    play([MINI, "--persona", "stiff"], "1\n", private_home)
    env = {**os.environ, "REHEARSE_HOME": str(private_home)}
    hist = subprocess.run([sys.executable, "-m", "rehearse", "history", "--json"],
                          capture_output=True, text=True, env=env)
    rows = json.loads(hist.stdout)
    assert len(rows) == 1 and rows[0]["status"] == "active" and rows[0]["turns"] == 1
    out = subprocess.run([sys.executable, "-m", "rehearse", "resume", rows[0]["id"], "--plain"], input="1\n",
                         capture_output=True, text=True, env=env, timeout=60)
    assert "You: I felt unheard last week." in out.stdout  # the earlier turn is in place
    assert "Ending: Half heard (mixed)" in out.stdout


def test_no_save_keeps_nothing(private_home):
    play([MINI, "--persona", "kind", "--no-save"], "1\n1\n", private_home)
    assert not (private_home / "history.sqlite3").exists()


def test_global_no_save_before_the_command_keeps_nothing(private_home):
    env = {**os.environ, "REHEARSE_HOME": str(private_home)}
    out = subprocess.run([sys.executable, "-m", "rehearse", "--incognito", "play", MINI, "--plain",
                          "--persona", "kind"],
                         input="1\n1\n", capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0 and "== Feedback:" in out.stdout
    assert not (private_home / "history.sqlite3").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_keeps_the_session(private_home):
    env = {**os.environ, "REHEARSE_HOME": str(private_home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "rehearse", "play", MINI, "--plain", "--persona", "kind"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    proc.stdin.write("1\n")
    proc.stdin.flush()
    deadline = time.time() + 30
    buf = ""
    while "Thank you for telling me." not in buf and time.time() < deadline:
        buf += proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    rest, _ = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Every reply so far is saved" in rest
    from rehearse.store.db import Store

    rows = Store(private_home).sessions()
    assert rows[0].turns == 1


def test_huge_paste_emoji_and_bidi_are_shown_safely(private_home):
    paste = ("[red]x[/] \U0001F600 \u05e9\u05dc\u05d5\u05dd \u202eevil\u202c " * 4000)[:100_000]
    out = play([MINI, "--persona", "kind"], paste + "\n:quit\n", private_home)
    assert out.returncode == 0
    assert "\U0001F600 \u05e9\u05dc\u05d5\u05dd" in out.stdout  # emoji and Hebrew appear as typed
    assert "\u202e" not in out.stdout and "\ufffdevil" in out.stdout  # the bidi override is neutralised


def test_odd_digits_and_huge_seeds_are_handled(private_home):
    out = play([MINI, "--persona", "kind"], "\u00b2\n" + "9" * 5000 + "\n:quit\n", private_home)
    assert out.returncode == 0 and "Traceback" not in out.stderr
    out = play([MINI, "--seed", "9" * 30], "", private_home)
    assert out.returncode == 2 and "Traceback" not in out.stderr
