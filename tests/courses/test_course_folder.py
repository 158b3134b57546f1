"""Course folders: their own tags and guidance, --library and REHEARSE_LIBRARY, and `validate --strict DIR`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rehearse.cli import main
from rehearse.engine.load.guidance import load_catalogue

COURSE = Path(__file__).resolve().parent.parent / "data" / "course"


@pytest.fixture
def course(tmp_path: Path) -> Path:
    """A copy of the test course folder, free to edit."""
    dst = tmp_path / "course"
    shutil.copytree(COURSE, dst)
    return dst


def test_course_folder_validates_strictly(course, capsys):
    assert main(["validate", "--strict", str(course)]) == 0
    assert "1 scenario(s) loaded; 0 error(s), 0 warning(s)" in capsys.readouterr().err


def test_course_tag_is_refused_outside_its_folder(course, tmp_path, capsys):
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(course / "lateness-talk.yaml", alone)
    assert main(["validate", str(alone)]) == 1
    out = capsys.readouterr().out
    assert "'lateness'" in out and "bad-value" in out or "expected one of" in out
    assert "unknown guidance 't_lateness_curious'" in out or "t_lateness_curious" in out


def test_course_guidance_may_not_shadow_a_bundled_item(course, capsys):
    text = (course / "guidance.yaml").read_text().replace("id: t_lateness_curious", "id: t_notice_withdrawal")
    (course / "guidance.yaml").write_text(text)
    assert main(["validate", "--strict", str(course)]) == 1
    out = capsys.readouterr().out
    where = f"{course / 'guidance.yaml'}:9:5: error[course-shadows]: "
    assert where + "guidance id 't_notice_withdrawal' is already in the bundled" in out


def test_order_naming_a_missing_scenario_is_an_error_with_its_line(course, capsys):
    (course / "course.yaml").write_text("title: A course\ntags: [lateness]\norder: [lateness-talk, lateness-tolk]\n")
    assert main(["validate", str(course)]) == 1
    out = capsys.readouterr().out
    assert f"{course / 'course.yaml'}:3:" in out and "order names 'lateness-tolk'" in out
    assert "did you mean 'lateness-talk'" in out


def test_course_yaml_with_an_unknown_key_is_reported(course, capsys):
    (course / "course.yaml").write_text("title: A course\ntags: [lateness]\ncolour: blue\n")
    assert main(["validate", str(course)]) == 1
    assert "unknown key 'colour'" in capsys.readouterr().out


def test_library_flag_and_environment_add_the_folder(course, capsys, monkeypatch):
    assert main(["--library", str(course), "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["lateness-talk"]["course"] == "Counselling skills 2: time and lateness"
    assert rows["going-along"]["course"] is None  # the bundled library is still there
    monkeypatch.setenv("REHEARSE_LIBRARY", str(course))
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "Course: Counselling skills 2: time and lateness" in out and "lateness-talk" in out
    assert main(["validate", "-q"]) == 0  # the whole library, course included, still checks clean


def test_a_course_scenario_plays_and_its_guidance_reaches_the_report(course, private_home):
    import os
    import subprocess
    import sys

    # A process of its own, as a student runs it (plain mode reads the real standard input).
    out = subprocess.run([sys.executable, "-m", "rehearse", "--no-save", "--library", str(course), "play",
                          "lateness-talk", "--plain", "--persona", "frank"], input="1\n1\n", capture_output=True,
                         text=True, env={**os.environ, "REHEARSE_HOME": str(private_home)}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Be curious about lateness before contracting" in out.stdout
    assert "Counselling Skills 2 course handbook" in out.stdout


def test_missing_library_folder_is_refused(tmp_path, capsys):
    assert main(["--library", str(tmp_path / "nope"), "list"]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_support_line_is_shown_beside_the_crisis_lines(course, capsys):
    assert main(["--library", str(course), "help-lines", "--region", "GB"]) == 0
    out = capsys.readouterr().out
    assert "Student counselling service: 01234 567 890" in out
    assert out.index("Student counselling") < out.index("Samaritans")


def test_unordered_scenario_is_a_strict_warning(course, capsys):
    shutil.copy(course / "lateness-talk.yaml", course / "second.yaml")
    text = (course / "second.yaml").read_text().replace("id: lateness-talk", "id: lateness-second")
    (course / "second.yaml").write_text(text)
    assert main(["validate", str(course)]) == 0
    assert main(["validate", "--strict", str(course)]) == 1
    assert "scenario 'lateness-second' is not in course.yaml's order" in capsys.readouterr().out


def test_a_bundled_tag_in_course_yaml_is_a_warning(course, capsys):
    (course / "course.yaml").write_text("title: A course\ntags: [lateness, boundaries]\n")
    assert main(["validate", str(course)]) == 0
    assert main(["validate", "--strict", str(course)]) == 1
    out = capsys.readouterr().out
    assert f"{course / 'course.yaml'}:2:18: warning[course-tag-bundled]: tag 'boundaries'" in out


def test_a_source_redefined_by_a_course_is_refused(course, capsys):
    text = (course / "guidance.yaml").read_text().replace(
        "sources:\n", "sources:\n  Safran2011: {title: Mine, author: Me, year: 2020, published: Nowhere}\n", 1)
    (course / "guidance.yaml").write_text(text)
    assert main(["validate", str(course)]) == 1
    assert "source 'Safran2011' is already in the bundled catalogue" in capsys.readouterr().out


def test_every_course_finding_fits_its_registered_code(course):
    from rehearse.engine.diagnostics import CODES
    from rehearse.engine.load.library import validate_all

    (course / "course.yaml").write_text("title: A course\ntags: [lateness, ending]\norder: [nope]\n")
    text = (course / "guidance.yaml").read_text().replace("id: t_lateness_curious", "id: t_notice_withdrawal")
    (course / "guidance.yaml").write_text(text)
    diags, _ = validate_all([str(course)], set(load_catalogue()))
    codes = {d.code for d in diags}
    assert {"course-shadows", "course-tag-bundled", "course-order", "course-unordered"} <= codes
    for d in diags:
        assert CODES[d.code].fits(d.message), str(d)
