"""Packs: build validates strictly; install checks every name and hash and validates before anything is added."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from rehearse.cli import main
from rehearse.courses import packs

COURSE = Path(__file__).resolve().parent.parent / "data" / "course"


@pytest.fixture
def built(private_home, tmp_path):
    out = tmp_path / "lateness.rehearse"
    assert main(["pack", "build", str(COURSE), "-o", str(out)]) == 0
    return out


def _rewrite(src: Path, dst: Path, change) -> Path:
    """A copy of a pack with its members changed by `change(name, data) -> [(name, data), ...]`."""
    with zipfile.ZipFile(src) as z:
        members = [(n, z.read(n)) for n in z.namelist()]
    with zipfile.ZipFile(dst, "w") as z:
        for n, d in members:
            for n2, d2 in change(n, d):
                z.writestr(n2, d2)
    return dst


def _manifest_for(files: dict[str, bytes], name="lateness") -> bytes:
    entries = [{"path": p, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for p, d in files.items()]
    return json.dumps({"format": "rehearse-pack", "version": 1, "name": name, "title": "x", "files": entries,
                       "content_hash": packs.content_hash([(e["path"], e["sha256"]) for e in entries])}).encode()


def test_build_install_list_remove(built, private_home, capsys):
    assert main(["pack", "install", str(built)]) == 0
    assert (private_home / "packs" / "lateness" / "lateness-talk.yaml").is_file()
    assert main(["pack", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["scenarios"]) for r in rows] == [("lateness", 1)]
    assert main(["list"]) == 0
    assert "Course: Counselling skills 2: time and lateness" in capsys.readouterr().out
    assert main(["validate", "--strict", "-q"]) == 0  # the library with the pack in it still checks clean
    assert main(["pack", "remove", "lateness"]) == 0
    assert not (private_home / "packs" / "lateness").exists()
    assert main(["pack", "remove", "lateness"]) == 1


def test_the_same_folder_builds_the_same_bytes(built, tmp_path):
    again = tmp_path / "again" / "lateness.rehearse"
    again.parent.mkdir()
    packs.build(COURSE, again)
    assert again.read_bytes() == built.read_bytes()


def test_build_refuses_a_folder_that_is_not_strictly_clean(private_home, tmp_path, capsys):
    folder = tmp_path / "course"
    shutil.copytree(COURSE, folder)
    (folder / "course.yaml").write_text("title: X\ntags: [lateness]\norder: [nothing-here]\n")
    assert main(["pack", "build", str(folder), "-o", str(tmp_path / "x.rehearse")]) == 1
    assert "order names 'nothing-here'" in capsys.readouterr().err
    assert not (tmp_path / "x.rehearse").exists()


@pytest.mark.parametrize("evil", ["../escape.yaml", "/etc/escape.yaml", "sub/dir/x.yaml", "run.py", "..\\x.yaml"])
def test_install_refuses_paths_that_leave_the_folder(built, tmp_path, private_home, evil, capsys):
    def change(n, d):
        if n == "manifest.json":
            return []
        return [(n, d)]

    with zipfile.ZipFile(built) as z:
        files = {n: z.read(n) for n in z.namelist() if n != "manifest.json"}
    files[evil] = b"id: x\n"
    bad = tmp_path / "bad.rehearse"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", _manifest_for(files))
        for n, d in files.items():
            z.writestr(n, d)
    assert main(["pack", "install", str(bad)]) == 1
    assert "refusing" in capsys.readouterr().err
    assert not (private_home / "packs").exists() or not any((private_home / "packs").iterdir())
    assert not (tmp_path / "escape.yaml").exists()


def test_install_refuses_a_symlink_member(built, tmp_path, private_home, capsys):
    bad = tmp_path / "link.rehearse"
    with zipfile.ZipFile(built) as src, zipfile.ZipFile(bad, "w") as z:
        for n in src.namelist():
            info = zipfile.ZipInfo(n)
            if n == "lateness-talk.yaml":
                info.external_attr = 0o120777 << 16  # a symlink entry
            z.writestr(info, src.read(n))
    assert main(["pack", "install", str(bad)]) == 1
    assert "not a regular file" in capsys.readouterr().err


def test_install_refuses_a_file_that_does_not_match_its_hash(built, tmp_path, private_home, capsys):
    bad = _rewrite(built, tmp_path / "tampered.rehearse",
                   lambda n, d: [(n, d.replace(b"Arriving late", b"Arriving LATE") if n.endswith("talk.yaml") else d)])
    assert main(["pack", "install", str(bad)]) == 1
    assert "does not match its hash" in capsys.readouterr().err
    assert not (private_home / "packs" / "lateness").exists()


def test_install_refuses_a_pack_that_does_not_validate(built, tmp_path, private_home, capsys):
    with zipfile.ZipFile(built) as z:
        files = {n: z.read(n) for n in z.namelist() if n != "manifest.json"}
    files["lateness-talk.yaml"] = files["lateness-talk.yaml"].replace(b"goto: reply", b"goto: nowhere")
    bad = tmp_path / "broken.rehearse"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", _manifest_for(files))
        for n, d in files.items():
            z.writestr(n, d)
    assert main(["pack", "install", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "does not validate strictly" in err and "lateness/lateness-talk.yaml" in err and "nowhere" in err
    assert not any(p for p in (private_home / "packs").iterdir())  # not even a temporary folder is left


def test_install_refuses_a_scenario_id_already_in_the_library(built, tmp_path, private_home, capsys):
    with zipfile.ZipFile(built) as z:
        files = {n: z.read(n) for n in z.namelist() if n != "manifest.json"}
    going = (Path(packs.__file__).parents[2] / "scenarios" / "going-along.yaml").read_bytes()
    files["going-along.yaml"] = going
    files["course.yaml"] = b"title: Clash\ntags: [lateness]\n"  # no order: the copy would be left out of it
    bad = tmp_path / "clash.rehearse"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", _manifest_for(files))
        for n, d in files.items():
            z.writestr(n, d)
    assert main(["pack", "install", str(bad)]) == 1
    assert "scenario id(s) going-along are already in your library" in capsys.readouterr().err
    assert not any((private_home / "packs").iterdir())


def test_not_a_zip_is_refused(tmp_path, private_home, capsys):
    f = tmp_path / "x.rehearse"
    f.write_text("hello")
    assert main(["pack", "install", str(f)]) == 1
    assert "not a rehearse pack" in capsys.readouterr().err
