"""`rehearse serve` in a real headless browser: the welcome screen, keys, a scenario, each browser its own data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from tests.courses import browser as b

WHY = b.missing()
if WHY and os.environ.get("CI") == "true":  # CI installs both; there a missing browser is a failure, not a skip
    raise RuntimeError(f"the headless-browser test cannot run in CI: {WHY}")
pytestmark = pytest.mark.skipif(WHY is not None, reason=WHY or "")


def _history(home) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "rehearse", "history", "--json"], capture_output=True, text=True,
                         env={**os.environ, "REHEARSE_HOME": str(home)}, check=True)
    return json.loads(out.stdout) if out.stdout.strip().startswith("[") else []


def test_a_browser_reaches_a_scenario_and_keeps_to_its_own_folder(tmp_path):
    with b.Served(tmp_path / "server") as served, b.Driver(tmp_path / "browser-home") as driver:
        first = driver.browser()
        try:
            first.go(served.url)
            first.wait("return document.body.classList.contains('-first-byte')")
            first.js("document.querySelector('.xterm-helper-textarea').focus()")  # the terminal takes the keys
            deadline = time.monotonic() + 30
            while "Welcome to rehearse" not in first.screen_text() and time.monotonic() < deadline:
                time.sleep(0.2)
            assert "Welcome to rehearse" in first.screen_text()
            # Nothing was asked of any other host: every request went to this server (or was inline data).
            others = [u for u in first.requests() if not u.startswith((served.url, "data:", "ws://127.0.0.1"))]
            assert others == []
            first.keys("\ue007")  # Enter: past the welcome, to the library
            time.sleep(1.0)
            first.keys("s")  # start the highlighted scenario
            time.sleep(1.0)
            first.keys("\ue007")  # the persona
            time.sleep(0.5)
            first.keys("\ue007")  # no name: start
            deadline = time.monotonic() + 30
            students = tmp_path / "server" / "serve" / "students"
            homes = []
            while time.monotonic() < deadline:
                homes = [h for h in students.iterdir() if h.is_dir()] if students.is_dir() else []
                if homes and _history(homes[0]):
                    break
                time.sleep(0.3)
            assert len(homes) == 1
            rows = _history(homes[0])
            from rehearse.engine.load.library import list_entries

            assert [r["scenario"] for r in rows] == [list_entries()[0].id]  # the picker's first entry
            assert oct(homes[0].stat().st_mode & 0o777) == "0o700"
        finally:
            first.close()
        second = driver.browser()  # a new profile: another student
        try:
            second.go(served.url)
            second.wait("return document.body.classList.contains('-first-byte')")
            deadline = time.monotonic() + 30
            while "Welcome to rehearse" not in second.screen_text() and time.monotonic() < deadline:
                time.sleep(0.2)
            assert "Welcome to rehearse" in second.screen_text()  # a fresh folder: the welcome again
            homes = sorted((tmp_path / "server" / "serve" / "students").iterdir())
            assert len(homes) == 2
        finally:
            second.close()
