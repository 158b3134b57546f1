"""A second `rehearse validate` of unchanged files prints exactly what the first printed, from the cache.

The run's findings (the loader's and the teaching lint's) are stored whole, so a hit parses nothing and lints
nothing; these tests check that by making the loader and the lint count their calls. Nothing here is timed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from rehearse.cli import main
from rehearse.engine.load import cache, lint, loader
from tests.conftest import DATA, ROOT

# mini.yaml with findings of both kinds: the loader's (a choice with no note, reported in this file and in a shared
# piece) and the lint's (an unused variable, two replies that read the same, a node no ending can be reached from
# for one persona).
WARNED = (DATA / "mini.yaml").read_text(encoding="utf-8").replace(
    "  name: you\n", "  name: you\n  spare: 0\n"
).replace(
    "start: open", "include: [noteless]\nstart: open"
).replace(
    "        note: Nothing changes.\n", ""
).replace(
    '      - text: "Sorry, forget it."\n',
    '      - text: "Sorry, forget it!"\n        goto: aside\n        misses: [propose_change]\n        note: Again.\n'
    '      - text: "Sorry, forget it."\n',
)
NOTELESS = """description: A shared piece with a choice that has no note, and a loop for persona stiff.
nodes:
  aside:
    say: "Go on."
    choices:
      - text: "Back to it."
        goto:
          - persona: stiff
            node: aside
          - node: good_end
        shows: [use_i_statement]
