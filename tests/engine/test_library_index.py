"""The library lists from a signed index of scenario heads, and never shows stale or planted metadata."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from rehearse.engine.load import library
from tests.conftest import DATA, ROOT


def lib_with_mini(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copy(DATA / "mini.yaml", lib / "mini.yaml")
    return lib


def index_files(home):
    return sorted((home / "cache").glob("*.library.json")) if (home / "cache").exists() else []


def test_second_listing_reads_no_yaml_and_matches_the_first(private_home):
    first = library.list_entries()
    assert len(first) >= 15 and index_files(private_home)
    code = ("import json, sys; from rehearse.engine.load.library import list_entries; "
            "print(json.dumps(['yaml' in sys.modules, [e.to_json() for e in list_entries()]]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    yaml_loaded, listed = json.loads(out.stdout)
    assert yaml_loaded is False
    assert listed == [e.to_json() for e in first]  # every field of every entry, as the parse gave it
    assert library.list_entries() == first


def test_an_edited_head_lists_its_new_words(tmp_path, private_home):
    lib = lib_with_mini(tmp_path)
    [before] = library.list_entries([lib])
    f = lib / "mini.yaml"
    f.write_text(f.read_text().replace(f"title: {before.title}", "title: Renamed in place"))
    [after] = library.list_entries([lib])
    assert after.title == "Renamed in place" and after.path == f


def test_a_tampered_or_planted_index_is_refused(tmp_path, private_home):
    lib = lib_with_mini(tmp_path)
    [real] = library.list_entries([lib])
    [index] = index_files(private_home)
    index.write_bytes(index.read_bytes().replace(real.title.encode(), b"Planted title"))
    [again] = library.list_entries([lib])
    assert again.title == real.title
    # An index signed with some other key (copied from elsewhere) is refused the same way.
    (private_home / "cache" / "hmac.key").write_bytes(b"k" * 32)
    [again] = library.list_entries([lib])
    assert again.title == real.title


def test_no_index_when_the_cache_is_off(tmp_path, private_home, monkeypatch):
    monkeypatch.setenv("REHEARSE_NO_CACHE", "1")
    assert library.list_entries([lib_with_mini(tmp_path)])
    assert not index_files(private_home)


def test_a_head_that_is_not_a_scenario_stays_unlisted_from_the_index(tmp_path, private_home):
    lib = lib_with_mini(tmp_path)
    (lib / "notes.yaml").write_text("- just\n- a list\n")
    assert [e.id for e in library.list_entries([lib])] == ["mini"]
    assert [e.id for e in library.list_entries([lib])] == ["mini"]


def test_listing_another_folder_keeps_the_librarys_heads(tmp_path, private_home):
    library.list_entries()
    library.list_entries([lib_with_mini(tmp_path)])  # a course's own folder, listed by `rehearse list FOLDER`
    code = ("import sys; from rehearse.engine.load.library import list_entries; list_entries(); "
            "print('yaml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"
