"""A Twine story's logic carried over: Harlowe (set:)/(if:)/(unless:)/(else-if:)/(else:) and SugarCube
<<set>>/<<if>>/<<elseif>>/<<else>> become variables, choice effects, `say:` variants with `if:` and conditional
choices. Only what means the same in rehearse is translated; the rest is named so the importer can warn about it.

The passage text is never rewritten in place: a variant is the same text with the other branches blanked out
(character for character, newlines kept), so every warning the body reader gives still points at the right column."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from rehearse.authoring.twee_parse import parse_links
from rehearse.authoring.twee_spans import _balanced
from rehearse.engine.expr import ExprError, names_in_condition

MAX_VARIANTS = 8  # more combinations than this and the later conditions are kept as plain text, with a warning

_STR = r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'"
_HARLOWE_HEAD = re.compile(r"\((if|unless|else-?if|elseif|else)\s*:", re.IGNORECASE)
_HARLOWE_SET = re.compile(r"\((set|put)\s*:", re.IGNORECASE)
_SUGAR_TAG = re.compile(r"<<(/?)(if|elseif|else)\b(.*?)>>", re.DOTALL | re.IGNORECASE)
_PRINT = re.compile(r"(?:\(print\s*:|<<(?:print|=))\s*\$([A-Za-z_]\w*)\s*(?:\)|>>)", re.IGNORECASE)
SHOW = "\x06"  # marks a shown variable's name in the spoken text (\x06name\x06), made a {{ template }} on writing
_SUGAR_SET = re.compile(r"<<set\s+(.*?)>>", re.DOTALL | re.IGNORECASE)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# Conditions that test more than variables (visits, history, random, temporary or computed values) stay in Twine.
_UNTRANSLATABLE = re.compile(r"\b(contains|matches|visits|visited|history|passage|either|random|def|ndef|typeof|"
                             r"it|its|time|turns|is\s+in|is\s+a|Math|State)\b|\b_\w|\$\w+\.\w|\(\w+:")
_WORDS = [(r"\bis\s+not\b|\bisnot\b|\bneq\b|!==", "!="), (r"===|\bis\b|\beq\b", "=="), (r"\bgte\b", ">="),
          (r"\blte\b", "<="), (r"\bgt\b", ">"), (r"\blt\b", "<"), (r"&&", " and "), (r"\|\|", " or "),
          (r"!(?!=)", " not ")]


@dataclass
class Branch:
    """One hook or block of an if-chain: its own condition (None for else) and where its content lies."""

    cond: str | None
    start: int
    end: int


@dataclass
class Chain:
    """(if:)[..](else-if:)[..](else:)[..] or <<if>>..<</if>>: its branches and the macro text around them."""

    branches: list[Branch]
    heads: list[tuple[int, int]]
    has_else: bool
    offset: int

    def conditions(self) -> list[str | None]:
        """Each option's exact condition (earlier branches not taken), with a last option for 'none of them'."""
        out: list[str | None] = []
        before: list[str] = []
        for b in self.branches:
            parts = [f"not ({c})" for c in before] + ([f"({b.cond})"] if b.cond is not None else [])
            out.append(" and ".join(parts) if parts else None)
            if b.cond is not None:
                before.append(b.cond)
        if not self.has_else:
            out.append(" and ".join(f"not ({c})" for c in before))
        return out


@dataclass
class SetOp:
    """An assignment: `add` a number to a variable, or `put` a value in it."""

    var: str
    op: str
    value: object
    offset: int


@dataclass
class PassageLogic:
    """What one passage's logic became, and what could not be carried over."""

    chains: list[Chain] = field(default_factory=list)
    sets: list[SetOp] = field(default_factory=list)
    blanks: list[tuple[int, int]] = field(default_factory=list)
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, macro text, what changes)
    plain_chains: list[Chain] = field(default_factory=list)  # past MAX_VARIANTS: said whatever the condition
    choice_sets: dict[int, list[SetOp]] = field(default_factory=dict)  # link offset -> what taking it sets
    setters: set[int] = field(default_factory=set)  # links whose [setter] was translated
    prints: list[tuple[int, int, str]] = field(default_factory=list)  # (print: $x) and <<print $x>>: shown values


