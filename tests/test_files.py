"""The one private-file writer: owner-only, whole or not at all, never through a planted symlink."""

from __future__ import annotations

import os
import stat

import pytest

from rehearse.files import private_dir, write_private

posix = pytest.mark.skipif(os.name != "posix", reason="file modes and symlinks")


@posix
def test_a_new_file_is_owner_only_and_holds_the_text(tmp_path):
    path = tmp_path / "t.md"
    write_private(path, "caf\u00e9\n")
    assert path.read_bytes() == "caf\u00e9\n".encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@posix
def test_an_existing_readable_file_is_replaced_by_an_owner_only_one(tmp_path):
    path = tmp_path / "t.md"
    path.write_text("old")
    os.chmod(path, 0o644)
    write_private(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@posix
def test_a_planted_symlink_is_replaced_not_written_through(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("theirs")
    path = tmp_path / "t.md"
    path.symlink_to(target)
    write_private(path, "mine")
    assert target.read_text() == "theirs"
    assert not path.is_symlink() and path.read_text() == "mine"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "t.md"
    path.write_text("old")
    with pytest.raises(TypeError):
        write_private(path, 42)  # type: ignore[arg-type]
    assert path.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.md"]


@posix
def test_private_dir_makes_missing_parents_and_tightens_an_open_folder(tmp_path):
    folder = tmp_path / "a" / "b"
    private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    os.chmod(folder, 0o755)
    private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
