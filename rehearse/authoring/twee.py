"""`rehearse import-twee`: a Twine story in Twee 3 notation becomes a scenario draft.

Passages become nodes, links become choices, passages without links become endings, and passage tags carry over
as comments. What cannot be translated (story-format macros, variables, setters) is reported as a warning located
at its line and column in the Twee file, never a crash: the Twee 3 specification asks compilers to warn about bad
header metadata and carry on, and this importer treats everything else the same way. The draft always loads
(`rehearse validate` reports no errors) and can be played to an ending; the header comment lists what an author
still has to add before it is a teaching scenario.

References: the Twee 3 specification (iftechfoundation/twine-specs) and Twine's link parser
(klembot/twinejs src/util/parse-links.ts), whose rules for the four link forms are followed here.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rehearse.engine.diagnostics import Diagnostic, Mark
from rehearse.engine.load.library import limits_from_env
from rehearse.engine.load.lint import reach

# Passages that story formats or compilers treat specially: they are not part of the conversation.
SPECIAL_PASSAGES = {
    "StoryTitle", "StoryData", "StoryAuthor", "StorySubtitle", "StoryBanner", "StoryCaption", "StoryInit",
    "StoryMenu", "StoryInterface", "StoryShare", "StorySettings", "StoryIncludes", "StoryDisplayTitle",
    "PassageReady", "PassageDone", "PassageHeader", "PassageFooter",
}
# Tags whose passages hold code, styles or format machinery rather than story text.
SPECIAL_TAGS = {"script", "stylesheet", "widget", "init", "startup", "header", "footer", "debug-startup",
                "debug-header", "debug-footer", "Twine.private", "annotation"}

# Harlowe macro names (compared lower-case with '-' and '_' removed); prose like "(Note: ...)" is left alone.
HARLOWE_MACROS = {re.sub(r"[-_]", "", m) for m in """
    set put move unpack if unless else-if elseif else link link-goto link-reveal link-repeat link-rerun link-undo
    link-show link-reveal-goto link-storylet link-fullscreen click click-goto click-replace click-append
    click-prepend click-rerun mouseover mouseout goto go-to redirect display print either random nth cond history
    visited live stop event after more show hidden hide replace append prepend rerun t8n transition t8n-depart
    t8n-arrive transition-depart transition-arrive t8n-time t8n-delay t8n-skip text-colour text-color colour color
    font align css hook text-style text-size text-indent text-rotate text-rotate-z background bg enchant
    enchant-in verbatim v6m undo restart reload save-game load-game saved-games alert prompt confirm dialog
    dialogue a array dm datamap ds dataset for loop each count range shuffled sorted rotated reversed str string
    num number lowercase uppercase lowerfirst upperfirst words joined substring source passage passages storylet
    open-storylets exclusivity urgency icon-undo icon-redo icon-restart icon-fullscreen icon-counter cycling-link
    seq-link input input-box force-input force-checkbox checkbox dropdown meter mock-visits mock-turns debug
    scroll seed box float-box border corner-radius opacity hover-style char-style line-style link-style animate
    mouseover-replace mouseover-append link-reveal-goto replace-with append-with prepend-with change beside below
    after-error metadata gradient stripes hsl hsla rgb rgba lch lcha complement palette abs cos exp log log10 log2
    max min pow sign sin sqrt tan round floor ceil trunc plus minus
