"""Opening the app from the command line: whether there is a terminal, and a crash turned into two lines on the
terminal and the details in a log only the user can read."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def has_terminal() -> bool:
    """True when the app has somewhere to draw: both ends a terminal, or a Textual driver that needs none (the web
    driver textual-serve names in TEXTUAL_DRIVER when `rehearse serve` runs the app over pipes)."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    return sys.stdin.isatty() and sys.stdout.isatty()


def run_app(args, **kw) -> int:
    """Run the app; after a crash, a short message and where the details are, and a failing status."""
    import gc
    import io

    from rich.console import Console

    from rehearse.tui.app import make_app

    saving = not getattr(args, "no_save", False)
    # Textual draws on the terminal itself: the real streams, not the printable-only wrappers the CLI puts on them.
    sys.stdout, sys.stderr = getattr(sys.stdout, "stream", sys.stdout), getattr(sys.stderr, "stream", sys.stderr)
    app = make_app(save=saving, **kw)
    # Textual prints a crash's traceback (with local values: the user's words among them) to this console when the
    # app exits: kept in memory here, then written owner-only to a log, and the terminal gets two lines instead.
    details = io.StringIO()
    app.error_console = Console(file=details, markup=False, highlight=False, width=120, color_system=None)
    # What is loaded by now (Textual, the engine) lives as long as the app: frozen, the garbage collector's
    # passes while the first screen is built need not walk it again and again (a tenth of start-up otherwise).
    gc.freeze()
    app.run()
    code = app.return_code or 0
    if code and details.getvalue():
        log = write_crash_log(details.getvalue(), saving)
        kept = "Every reply you made is saved: `rehearse resume` carries on." if saving else \
            "Incognito: nothing of the conversation was kept."
        print(f"rehearse stopped because of a fault in the app. {kept}\nThe details are in {log}"
              " (readable by you only; they may quote your replies).", file=sys.stderr)
    return code


def write_crash_log(text: str, saving: bool) -> Path:
    """Write a crash's details owner-only: in the data folder, or a private temporary file when incognito."""
    import tempfile

    from rehearse.files import own_dir, write_private

    if saving:
        from rehearse.locations import CRASH_LOG, data_dir

        folder = data_dir()
        own_dir(folder)  # the user's folder keeps the mode they gave it
        path = folder / CRASH_LOG
    else:
        fd, name = tempfile.mkstemp(prefix="rehearse-crash-", suffix=".log")  # created 0600
        os.close(fd)
        path = Path(name)
    write_private(path, text)
    return path


def plain_instead(command: str) -> None:
    """Say on stderr that without a terminal this command plays line by line."""
    print(f"rehearse: no terminal here, so `rehearse {command}` plays line by line (as with --plain).",
          file=sys.stderr)
