"""One Twee passage's body as a line of speech and choices: links, and story-format macros (Harlowe, SugarCube,
Chapbook, Snowman) turned into choices where they navigate, and warned about, located, where they cannot be kept."""

from __future__ import annotations

import bisect
import re

from rehearse.authoring.twee_logic import SHOW
from rehearse.authoring.twee_spans import BLANK
from rehearse.authoring.twee_parse import Choice, Passage, Story, lazy, parse_links, unescape
from rehearse.engine import diagnostics as dg

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
JINJA = re.compile(r"\{(?=[{%#])")  # a brace that would open a Jinja2 template

# Marks a link's text in the prose while lines are sorted into spoken text and lines of links only.
_L0, _L1 = "\x01", "\x02"
_PARA = "\x05"  # marks an empty line of the passage: a paragraph break


def _strings(args: str) -> list[str] | None:
    """The string literals in macro arguments, or None when anything else (a variable, an expression) is there."""
    if not _ONLY_STRINGS.fullmatch(args):
        return None
    return [unescape(s[1:-1]) for s in _STRINGS.findall(args)]


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


class Body:
    """One passage body being turned into a spoken line and choices, with located warnings."""

    def __init__(self, p: Passage, story: Story, fmt: str, text: str | None = None):
        self.p = p
        self.story = story
        self.fmt = fmt  # lower-case story format name, '' if unknown
        # The body, or one variant of it with some parts blanked out (same length, so offsets still hold).
        self.text = p.body if text is None else text
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
        self.setters: set[int] = set()  # links whose setter the importer translated into effects
        self.prints: list[tuple[int, int, str]] = []  # (print: $x) and the like, shown as {{ x }}
        self.guarded: list[tuple[int, int]] = []  # branches of translated conditions: their links get `if:`

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
        for start, end, var in self.prints:
            if BLANK not in self.text[start:end]:  # not in a branch this variant leaves out
                self.cut(start, end, SHOW + var + SHOW)
        for m in lazy(self.text, _COMMENT, (("/*", "*/"), ("<!--", "-->"))):
            self.cut(m.start(), m.end())
        for m in lazy(self.text, _SUGAR_SCRIPT, (("<<script", ">>", "<</script>>"), ("<<run", ">>", "<</run>>"))):
            if not self.covered(m.start()):
                self.warn(m.start(), dg.TWEE_MACRO, f"SugarCube <<{m.group(1)}>> code is not carried over")
                self.cut(m.start(), m.end())
        for m in lazy(self.text, _SNOWMAN, (("<%", "%>"),)):
            if not self.covered(m.start()):
                self.warn(m.start(), dg.TWEE_MACRO, f"script {m.group(0)[:24]!r} is not carried over")
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
            self.warn(0, dg.TWEE_MACRO, "the Chapbook vars section (above '--') is not carried over")
            self.cut(0, stop)
        for i, ln in enumerate(lines):
            if _CHAPBOOK_MODIFIER.match(ln) and not self.covered(self.starts[i]):
                self.warn(self.starts[i] + ln.index("["), dg.TWEE_MACRO,
                          f"Chapbook modifier {ln.strip()} is not carried over")
                self.cut(self.starts[i], self.starts[i] + len(ln))

    def _links(self) -> None:
        for link_text, target, start, end, setter in parse_links(self.text):
            if self.covered(start):
                continue
            if _URL.match(target):
                self.warn(start, dg.TWEE_EXTERNAL, f"link to {target!r} leaves the story: kept as text only")
                self.cut(start, end, link_text)
                continue
            if setter is not None and start not in self.setters:
                self.warn(self.text.index("][", start), dg.TWEE_SETTER,
                          f"the link's setter [{setter}] is not carried over; use effects: on the choice")
            self.choose(link_text.lstrip("["), target, start)
            self.cut(start, end, _L0 + link_text.lstrip("[") + _L1)

    def _sugarcube(self) -> None:
        for m in lazy(self.text, _SUGAR, (("<<", ">>"),)):
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
                self.warn(m.start(), dg.TWEE_MACRO_LINK, f"SugarCube <<{name}>> wraps a link: kept as a choice, "
                          "but what the macro does besides is not carried over")
            elif name not in SUGARCUBE_CLAUSES:  # <<else>> and the like belong to a macro already warned about
                self.warn(m.start(), dg.TWEE_MACRO, f"SugarCube macro <<{name or m.group(0)[2:12]}>> is not translated")

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
                self._macro_link(m.start(), f"({m.group(1)}:)", HARLOWE_LINKS[key], args,
                                 auto=key in ("goto", "redirect"))
            elif key in ("link", "linkreveal", "click") and self._hook_goto(m.start(), end, f"({m.group(1)}:)", args):
                pass
            else:
                self.warn(m.start(), dg.TWEE_MACRO, f"Harlowe macro ({m.group(1)}:) is not translated")
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
                    t = unescape(target.group(1)[1:-1])
                    self.choose(unescape(label.group(1)[1:-1]) if label else t, t, m.start())
                    self.warn(m.start(), dg.TWEE_MACRO_LINK, f"Chapbook {{link to}} became a choice leading to '{t}'")
                    continue
            self.warn(m.start(), dg.TWEE_MACRO, f"Chapbook insert {{{m.group(1).strip()}}} is not translated")

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
        target = unescape(g.group(1)[1:-1])
        self.consumed.add(m.end() + g.start())
        self.choose(values[0], target, m.start())
        self.warn(m.start(), dg.TWEE_MACRO_LINK, f"<<{name}>> with <<goto>> became a choice leading to '{target}'")
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
        target = unescape(g.group(1)[1:-1])
        self.consumed.add(i + g.start())
        self.choose(values[0], target, offset)
        self.warn(offset, dg.TWEE_MACRO_LINK, f"{macro} with (goto:) became a choice leading to '{target}'")
        return True

    def _macro_link(self, offset: int, macro: str, kind: str, args: str, auto: bool = False) -> None:
        values = _strings(args)
        if not values:
            self.warn(offset, dg.TWEE_MACRO_LINK, f"{macro} leads somewhere this importer cannot work out: "
                      "add the choice by hand")
            return
        if kind == "targets":
            pairs = [(v, v) for v in values]
        elif kind == "target":
            pairs = [(values[0], values[0])]
        elif kind == "target,text":
            pairs = [(values[1] if len(values) > 1 else values[0], values[0])]
        elif len(values) == 1 and kind == "text,target?":
            self.warn(offset, dg.TWEE_MACRO_LINK, f"{macro} names no passage to go to: add the choice by hand")
            return
        else:  # text,target: with one argument, Harlowe uses it as both
            pairs = [(values[0], values[1] if len(values) > 1 else values[0])]
        for text, target in pairs:
            self.choose(text, target, offset, auto)
        if any(s <= offset < e for s, e in self.guarded):  # inside an (if:) or <<if>> the importer translated
            self.warn(offset, dg.TWEE_MACRO_LINK, f"{macro} became a choice leading to '{pairs[0][1]}', shown under "
                      "the condition around it")
        else:
            self.warn(offset, dg.TWEE_MACRO_LINK, f"{macro} became a choice leading to '{pairs[0][1]}'; any "
                      "condition around it is not carried over")

    def _leftovers(self) -> None:
        """HTML tags, story variables and template-like braces left in the prose, each warned about once."""
        first_html = next((m for m in _HTML.finditer(self.text) if not self.covered(m.start())), None)
        if first_html:
            self.warn(first_html.start(), dg.TWEE_MARKUP, "HTML markup is removed")
        for m in _HTML.finditer(self.text):
            if not self.covered(m.start()):
                self.cut(m.start(), m.end())
        seen = set()
        for m in _VARIABLE.finditer(self.text):
            if not self.covered(m.start()) and m.group(0) not in seen:
                seen.add(m.group(0))
                self.warn(m.start(), dg.TWEE_VARIABLE, f"story variable {m.group(0)} is not translated; declare it "
                          "under variables: and write {{ name }} to show it")
        for m in JINJA.finditer(self.text):
            if not self.covered(m.start(), links=False):
                self.warn(m.start(), dg.TWEE_BRACES, f"'{self.text[m.start():m.start() + 2]}' would start a "
                          "template: a space is put after the brace")

    def _spoken(self) -> str:
        """The body with every cut applied, link-only lines dropped, as one line of speech."""
        out, pos = [], 0
        cuts = list(self.cuts)
        at = 0
        for line in self.text.split("\n"):  # an empty line of the passage itself starts a new paragraph
            if not line.strip() and BLANK not in line:
                cuts.append((at, at + len(line), _PARA))
            at += len(line) + 1
        for start, end, rep in sorted(cuts, key=lambda c: (c[0], -c[1])):
            if start < pos:
                continue  # inside an earlier, wider cut
            out.append(self.text[pos:start])
            out.append(rep)
            pos = end
        out.append(self.text[pos:])
        paragraphs: list[list[str]] = [[]]
        for line in "".join(out).split("\n"):
            if _PARA in line:
                if paragraphs[-1]:
                    paragraphs.append([])
                continue
            line = line.replace(BLANK, "")
            without_links = re.sub(f"{_L0}.*?{_L1}", "", line)
            if not re.search(r"\w", without_links):
                continue  # a line of links only (they are the choices), or of leftover punctuation
            line = line.replace(_L0, "").replace(_L1, "")
            paragraphs[-1].append(re.sub(r"^\s*[-*+\u2022]\s+|\s*\\$", "", line))  # bullets, SugarCube's join
        texts = [re.sub(r"\{\s*\}", "", " ".join(" ".join(p).split())).strip() for p in paragraphs]
        return "\n\n".join(t for t in texts if t)
