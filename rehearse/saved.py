"""The commands about saved sessions: `rehearse history`, `export` and `forget` (all, or one by id)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rehearse.engine.load.guidance import load_catalogue
from rehearse.store.db import Store, open_store


def _store(read_only: bool = False) -> Store:
    """The history, and any notice about it (a repaired or read-only database) said on stderr."""
    store = open_store(read_only=read_only)
    if store.notice:
        print(f"rehearse: {store.notice}", file=sys.stderr)
    return store


def cmd_history(args) -> int:
    """List saved sessions."""
    from rehearse.wording import outcome_words, when

    store = _store(read_only=True)
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

    store = _store(read_only=True)
    try:
        text = export_session(store, args.session, args.format, set(load_catalogue()), args.include_words)
    except LookupError as exc:
        print(f"rehearse: {exc}", file=sys.stderr)
        return 1
    if args.format == "tutor":  # the student sees what they are handing in
        print("This tutor export " + ("INCLUDES the words you typed: your tutor will read them."
                                      if args.include_words else
                                      "holds no words you typed: only which options you took, what the report "
                                      "found and how it ended, under a random student code.") +
              " Your name and the session's time are never in it.", file=sys.stderr)
    elif args.include_words:
        print("rehearse: --include-words goes with --format tutor", file=sys.stderr)
        return 2
    if args.output:
        from rehearse.files import write_private

        try:
            write_private(Path(args.output), text)  # a temporary file, renamed: a failure leaves no part behind
        except OSError as exc:
            kept = "it is unchanged" if Path(args.output).exists() else "no file was made"
            print(f"rehearse: could not write {args.output} ({exc.strerror or exc}); {kept}. Check the "
                  "folder exists and has space, or write to standard output without -o.", file=sys.stderr)
            return 1
        print(f"Wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_forget(args) -> int:
    """Delete one saved session, or everything rehearse has saved."""
    from rehearse.locations import data_dir
    from rehearse.store.forget import forget_everything

    if args.session:
        return _forget_one(args)
    if not args.yes:
        if not sys.stdin.isatty():
            print("rehearse forget: refusing without --yes when not run from a terminal", file=sys.stderr)
            return 2
        answer = input(f"Delete every saved session, the app's exports and everything else rehearse keeps in "
                       f"{data_dir()}? This cannot be undone. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing deleted.")
            return 0
    gone = forget_everything()
    exports = sum(1 for f in gone.files if f.parent.name == "exports")
    print(f"Deleted {gone.sessions} saved session(s), {exports} export(s) made in the app, and the cache and "
          f"settings ({len(gone.files)} file(s) in all).")
    print("Files you exported with `rehearse export -o FILE` are wherever you put them: rehearse does not keep "
          "track of them, so delete those yourself.")
    return 0


def _forget_one(args) -> int:
    """Delete one saved session and everything recorded of it."""
    from rehearse.store.resume import no_session_message

    store = _store()
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
