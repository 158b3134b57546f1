"""The engine and the store never import textual (the TUI is one driver among several)."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["rehearse.engine.play.runner", "rehearse.engine.load.loader", "rehearse.engine.review.feedback",
                                    "rehearse.engine.review.report", "rehearse.store.db", "rehearse.store.export",
                                    "rehearse.plain", "rehearse.engine.safety", "rehearse.helplines"])
def test_module_does_not_import_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules or any(m.startswith('textual.') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_opening_the_app_leaves_the_engine_proper_unimported():
    # The library opens before anything is played: the runner, loader, reports and guidance load on first use.
    heavy = ["rehearse.engine.play.runner", "rehearse.engine.load.loader", "rehearse.engine.review.report", "rehearse.engine.load.guidance",
             "rehearse.store.recorder", "rehearse.tui.screens.dialogs", "jinja2",
             "rehearse.engine.hearing.detectors", "rehearse.engine.safety"]  # their rules compile at import
    code = ("import sys, rehearse.cli, rehearse.tui.app; "
            f"print([m for m in {heavy!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
