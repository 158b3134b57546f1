"""Tutor exports carry no typed words or names unless asked; a class report combines them without leaking any."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from rehearse.cli import main
from rehearse.engine.play.runner import start
from rehearse.store.db import Store
from rehearse.store.recorder import Recorder
from rehearse.store.tutor import valid_code

SECRET = "purple elephants at midnight"
NAME = "Zebulon"


@pytest.fixture
def two_sessions(mini, private_home, monkeypatch, tmp_path):
    """Two saved sessions of the mini scenario with a name and typed words in them."""
    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copy(mini.path, lib)
    monkeypatch.setenv("REHEARSE_LIBRARY", str(lib))  # so the export finds the scenario by its id
    store = Store(private_home)
    a = Recorder(start(mini, "stiff", 1, NAME), store)
    a.choose(1, typed=f"i felt unheard, {SECRET}")
    a.choose(1)
    b = Recorder(start(mini, "kind", 2, NAME), store)
    b.choose(2, typed=f"fine, {SECRET}")
    return a.sid, b.sid


def _export(sid, tmp_path, capsys, *extra):
    out = tmp_path / f"{sid}.json"
    assert main(["export", sid, "--format", "tutor", "-o", str(out), *extra]) == 0
    return out, capsys.readouterr().err


def test_tutor_export_holds_no_words_or_name_by_default(two_sessions, tmp_path, capsys):
    out, err = _export(two_sessions[0], tmp_path, capsys)
    text = out.read_text()
    assert SECRET not in text and "elephants" not in text and NAME not in text
    assert two_sessions[0] not in text  # nor the session id (it carries the time of day)
    data = json.loads(text)
    assert data["format"] == "rehearse-tutor" and valid_code(data["student"]) and data["includes_words"] is False
    assert data["scenario"] == "mini" and data["finished"] and data["steps"][0]["typed"] is True
    assert "words" not in data["steps"][0]
    assert "use_i_statement" in data["shown"]
    assert [f["kind"] for f in data["red_flags"]] == ["defensive"]
    assert "holds no words you typed" in err
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_include_words_adds_them_and_says_so(two_sessions, tmp_path, capsys):
    out, err = _export(two_sessions[0], tmp_path, capsys, "--include-words")
    data = json.loads(out.read_text())
    assert data["includes_words"] is True and SECRET in data["steps"][0]["words"]
    assert NAME not in out.read_text()
    assert "INCLUDES the words you typed" in err


def test_the_student_code_is_stable_and_random(two_sessions, tmp_path, capsys):
    a, _ = _export(two_sessions[0], tmp_path, capsys)
    b, _ = _export(two_sessions[1], tmp_path, capsys)
    assert json.loads(a.read_text())["student"] == json.loads(b.read_text())["student"]


def test_class_report_has_a_chart_a_row_per_student_and_no_words(two_sessions, tmp_path, capsys):
    a, _ = _export(two_sessions[0], tmp_path, capsys, "--include-words")
    b, _ = _export(two_sessions[1], tmp_path, capsys)
    other = json.loads(b.read_text()) | {"student": "S-ABCD-EFGH"}  # a second student
    c = tmp_path / "c.json"
    c.write_text(json.dumps(other))
    html = tmp_path / "report.html"
    assert main(["class", "report", str(a), str(b), str(c), "-o", str(html)]) == 0
    page = html.read_text()
    assert page.count("<svg") == 1 and "Endings reached in A small test scenario" in page
    assert SECRET not in page and "elephants" not in page and NAME not in page
    assert "<script" not in page.lower() and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
    assert "<code>S-ABCD-EFGH</code>" in page and page.count("<tr><td><code>S-") == 2
    assert "defensive" in page  # the red flag met
    assert "1 export(s) carried typed words" in page


def test_class_report_leaves_out_a_file_that_is_not_an_export(two_sessions, tmp_path, capsys):
    a, _ = _export(two_sessions[0], tmp_path, capsys)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "rehearse-tutor", "version": 1, "student": "<script>"}))
    html = tmp_path / "r.html"
    assert main(["class", "report", str(a), str(bad), "-o", str(html)]) == 1
    assert "student code is missing or malformed" in capsys.readouterr().err
    assert html.exists() and "<script>" not in html.read_text()


def test_text_in_an_export_is_escaped(two_sessions, tmp_path, capsys):
    a, _ = _export(two_sessions[0], tmp_path, capsys)
    data = json.loads(a.read_text())
    data["title"] = "<img src=x onerror=alert(1)>"
    a.write_text(json.dumps(data))
    html = tmp_path / "r.html"
    assert main(["class", "report", str(a), "-o", str(html)]) == 0
    page = html.read_text()
    assert "<img" not in page and "&lt;img src=x" in page
