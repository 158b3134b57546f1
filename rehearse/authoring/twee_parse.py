"""Reading Twee 3 text: passage headers (name, tags, metadata), passages, and the four forms of [[link]].

References: the Twee 3 specification (iftechfoundation/twine-specs) and Twine's link parser
(klembot/twinejs src/util/parse-links.ts), whose rules for the four link forms are followed here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Diagnostic, Mark

_LINK = re.compile(r"\[\[(?!\[)(.*?)\]\]")  # in [[[a]]] the outer brackets are a Harlowe hook
_LINES = re.compile(r"\r\n|\r|\n")


def lazy(text: str, rx: re.Pattern[str], kinds: tuple[tuple[str, ...], ...],
         one_line: bool = False) -> Iterator[re.Match[str]]:
    """rx.finditer(text) for a pattern `opener .*? [middle .*?] closer`, in linear time: each kind is (opener,
    then the strings that must follow it in order); the match is tried only up to where they are, and a kind
    whose strings no longer occur is dropped. (finditer itself rescans to the end from every opener: 100 KB of
    `<<` took 87 s.) With one_line, the strings must be on the opener's line, as `.` does not cross one."""
    pos, alive = 0, list(kinds)
    nxt = {k: text.find(k[0]) for k in alive}
    while alive:
        for k in alive:
            if 0 <= nxt[k] < pos:
                nxt[k] = text.find(k[0], pos)
        alive = [k for k in alive if nxt[k] >= 0]
        if not alive:
            return
        kind = min(alive, key=nxt.__getitem__)
        i = end = nxt[kind]
        limit = len(text)
        if one_line:
            nl = text.find("\n", i)
            limit = nl if nl >= 0 else len(text)
        end += len(kind[0])
        for part in kind[1:]:
            found = text.find(part, end, limit)
            if found < 0:
                break
            end = found + len(part)
        else:
            m = rx.match(text, i, end)
            if m is not None:
                yield m
                pos = max(m.end(), i + 1)
                continue
            pos = i + 1
            continue
        if one_line and limit < len(text):
            nxt[kind] = text.find(kind[0], limit)  # nothing more on this line can close: on to the next
        else:
            alive.remove(kind)  # what closes this kind occurs nowhere after here: no later opener matches


@dataclass
class Passage:
    """One passage: its header and its body, with where the body starts in the file."""

    name: str
    tags: list[str]
    line: int  # the header's line
    body: str
    body_line: int  # the line the body starts on


@dataclass
class Choice:
    """A link out of a passage."""

    text: str
    target: str  # a passage name
    line: int
    col: int
    offset: int = 0  # in the passage body: choices keep the order they are written in
    auto: bool = False  # a (goto:) or <<goto>>: the story moves on without the reader choosing


@dataclass
class Story:
    """The file being imported and the warnings met in it so far."""

    path: str
    warnings: list[Diagnostic] = field(default_factory=list)

    def warn(self, line: int, col: int, code: str, message: str) -> None:
        self.warnings.append(Diagnostic(self.path, Mark(line, col), "warning", code, message))


def unescape(text: str) -> str:
    """Twee 3 decoding: a backslash and the character after it yield that character."""
    return re.sub(r"\\(.)", r"\1", text)


def parse_header(line: str, lineno: int, story: Story) -> tuple[str, list[str]] | None:
    """Name and tags from a `:: Name [tags] {metadata}` line; malformed tags or metadata are reported and dropped."""
    text = line[2:]
    i, n = 0, len(text)
    name_chars = []
    while i < n and text[i] not in "[{":
        if text[i] == "\\" and i + 1 < n:
            name_chars.append(text[i:i + 2])
            i += 2
            continue
        name_chars.append(text[i])
        i += 1
    name = unescape("".join(name_chars)).strip()
    tags: list[str] = []
    if i < n and text[i] == "[":
        j = i + 1
        while j < n and text[j] != "]":
            j += 2 if text[j] == "\\" else 1
        if j >= n:
            story.warn(lineno, i + 3, dg.TWEE_HEADER, "the tag block has no closing ']': tags dropped")
            i = n
        else:
            tags = [unescape(t) for t in re.split(r"\s+", text[i + 1:j].strip()) if t]
            i = j + 1
    rest = text[i:].strip()
    col = i + 3 + (len(text[i:]) - len(text[i:].lstrip()))
    if rest.startswith("{"):
        try:
            meta, end = json.JSONDecoder().raw_decode(rest)
        except ValueError as exc:
            story.warn(lineno, col, dg.TWEE_HEADER, f"passage metadata is not valid JSON ({exc.msg}): discarded")
        else:
            if not isinstance(meta, dict):
                story.warn(lineno, col, dg.TWEE_HEADER, "passage metadata should be a JSON object: discarded")
            elif rest[end:].strip():
                story.warn(lineno, col + end, dg.TWEE_HEADER, "unexpected text after the metadata: ignored")
    elif rest.startswith("<") and re.fullmatch(r"<\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*>", rest):
        pass  # a Twee 2 position (<x,y>): layout only
    elif rest:
        story.warn(lineno, col, dg.TWEE_HEADER, f"unexpected text after the passage {'tags' if tags else 'name'}: "
                   f"{rest[:40]!r} ignored (tags go in [ ], metadata in {{ }})")
    if not name:
        story.warn(lineno, 1, dg.TWEE_HEADER, "passage header has no name: passage skipped")
        return None
    return name, tags


def read_passages(text: str, story: Story) -> list[Passage]:
    """Split Twee text into passages."""
    lines = _LINES.split(text)
    passages: list[Passage] = []
    header: tuple | None = None
    body: list[str] = []
    start_line = 1

    def close():
        if header is not None:
            while body and not body[-1].strip():
                body.pop()  # trailing blank lines are not content
            name, tags, line = header
            passages.append(Passage(name, tags, line, "\n".join(body), start_line))

    skipped_prefix = False
    for idx, line in enumerate(lines, 1):
        if line.startswith("::"):
            close()
            parsed = parse_header(line, idx, story)
            header = (parsed[0], parsed[1], idx) if parsed else None
            body, start_line = [], idx + 1
            continue
        if header is None:
            if line.strip() and not skipped_prefix:
                story.warn(idx, 1, dg.TWEE_BEFORE_HEADER, "text before the first passage header (::) is ignored")
                skipped_prefix = True
            continue
        body.append(line[1:] if line.startswith("\\::") else line)
    close()
    return passages


def split_link(inner: str) -> tuple[str, str, str | None]:
    """(text, target, setter) of the inside of a [[...]] link, by Twine's rules.

    The setter part ([[a|b][$x to 1]]) is cut first; then the rightmost '->' divides text->target, else the leftmost
    '<-' divides target<-text, else the last '|' divides text|target, else the whole is both text and target.
    """
    setter = None
    if "][" in inner:
        inner, setter = inner.split("][", 1)
    for sep, index in (("->", -1), ("<-", 0), ("|", -1)):
        parts = inner.split(sep)
        if len(parts) > 1 and parts[index]:
            target = parts[index]
            text = sep.join(parts[:-1]) if index == -1 else sep.join(parts[1:])
            return text, target, setter
    return inner, inner, setter


def parse_links(text: str) -> list[tuple[str, str, int, int, str | None]]:
    """Every [[...]] link in `text` as (link text, target, start, end, setter), URLs included."""
    out = []
    for m in lazy(text, _LINK, (("[[", "]]"),), one_line=True):
        link_text, target, setter = split_link(m.group(1))
        out.append((link_text, target, m.start(), m.end(), setter))
    return out
