"""Shared fixtures: keep every test away from the tester's own history and cache."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Point REHEARSE_HOME at a fresh folder and turn the typing pause off."""
    home = tmp_path / "home"
    monkeypatch.setenv("REHEARSE_HOME", str(home))
    monkeypatch.setenv("REHEARSE_TYPING", "0")
    # Help lines follow the region: no test depends on the tester's locale or their own helplines file.
    for var in ("REHEARSE_REGION", "REHEARSE_HELPLINES", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home


@pytest.fixture
def mini():
    """The small test scenario."""
    from rehearse.engine.load.loader import load_scenario

    sc, report = load_scenario(DATA / "mini.yaml")
    assert sc is not None, [str(d) for d in report.items]
    return sc


@pytest.fixture(scope="session")
def catalogue():
    """The bundled guidance catalogue."""
    from rehearse.engine.load.guidance import load_catalogue

    return load_catalogue()


@pytest.fixture(scope="session")
def mini_scenario():
    """The small test scenario, shared across property-based examples."""
    from rehearse.engine.load.loader import load_scenario

    sc, _ = load_scenario(DATA / "mini.yaml")
    return sc