# Story variables whose names rehearse already uses (or that conditions read as words) get a trailing '_'.
_TAKEN = {"persona", "name", "and", "or", "not", "in", "is", "if", "else", "true", "false", "none", "True", "False",
          "None", "range", "dict", "lipsum", "cycler", "joiner", "namespace", "gt", "gte", "lt", "lte", "eq", "neq",
          "isnot"}


def var(name: str) -> str:
    """The rehearse variable for a Twine story variable."""
    return name + "_" if name in _TAKEN else name


def translate_condition(src: str) -> str | None:
    """A Harlowe or SugarCube condition in rehearse's syntax, or None when it means more than variables."""
    strings: list[str] = []

    def keep(m: re.Match) -> str:
        strings.append(m.group())
        return f"\x04{len(strings) - 1}\x04"

    text = re.sub(_STR, keep, src.strip())
    if not text or _UNTRANSLATABLE.search(text):
        return None
    text = re.sub(r"\$([A-Za-z_]\w*)", lambda m: var(m.group(1)), text)
    for pattern, repl in _WORDS:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"\x04(\d+)\x04", lambda m: strings[int(m.group(1))], " ".join(text.split()))
    try:
        names_in_condition(text)
    except ExprError:
        return None
    return text


def _value(src: str, var: str) -> tuple[str, object] | None:
    """('add', n) or ('put', value) for the right-hand side of an assignment to `var`, or None."""
    s = src.strip()
    m = re.fullmatch(rf"(?:it|\${re.escape(var)})\s*([+-])\s*({_NUMBER.pattern})", s)
    if m:
        n = float(m.group(2)) if "." in m.group(2) else int(m.group(2))
        return "add", n if m.group(1) == "+" else -n
    if _NUMBER.fullmatch(s):
        return "put", float(s) if "." in s else int(s)
    if s in ("true", "false"):
        return "put", s == "true"
    if re.fullmatch(_STR, s):
        return "put", s[1:-1]
    return None


def _assignments(src: str, offset: int, logic: PassageLogic, macro: str, into: list) -> bool:
    parts = [p for p in re.split(r"[,;](?=(?:[^\"']|\"[^\"]*\"|'[^']*')*$)", src) if p.strip()]
    before = len(logic.problems)
    for part in parts:
        m = re.fullmatch(r"\s*\$([A-Za-z_]\w*)\s*(\+\+|--|\+=|-=|to\b|=)\s*(.*?)\s*", part, re.DOTALL)
        if m is None:
            logic.problems.append((offset, macro, "a value it sets is not a story variable rehearse can hold"))
            continue
        name, op, rhs = m.groups()
        var_ = var(name)
        if op in ("++", "--"):
            into.append(SetOp(var_, "add", 1 if op == "++" else -1, offset))
            continue
        if op in ("+=", "-="):
            n = _value(rhs, name)
            if n and n[0] == "put" and isinstance(n[1], (int, float)) and not isinstance(n[1], bool):
                into.append(SetOp(var_, "add", n[1] if op == "+=" else -n[1], offset))
                continue
            logic.problems.append((offset, macro, f"${name} is changed by an amount rehearse cannot work out"))
            continue
        v = _value(rhs, name)
        if v is None:
            logic.problems.append((offset, macro, f"${name} is set from an expression rehearse cannot work out"))
        else:
            into.append(SetOp(var_, v[0], v[1], offset))
    return len(logic.problems) == before


def _inside(offset: int, chains: list[Chain]) -> bool:
    """Whether `offset` is in a branch of a chain found so far (branches never overlap: nested ones are skipped)."""
    spans = _spans(chains)
    k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


_SPANS: dict[int, tuple[int, list]] = {}  # id(chains) -> (how many chains were seen, their branches sorted)


def _spans(chains: list[Chain]) -> list:
    seen, spans = _SPANS.get(id(chains), (0, []))
    if seen > len(chains):
        seen, spans = 0, []
    for c in chains[seen:]:
        for b in c.branches:
            bisect.insort(spans, (b.start, b.end))
    _SPANS.clear()
    _SPANS[id(chains)] = (len(chains), spans)
    return spans


