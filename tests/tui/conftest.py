"""Fixtures for the app: a small private library, and an app that skips the first-run welcome."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA

HERE = Path(__file__).resolve().parent
SIZE = (100, 30)


@pytest.fixture
def library(tmp_path, monkeypatch):
    """A library holding only the mini scenario and a therapist-role twin, so tests do not shift with content.

    The guidance catalogue is a frozen copy (tests/tui/data), so report snapshots do not move when its wording does.
    """
    from rehearse.engine.load.guidance import load_catalogue

    lib = tmp_path / "library"
    lib.mkdir()
    shutil.copy(HERE / "data" / "guidance.yaml", lib / "guidance.yaml")
    shutil.copy(DATA / "mini.yaml", lib / "mini.yaml")
    twin = (DATA / "mini.yaml").read_text(encoding="utf-8")
    twin = (twin.replace("id: mini", "id: mini-t").replace("title: A small test scenario", "title: Trainee twin")
            .replace("user_role: client", "user_role: therapist").replace("difficulty: gentle", "difficulty: moderate")
            .replace("tags: [disagreement]", "tags: [rupture-withdrawal]")
            .replace("teaches: [use_i_statement]", "teaches: []")
            .replace("shows: [use_i_statement]", "shows: []").replace("misses: [use_i_statement]", "misses: []")
            .replace("shows: [propose_change]", "shows: []").replace("misses: [propose_change]", "misses: []"))
    (lib / "mini-t.yaml").write_text(twin, encoding="utf-8")
    monkeypatch.setattr("rehearse.locations.scenarios_dir", lambda: lib)
    load_catalogue.cache_clear()  # the default catalogue is cached by path; make it read the frozen copy
    yield lib
    load_catalogue.cache_clear()


@pytest.fixture
def seen(private_home):
    """Mark the welcome as already read."""
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "welcome-seen").write_text("test\n")
    return private_home


@pytest.fixture
def app_factory(library, seen):
    """Build the app as the CLI does, with no typing pause and a fixed seed."""
    from rehearse.tui.app import make_app

    def build(**kw):
        kw.setdefault("typing", 0)
        kw.setdefault("seed", 1)
        return make_app(**kw)

    return build
