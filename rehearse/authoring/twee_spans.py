"""Spans of a Twine passage: where each bracket closes (found once per text, not once per bracket) and the passage
with some spans blanked out, character for character, so every offset still points at the same place."""

from __future__ import annotations

__all__ = ["BLANK", "blank"]

BLANK = "\x03"  # stands in for a blanked character; the body reader drops it


_SQUARE: dict[str, dict[int, int]] = {}  # text -> where each '[' closes (-1: never); one pass, not one per '['


def _square(text: str) -> dict[int, int]:
    if len(_SQUARE) > 4:
        _SQUARE.clear()
    found = _SQUARE.get(text)
    if found is None:
        found, stack = {}, []
        for i, ch in enumerate(text):
            if ch == "[":
                stack.append(i)
            elif ch == "]" and stack:
                found[stack.pop()] = i + 1
        for i in stack:
            found[i] = -1
        _SQUARE[text] = found
    return found


def _balanced(text: str, i: int, open_ch: str, close_ch: str) -> int:
    if open_ch == "[":  # hooks may be left open thousands of times: never scan to the end once per hook
        return _square(text).get(i, -1)
    depth, quote = 0, None
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'" and open_ch == "(":
            quote = ch
        elif ch == open_ch:
            depth += 1
        elif ch == close_ch:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def blank(text: str, spans) -> str:
    """The text with each span's characters (but not its newlines) replaced by BLANK."""
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = BLANK
    return "".join(chars)