_SUGAR_LINK = re.compile(r"<<(link|button)\b.*?>>(.*?)<</\1>>", re.DOTALL | re.IGNORECASE)
_HARLOWE_LINK = re.compile(r"\((link|link-reveal|click)\s*:", re.IGNORECASE)


def read_logic(text: str) -> PassageLogic:
    """Find the passage's if-chains and assignments (both story formats: a passage only ever uses one)."""
    logic = PassageLogic()
    _harlowe_chains(text, logic)
    _sugar_chains(text, logic)
    # What a link does when taken: <<link>>..<</link>>, (link:)[hook], and a [[link][setter]].
    actions = [(m.start(2), m.end(2), m.start()) for m in _SUGAR_LINK.finditer(text)]
    for m in _HARLOWE_LINK.finditer(text):
        close = _balanced(text, m.start(), "(", ")")
        if 0 <= close < len(text) and text[close] == "[":
            actions.append((close, _balanced(text, close, "[", "]"), m.start()))
    for _t, _target, start, _end, setter in parse_links(text):
        sets: list[SetOp] = []
        # A setter that cannot be translated is left to the body reader, which warns about it as a setter.
        if setter and _assignments(setter, start, PassageLogic(), f"[{setter}]", sets) and not any(
                op.op == "put" and type(op.value) in (int, float) for op in sets):  # a number set outright: no match
            logic.choice_sets[start] = sets
            logic.setters.add(start)
    for m in _HARLOWE_SET.finditer(text):
        end = _balanced(text, m.start(), "(", ")")
        if end >= 0:
            _set_here(text, m.start(), end, text[m.end():end - 1], logic, actions)
    for m in _SUGAR_SET.finditer(text):
        _set_here(text, m.start(), m.end(), m.group(1), logic, actions)
    logic.prints = [(m.start(), m.end(), var(m.group(1))) for m in _PRINT.finditer(text)]
    return logic


def _set_here(text: str, start: int, end: int, args: str, logic: PassageLogic, actions) -> None:
    macro = " ".join(text[start:end].split())
    logic.blanks.append((start, end))
    link = next((at for s, e, at in actions if s <= start < e), None)
    if link is not None:
        _assignments(args, start, logic, macro, logic.choice_sets.setdefault(link, []))
    elif _inside(start, logic.chains):
        logic.problems.append((start, macro, "it sits inside a condition, so it is not carried over (effects in "
                                             "rehearse belong to a choice, whatever the condition)"))
    else:
        _assignments(args, start, logic, macro, logic.sets)


def _harlowe_chains(text: str, logic: PassageLogic) -> None:
    i = 0
    while True:
        m = _HARLOWE_HEAD.search(text, i)
        if m is None:
            return
        kind = m.group(1).lower().replace("-", "")
        if kind not in ("if", "unless") or _inside(m.start(), logic.chains):
            i = m.end()
            continue
        chain = Chain([], [], False, m.start())
        j = m.start()
        first = True
        while True:
            h = _HARLOWE_HEAD.match(text, j)
            if h is None:
                break
            k = h.group(1).lower().replace("-", "")
            if first != (k in ("if", "unless")):
                break
            close = _balanced(text, j, "(", ")")
            hook = close
            while 0 <= hook < len(text) and text[hook] in " \t":
                hook += 1
            if close < 0 or hook >= len(text) or text[hook] != "[":
                break
            end = _balanced(text, hook, "[", "]")
            if end < 0:
                break
            src = text[h.end():close - 1]
            cond = None if k == "else" else translate_condition(src)
            if k != "else" and cond is None:
                logic.problems.append((j, " ".join(text[j:close].split()), "its condition tests something other "
                                       "than story variables, so the text it guards is said every time"))
                break
            if k == "unless":
                cond = f"not ({cond})"
            chain.branches.append(Branch(cond, hook + 1, end - 1))
            chain.heads += [(j, hook + 1), (end - 1, end)]
            first = False
            j = end
            if k == "else":
                chain.has_else = True
                break
            nxt = j
            while nxt < len(text) and text[nxt] in " \t\n":
                nxt += 1
            if not re.match(r"\((else-?if|elseif|else)\s*:", text[nxt:nxt + 12], re.IGNORECASE):
                break
            j = nxt
        if chain.branches:
            logic.chains.append(chain)
            i = j
        else:
            i = m.end()


