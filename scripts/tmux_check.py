"""Drive the real app in tmux and check what a person sees: every option of each bundled scenario's first two scenes.

    python scripts/tmux_check.py [--size 80x24] [--only ID ...] [--paste 2000]

Each scenario is started with `rehearse play ID --persona P` in a detached tmux session of the given size, with a
private REHEARSE_HOME and no typing pause. The pane is captured after it opens and after option 1 is chosen; every
open option's text and the other side's last line must be on screen (borders and wrapping aside). `--paste N` also
pastes N characters into the reply box of the first scenario (tmux sends it as a bracketed paste) and checks that the
counter shows all of them. Exits 1 if anything is missing and prints what.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_FRAME = re.compile(r"[\u2500-\u259f\u2580-\u259f\u258f\u2590\u2595]")  # box-drawing, blocks, scrollbar parts


def flat(text: str) -> str:
    """Text with box-drawing and scrollbar characters removed and whitespace collapsed, for substring checks."""
    return " ".join(_FRAME.sub(" ", text).split())


SOCKET = f"rehearse-check-{os.getpid()}"  # a tmux server of its own: other sessions on the machine are left alone


def tmux(*args: str) -> str:
    """Run one tmux command (on this script's own server) and return what it printed."""
    done = subprocess.run(["tmux", "-L", SOCKET, *args], check=False, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"tmux {' '.join(args[:3])}: {done.stderr.strip()}")
    return done.stdout


def capture(name: str) -> str:
    """The pane as plain text."""
    return tmux("capture-pane", "-t", name, "-p")


def wait_for(name: str, needle: str, timeout: float = 15.0) -> str:
    """Capture until the pane shows `needle` (after flattening) and is still, or the time is up; the last capture."""
    end = time.monotonic() + timeout
    pane = ""
    while time.monotonic() < end:
        pane = capture(name)
        if flat(needle) in flat(pane):
            time.sleep(0.3)  # and settled: the same twice running
            again = capture(name)
            if again == pane:
                return pane
            continue
        time.sleep(0.15)
    return pane


def missing(pane: str, session) -> list[str]:
    """The options and the last line said that a capture does not show."""
    shown = flat(pane)
    turn = session.turn()
    wanted = [f"{o.number} {o.text}" for o in turn.options]
    said = [ln for ln in session.transcript if ln.speaker == "app"]
    if said:
        wanted.append(said[-1].text)
    return [w for w in wanted if flat(w) not in shown]


def check_scenario(exe: str, sid: str, persona: str, size: tuple[int, int], home: str) -> list[str]:
    """Problems seen in the first two scenes of one scenario."""
    from rehearse.engine.load.guidance import load_catalogue
    from rehearse.engine.load.library import load
    from rehearse.engine.play.runner import start

    session = start(load(sid, set(load_catalogue())), persona, 1, None)
    name = f"check-{os.getpid()}-{sid}-{persona}"
    cmd = f"REHEARSE_HOME={shlex.quote(home)} REHEARSE_TYPING=0 {shlex.quote(exe)} play {sid} " \
          f"--persona {shlex.quote(persona)} --seed 1"
    tmux("new-session", "-d", "-s", name, "-x", str(size[0]), "-y", str(size[1]), cmd)
    problems = []
    try:
        for scene in (1, 2):
            pane = wait_for(name, f"1 {session.turn().options[0].text}")
            for what in missing(pane, session):
                problems.append(f"{sid} ({persona}) scene {scene}: not on screen: {what[:70]}")
            if scene == 1:
                session.choose(1)
                if session.finished:
                    break
                tmux("send-keys", "-t", name, "1")
                time.sleep(0.3)
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-session", "-t", name], capture_output=True, check=False)
    return problems


def check_paste(exe: str, sid: str, persona: str, size: tuple[int, int], home: str, n: int) -> list[str]:
    """Paste n characters into the reply box and look for the counter saying all n arrived."""
    name = f"paste-{os.getpid()}"
    cmd = f"REHEARSE_HOME={shlex.quote(home)} REHEARSE_TYPING=0 {shlex.quote(exe)} play {sid} " \
          f"--persona {shlex.quote(persona)} --seed 1"
    tmux("new-session", "-d", "-s", name, "-x", str(size[0]), "-y", str(size[1]), cmd)
    try:
        wait_for(name, "1 ")
        time.sleep(0.5)
        text = ("I have been thinking about what to say. " * (n // 40 + 1))[:n]
        tmux("set-buffer", "-b", name, text)
        tmux("paste-buffer", "-p", "-b", name, "-t", name)  # -p: bracketed, as a terminal pastes
        pane = wait_for(name, f"{n:,}", 5)
        return [] if f"{n:,}" in pane else [f"paste of {n} characters: the counter does not show {n:,}:\n{pane}"]
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-session", "-t", name], capture_output=True, check=False)


def main() -> int:
    """Check every bundled scenario (or --only these) at one size."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="80x24")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--paste", type=int, default=0, help="also paste this many characters into the reply box")
    ap.add_argument("--exe", default=str(ROOT / ".venv" / "bin" / "rehearse"))
    args = ap.parse_args()
    w, h = (int(x) for x in args.size.split("x"))
    from rehearse.engine.load.library import list_entries

    entries = [e for e in list_entries() if not args.only or e.id in args.only]
    problems: list[str] = []
    # One idle session keeps this script's tmux server up between scenarios: a server whose last session has just
    # closed may still be exiting when the next one is asked for.
    tmux("new-session", "-d", "-s", "keeper", "sleep 3600")
    try:
        with tempfile.TemporaryDirectory() as home:
            (Path(home) / "welcome-seen").write_text("check\n")
            for e in entries:
                for persona in e.personas:
                    found = check_scenario(args.exe, e.id, persona, (w, h), home)
                    problems += found
                    print(f"{e.id:<28} {persona:<14} {'ok' if not found else 'MISSING ' + str(len(found))}")
            if args.paste:
                problems += check_paste(args.exe, entries[0].id, next(iter(entries[0].personas)), (w, h), home,
                                        args.paste)
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True, check=False)
    for p in problems:
        print(p)
    print(f"{len(entries)} scenario(s) at {w}x{h}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
