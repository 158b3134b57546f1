"""The test suite never writes outside a temporary home: collecting every test module (some load the library as
they are collected) and running tests that save, resume and export leave a fresh HOME empty."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_collecting_and_running_leave_a_fresh_home_empty(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "REHEARSE_HOME" and not k.startswith("XDG_")}
    env["HOME"] = str(home)
    # Every module is collected; the store and plain-mode tests run (they write history, caches and exports).
    out = subprocess.run([sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider", "-x",
                          "-k", "test_store or test_plain_mode", str(ROOT / "tests")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert " passed" in out.stdout
    assert sorted(p.name for p in home.rglob("*")) == []
