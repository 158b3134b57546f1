"""Dates and outcomes are worded one way everywhere."""

from __future__ import annotations

import time
from types import SimpleNamespace

from rehearse.wording import outcome_words, stamp, when


def test_when_is_the_local_date_and_minute():
    ts = time.mktime((2026, 3, 4, 5, 6, 7, 0, 0, -1))
    assert when(ts) == "2026-03-04 05:06"
    assert stamp(ts) == "20260304-050607"


def test_outcome_words_for_unfinished_finished_and_half_recorded_attempts():
    assert outcome_words(SimpleNamespace(status="active", outcome="good", ending="x")) == "unfinished"
    assert outcome_words(SimpleNamespace(status="finished", outcome="good", ending="Heard")) == "Heard (good)"
    assert outcome_words(SimpleNamespace(status="finished", outcome="poor", ending=None)) == "ended (poor)"
    assert outcome_words(SimpleNamespace(status="finished", outcome=None, ending="Heard")) == "Heard"
    assert outcome_words(SimpleNamespace(status="finished", outcome=None, ending=None)) == "ended"
