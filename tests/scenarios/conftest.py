"""Fixtures for tests over the bundled library."""

import pytest

from rehearse.engine.load.guidance import load_catalogue
from rehearse.engine.load.library import list_entries, load

ENTRIES = list_entries()
IDS = [e.id for e in ENTRIES]


@pytest.fixture(scope="session")
def library():
    """Every bundled scenario, loaded and checked."""
    ids = set(load_catalogue())
    return {e.id: load(e.id, ids) for e in ENTRIES}