def _sugar_chains(text: str, logic: PassageLogic) -> None:
    # One pass with a stack: each <<if>> collects its <<elseif>>/<<else>> parts until its <</if>> (an <<if>> left
    # open thousands of times must not be scanned to the end once each).
    found = []
    stack: list[list] = []
    for u in _SUGAR_TAG.finditer(text):
        name, closing = u.group(2).lower(), bool(u.group(1))
        if name == "if" and not closing:
            stack.append([u])
        elif name == "if" and closing:
            if stack:
                parts = stack.pop()
                if not stack:  # only the outermost chains: an inner one is left to the body reader's warning
                    found.append((parts, u))
        elif stack and not closing:
            stack[-1].append(u)
    for parts, end_tag in found:
        t = parts[0]
        if _inside(t.start(), logic.chains):
            continue
        chain = Chain([], [], False, t.start())
        ok = True
        for a, b in zip(parts, [*parts[1:], end_tag]):
            name = a.group(2).lower()
            cond = None if name == "else" else translate_condition(a.group(3))
            if name != "else" and cond is None:
                logic.problems.append((a.start(), " ".join(a.group(0).split()), "its condition tests something "
                                       "other than story variables, so the text it guards is said every time"))
                ok = False
                break
            chain.branches.append(Branch(cond, a.end(), b.start()))
            chain.heads.append((a.start(), a.end()))
            chain.has_else |= name == "else"
        chain.heads.append((end_tag.start(), end_tag.end()))
        if ok:
            logic.chains.append(chain)


def combinations(logic: PassageLogic, text: str) -> list[tuple[str | None, list[tuple[int, int]]]]:
    """Each variant of the passage: (its condition, None for the last; the spans to blank for it)."""
    chains = sorted(logic.chains, key=lambda c: c.offset)
    used, n = [], 1
    for c in chains:
        if not any(_says_something(text[b.start:b.end]) for b in c.branches):
            continue  # only links inside: they become conditional choices, and the line is the same either way
        options = len(c.branches) + (0 if c.has_else else 1)
        if n * options > MAX_VARIANTS:
            logic.plain_chains.append(c)
            continue
        used.append(c)
        n *= options
    base = list(logic.blanks) + [h for c in chains for h in c.heads]
    out: list[tuple[str | None, list[tuple[int, int]]]] = []
    conds = [c.conditions() for c in used]
    for pick in itertools.product(*[range(len(cs)) for cs in conds]):
        spans = list(base)
        for c, k in zip(used, pick):
            spans += [(b.start, b.end) for i, b in enumerate(c.branches) if i != k]
        parts = [conds[i][k] for i, k in enumerate(pick) if conds[i][k]]
        out.append((" and ".join(parts) if parts else None, spans))
    if out:
        out[-1] = (None, out[-1][1])  # the options of each chain cover every case, so the last variant is the rest
    return out


def _says_something(text: str) -> bool:
    """Whether a branch holds words to say, not only links and macros."""
    text = re.sub(r"\[\[.*?\]\]|<<.*?>>|\([\w-]+:.*?\)", "", text, flags=re.DOTALL)
    return bool(re.search(r"\w", text))


def choice_condition(logic: PassageLogic, offset: int) -> str | None:
    """The condition under which a link at `offset` is shown (None: always)."""
    index = logic.__dict__.get("_index")
    if index is None:  # branches never overlap, so one sorted list and a binary search find a link's branch
        plain = {id(c) for c in logic.plain_chains}
        index = sorted((b.start, b.end, cond) for c in logic.chains if id(c) not in plain
                       for b, cond in zip(c.branches, c.conditions()) if cond)
        logic.__dict__["_index"] = index
    k = bisect.bisect_right(index, (offset, float("inf"), "")) - 1
    return index[k][2] if k >= 0 and index[k][0] <= offset < index[k][1] else None