"""


@pytest.fixture
def calls(monkeypatch):
    """How many times the loader and the lint ran (a cache hit runs neither)."""
    seen = {"load": 0, "lint": 0}
    real_load, real_lint = loader.load_scenario, lint.teaching_lint

    def load(*a, **kw):
        seen["load"] += 1
        return real_load(*a, **kw)

    def teaching_lint(*a, **kw):
        seen["lint"] += 1
        return real_lint(*a, **kw)

    monkeypatch.setattr(loader, "load_scenario", load)
    monkeypatch.setattr("rehearse.engine.load.library.load_scenario", load, raising=False)
    monkeypatch.setattr(lint, "teaching_lint", teaching_lint)
    monkeypatch.setenv("REHEARSE_NO_CACHE", "0")  # "0" is on; recorded, so restored even if --no-save sets it
    return seen


@pytest.fixture
def warned(tmp_path) -> Path:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "noteless.yaml").write_text(NOTELESS, encoding="utf-8")
    f = tmp_path / "warned.yaml"
    f.write_text(WARNED, encoding="utf-8")
    return f


def run(capsys, *args) -> tuple[int, str, str]:
    rc = main(["validate", *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


def entries(home: Path) -> list[Path]:
    return sorted((home / "cache").glob("*.validate.json"))


def uncached(capsys, monkeypatch, *args) -> tuple[int, str, str]:
    """The same command with the cache off: what a cold run prints."""
    with monkeypatch.context() as m:
        m.setenv("REHEARSE_NO_CACHE", "1")
        return run(capsys, *args)


@pytest.mark.parametrize("options", [[], ["--strict"], ["-q"], ["--strict", "-q"]])
def test_second_run_prints_the_same_without_parsing(warned, calls, capsys, monkeypatch, private_home, options):
    first = run(capsys, *options, str(warned))
    assert calls["load"] == 1
    second = run(capsys, *options, str(warned))
    assert second == first
    assert calls["load"] == 1 and calls["lint"] == (0 if options == ["-q"] else 1), "the second run was a hit"
    assert uncached(capsys, monkeypatch, *options, str(warned)) == first
    codes = {line.split("[")[1].split("]")[0] for line in first[1].splitlines()}
    assert {"no-note"} <= codes
    if options != ["-q"]:  # the lint ran: its findings, in this file and in the shared piece, came back too
        assert {"unused-variable", "similar-choices", "persona-trap"} <= codes
        assert str(warned.parent / "shared" / "noteless.yaml") in first[1]
        assert first[0] == (1 if "--strict" in options else 0)
    if os.name == "posix":
        assert stat.S_IMODE(entries(private_home)[0].stat().st_mode) == 0o600


def test_a_file_with_errors_prints_the_same_but_is_not_stored(tmp_path, calls, capsys, private_home):
    f = tmp_path / "broken.yaml"
    f.write_text(WARNED.replace("goto: bad_end", "goto: nowhere", 1), encoding="utf-8")
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "noteless.yaml").write_text(NOTELESS, encoding="utf-8")
    first = run(capsys, str(f))
    second = run(capsys, str(f))
    assert first == second and first[0] == 1 and "error[unknown-node]" in first[1]
    # A file that failed has no record of the shared pieces it read, so its run is checked afresh every time.
    assert not entries(private_home) and calls["load"] == 2


def test_an_error_across_files_is_stored_and_printed_the_same(tmp_path, calls, capsys, private_home):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for f in (a, b):
        f.write_text((DATA / "mini.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    first = run(capsys, str(tmp_path))
    second = run(capsys, str(tmp_path))
    assert first == second and first[0] == 1 and "error[duplicate-id]" in first[1]
    assert len(entries(private_home)) == 1 and calls["load"] == 2  # two files, once


def test_editing_the_file_or_a_shared_piece_checks_again(warned, calls, capsys, monkeypatch):
    run(capsys, str(warned))
    warned.write_text("# a new first line moves every finding down one\n" + WARNED, encoding="utf-8")
    edited = run(capsys, str(warned))
    assert calls["load"] == 2
    assert edited == uncached(capsys, monkeypatch, str(warned))
    piece = warned.parent / "shared" / "noteless.yaml"
    piece.write_text("# moved\n" + NOTELESS, encoding="utf-8")
    moved = run(capsys, str(warned))
    assert calls["load"] == 4  # (the uncached run was the third)
    assert moved == uncached(capsys, monkeypatch, str(warned)) and moved != edited


def test_a_changed_catalogue_checks_again(warned, calls, capsys, monkeypatch):
    from rehearse.engine.load import guidance

    first = run(capsys, str(warned))
    cat = guidance.load_catalogue()
    g = cat.get("use_i_statement")
    other = "therapist" if g.role == "client" else "client"
    changed = dataclasses.replace(cat, items={**cat.items, g.id: dataclasses.replace(g, role=other)})
    monkeypatch.setattr("rehearse.cli._catalogue", lambda: changed)
    second = run(capsys, str(warned))
    assert calls["load"] == 2, "the lint reads each item's role: a new role is a new key"
    assert "role-mismatch" in second[1] and second != first


@pytest.mark.parametrize("module", ["lint", "library", "validate"])
def test_the_key_covers_the_lint_and_what_it_reads(warned, tmp_path, monkeypatch, module):
    import importlib.machinery
    import importlib.util

    from rehearse.engine.load.guidance import load_catalogue
    from rehearse.engine.load.yamlsrc import Limits

    cat = load_catalogue()
    key = cache.validation_key([warned], cat, Limits(), True)
    assert key is not None and key == cache.validation_key([warned], cat, Limits(), True)
    assert key != cache.validation_key([warned], cat, Limits(), False)
    assert key != cache.validation_key([warned], cat, Limits(max_nodes=10), True)
    monkeypatch.chdir(warned.parent)  # the same bytes named another way print other paths
    assert key != cache.validation_key([Path(warned.name)], cat, Limits(), True)
    # An edited lint, library or validate run (a copy of its source with one more line) is different code: a
    # different key.
    copy = tmp_path / f"{module}.py"
    copy.write_text((ROOT / "rehearse" / "engine" / "load" / f"{module}.py").read_text() + "\n# edited\n")
    real = importlib.util.find_spec

    def find_spec(name, *a):
        if name == f"rehearse.engine.load.{module}":
            return importlib.machinery.ModuleSpec(name, None, origin=str(copy))
        return real(name, *a)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    assert cache.validation_key([warned], cat, Limits(), True) != key


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "json-without-mac", "other-key"])
def test_a_tampered_entry_is_refused_and_the_run_checked_again(warned, calls, capsys, private_home, damage):
    first = run(capsys, str(warned))
    entry = entries(private_home)[0]
    blob = entry.read_bytes()
    _mac, _, body = blob.partition(b"\n")
    if damage == "garbage":
        entry.write_bytes(os.urandom(300))
    elif damage == "truncated":
        entry.write_bytes(blob[: len(blob) // 2])
    elif damage == "flipped":
        i = len(blob) // 2
        entry.write_bytes(blob[:i] + bytes([blob[i] ^ 1]) + blob[i + 1:])
    elif damage == "json-without-mac":
        entry.write_bytes(body)
    else:
        # A valid entry for other files, signed with the right key, renamed to this run's key: refused.
        data = json.loads(body)
        data["key"] = "0" * 64
        data["diags"] = []
        new = json.dumps(data).encode()
        secret = (private_home / "cache" / "hmac.key").read_bytes()
        entry.write_bytes(hmac.new(secret, b"0" * 64 + b"\n" + new, hashlib.sha256).hexdigest().encode() + b"\n" + new)
    again = run(capsys, str(warned))
    assert again == first and calls["load"] == 2, "the damaged entry was a miss, and the run was checked again"


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_symlinked_entry_is_refused(warned, calls, capsys, private_home, tmp_path):
    first = run(capsys, str(warned))
    entry = entries(private_home)[0]
    elsewhere = tmp_path / "elsewhere.json"
    shutil.copy(entry, elsewhere)
    entry.unlink()
    entry.symlink_to(elsewhere)
    assert run(capsys, str(warned)) == first and calls["load"] == 2


@pytest.mark.parametrize("how", ["env", "--no-save"])
def test_the_cache_can_be_bypassed(warned, calls, capsys, monkeypatch, private_home, how):
    args = [str(warned)]
    if how == "env":
        monkeypatch.setenv("REHEARSE_NO_CACHE", "1")
        first, second = run(capsys, *args), run(capsys, *args)
    else:
        first, second = main(["--no-save", "validate", *args]), main(["--no-save", "validate", *args])
    assert first == second and calls["load"] == 2 and calls["lint"] == 2
    assert not (private_home / "cache").exists() or not list((private_home / "cache").iterdir())


def test_clear_removes_run_entries(warned, calls, capsys, private_home):
    run(capsys, str(warned))
    assert entries(private_home)
    cache.clear()
    assert not entries(private_home)
