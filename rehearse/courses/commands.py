"""The lecturer's commands: `rehearse class report` and `rehearse pack build|install|list|remove`."""

from __future__ import annotations

import sys
from pathlib import Path


def add_parsers(sub) -> None:
    """Register the course subcommands."""
    p = sub.add_parser("class", help="for tutors: combine a class's tutor exports")
    csub = p.add_subparsers(dest="class_command", metavar="ACTION", required=True)
    r = csub.add_parser("report", help="one HTML page from many `export --format tutor` files")
    r.add_argument("files", nargs="+", metavar="FILE", help="tutor exports (.json)")
    r.add_argument("-o", "--output", required=True, help="the HTML file to write")
    r.add_argument("--title", default="Class report", help="the page's heading")

    p = sub.add_parser("pack", help="for lecturers: build, install, list and remove course packs")
    psub = p.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    b = psub.add_parser("build", help="validate a course folder strictly and write it as one .rehearse file")
    b.add_argument("folder", metavar="DIR", help="the course folder")
    b.add_argument("-o", "--output", required=True, metavar="NAME.rehearse",
                   help="the file to write; its name (lowercase, digits, '-') is the pack's name")
    i = psub.add_parser("install", help="check a .rehearse file and add its scenarios to your library")
    i.add_argument("file", metavar="FILE", help="a .rehearse pack")
    ls = psub.add_parser("list", help="the packs installed")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    rm = psub.add_parser("remove", help="delete an installed pack")
    rm.add_argument("name", metavar="NAME", help="the pack's name, as `rehearse pack list` shows it")


def cmd_class(args) -> int:
    """`rehearse class report`."""
    from rehearse.courses.classreport import build
    from rehearse.files import write_private

    html, problems = build([Path(f) for f in args.files], args.title)
    for line in problems:
        print(f"rehearse: left out {line}", file=sys.stderr)
    if len(problems) == len(args.files):
        print("rehearse: no tutor export could be read; nothing written", file=sys.stderr)
        return 1
    write_private(Path(args.output), html)
    n = len(args.files) - len(problems)
    print(f"Wrote {args.output} from {n} export(s)", file=sys.stderr)
    return 1 if problems else 0


def cmd_pack(args) -> int:
    """`rehearse pack build|install|list|remove`."""
    import json

    from rehearse.courses import packs

    try:
        if args.pack_command == "build":
            m = packs.build(Path(args.folder), Path(args.output))
            n = sum(1 for f in m["files"] if "/" not in f["path"] and f["path"] not in ("course.yaml", "guidance.yaml"))
            print(f"Wrote {args.output}: pack '{m['name']}', {n} scenario(s), content hash {m['content_hash'][:16]}",
                  file=sys.stderr)
        elif args.pack_command == "install":
            p, replaced = packs.install(Path(args.file))
            print(f"{'Replaced' if replaced else 'Installed'} pack '{p.name}' ({p.title}): {p.scenarios} scenario(s),"
                  f" in {p.folder}. `rehearse list` shows them.", file=sys.stderr)
        elif args.pack_command == "list":
            rows = packs.installed()
            if args.json:
                print(json.dumps([r.to_json() for r in rows], indent=2, ensure_ascii=False))
            elif not rows:
                print("No packs installed. `rehearse pack install FILE.rehearse` adds one.")
            for r in rows if not args.json else []:
                print(f"{r.name:<24} {r.title}  [{r.scenarios} scenario(s); installed {r.installed}; "
                      f"hash {r.content_hash[:16]}]")
        else:
            folder = packs.remove(args.name)
            print(f"Removed pack '{args.name}' ({folder})", file=sys.stderr)
    except packs.PackError as exc:
        print(f"rehearse: {exc}", file=sys.stderr)
        return 1
    return 0
