"""Shared fixtures: keep every test away from the tester's own history and cache."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def pytest_configure(config: pytest.Config) -> None:
    """Before any test module is imported (some load the library while being collected), send rehearse's data and
    cache to a throwaway folder: the tester's own ~/.cache/rehearse is never touched."""
    home = Path(tempfile.mkdtemp(prefix="rehearse-tests-"))
    config.stash[_STASH] = (home, os.environ.get("REHEARSE_HOME"))
    os.environ["REHEARSE_HOME"] = str(home)
    user_home = Path(os.path.expanduser("~"))
    # With a fresh, empty HOME (as the house runs its tests) the run must leave it so: checked at the end.
    config.stash[_HOME] = user_home if user_home.is_dir() and not any(user_home.iterdir()) else None


def pytest_unconfigure(config: pytest.Config) -> None:
    """Put REHEARSE_HOME back and remove the run's throwaway folder."""
    home, before = config.stash.get(_STASH, (None, None))
    if home is None:
        return
    if before is None:
        os.environ.pop("REHEARSE_HOME", None)
    else:
        os.environ["REHEARSE_HOME"] = before
    shutil.rmtree(home, ignore_errors=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if it wrote anything into a HOME that was empty when it started."""
    user_home = session.config.stash.get(_HOME, None)
    if user_home is not None and any(user_home.iterdir()):
        print(f"\nthe tests wrote into the empty HOME {user_home}: {_listing(user_home)[:20]}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_STASH = pytest.StashKey[tuple[Path, str | None]]()
_HOME = pytest.StashKey[Path | None]()


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

    def hear(self, text, choices, leave_out=None, *, by_sense=True):
        choices = tuple(choices)
        if text.lower().startswith("maybe") and len(choices) > 1:
            return Offer((choices[1], choices[0]))
        return real(self, text, choices, leave_out, by_sense=by_sense)

    monkeypatch.setattr(Matcher, "hear", hear)
