"""Turning user and scenario text into content that is shown exactly as written and never acted on."""

from __future__ import annotations

from textual.content import Content

from rehearse.engine.textnorm import printable

# Direction overrides would let pasted words display in another order than they read (as printable() says).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def literal(text: object, style: str = "") -> Content:
    """Text as Content: markup stays literal, control characters become a visible replacement mark."""
    content = Content(printable(str(text)))
    return content.stylize(style) if style else content


def clean_reply(text: str) -> str:
    """Typed or pasted words as a one-line reply: line breaks and tabs become spaces, control characters go."""
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", " ").translate({ord("\n"): " ", ord("\r"): " ", ord("\t"): " "})
    return "".join(ch for ch in text if (ord(ch) >= 32 and ord(ch) != 127 and not 0x80 <= ord(ch) < 0xA0)
                   and ch not in _BIDI)


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


def shorten(text: str, limit: int) -> str:
    """Text cut to at most `limit` characters at a word break, with an ellipsis when anything was cut."""
    if len(text) <= limit:
        return text
    cut = text[:max(limit - 1, 1)]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "\u2026"
