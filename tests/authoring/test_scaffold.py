"""`rehearse new`: a commented scaffold that passes `rehearse validate --strict` as it stands."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from rehearse.authoring.autoplay import exhaustive
from rehearse.authoring.scaffold import scaffold
from rehearse.authoring.schemas import schema_path
from rehearse.engine.load.loader import load_scenario

REHEARSE = [sys.executable, "-m", "rehearse"]


@pytest.mark.parametrize("role", ["client", "therapist"])
def test_scaffold_passes_strict_validation(tmp_path, role):
    f = tmp_path / f"my-{role}.yaml"
    out = subprocess.run(REHEARSE + ["new", f"my-{role}", "--role", role, "-o", str(f)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    out = subprocess.run(REHEARSE + ["validate", "--strict", str(f)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout == "" and "0 error(s), 0 warning(s)" in out.stderr


@pytest.mark.parametrize("role", ["client", "therapist"])
def test_scaffold_is_commented_and_plays(tmp_path, role):
    f = tmp_path / "x.yaml"
    f.write_text(scaffold("x", role, f))
    text = f.read_text()
    assert text.count("#") > 20, "the scaffold explains itself in comments"
    sc, _ = load_scenario(f)
    assert sc is not None and sc.id == "x" and sc.user_role == role
    rep = exhaustive(sc)
    assert not rep.errors and rep.unvisited == []
    assert {o for (_, _, o) in rep.endings} == {"good", "mixed", "poor"}


def test_modeline_points_at_the_shipped_schema(tmp_path):
    sub = tmp_path / "deep" / "er"
    sub.mkdir(parents=True)
    f = sub / "s.yaml"
    f.write_text(scaffold("s", "client", f))
    ref = re.match(r"# yaml-language-server: \$schema=(\S+)", f.read_text()).group(1)
    assert (sub / ref).resolve() == schema_path("scenario.schema.json").resolve()


def test_stdout_and_refusals(tmp_path):
    out = subprocess.run(REHEARSE + ["new", "from-stdout"], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0 and "id: from-stdout" in out.stdout and "user_role: client" in out.stdout
    f = tmp_path / "exists.yaml"
    f.write_text("keep me")
    out = subprocess.run(REHEARSE + ["new", "exists", "-o", str(f)], capture_output=True, text=True)
    assert out.returncode == 2 and f.read_text() == "keep me" and "--force" in out.stderr
    out = subprocess.run(REHEARSE + ["new", "exists", "-o", str(f), "--force"], capture_output=True, text=True)
    assert out.returncode == 0 and "id: exists" in f.read_text()
    for bad in ("Has-Capitals", "under_score", "-leading"):
        out = subprocess.run(REHEARSE + ["new", bad], capture_output=True, text=True)
        assert out.returncode == 2 and out.stdout == "", bad
