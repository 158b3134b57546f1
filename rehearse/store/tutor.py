"""Tutor exports: one session as anonymised JSON a student hands in, for `rehearse class report`.

No name, no session id, no time of day, no text the app rendered with the student's name in it: only ids from the
scenario and the catalogue, counts and outcomes, under a random student code. The typed words go in only when the
student asks (--include-words), and the command line tells them which they made.
"""

from __future__ import annotations

import secrets
import time
from pathlib import Path

FORMAT = "rehearse-tutor"
VERSION = 1
_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: read aloud or copied by hand without mistakes
_CODE_FILE = "student-code"


def student_code(folder: Path | None = None) -> str:
    """This installation's random student code (made on first use, kept owner-only in the data folder)."""
    from rehearse.files import private_dir, write_private
    from rehearse.locations import data_dir

    folder = folder or data_dir()
    path = folder / _CODE_FILE
    try:
        code = path.read_text(encoding="ascii").strip()
        if valid_code(code):
            return code
    except (OSError, UnicodeDecodeError):
        pass
    code = "S-" + "".join(secrets.choice(_ALPHABET) for _ in range(4)) + "-" + \
        "".join(secrets.choice(_ALPHABET) for _ in range(4))
    private_dir(folder)
    write_private(path, code + "\n")
    return code


def valid_code(code: object) -> bool:
    """Whether `code` has a student code's shape (S-XXXX-XXXX from the unambiguous alphabet)."""
    return (isinstance(code, str) and len(code) == 11 and code.startswith("S-") and code[6] == "-"
            and all(c in _ALPHABET for c in code[2:6] + code[7:]))


def tutor_export(session, catalogue, started: float | None, code: str, include_words: bool = False) -> dict:
    """The anonymised record of one session; `include_words` adds the student's typed replies."""
    from rehearse.engine.review.feedback import build_feedback

    fb = build_feedback(session, catalogue)
    sc = session.scenario
    steps = []
    for n, (d, st) in enumerate(zip(session.decisions, fb.steps), 1):
        step: dict = {"decision": n, "node": d.node, "choice": d.choice, "typed": d.typed is not None,
                      "shown": sorted({c.guidance.id for c in st.shown}),
                      "missed": sorted({s.guidance.id for s in st.missed})}
        if include_words and d.typed is not None:
            step["words"] = d.typed
        steps.append(step)
    return {
        "format": FORMAT, "version": VERSION, "student": code, "includes_words": include_words,
        "date": time.strftime("%Y-%m-%d", time.localtime(started)) if started else "",
        "scenario": sc.id, "title": sc.title, "user_role": sc.user_role, "persona": session.persona,
        "finished": fb.finished, "outcome": fb.outcome, "ending": fb.ending_label, "decisions": fb.decisions,
        "shown": sorted({c.guidance.id for c in fb.followed}),
        "missed": sorted({lp.guidance.id for lp in fb.lapses}),
        "guidance": {g.id: g.title for g in [*(c.guidance for c in fb.followed), *(lp.guidance for lp in fb.lapses)]},
        "red_flags": [{"kind": f.kind, "grade": f.grade, "decision": f.decision, "named": f.named, "held": f.held}
                      for f in fb.red_flags],
        "steps": steps,
    }
