"""Exports of a saved session: Markdown, self-contained HTML, or JSON, written owner-only."""

from __future__ import annotations

import json

from rehearse.engine.textnorm import printable
from rehearse.store.db import Store
from rehearse.wording import when


def render_session(session, fmt: str, catalogue, date: str = "") -> str:
    """A session's transcript and report in one format (md, html, json, text), or the client's card."""
    from rehearse.engine.review.feedback import build_feedback
    from rehearse.engine.review.report import card_markdown, render_report, report_json

    fb = build_feedback(session, catalogue)
    sc = session.scenario
    if fmt == "card":
        if fb.card is None:
            raise LookupError("a card is made for client scenarios only")
        return printable(card_markdown(fb))
    if fmt == "json":
        return json.dumps({
            "scenario": sc.id, "title": sc.title, "persona": session.persona, "date": date,
            "transcript": [{"speaker": sc.app_name if ln.speaker == "app" else sc.user_name, "side": ln.speaker,
                            "text": ln.text, "heard_as": ln.heard_as, "red_flag": ln.red_flag, "unheard": ln.unheard}
                           for ln in session.transcript],
            "report": report_json(fb), "state": session.to_json(),
        }, indent=2) + "\n"  # ASCII-escaped: control characters and bidi overrides stay inert wherever it is shown
    text = render_report(fb, fmt, session.transcript, {"app": sc.app_name, "user": sc.user_name}, {"date": date})
    return printable(text)  # escape sequences typed by the user must not act on the terminal or viewer


def export_session(store: Store, sid: str, fmt: str, guidance_ids=None, include_words: bool = False) -> str:
    """Rebuild a saved session and render it (fmt "tutor": the anonymised JSON a student hands in)."""
    from rehearse.engine.load.course import catalogue
    from rehearse.store.resume import resume_session

    rec, message = resume_session(store, sid, guidance_ids, read_only=True)
    if rec is None:
        raise LookupError(message)
    row = store.get(rec.sid) if rec.sid else None
    if fmt == "tutor":
        from rehearse.store.tutor import student_code, tutor_export

        data = tutor_export(rec.session, catalogue(), row.started if row else None, student_code(), include_words)
        return json.dumps(data, indent=2) + "\n"  # ASCII-escaped, as the json export
    date = when(row.started) if row else ""
    return render_session(rec.session, fmt, catalogue(), date)
