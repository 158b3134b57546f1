"""Fixtures the engine tests share."""

from __future__ import annotations

import pytest

from rehearse.engine.safety import check as check_module


@pytest.fixture
def rules_alone(monkeypatch):
    """The crisis check with the learned model off, its cache emptied before and after."""
    monkeypatch.setattr(check_module, "LEARNED", False)
    check_module._check.cache_clear()
    yield
    check_module._check.cache_clear()
