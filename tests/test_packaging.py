"""A non-editable install must carry the library, the catalogue, templates and the stylesheet."""

import os
import subprocess
import sys
import zipfile

import pytest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    # pip's own side files (its cache, the rustc version it puts in its user agent) go to a throwaway home too.
    env = {**os.environ, "HOME": str(tmp_path_factory.mktemp("pip-home"))}
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), "."],
                   check=True, capture_output=True, cwd=str(__import__("pathlib").Path(__file__).parents[1]), env=env)
    (whl,) = out.glob("rehearse-*.whl")
    return zipfile.ZipFile(whl).namelist()


def test_wheel_holds_data_files(wheel):
    for name in ["rehearse/scenarios/guidance.yaml", "rehearse/scenarios/not-heard.yaml",
                 "rehearse/scenarios/shared/step-out.yaml", "rehearse/templates/report.md.j2",
                 "rehearse/templates/report.html.j2", "rehearse/tui/rehearse.tcss", "rehearse/helplines.yaml",
                 "rehearse/engine/hearing/vectors/vectors.bin", "rehearse/engine/hearing/vectors/tokens.json.gz",
                 "rehearse/engine/safety/model/subwords.bin", "rehearse/engine/safety/model/words.json.gz"]:
        assert name in wheel, name


def test_wheel_holds_every_package(wheel):
    packages = {n.rsplit("/", 1)[0] for n in wheel if n.endswith("__init__.py")}
    assert {"rehearse", "rehearse/engine", "rehearse/store", "rehearse/tui"} <= packages
    import pathlib

    root = pathlib.Path(__file__).parents[1]
    for init in (root / "rehearse").rglob("__init__.py"):
        assert str(init.parent.relative_to(root)) in packages, f"{init.parent} is not packaged"
