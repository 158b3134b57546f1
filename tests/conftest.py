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


@pytest.fixture
def unsure(monkeypatch):
    """A matcher that is unsure of any reply starting "maybe": it offers option 2, then 1, and commits to neither.

    The hosts' "did you mean" is tested against this, not against where today's matcher happens to hesitate.
    """
    from dataclasses import dataclass

    from rehearse.engine.hearing import Matcher

    @dataclass(frozen=True)
    class Offer:
        candidates: tuple
        outcome: str = "offer"
        choice: None = None
        score: float = 0.3
        reason: str = "a test offer"

    real = Matcher.hear

    def hear(self, text, choices):
        choices = tuple(choices)
        if text.lower().startswith("maybe") and len(choices) > 1:
            return Offer((choices[1], choices[0]))
        return real(self, text, choices)

    monkeypatch.setattr(Matcher, "hear", hear)
