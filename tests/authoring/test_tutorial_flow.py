"""The tutorial's steps work as a newcomer runs them: `new -o` into a folder that does not exist yet, `validate` with
no path saying what it checked, `autoplay` of a folder, and `import-twee` pointing editors at the real schema."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rehearse.authoring.schemas import schema_path

REHEARSE = [sys.executable, "-m", "rehearse"]
TWEE = Path(__file__).resolve().parents[1] / "data" / "twee" / "harlowe-basics.twee"


def _run(args, cwd, **kw):
    env = {**os.environ, "HOME": str(cwd), "REHEARSE_TYPING": "0"}
    return subprocess.run(REHEARSE + args, cwd=cwd, capture_output=True, text=True, env=env, timeout=300, **kw)


def test_new_makes_the_folders_it_needs(tmp_path):
    out = _run(["new", "my-first", "-o", "scenarios/drafts/my-first.yaml"], tmp_path)
    made = tmp_path / "scenarios" / "drafts" / "my-first.yaml"
    assert out.returncode == 0 and made.is_file(), out.stderr
    assert "Created folder scenarios/drafts" in out.stderr
    check = _run(["validate", "--strict", "scenarios/drafts"], tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    # A folder that cannot be made is said in words, not a traceback.
    (tmp_path / "file").write_text("x")
    out = _run(["new", "my-first", "-o", "file/inside/x.yaml"], tmp_path)
    assert out.returncode == 2 and "cannot create the folder" in out.stderr and "Traceback" not in out.stderr


def test_validate_without_a_path_says_it_checked_the_bundled_library(tmp_path):
    out = _run(["validate", "--strict"], tmp_path)
    assert "checked the bundled library" in out.stderr and "name them or their folder" in out.stderr
    mine = _run(["new", "mine", "-o", "mine.yaml"], tmp_path)
    assert mine.returncode == 0
    out = _run(["validate", "--strict", "mine.yaml"], tmp_path)
    assert "bundled library" not in out.stderr


def test_autoplay_takes_a_folder(tmp_path):
    for sid in ("one", "two"):
        assert _run(["new", sid, "-o", f"drafts/{sid}.yaml"], tmp_path).returncode == 0
    out = _run(["autoplay", "drafts", "--runs", "3"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "one (drafts/one.yaml)" in out.stdout and "two (drafts/two.yaml)" in out.stdout
    (tmp_path / "empty").mkdir()
    out = _run(["autoplay", "empty"], tmp_path)
    assert out.returncode == 2 and "no scenario files" in out.stderr


def test_import_twee_points_editors_at_the_schema_from_where_the_file_goes(tmp_path):
    out = _run(["import-twee", str(TWEE), "-o", "elsewhere/deep/story.yaml"], tmp_path)
    assert out.returncode == 0, out.stderr
    first = (tmp_path / "elsewhere" / "deep" / "story.yaml").read_text().splitlines()[0]
    ref = first.split("$schema=")[1]
    assert (tmp_path / "elsewhere" / "deep" / ref).resolve() == schema_path("scenario.schema.json").resolve()
