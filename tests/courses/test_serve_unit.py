"""`rehearse serve`'s parts that need no browser: the warning, the per-browser folder and command."""

from __future__ import annotations

import shlex
from pathlib import Path

from rehearse.serve import exposure_warning, session_command, student_folder


def test_only_localhost_goes_without_a_warning():
    assert exposure_warning("127.0.0.1") is None and exposure_warning("localhost") is None
    for host in ("0.0.0.0", "192.168.1.20", "::"):
        w = exposure_warning(host)
        assert w and "anyone who can reach this machine" in w and "reverse proxy" in w


def test_each_browser_token_has_its_own_folder_and_the_token_is_not_in_its_name(tmp_path):
    a, b = student_folder(tmp_path, "token-a"), student_folder(tmp_path, "token-b")
    assert a != b and a.parent == b.parent == tmp_path / "students"
    assert "token-a" not in str(a) and student_folder(tmp_path, "token-a") == a


def test_the_command_quotes_the_folder():
    cmd = session_command(Path("/tmp/a b;rm -rf x"), ["/c d"])
    words = shlex.split(cmd)
    assert words[0] == "REHEARSE_HOME=/tmp/a b;rm -rf x"
    assert words[-2:] == ["--library", "/c d"] and words[2:4] == ["-m", "rehearse"]
