"""Renders feedback (and optionally the transcript) through Jinja2 templates as text, Markdown or HTML."""

from __future__ import annotations

import re
from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from rehearse.engine.review.feedback import Feedback
from rehearse.engine.play.runner import Line
from rehearse.engine.textnorm import printable

BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"
OUTCOME_WORDS = {"good": "a good place", "mixed": "a mixed place", "poor": "a hard place"}


def sparkline(values) -> str:
    """A one-line chart of a series, lowest value as the lowest bar."""
    if not values:
        return ""
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1
    return "".join(BARS[round((v - lo) / span * (len(BARS) - 1))] for v in values)


_MD_ANYWHERE = frozenset("\\`*_[]<>|~&")  # emphasis, code, links and images, HTML and entities, tables, strike
# Only at the start of a line do these act: headings, lists, quotes, rules, setext underlines, "1." and "1)".
_MD_LINE_START = re.compile(r"^([ \t]*)([#+\-=>]|\d+(?=[.)]))", re.MULTILINE)


def _md_escape(text: str) -> str:
    """Keep typed text literal in Markdown: escape only what Markdown would act on where it stands."""
    out = "".join("\\" + ch if ch in _MD_ANYWHERE else ch for ch in str(text))
    out = _MD_LINE_START.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else
                                                     "\\" + m.group(2)), out)
    return out.replace("\n", "  \n")


@cache
def _env(kind: str) -> Environment:
    from rehearse.locations import templates_dir

    env = Environment(loader=FileSystemLoader(str(templates_dir())), undefined=StrictUndefined,
                      autoescape=kind == "html",  # by format, not file name: templates end in .j2
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["md"] = _md_escape
    env.filters["plain"] = printable
    env.globals["sparkline"] = sparkline
    env.globals["OUTCOME_WORDS"] = OUTCOME_WORDS
    return env


def render_report(fb: Feedback, fmt: str = "text", transcript: list[Line] | None = None,
                  speakers: dict | None = None, meta: dict | None = None) -> str:
    """The report as text, md or html."""
    name = {"text": "report.txt.j2", "md": "report.md.j2", "html": "report.html.j2"}[fmt]
    return _env(fmt).get_template(name).render(fb=fb, transcript=transcript or [], speakers=speakers or {},
                                                meta=meta or {}, flag_guidance=fb.flag_guidance)
