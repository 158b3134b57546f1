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
