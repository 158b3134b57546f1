"""Measure `rehearse serve`: time to the first frame in a headless browser, and memory per connected session.

    python scripts/measure_serve.py [--sessions 5] [--play]

Opens N headless Chromium browsers (each its own profile, so its own student) one after another and keeps them
connected; for each, the time from asking for the page to the app's first frame on screen (the page marks it with
the class -first-byte). Then, with all N connected, the memory of each session's app process: RSS, and PSS (shared
pages divided among the processes sharing them, the fairer figure for many copies of one program). Needs the
[serve] extra and Debian's chromium and chromium-driver. docs/TEACHING.md quotes its output.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.courses import browser as b  # noqa: E402


def _children() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out.setdefault(int(fields[1]), []).append(int(d.name))
    return out


def _mem(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used."""
    import os

    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree(pid: int, kids: dict[int, list[int]]) -> list[int]:
    out = [pid]
    for k in kids.get(pid, []):
        out += _tree(k, kids)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=5)
    ap.add_argument("--play", action="store_true", help="start a scenario in each browser before measuring memory")
    args = ap.parse_args()
    if (why := b.missing()) is not None:
        print(f"cannot measure: {why}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, b.Served(Path(tmp) / "server") as served, \
            b.Driver(Path(tmp) / "browser") as driver:
        server_rss, server_pss = _mem(served.proc.pid)
        firsts, browsers = [], []
        try:
            for _ in range(args.sessions):
                br = driver.browser()
                browsers.append(br)
                t0 = time.monotonic()
                br.go(served.url)
                br.wait("return document.body.classList.contains('-first-byte')", timeout=60)
                firsts.append(time.monotonic() - t0)
                if args.play:  # past the welcome, start the first scenario with its first persona, no name
                    br.js("document.querySelector('.xterm-helper-textarea').focus()")
                    for key in ("\ue007", "s", "\ue007", "\ue007"):
                        time.sleep(1.0)
                        br.keys(key)
            time.sleep(2.0)  # let every app finish drawing its first screen
            kids = _children()
            sessions = []
            for child in kids.get(served.proc.pid, []):  # each is one browser's app (its shell, then python)
                pids = _tree(child, kids)
                mems = [_mem(p) for p in pids]
                sessions.append((sum(m[0] for m in mems), sum(m[1] for m in mems), sum(_cpu(p) for p in pids)))
        finally:
            for br in browsers:
                br.close()
    state = "each in a scenario" if args.play else "each on the welcome screen"
    print(f"sessions connected:        {args.sessions}, {state} (app processes found: {len(sessions)})")
    print(f"time to first frame:       median {statistics.median(firsts):.2f} s, max {max(firsts):.2f} s "
          f"(each: {', '.join(f'{t:.2f}' for t in firsts)})")
    if sessions:
        print(f"memory per session (RSS):  median {statistics.median(s[0] for s in sessions) / 1024:.0f} MB")
        print(f"memory per session (PSS):  median {statistics.median(s[1] for s in sessions) / 1024:.0f} MB")
        print(f"CPU used per session:      median {statistics.median(s[2] for s in sessions):.2f} s so far")
    print(f"server itself (RSS/PSS):   {server_rss / 1024:.0f} / {server_pss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