""".split()}  # noqa: SIM905 (a word list reads best as words)
# Macros that navigate: converted to choices when their arguments are plain strings.
HARLOWE_LINKS = {"linkgoto": "text,target", "linkrevealgoto": "text,target", "clickgoto": "text,target",
                 "goto": "target", "redirect": "target"}
SUGARCUBE_LINKS = {"link": "text,target?", "button": "text,target?", "goto": "target", "actions": "targets",
                   "choice": "target,text", "click": "text,target"}

SUGARCUBE_CLAUSES = {"else", "elseif", "case", "default", "next", "break", "continue", "option", "optionsfrom"}

_STR = r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'"
_ONLY_STRINGS = re.compile(rf"\s*(?:(?:{_STR})\s*,?\s*)*")
_STRINGS = re.compile(_STR)
_LINK = re.compile(r"\[\[(?!\[)(.*?)\]\]")  # in [[[a]]] the outer brackets are a Harlowe hook
_URL = re.compile(r"^\w+:///?\w", re.IGNORECASE)
_HARLOWE = re.compile(r"\(([A-Za-z][\w-]*):")
_SUGAR_SCRIPT = re.compile(r"<<(script|run)\b.*?>>.*?<</\1>>", re.DOTALL)
_SUGAR = re.compile(r"<<(/?)([A-Za-z=\-][\w-]*)?(.*?)>>", re.DOTALL)
_SNOWMAN = re.compile(r"<%.*?%>", re.DOTALL)
_COMMENT = re.compile(r"/\*.*?\*/|<!--.*?-->", re.DOTALL)
_HTML = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_HOOK_NAME = re.compile(r"\|[A-Za-z_]\w*>|<[A-Za-z_]\w*\|")
_CHAPBOOK_INSERT = re.compile(r"\{\s*([A-Za-z][\w ]*?)\s*(?::([^{}\n]*))?\}")
_CHAPBOOK_MODIFIER = re.compile(r"^\s*\[[^\[\]]+\]\s*$")
_VARIABLE = re.compile(r"(?<![\w$])\$[A-Za-z_][\w.]*")
_JINJA = re.compile(r"\{(?=[{%#])")  # a brace that would open a Jinja2 template
_LINES = re.compile(r"\r\n|\r|\n")


def _lazy(text: str, rx: re.Pattern, kinds: tuple[tuple[str, ...], ...], one_line: bool = False):
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

# Marks a link's text in the prose while lines are sorted into spoken text and lines of links only.
_L0, _L1 = "\x01", "\x02"


class TweeError(Exception):
    """The file cannot become a scenario at all (unreadable, or no story passages)."""


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
class ImportResult:
    """The scenario text, the warnings met on the way, and a count of what was converted."""

    yaml: str
    warnings: list[Diagnostic]
    nodes: int
    passages: int
    story_format: str = ""


@dataclass
class _Story:
    path: str
    warnings: list[Diagnostic] = field(default_factory=list)

    def warn(self, line: int, col: int, code: str, message: str) -> None:
        self.warnings.append(Diagnostic(self.path, Mark(line, col), "warning", code, message))


# -- reading Twee ------------------------------------------------------------------------------------------------

def _unescape(text: str) -> str:
    """Twee 3 decoding: a backslash and the character after it yield that character."""
    return re.sub(r"\\(.)", r"\1", text)


def parse_header(line: str, lineno: int, story: _Story) -> tuple[str, list[str]] | None:
    """Name and tags from a `:: Name [tags] {metadata}` line; malformed tags or metadata are warned about and dropped."""
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
    name = _unescape("".join(name_chars)).strip()
    tags: list[str] = []
    if i < n and text[i] == "[":
        j = i + 1
        while j < n and text[j] != "]":
            j += 2 if text[j] == "\\" else 1
        if j >= n:
            story.warn(lineno, i + 3, "twee-header", "the tag block has no closing ']': tags dropped")
            i = n
        else:
            tags = [_unescape(t) for t in re.split(r"\s+", text[i + 1:j].strip()) if t]
            i = j + 1
    rest = text[i:].strip()
    col = i + 3 + (len(text[i:]) - len(text[i:].lstrip()))
    if rest.startswith("{"):
        try:
            meta, end = json.JSONDecoder().raw_decode(rest)
        except ValueError as exc:
            story.warn(lineno, col, "twee-header", f"passage metadata is not valid JSON ({exc.msg}): discarded")
        else:
            if not isinstance(meta, dict):
                story.warn(lineno, col, "twee-header", "passage metadata should be a JSON object: discarded")
            elif rest[end:].strip():
                story.warn(lineno, col + end, "twee-header", "unexpected text after the metadata: ignored")
    elif rest.startswith("<") and re.fullmatch(r"<\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*>", rest):
        pass  # a Twee 2 position (<x,y>): layout only
    elif rest:
        story.warn(lineno, col, "twee-header", f"unexpected text after the passage {'tags' if tags else 'name'}: "
                   f"{rest[:40]!r} ignored (tags go in [ ], metadata in {{ }})")
    if not name:
        story.warn(lineno, 1, "twee-header", "passage header has no name: passage skipped")
        return None
    return name, tags


def read_passages(text: str, story: _Story) -> list[Passage]:
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
                story.warn(idx, 1, "twee-before-header", "text before the first passage header (::) is ignored")
                skipped_prefix = True
            continue
        body.append(line[1:] if line.startswith("\\::") else line)
    close()
    return passages


# -- links and macros --------------------------------------------------------------------------------------------

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
    for m in _lazy(text, _LINK, (("[[", "]]"),), one_line=True):
        link_text, target, setter = split_link(m.group(1))
        out.append((link_text, target, m.start(), m.end(), setter))
    return out


def _strings(args: str) -> list[str] | None:
    """The string literals in macro arguments, or None when anything else (a variable, an expression) is there."""
    if not _ONLY_STRINGS.fullmatch(args):
        return None
    return [_unescape(s[1:-1]) for s in _STRINGS.findall(args)]


def _balanced(text: str, i: int, open_ch: str, close_ch: str, memo: dict[int, int] | None = None) -> int:
    """The index just past the bracket matching text[i] (an opener), skipping quoted strings; len(text) if none.

    With `memo`, the answer for every opener met outside quotes on the way is remembered too (a scan from one of
    them would read the same characters the same way): thousands of unclosed hooks no longer mean thousands of
    scans to the end of the passage."""
    if memo is not None and i in memo:
        return memo[i]
    quote = None
    opened: list[int] = []
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
            opened.append(i)
        elif ch == close_ch and opened:
            start = opened.pop()
            if memo is not None:
                memo[start] = i + 1
            if not opened:
                return i + 1
        i += 1
    if memo is not None:
        memo.update(dict.fromkeys(opened, len(text)))
    return len(text)


class _Body:
    """One passage body being turned into a spoken line and choices, with located warnings."""

    def __init__(self, p: Passage, story: _Story, fmt: str):
        self.p = p
        self.story = story
        self.fmt = fmt  # lower-case story format name, '' if unknown
        self.text = p.body
        starts = [0]
        for m in re.finditer("\n", self.text):
            starts.append(m.end())
        self.starts = starts
        self.cuts: list[tuple[int, int, str]] = []  # (start, end, replacement) applied to make the spoken line
        # Which offsets a cut took (any, and not as link text): covered() is asked once per match, so it must not
        # walk every cut (10,000 macros made that quadratic).
        self.taken, self.removed = bytearray(len(self.text)), bytearray(len(self.text))
        self.matched: dict[str, dict[int, int]] = {"(": {}, "[": {}}  # _balanced's answers, by bracket
        self.choices: list[Choice] = []
        self.consumed: set[int] = set()  # offsets of gotos already folded into the link that wraps them

    def where(self, offset: int) -> tuple[int, int]:
        """File line and column of an offset in the body."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.p.body_line + i, offset - self.starts[i] + 1

    def warn(self, offset: int, code: str, message: str) -> None:
        line, col = self.where(offset)
        self.story.warn(line, col, code, f"passage '{self.p.name}': {message}")

    def cut(self, start: int, end: int, replacement: str = " ") -> None:
        self.cuts.append((start, end, replacement))
        self.taken[start:end] = b"\x01" * (end - start)
        if not replacement.startswith(_L0):
            self.removed[start:end] = b"\x01" * (end - start)

    def covered(self, offset: int, links: bool = True) -> bool:
        """Whether an earlier step already took this offset (links=False: removed, not kept as link text)."""
        return 0 <= offset < len(self.text) and bool((self.taken if links else self.removed)[offset])

    def choose(self, text: str, target: str, offset: int, auto: bool = False) -> None:
        line, col = self.where(offset)
        self.choices.append(Choice(" ".join(text.split()) or target.strip(), target, line, col, offset, auto))

    # The steps, in order: code and comments first, then links, then format macros, then leftovers.
    def run(self) -> tuple[str, list[Choice]]:
        for m in _lazy(self.text, _COMMENT, (("/*", "*/"), ("<!--", "-->"))):
            self.cut(m.start(), m.end())
        for m in _lazy(self.text, _SUGAR_SCRIPT, (("<<script", ">>", "<</script>>"), ("<<run", ">>", "<</run>>"))):
            if not self.covered(m.start()):
                self.warn(m.start(), "twee-macro", f"SugarCube <<{m.group(1)}>> code is not carried over")
                self.cut(m.start(), m.end())
        for m in _lazy(self.text, _SNOWMAN, (("<%", "%>"),)):
            if not self.covered(m.start()):
                self.warn(m.start(), "twee-macro", f"script {m.group(0)[:24]!r} is not carried over")
                self.cut(m.start(), m.end())
        if self.fmt.startswith("chapbook"):
            self._chapbook_sections()
        self._links()
        self._sugarcube()
        self._harlowe()
        if self.fmt.startswith("chapbook"):  # elsewhere { } is Harlowe's whitespace markup, so left alone
            self._chapbook_inserts()
        self._leftovers()
        return self._spoken(), sorted(self.choices, key=lambda c: c.offset)

    def _chapbook_sections(self) -> None:
        lines = self.text.split("\n")
        if "--" in [ln.strip() for ln in lines]:
            end = [ln.strip() for ln in lines].index("--")
            stop = self.starts[end] + len(lines[end])
            self.warn(0, "twee-macro", "the Chapbook vars section (above '--') is not carried over")
            self.cut(0, stop)
        for i, ln in enumerate(lines):
            if _CHAPBOOK_MODIFIER.match(ln) and not self.covered(self.starts[i]):
                self.warn(self.starts[i] + ln.index("["), "twee-macro",
                          f"Chapbook modifier {ln.strip()} is not carried over")
                self.cut(self.starts[i], self.starts[i] + len(ln))

    def _links(self) -> None:
        for link_text, target, start, end, setter in parse_links(self.text):
            if self.covered(start):
                continue
            if _URL.match(target):
                self.warn(start, "twee-external", f"link to {target!r} leaves the story: kept as text only")
                self.cut(start, end, link_text)
                continue
            if setter is not None:
                self.warn(self.text.index("][", start), "twee-setter",
                          f"the link's setter [{setter}] is not carried over; use effects: on the choice")
            self.choose(link_text.lstrip("["), target, start)
            self.cut(start, end, _L0 + link_text.lstrip("[") + _L1)

    def _sugarcube(self) -> None:
        for m in _lazy(self.text, _SUGAR, (("<<", ">>"),)):
            if self.covered(m.start()):
                continue
            closing, name, args = m.group(1), (m.group(2) or "").lower(), m.group(3)
            self.cut(m.start(), m.end())
            if closing:
                continue
            kind = SUGARCUBE_LINKS.get(name)
            if m.start() in self.consumed:
                continue
            if kind and "[[" not in args:  # [[...]] inside the macro was already taken as a link
                if not self._wrapped_goto(m, name, args):
                    self._macro_link(m.start(), f"<<{name}>>", kind, args, auto=name == "goto")
            elif kind:
                self.warn(m.start(), "twee-macro-link", f"SugarCube <<{name}>> wraps a link: kept as a choice, "
                          "but what the macro does besides is not carried over")
            elif name not in SUGARCUBE_CLAUSES:  # <<else>> and the like belong to a macro already warned about
                self.warn(m.start(), "twee-macro", f"SugarCube macro <<{name or m.group(0)[2:12]}>> is not translated")

    def _harlowe(self) -> None:
        for m in _HARLOWE.finditer(self.text):
            key = re.sub(r"[-_]", "", m.group(1).lower())
            if key not in HARLOWE_MACROS or self.covered(m.start()):
                continue
            end = _balanced(self.text, m.start(), "(", ")", self.matched["("])
            args = self.text[m.end():end - 1] if end <= len(self.text) and self.text[end - 1] == ")" else ""
            self.cut(m.start(), end)
            if m.start() in self.consumed:
                pass
            elif key in HARLOWE_LINKS:
                self._macro_link(m.start(), f"({m.group(1)}:)", HARLOWE_LINKS[key], args, auto=key in ("goto", "redirect"))
            elif key in ("link", "linkreveal", "click") and self._hook_goto(m.start(), end, f"({m.group(1)}:)", args):
                pass
            else:
                self.warn(m.start(), "twee-macro", f"Harlowe macro ({m.group(1)}:) is not translated")
            self._open_hook(end)
        for m in _HOOK_NAME.finditer(self.text):
            if not self.covered(m.start()):
                self.cut(m.start(), m.end(), "")
                if m.group(0).endswith(">") and m.end() < len(self.text) and self.text[m.end()] == "[":
                    self._open_hook(m.end())

    def _open_hook(self, i: int) -> None:
        """Keep a Harlowe hook's words but drop its brackets (its condition was a macro, already warned about)."""
        while i < len(self.text) and self.text[i] in " \t":
            i += 1
        if i < len(self.text) and self.text[i] == "[" and (
                not self.text.startswith("[[", i) or self.text.startswith("[[[", i)):
            end = _balanced(self.text, i, "[", "]", self.matched["["])
            self.cut(i, i + 1, "")
            if end <= len(self.text) and self.text[end - 1] == "]":
                self.cut(end - 1, end, "")

    def _chapbook_inserts(self) -> None:
        for m in _CHAPBOOK_INSERT.finditer(self.text):
            if self.covered(m.start()) or self.text.startswith("{{", m.start()):
                continue
            name = " ".join(m.group(1).split()).lower()
            self.cut(m.start(), m.end())
            if name == "link to":
                args = m.group(2) or ""
                target = re.search(rf"^\s*({_STR})", args)
                label = re.search(rf"label\s*:\s*({_STR})", args)
                if target:
                    t = _unescape(target.group(1)[1:-1])
                    self.choose(_unescape(label.group(1)[1:-1]) if label else t, t, m.start())
                    self.warn(m.start(), "twee-macro-link", f"Chapbook {{link to}} became a choice leading to '{t}'")
                    continue
            self.warn(m.start(), "twee-macro", f"Chapbook insert {{{m.group(1).strip()}}} is not translated")

    def _wrapped_goto(self, m, name: str, args: str) -> bool:
        """<<link "text">><<goto "P">><</link>> (or <<button>>): one choice with the link's words."""
        values = _strings(args)
        if name not in ("link", "button") or not values or len(values) != 1:
            return False
        close = re.compile(rf"<</{name}>>", re.IGNORECASE).search(self.text, m.end())
        inner = self.text[m.end():close.start() if close else len(self.text)]
        g = re.search(rf"<<goto\s+({_STR})\s*>>", inner)
        if not g:
            return False
        target = _unescape(g.group(1)[1:-1])
        self.consumed.add(m.end() + g.start())
        self.choose(values[0], target, m.start())
        self.warn(m.start(), "twee-macro-link", f"<<{name}>> with <<goto>> became a choice leading to '{target}'")
        return True

    def _hook_goto(self, offset: int, end: int, macro: str, args: str) -> bool:
        """(link: "text")[(goto: "P")]: one choice with the link's words."""
        values = _strings(args)
        i = end
        while i < len(self.text) and self.text[i] in " \t":
            i += 1
        if not values or len(values) != 1 or i >= len(self.text) or self.text[i] != "[":
            return False
        hook = self.text[i:_balanced(self.text, i, "[", "]", self.matched["["])]
        g = re.search(rf"\((?:go-?to|redirect):\s*({_STR})\s*\)", hook, re.IGNORECASE)
        if not g:
            return False
        target = _unescape(g.group(1)[1:-1])
        self.consumed.add(i + g.start())
        self.choose(values[0], target, offset)
        self.warn(offset, "twee-macro-link", f"{macro} with (goto:) became a choice leading to '{target}'")
        return True

    def _macro_link(self, offset: int, macro: str, kind: str, args: str, auto: bool = False) -> None:
        values = _strings(args)
        if not values:
            self.warn(offset, "twee-macro-link", f"{macro} leads somewhere this importer cannot work out: "
                      "add the choice by hand")
            return
        if kind == "targets":
            pairs = [(v, v) for v in values]
        elif kind == "target":
            pairs = [(values[0], values[0])]
        elif kind == "target,text":
            pairs = [(values[1] if len(values) > 1 else values[0], values[0])]
        elif len(values) == 1 and kind == "text,target?":
            self.warn(offset, "twee-macro-link", f"{macro} names no passage to go to: add the choice by hand")
            return
        else:  # text,target: with one argument, Harlowe uses it as both
            pairs = [(values[0], values[1] if len(values) > 1 else values[0])]
        for text, target in pairs:
            self.choose(text, target, offset, auto)
        self.warn(offset, "twee-macro-link", f"{macro} became a choice leading to '{pairs[0][1]}'; any condition "
                  "around it is not carried over")

    def _leftovers(self) -> None:
        """HTML tags, story variables and template-like braces left in the prose, each warned about once."""
        first_html = next((m for m in _HTML.finditer(self.text) if not self.covered(m.start())), None)
        if first_html:
            self.warn(first_html.start(), "twee-markup", "HTML markup is removed")
        for m in _HTML.finditer(self.text):
            if not self.covered(m.start()):
                self.cut(m.start(), m.end())
        seen = set()
        for m in _VARIABLE.finditer(self.text):
            if not self.covered(m.start()) and m.group(0) not in seen:
                seen.add(m.group(0))
                self.warn(m.start(), "twee-variable", f"story variable {m.group(0)} is not translated; declare it "
                          "under variables: and write {{ name }} to show it")
        for m in _JINJA.finditer(self.text):
            if not self.covered(m.start(), links=False):
                self.warn(m.start(), "twee-braces", f"'{self.text[m.start():m.start() + 2]}' would start a "
                          "template: a space is put after the brace")

    def _spoken(self) -> str:
        """The body with every cut applied, link-only lines dropped, as one line of speech."""
        out, pos = [], 0
        for start, end, rep in sorted(self.cuts, key=lambda c: (c[0], -c[1])):
            if start < pos:
                continue  # inside an earlier, wider cut
            out.append(self.text[pos:start])
            out.append(rep)
            pos = end
        out.append(self.text[pos:])
        kept = []
        for line in "".join(out).split("\n"):
            without_links = re.sub(f"{_L0}.*?{_L1}", "", line)
            if not re.search(r"\w", without_links):
                continue  # a line of links only (they are the choices), or of leftover punctuation
            line = line.replace(_L0, "").replace(_L1, "")
            kept.append(re.sub(r"^\s*[-*+\u2022]\s+|\s*\\$", "", line))  # list bullets, SugarCube's line join
        spoken = re.sub(r"\{\s*\}", "", " ".join(" ".join(kept).split())).strip()
        return spoken


