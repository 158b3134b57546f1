"""`rehearse help-lines`: the crisis and support lines for where the user is, as text or JSON."""

from __future__ import annotations

import json
import sys


def cmd_help_lines(args) -> int:
    """Print the crisis and support lines for the user's region."""
    from rehearse import helplines

    code = helplines.normalise_region(args.region) if args.region else helplines.current_region()
    if args.region and code is None:
        print(f"rehearse: {args.region!r} is not a two-letter region code (ISO 3166-1, e.g. GB, US, AU)",
              file=sys.stderr)
        return 2
    places = helplines.places_for(code)
    _local, problem = helplines.local_lines()
    if problem:
        print(f"rehearse: your own help lines were left out: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps({"region": code, "places": [
            {"region": p.region, "place": p.place, "emergency": p.emergency,
             "lines": [{k: v for k, v in ln.__dict__.items() if v not in ("", False)} for ln in p.lines]}
            for p in places]}, indent=2, ensure_ascii=False))
        return 0
    print("If you are in danger now, call your local emergency number. These lines are free and confidential.")
    if code is None:
        print("(Your region is not set: showing lines that work anywhere. Set REHEARSE_REGION=GB, US, AU... or use "
              "--region.)")
    elif code not in helplines.bundled():
        print(f"(rehearse has no lines for {code} built in; findahelpline.com lists the lines there.)")
    print()
    print("\n".join(helplines.as_text(places)))
    return 0
