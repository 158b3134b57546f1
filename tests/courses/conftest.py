"""Every course test: the environment the command line changes for the rest of its process is put back after."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _restore_cli_environment(monkeypatch):
    # `--library` sets REHEARSE_LIBRARY and `--no-save` sets REHEARSE_NO_CACHE for the rest of the process (so the
    # app sees them): setting each here first makes monkeypatch put back what was there, for the tests that follow.
    for var in ("REHEARSE_LIBRARY", "REHEARSE_NO_CACHE"):
        monkeypatch.setenv(var, os.environ.get(var, ""))
        if not os.environ.get(var):
            monkeypatch.delenv(var)
    yield
    from rehearse.engine.load.guidance import load_catalogue

    load_catalogue.cache_clear()
