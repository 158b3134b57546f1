"""The `rehearse` command: parses arguments and calls the engine, the store or the TUI."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path

from rehearse import __version__
from rehearse.engine.diagnostics import RunnerError, ScenarioError  # light: the runner itself loads on play
from rehearse.launch import has_terminal as _has_terminal  # under these names, so the bench and tests can stand in
from rehearse.launch import plain_instead as _plain_instead
from rehearse.launch import run_app as _tui

EPILOG = ("rehearse is a practice tool, not therapy or a crisis service. In the US call or text 988; in the UK call "
          "Samaritans on 116 123.")


def _seed(text: str) -> int:
    """A seed that fits in SQLite's integer."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError("use a number from 0 to 9223372036854775807")
    return value


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="rehearse", description="Rehearse hard conversations with a therapist.",
                                 epilog=EPILOG)
    ap.add_argument("--version", action="version", version=f"rehearse {__version__}")
    ap.add_argument("--no-save", "--incognito", dest="no_save", action="store_true",
                    help="keep nothing on disk for this run")
    ap.add_argument("--library", action="append", default=[], metavar="DIR",
                    help="add a course folder to the library (repeatable; REHEARSE_LIBRARY holds a path list too)")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("play", help="play a scenario (the app, or --plain for line-by-line text)")
    p.add_argument("scenario", help="scenario id or path to a .yaml file")
    p.add_argument("--plain", action="store_true", help="line-by-line text for pipes and screen readers")
    p.add_argument("--persona", help="persona name, or 'random'")
    p.add_argument("--seed", type=_seed, default=None, help="seed for 'random' persona (default: time-based)")
    p.add_argument("--name", help="the name the other side should call you")
    # SUPPRESS: when not given here, the global `rehearse --no-save play ...` must still count.
    p.add_argument("--no-save", "--incognito", dest="no_save", action="store_true", default=argparse.SUPPRESS,
                   help="keep nothing on disk")

    p = sub.add_parser("drill", help="practise one hard moment again and again, with feedback (deliberate practice)")
    p.add_argument("drill", nargs="?", help="drill id (see --list)")
    p.add_argument("--plain", action="store_true", help="line-by-line text for pipes and screen readers")
    p.add_argument("--list", action="store_true", help="list the drills")
    p.add_argument("--json", action="store_true", help="with --list or --progress: machine-readable output")
    p.add_argument("--progress", action="store_true", help="show your drill history per skill and day")
    p.add_argument("--level", choices=["gentle", "moderate", "challenging"], default="gentle",
                   help="the level to start at (default: gentle)")
    p.add_argument("--reps", type=int, default=5, help="reps in a set (default: 5)")
    p.add_argument("--seed", type=_seed, default=None, help="seed for the order of wordings (default: time-based)")
    p.add_argument("--no-save", "--incognito", dest="no_save", action="store_true", default=argparse.SUPPRESS,
                   help="keep nothing on disk")

    p = sub.add_parser("resume", help="carry on an unfinished session")
    p.add_argument("session", nargs="?", help="session id (default: the latest unfinished)")
    p.add_argument("--plain", action="store_true", help="line-by-line text")

    p = sub.add_parser("list", help="list the scenario library")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("paths", nargs="*", help="folders or files (default: the bundled library)")

    p = sub.add_parser("validate", help="check scenario files and report every problem")
    p.add_argument("paths", nargs="*", help="files or folders (default: the bundled library)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("--quiet", "-q", action="store_true", help="print only problems")

    p = sub.add_parser("guidance", help="list the guidance catalogue")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("history", help="list saved sessions")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("export", help="export a saved session's transcript and report")
    p.add_argument("session", help="session id (or a unique prefix)")
    p.add_argument("--format", choices=["md", "html", "json", "text", "card", "tutor"], default="md",
                   help="card: the client's one-page card for the real session, as Markdown; tutor: anonymised "
                        "JSON to hand in for `rehearse class report`")
    p.add_argument("--include-words", action="store_true",
                   help="with --format tutor: include the words you typed (left out by default)")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")

    p = sub.add_parser("help-lines", help="crisis and support lines for where you are")
    p.add_argument("--region", help="two-letter country code, e.g. GB (default: REHEARSE_REGION, else your locale)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("serve", help="serve the app to browsers (pip install 'rehearse[serve]')")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--public-url", help="the address students use, when behind a reverse proxy "
                                        "(e.g. https://rehearse.example.ac.uk)")

    p = sub.add_parser("forget", help="delete one saved session, or every one")
    p.add_argument("session", nargs="?", help="the session to delete (id or a unique prefix; default: every one)")
    p.add_argument("--yes", action="store_true", help="do not ask first")

    from rehearse import tools
    from rehearse.courses import commands

    tools.add_parsers(sub)
    commands.add_parsers(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    # Plain `rehearse` opens the app: skip building every subcommand's parser (and importing the tools) for it.
    args = argparse.Namespace(command=None, no_save=False) if not argv else _parser().parse_args(argv)
    if getattr(args, "library", None):
        if (gone := next((d for d in args.library if not Path(d).is_dir()), None)) is not None:
            print(f"rehearse: --library {gone}: no such folder", file=sys.stderr)
            return 2
        # Through the environment, so every part (the app's picker, play, validate, a resumed session) sees it.
        known = [p for p in os.environ.get("REHEARSE_LIBRARY", "").split(os.pathsep) if p]
        os.environ["REHEARSE_LIBRARY"] = os.pathsep.join([str(Path(d).resolve()) for d in args.library] + known)
    if getattr(args, "no_save", False):
        # Incognito keeps nothing: not even the checked-scenario cache (it would create the data folder).
        os.environ["REHEARSE_NO_CACHE"] = "1"
    if args.command is None:
        return _run(args)
    # Scenario files and the history are not ours: nothing a command prints may act on the terminal.
    # (The app draws through Textual, which gets the real streams back in _tui.)
    from rehearse.engine.textnorm import PrintableStream

    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = PrintableStream(sys.stdout), PrintableStream(sys.stderr)
    try:
        return _run(args)
    finally:
        sys.stdout, sys.stderr = streams


def _run(args) -> int:
    try:
        if args.command is None:
            if not _has_terminal():
                print("rehearse: the app needs a terminal. Without one, play line by line: `rehearse list` names "
                      "the scenarios, `rehearse play ID --plain` plays one, `rehearse resume --plain` carries on.",
                      file=sys.stderr)
                return 2
            return _tui(args)
        name = f"cmd_{args.command.replace('-', '_')}"
        handler = globals().get(name)
        if handler is None:
            from rehearse import helpcmd, saved, tools
            from rehearse.courses import commands

            handler = next(getattr(m, name) for m in (saved, helpcmd, tools, commands) if hasattr(m, name))
        return handler(args)
    except ScenarioError as exc:
        for d in exc.diagnostics:
            print(d, file=sys.stderr)
        return 1
    except LookupError as exc:
        print(f"rehearse: no scenario called '{exc.args[0]}'. Try `rehearse list`.", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except RunnerError as exc:
        print(f"rehearse: this scenario cannot go on: {exc}. `rehearse autoplay` on it shows where.", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:
        from rehearse.locations import data_dir
        from rehearse.store.db import store_advice

        print(f"rehearse: {store_advice(exc, data_dir())}", file=sys.stderr)
        return 1
    except OSError as exc:
        import errno

        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
            from rehearse.store.db import store_advice

            print(f"rehearse: {store_advice(exc)}", file=sys.stderr)
            return 1
        print(f"rehearse: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except Exception as exc:
        from rehearse.store.db import StoreError

        if not isinstance(exc, StoreError):
            raise
        print(f"rehearse: {exc}", file=sys.stderr)
        return 1


def _catalogue():
    from rehearse.engine.load.course import catalogue

    return catalogue()


def _store(no_save: bool, read_only: bool = False):
    if no_save:
        return None
    from rehearse.store.db import open_store

    store = open_store(read_only=read_only)
    if store.notice:
        print(f"rehearse: {store.notice}", file=sys.stderr)
    return store


def cmd_play(args) -> int:
    """Play a scenario."""
    from rehearse.engine.load.library import load
    from rehearse.engine.play.runner import start

    cat = _catalogue()
    sc = load(args.scenario, set(cat))
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(2), "big")
    if not args.plain and _has_terminal():
        # A file is passed on as its path: its id may be a bundled scenario's, and the file is what was asked for.
        ref = str(Path(sc.path).resolve()) if sc.path and Path(args.scenario).suffix in (".yaml", ".yml") else sc.id
        return _tui(args, scenario=ref, persona=args.persona, seed=seed, name=args.name)
    if not args.plain:
        _plain_instead("play")
    try:
        session = start(sc, args.persona, seed, args.name)
    except ValueError as exc:
        print(f"rehearse: {exc}", file=sys.stderr)
        return 2
    from rehearse.plain import PlainPlayer
    from rehearse.store.recorder import Recorder

    rec = Recorder(session, _store(args.no_save))
    code = PlainPlayer(rec, cat).run()
    if rec.store is not None and rec.sid is not None and not rec.store.events(rec.sid):
        rec.store.delete(rec.sid)  # stopped before a first reply: nothing to carry on, so no "unfinished" row
    return code


def cmd_drill(args) -> int:
    """Deliberate-practice drills: list them, show progress, or practise one."""
    from rehearse import drillplain
    from rehearse.engine.play.drill import find_drill, library_drills

    cat = _catalogue()
    if args.progress:
        from rehearse.store.drills import progress, progress_table

        store = _store(getattr(args, "no_save", False))
        if store is None:
            print("rehearse: with --no-save nothing is read or kept; drop it to see your progress.", file=sys.stderr)
            return 2
        rows = progress(store)
        if args.json:
            print(json.dumps([r.to_json() for r in rows], indent=2))
        else:
            print(progress_table(rows, lambda g: cat.get(g).title if cat.get(g) else g))
        return 0
    drills = library_drills(None, set(cat))
    if args.list or args.drill is None and args.plain:
        drillplain.list_drills(drills, cat, args.json, sys.stdout)
        return 0
    if args.drill is None:
        return _tui(args, drill="")
    try:
        sc, d = find_drill(args.drill, drills)
    except LookupError:
        print(f"rehearse: no drill called '{args.drill}'. Try `rehearse drill --list`.", file=sys.stderr)
        return 2
    if args.reps < 1:
        print("rehearse: --reps must be at least 1", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(2), "big")
    if not args.plain:
        return _tui(args, drill=d.id)
    ds = drillplain.start_drill(sc, d, args.level, seed, args.reps)
    return drillplain.PlainDriller(ds, cat, _store(getattr(args, "no_save", False))).run()


def cmd_resume(args) -> int:
    """Resume a saved session."""
    from rehearse.store.resume import resume_session

    store = _store(False)
    plain = args.plain or not _has_terminal()
    rec, message = resume_session(store, args.session, set(_catalogue()), read_only=not plain)
    if rec is None:
        print(f"rehearse: {message}", file=sys.stderr)
        return 1
    if not plain:
        # The app resumes (and explains any edit to the scenario) itself; this only checked there is one, and
        # that no other rehearse has it open (said here, in the terminal, rather than after the app starts).
        free = store.lock(rec.sid)
        store.close()
        if not free:
            print(f"rehearse: session {rec.sid} is open elsewhere (another rehearse window or terminal is playing "
                  "it): carry on there, or close it there and resume again", file=sys.stderr)
            return 1
        return _tui(args, resume=rec.sid)
    if not args.plain:
        _plain_instead("resume")
    if message:
        print(message)
    from rehearse.plain import PlainPlayer

    return PlainPlayer(rec, _catalogue()).run()


def cmd_list(args) -> int:
    """List scenarios: the bundled library by role, then each course folder in its own order."""
    from rehearse.engine.load.library import by_course, list_entries

    entries = list_entries(args.paths or None)
    groups = by_course(entries)
    if args.json:
        print(json.dumps([e.to_json() | {"course": c.title if c else None} for c, group in groups for e in group],
                         indent=2, ensure_ascii=False))
        return 0
    for c, group in groups:
        if c is None:
            for role in ("client", "therapist"):
                rows = [e for e in group if e.user_role == role]
                if rows:
                    print("You play the client:" if role == "client" else "You play the therapist (trainee practice):")
                for e in rows:
                    print(f"  {e.id:<28} {e.title}  [{', '.join(e.tags)}; {e.difficulty}; ~{e.minutes} min]")
            continue
        print(f"Course: {c.title}  ({c.folder})")
        for e in group:
            who = "client" if e.user_role == "client" else "therapist"
            print(f"  {e.id:<28} {e.title}  [{', '.join(e.tags)}; {e.difficulty}; ~{e.minutes} min; you: {who}]")
    return 0


def cmd_validate(args) -> int:
    """Validate scenario files."""
    from rehearse.engine.load.validate import missing, validate

    try:
        catalogue = _catalogue()
    except ScenarioError as exc:
        for d in exc.diagnostics:
            print(d, file=sys.stderr)
        return 1
    if (gone := missing(args.paths)) is not None:
        print(f"rehearse validate: no such file or folder: {gone}", file=sys.stderr)
        return 2
    run = validate(args.paths or None, catalogue, lint_too=args.strict or not args.quiet)
    for d in run.diagnostics:
        print(d)
    if not args.quiet:
        print(f"{run.loaded} scenario(s) loaded; {run.errors} error(s), {run.warnings} warning(s)", file=sys.stderr)
        if not args.paths:  # easy to read as a pass for your own folder otherwise
            from rehearse.locations import scenarios_dir

            print(f"(checked the bundled library in {scenarios_dir()}; to check your own files, name them or their "
                  "folder: rehearse validate my-scenarios/)", file=sys.stderr)
    return 1 if run.failed(args.strict) else 0


def cmd_guidance(args) -> int:
    """List the catalogue."""
    cat = _catalogue()
    if args.json:
        print(json.dumps([{"id": g.id, "title": g.title, "advice": g.advice, "example": g.example,
                           "role": g.role, "applies_to": list(g.applies_to),
                           "sources": [s.as_json() for s in g.sources], "basis": dict(g.basis)}
                          for g in cat.items.values()], indent=2, ensure_ascii=False))
        return 0
    for g in cat.items.values():
        print(f"{g.id:<30} {g.title}\n{'':<30} {g.cite()}")
    return 0


def cmd_serve(args) -> int:
    """Serve the app to browsers, one process and data folder per browser."""
    try:
        import textual_serve  # noqa: F401
    except ImportError:
        print("rehearse serve needs textual-serve: pip install 'rehearse[serve]' (or pipx inject rehearse "
              "textual-serve)", file=sys.stderr)
        return 2
    from rehearse.locations import data_dir
    from rehearse.serve import run

    return run(args.host, args.port, data_dir() / "serve", [], args.public_url)
