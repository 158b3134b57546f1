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
    """The crisis lines, one place per line."""
    from rehearse.engine.safety import RESOURCES

    parts: list = []
    for place, how in RESOURCES:
        parts += [(f"{place}: ", "bold"), how, "\n"]
    return join(*parts[:-1])