# -- building the scenario ---------------------------------------------------------------------------------------

def _slug(name: str, pattern: str, sep: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(pattern, sep, ascii_name.lower()).strip(sep + ".-")


class _Ids:
    """Node ids from passage names: lower-case, '_' for anything else, unique."""

    def __init__(self):
        self.taken: set[str] = set()

    def make(self, name: str) -> str:
        base = _slug(name, r"[^a-z0-9_.-]+", "_") or "passage"
        nid, n = base, 2
        while nid in self.taken:
            nid, n = f"{base}_{n}", n + 1
        self.taken.add(nid)
        return nid


def q(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `text`."""
    out = ['"']
    for ch in text:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or 0x7F <= o <= 0x9F or ch in "\u2028\u2029\ufeff" or 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF):
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _text(text: str) -> str:
    """Passage text as a line rehearse says: a brace that would open a template gets a space after it."""
    return _JINJA.sub("{ ", text)


def _comment(text: str) -> str:
    """Text safe inside a YAML comment: one line, printable."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def _sccs(nodes: list[str], edges: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan, iterative), each in discovery order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on, stack, out = set(), [], []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(edges.get(w, ()))))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(comp)
    return out


def convert(text: str, path: str = "story.twee", role: str = "client", warnings=()) -> ImportResult:
    """Turn Twee 3 source text into scenario YAML (`warnings`: any found while reading the file)."""
    story = _Story(path, list(warnings))
    text = text.removeprefix("\ufeff")
    if re.search(r"<tw-storydata\b", text[:20000], re.IGNORECASE):
        raise TweeError("this is a published Twine HTML file, not Twee: in Twine use Build > Export as Twee")
    passages = read_passages(text, story)

    title, data, by_name, order = "", {}, {}, []
    for p in passages:
        if p.name in by_name:
            story.warn(p.line, 1, "twee-duplicate", f"a second passage named '{p.name}': the first one is used")
            continue
        if p.name == "StoryTitle":
            title = " ".join(p.body.split())
            by_name[p.name] = p
        elif p.name == "StoryData":
            try:
                data = json.loads(p.body) if p.body.strip() else {}
                problem = None if isinstance(data, dict) else "not an object"
            except ValueError as exc:
                problem = str(exc)
            if problem:
                story.warn(p.body_line, 1, "twee-storydata", f"StoryData is not a JSON object ({problem}): discarded")
                data = {"_bad": True}
            by_name[p.name] = p
        elif p.name in SPECIAL_PASSAGES or set(p.tags) & SPECIAL_TAGS:
            why = f"tag '{min(set(p.tags) & SPECIAL_TAGS)}'" if set(p.tags) & SPECIAL_TAGS else "a special name"
            story.warn(p.line, 1, "twee-skipped", f"passage '{p.name}' has {why}: it is story-format machinery "
                       "and is not carried over")
            by_name[p.name] = p
        else:
            by_name[p.name] = p
            order.append(p)
    if not order:
        raise TweeError("no story passages found (a passage starts with a line like ':: Start')")
    data = {k: v for k, v in data.items() if k != "_bad"}
    fmt = str(data.get("format", "")) if isinstance(data.get("format", ""), str) else ""
    fmt_version = data.get("format-version", "")

    names = {p.name: p for p in order}
    start_name = data.get("start") if isinstance(data.get("start"), str) else None
    fallback = "Start" if "Start" in names else order[0].name
    if start_name is not None and start_name not in names:
        sd = by_name.get("StoryData")
        story.warn(sd.body_line if sd else 1, 1, "twee-start",
                   f"StoryData's start passage '{start_name}' is not a story passage: starting at '{fallback}'")
        start_name = fallback
    elif start_name is None:
        if fallback != "Start":
            story.warn(order[0].line, 1, "twee-start", f"no start passage in StoryData and no passage named "
                       f"'Start': starting at the first passage, '{fallback}'")
        start_name = fallback

    limits = limits_from_env()
    if len(order) > limits.max_nodes:  # refused before any passage is read: the draft could not load
        raise TweeError(f"the story has {len(order):,} passages; a scenario holds at most {limits.max_nodes:,} nodes "
                        "(REHEARSE_MAX_NODES raises the limit): split the story into several scenarios")
    ids = _Ids()
    nid = {p.name: ids.make(p.name) for p in order}
    spoken: dict[str, str] = {}
    links: dict[str, list[tuple[str, str, bool]]] = {}  # passage -> [(choice text, node id, automatic)]
    missing: dict[str, str] = {}  # missing passage name -> stub node id
    for p in order:
        line, choices = _Body(p, story, fmt.lower()).run()
        spoken[p.name] = line
        out: list[tuple[str, str, bool]] = []
        for c in choices:
            target = c.target if c.target in names else c.target.strip()
            if target not in names:
                if target not in missing:
                    missing[target] = ids.make(target or "missing")
                story.warn(c.line, c.col, "twee-broken-link", f"passage '{p.name}': link to '{c.target}', which "
                           "is not in the story: it leads to a placeholder ending")
                dest = missing[target]
            else:
                dest = nid[target]
            if all((t, d) != (c.text, dest) for t, d, _ in out):
                out.append((c.text, dest, c.auto))
        links[p.name] = out

    # Every node must be able to reach an ending: give each closed loop a way out.
    edges = {nid[p.name]: [d for _, d, _ in links[p.name]] for p in order}
    endings = {nid[p.name] for p in order if not links[p.name]} | set(missing.values())
    exit_id = None
    start_id = nid[start_name]
    reachable = reach(edges, start_id)
    rev: dict[str, list[str]] = {}
    for a, bs in edges.items():
        for b in bs:
            rev.setdefault(b, []).append(a)
    can_end: set = set()
    for e in endings:
        can_end |= reach(rev, e)
    trapped = [nid[p.name] for p in order if nid[p.name] in reachable and nid[p.name] not in can_end]
    if trapped:
        exit_id = ids.make("ended_here")
        first_of = {nid[p.name]: p for p in order}
        comps = _sccs(trapped, {k: [w for w in v if w in trapped] for k, v in edges.items() if k in trapped})
        inside = {}
        for i, comp in enumerate(comps):
            for v in comp:
                inside[v] = i
        for i, comp in enumerate(comps):
            # A component none of whose links lead to another trapped component needs its own way out.
            if any(inside.get(w) not in (None, i) for v in comp for w in edges[v]):
                continue
            v = min(comp, key=lambda x: first_of[x].line)
            p = first_of[v]
            links[p.name] = [(t, d, False) for t, d, _ in links[p.name]]  # a way out means a choice
            links[p.name].append(("(End the conversation here.)", exit_id, False))
            story.warn(p.line, 1, "twee-no-way-out", f"passage '{p.name}' is in a loop with no way to an ending: "
                       "added a choice that ends the conversation")

    warnings = sorted(story.warnings, key=lambda d: (d.mark.line, d.mark.col, d.code))
    yaml_text = _render(path, title, data, fmt, fmt_version, role, order, nid, start_id, spoken, links, missing,
                        exit_id, len(warnings))
    n_nodes = len(order) + len(missing) + (1 if exit_id else 0)
    size = len(yaml_text.encode("utf-8"))
    if n_nodes > limits.max_nodes or size > limits.max_bytes:  # the draft must load: say which limit, not write it
        raise TweeError(f"the draft would have {n_nodes:,} nodes and {size:,} bytes; a scenario holds at most "
                        f"{limits.max_nodes:,} nodes and {limits.max_bytes:,} bytes (REHEARSE_MAX_NODES and "
                        "REHEARSE_MAX_BYTES raise the limits): split the story into several scenarios")
    return ImportResult(yaml_text, warnings, n_nodes, len(passages), fmt)


def _render(path, title, data, fmt, fmt_version, role, order, nid, start_id, spoken, links, missing, exit_id,
            n_warnings) -> str:
    name = Path(path).name
    title = title or Path(path).stem
    sid = _slug(title, r"[^a-z0-9]+", "-") or _slug(Path(path).stem, r"[^a-z0-9]+", "-") or "imported-story"
    fmt_text = f"{fmt} {fmt_version}".strip() or "not stated"
    n_choices = sum(len(v) for v in links.values())
    out = [
        "# yaml-language-server: $schema=../rehearse/schemas/scenario.schema.json",
        f"# Imported by `rehearse import-twee` from {_comment(name)} (Twine story format: {_comment(fmt_text)}).",
        (f"# {len(order)} passage(s) became nodes and {n_choices} link(s) became choices; "
         f"{n_warnings} warning(s) were printed while importing."),
        "#",
        "# This draft loads and plays, but it does not teach yet. Before it passes `rehearse validate --strict`:",
        "#   - choices: give each one `shows:` or `misses:` (guidance ids; `rehearse guidance` lists them) and a",
        "#     one-line `note:` saying why it helps or hurts;",
        "#   - endings: every ending below is `outcome: mixed`; mark each good, mixed or poor, and rewrite its label;",
        "#   - personas: replace `default` with the styles the other side can take, and vary lines by persona;",
        "#   - teaches, tags, difficulty, content_notes, minutes and summary: fill them in for this scenario;",
        "#   - Twine variables and macros were not translated (see the warnings): declare variables and use",
        "#     `effects:` and `if:` instead. Passage names and tags are kept in a comment beside each node.",
        f"id: {q(sid)}",
        f"title: {q(title)}",
        f"summary: {q(f'Imported from the Twine story {title}. Say here what happens and what the user practises.')}",
        f"user_role: {role}",
        "tags: [disagreement]          # TODO: the conversation types this scenario practises",
        "difficulty: moderate          # TODO: gentle | moderate | challenging",
        "content_notes: []             # TODO: what the user should know before starting",
        f"minutes: {max(1, round(len(order) / 3))}",
        "teaches: []                   # TODO: guidance ids that some choice shows",
        "personas:",
        "  default: {description: \"TODO: describe how the other side behaves.\"}",
        f"start: {q(start_id)}",
        "nodes:",
    ]
    for p in order:
        tags = f" [{' '.join(p.tags)}]" if p.tags else ""
        out.append(f"  {q(nid[p.name])}:  # passage {_comment(json.dumps(p.name, ensure_ascii=False))}{_comment(tags)}"
                   f" (line {p.line})")
        out.append(f"    say: {q(_text(spoken[p.name]))}")
        ways = links[p.name]
        if ways and all(auto for _, _, auto in ways) and len({d for _, d, _ in ways}) == 1:
            out.append(f"    goto: {q(ways[0][1])}   # from a goto macro: the conversation moves straight on")
        elif ways:
            out.append("    choices:")
            for text, dest, _ in ways:
                out.append(f"      - text: {q(_text(text))}")
                out.append(f"        goto: {q(dest)}")
        else:
            out.append(f"    ending: {{outcome: mixed, label: {q(p.name)}}}   # TODO: good, mixed or poor")
    for target, stub in missing.items():
        out.append(f"  {q(stub)}:  # placeholder: the story links to {_comment(json.dumps(target, ensure_ascii=False))}, "
                   "which it does not contain")
        out.append(f"    say: {q(_text(f'(The Twine story has no passage called {target}.)'))}")
        out.append(f"    ending: {{outcome: mixed, label: {q('Missing passage: ' + target)}}}")
    if exit_id:
        out.append(f"  {q(exit_id)}:  # added so that every loop in the story has a way out")
        out.append('    say: "We can stop here for today."')
        out.append('    ending: {outcome: mixed, label: "Ended here"}')
    return "\n".join(out) + "\n"


def import_twee(path: Path, role: str = "client") -> ImportResult:
    """Read a .twee/.tw file and convert it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TweeError(f"cannot read file: {exc.strerror or exc}") from None
    pre = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        pre.append(Diagnostic(str(path), Mark(line, col), "warning", "twee-encoding",
                              "the file is not valid UTF-8: unreadable bytes became \ufffd"))
    return convert(text, str(path), role, pre)
