"""Turning user and scenario text into content that is shown exactly as written and never acted on."""

from __future__ import annotations

from textual.content import Content

from rehearse.engine.textnorm import printable


def literal(text: object, style: str = "") -> Content:
    """Text as Content: markup stays literal, control characters become a visible replacement mark."""
    content = Content(printable(str(text)))
    return content.stylize(style) if style else content


def join(*parts: Content | str | tuple[str, str]) -> Content:
    """Assemble pieces; plain strings here are our own wording, tuples are (our text, style)."""
    return Content.assemble(*parts)


def resources_content() -> Content:
    """The crisis lines, the user's region first: a heading per place, then one line per service."""
    from rehearse.helplines import places_for

    parts: list = []
    for p in places_for():
        parts += [(p.place, "bold"), f" (emergency: {p.emergency})" if p.emergency else "", "\n"]
        for ln in p.lines:  # a clinic's own lines come from a file the user wrote: shown literally
            parts += ["  ", literal(ln.name, "bold"), ": ", literal(ln.how()), "\n"]
    return join(*parts[:-1])
