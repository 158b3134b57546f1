"""The commands about saved sessions: `rehearse history`, `export` and `forget` (all, or one by id)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rehearse.engine.load.guidance import load_catalogue
from rehearse.store.db import open_store


def cmd_history(args) -> int:
    """List saved sessions."""
    from rehearse.wording import outcome_words, when

    store = open_store()
    rows = store.sessions()
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], indent=2))
        return 0
    if not rows:
        print("No saved sessions.")
        return 0
    for r in rows:
        print(f"{r.id}  {when(r.updated)}  {r.scenario:<26} {r.persona:<16} {outcome_words(r)}")
    return 0


def cmd_export(args) -> int:
    """Export a session."""
    from rehearse.store.export import export_session

    store = open_store()
    try:
        text = export_session(store, args.session, args.format, set(load_catalogue()))
    except LookupError as exc:
        print(f"rehearse: {exc}", file=sys.stderr)
        return 1
    if args.output:
        from rehearse.files import write_private

        write_private(Path(args.output), text)
        print(f"Wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_forget(args) -> int:
    """Delete one saved session, or all history."""
    from rehearse.locations import data_dir
    from rehearse.store.db import forget_all

    if args.session:
        return _forget_one(args)

    if not args.yes:
        if not sys.stdin.isatty():
            print("rehearse forget: refusing without --yes when not run from a terminal", file=sys.stderr)
            return 2
        answer = input(f"Delete every saved session in {data_dir()}? This cannot be undone. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing deleted.")
            return 0
    n = forget_all()
    print(f"Deleted {n} saved session(s).")
    return 0


def _forget_one(args) -> int:
    """Delete one saved session and everything recorded of it."""
    from rehearse.store.resume import no_session_message

    store = open_store()
    row = store.get(args.session)
    if row is None:
        print(f"rehearse: {no_session_message(store, args.session)}", file=sys.stderr)
        return 1
    if not args.yes:
        if not sys.stdin.isatty():
            print("rehearse forget: refusing without --yes when not run from a terminal", file=sys.stderr)
            return 2
        answer = input(f"Delete the session {row.id} ({row.title}, {row.persona})? This cannot be undone. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing deleted.")
            return 0
    store.delete(row.id)
    print(f"Deleted {row.id}.")
    return 0
