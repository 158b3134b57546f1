"""The engine and the store never import textual (the TUI is one driver among several)."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["rehearse.engine.runner", "rehearse.engine.loader", "rehearse.engine.feedback",
                                    "rehearse.engine.report", "rehearse.store.db", "rehearse.store.export",
                                    "rehearse.plain"])
def test_module_does_not_import_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules or any(m.startswith('textual.') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
