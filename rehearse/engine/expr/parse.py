"""Reading conditions and line templates into small trees, by a whitelist grammar with caps; nothing is run here.

The grammar is the part of Jinja2's expression language scenarios need: names, numbers, quoted text, true/false/none,
comparisons (`== != < <= > >= in`, `not in`), `and`/`or`/`not`, `+ - * / // %` and `~`, `x if c else y`, a list
of values after `in`, and the filters in FILTERS. A template is text with `{{ expression }}`, `{% if %}` /
`{% elif %}` / `{% else %}` / `{% endif %}` and `{# comments #}`, with Jinja2's `-` whitespace control. Anything
else is refused with a located ExprError. The reader is recursive descent with an explicit nesting cap and a cap
on the number of terms, so no text, however hostile, reaches Python's recursion limit or builds a big tree.
"""

from __future__ import annotations

import re

from rehearse.engine import diagnostics as dg

MAX_NESTING = 24  # brackets, `not`s, signs, `if` blocks inside one another
MAX_TERMS = 120  # values and operators in one expression: a condition is a sentence, not a program
MAX_BLOCKS = 64  # `{{ }}` and `{% %}` blocks in one line template
MAX_NUMBER = 10**15  # numbers written or computed stay within this size (a counter never needs more)

# Only these filters are allowed (with at most this many arguments): authors write lines, not programs.
FILTERS = {"upper": 0, "lower": 0, "title": 0, "capitalize": 0, "trim": 0, "string": 0, "abs": 0,
           "default": 2, "round": 2, "int": 2}
_CONSTS = {"true": True, "false": False, "True": True, "False": False, "none": None, "None": None}
_KEYWORDS = frozenset({"and", "or", "not", "in", "is", "if", "else", "elif", "endif"})
_COMPARE = frozenset({"==", "!=", "<", "<=", ">", ">="})
_NUMERIC = frozenset({"-", "*", "/", "//", "%"})
_TOKEN = re.compile(r"""[ \t\r\n]*(?:
    (?P<close>-?(?:\}\}|%\}))
  | (?P<num>[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)
  | (?P<name>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<str>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<op>==|!=|<=|>=|//|\*\*|[-+*/%~<>()\[\],|.=:{}])
)""", re.VERBOSE)
_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "t": "\t"}


class ExprError(Exception):
    """A condition or template that cannot be used; `line`/`col` are where in its text (1-based)."""

    def __init__(self, code: str, message: str, line: int = 1, col: int = 1):
        super().__init__(message)
        self.code = code
        self.line = line
        self.col = col


class _Tok:
    __slots__ = ("kind", "pos", "value")

    def __init__(self, kind: str, value, pos: int):
        self.kind, self.value, self.pos = kind, value, pos


def _unquote(body: str, pos: int, where) -> str:
    if "\\" not in body:
        return body
    out, i = [], 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            esc = body[i + 1]
            if esc not in _ESCAPES:
                raise where(None, f"unsupported escape '\\{esc}' in quoted text", pos + i + 1)
            out.append(_ESCAPES[esc])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


class Reader:
    """Recursive descent over Jinja2's precedence levels, building tuples; `pos` offsets are into `text`."""

    def __init__(self, text: str, condition: bool):
        self.text = text
        code = dg.CONDITION_SYNTAX if condition else dg.TEMPLATE_SYNTAX
        self.syntax = code
        self.toks: list[_Tok] = []
        self.i = 0
        self.depth = 0
        self.terms = 0

    # -- errors ---------------------------------------------------------------------------------------------------
    def error(self, code: str | None, message: str, pos: int) -> ExprError:
        """An ExprError with `code` (None: this reader's syntax code) located at character `pos` of the text."""
        code = code or self.syntax
        line = self.text.count("\n", 0, pos) + 1
        col = pos - (self.text.rfind("\n", 0, pos) + 1) + 1
        prefix = code.replace("-", " ") + ": " if code == self.syntax else ""
        return ExprError(code, f"{prefix}{message} (at character {pos + 1})", line, col)

    # -- tokens ---------------------------------------------------------------------------------------------------
    def tokenize(self, start: int, end: int | None, closer: str | None) -> int:
        """Read tokens from `start` until `closer` (`}}` or `%}`) outside quotes, or to `end`; returns the index
        just past the closer. Whitespace control (`-}}`) is left for the caller to see."""
        self.toks, self.i = [], 0
        text, pos = self.text, start
        limit = len(text) if end is None else end
        toks = self.toks
        while pos < limit:
            m = _TOKEN.match(text, pos)
            if m is None:
                rest = len(text[pos:limit]) - len(text[pos:limit].lstrip(" \t\r\n"))
                pos += rest
                if pos >= limit:
                    break
                ch = text[pos]
                if ch in "'\"":
                    raise self.error(None, "quoted text is not closed on its line", pos)
                raise self.error(None, f"unexpected character {ch!r}", pos)
            kind = m.lastgroup or ""
            value: object = m.group(kind)
            tpos = m.start(kind)
            if kind == "close":
                if closer is None or not str(value).endswith(closer):
                    raise self.error(None, f"unexpected '{value}'", tpos)
                control = "-" if str(value).startswith("-") else ""
                toks += (_Tok("end", control, tpos), _Tok("end", control, tpos))
                return m.end()
            if len(toks) > 4 * MAX_TERMS:
                raise self.error(dg.EXPRESSION_LIMIT, f"too long: keep an expression under {MAX_TERMS} terms", tpos)
            if kind == "str":
                value = _unquote(str(value)[1:-1], tpos + 1, self.error)
            elif kind == "num":
                digits = str(value)
                value = float(digits) if "." in digits or "e" in digits or "E" in digits else int(digits)
                if abs(value) > MAX_NUMBER:
                    raise self.error(dg.EXPRESSION_LIMIT, f"numbers stay within {MAX_NUMBER:,}", tpos)
            toks.append(_Tok(kind, value, tpos))
            pos = m.end()
        if closer:
            raise self.error(None, f"'{closer}' is missing: the block is never closed", start)
        toks += (_Tok("end", "", pos), _Tok("end", "", pos))
        return pos

    def peek(self, k: int = 0) -> _Tok:
        """The token `k` on (the list ends with two end tokens, and reading stops at the first)."""
        return self.toks[self.i + k]

    def is_op(self, value: str, k: int = 0) -> bool:
        t = self.peek(k)
        return t.kind == "op" and t.value == value

    def is_kw(self, word: str, k: int = 0) -> bool:
        t = self.peek(k)
        return t.kind == "name" and t.value == word

    def expect_end(self) -> None:
        t = self.peek()
        if t.kind != "end":
            raise self.error(None, f"unexpected {self.describe(t)}", t.pos)

    def describe(self, t: _Tok) -> str:
        """A token as a message names it."""
        return {"end": "the end", "str": "quoted text"}.get(t.kind) or repr(str(t.value))

    def enter(self, pos: int) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise self.error(dg.EXPRESSION_LIMIT, f"nested more than {MAX_NESTING} deep: write it more simply", pos)

    def term(self, pos: int) -> None:
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise self.error(dg.EXPRESSION_LIMIT, f"more than {MAX_TERMS} terms: write it more simply", pos)

    # -- the grammar ----------------------------------------------------------------------------------------------
    def expression(self) -> tuple:
        """condexpr: or ['if' or 'else' expression]"""
        self.enter(self.peek().pos)
        node = self.or_()
        if self.is_kw("if"):
            pos = self.peek().pos
            self.i += 1
            test = self.or_()
            if not self.is_kw("else"):
                raise self.error(None, "'x if c' needs an 'else' part", pos)
            self.i += 1
            node = ("cond", test, node, self.expression())
        self.depth -= 1
        return node

    def or_(self) -> tuple:
        node = self.and_()
        while self.is_kw("or"):
            self.term(self.peek().pos)
            self.i += 1
            node = ("or", node, self.and_())
        return node

    def and_(self) -> tuple:
        node = self.not_()
        while self.is_kw("and"):
            self.term(self.peek().pos)
            self.i += 1
            node = ("and", node, self.not_())
        return node

    def not_(self) -> tuple:
        if self.is_kw("not") and not self.is_kw("in", 1):
            pos = self.peek().pos
            self.enter(pos)
            self.term(pos)
            self.i += 1
            node = ("not", self.not_())
            self.depth -= 1
            return node
        return self.compare()

    def compare(self) -> tuple:
        first = self.math1()
        ops = []
        while True:
            t = self.peek()
            if t.kind == "op" and t.value in _COMPARE:
                op, self.i = t.value, self.i + 1
            elif self.is_kw("in"):
                op, self.i = "in", self.i + 1
            elif self.is_kw("not") and self.is_kw("in", 1):
                op, self.i = "not in", self.i + 2
            elif self.is_kw("is"):
                raise self.error(dg.TEMPLATE_CONSTRUCT, "tests ('is ...') are not allowed; compare with == or !=",
                                 t.pos)
            else:
                break
            self.term(t.pos)
            listed = op.endswith("in") and (self.is_op("[") or (self.is_op("(") and self._tuple_ahead()))
            ops.append((op, self.list_() if listed else self.math1()))
        return ("cmp", first, tuple(ops)) if ops else first

    def _tuple_ahead(self) -> bool:
        """Whether a '(' here opens a tuple (a comma at its own level before the matching ')')."""
        level = 0
        for t in self.toks[self.i:]:
            if t.kind == "op" and t.value in "([":
                level += 1
            elif t.kind == "op" and t.value in ")]":
                level -= 1
                if level == 0:
                    return False
            elif level == 1 and t.kind == "op" and t.value == ",":
                return True
        return False

    def list_(self) -> tuple:
        """A list or tuple of values, allowed only after `in` (so it can never be repeated or printed)."""
        open_tok = self.peek()
        close = "]" if open_tok.value == "[" else ")"
        self.enter(open_tok.pos)
        self.i += 1
        items = []
        while not self.is_op(close):
            items.append(self.expression())
            if self.is_op(","):
                self.i += 1
            elif not self.is_op(close):
                t = self.peek()
                raise self.error(None, f"expected ',' or '{close}', found {self.describe(t)}", t.pos)
        self.i += 1
        self.depth -= 1
        return ("list", tuple(items))

    def _binary(self, ops: frozenset, lower) -> tuple:
        node = lower()
        while True:
            t = self.toks[self.i]
            if t.kind != "op":
                return node
            if t.value in ops:
                self.term(t.pos)
                self.i += 1
                right = lower()
                if t.value in _NUMERIC and any(n[0] == "const" and isinstance(n[1], str) for n in (node, right)):
                    raise self.error(dg.TEMPLATE_CONSTRUCT, f"'{t.value}' works on numbers only: text cannot be "
                                     "repeated or formatted", t.pos)
                node = ("bin", t.value, node, right, t.pos)
            elif t.value == "**":
                raise self.error(dg.TEMPLATE_CONSTRUCT, "'**' is not allowed: numbers stay small", t.pos)
            else:
                return node

    def math1(self) -> tuple:
        return self._binary(frozenset({"+", "-"}), self.concat)

    def concat(self) -> tuple:
        return self._binary(frozenset({"~"}), self.math2)

    def math2(self) -> tuple:
        return self._binary(frozenset({"*", "/", "//", "%"}), self.unary)

    def unary(self, with_filter: bool = True) -> tuple:
        t = self.peek()
        if t.kind == "op" and t.value in ("-", "+"):
            self.enter(t.pos)
            self.term(t.pos)
            self.i += 1
            node: tuple = ("neg" if t.value == "-" else "pos", self.unary(False), t.pos)
            self.depth -= 1
        else:
            node = self.primary()
        t = self.peek()
        if t.kind == "op" and t.value in ("(", ".", "["):
            what = {"(": "calls", ".": "attributes ('.')", "[": "indexing ('[...]')"}[t.value]
            raise self.error(dg.TEMPLATE_CONSTRUCT, f"{what} are not allowed; use variables, comparisons, and/or/not",
                             t.pos)
        while with_filter and self.is_op("|"):
            node = self.filter_(node)
        return node

    def filter_(self, node: tuple) -> tuple:
        self.i += 1
        t = self.peek()
        if t.kind != "name":
            raise self.error(None, "a filter name must follow '|'", t.pos)
        if t.value not in FILTERS:
            raise self.error(dg.TEMPLATE_CONSTRUCT, f"filter '{t.value}' is not allowed here; use one of "
                             f"{', '.join(sorted(FILTERS))}", t.pos)
        self.term(t.pos)
        self.i += 1
        args = []
        if self.is_op("("):
            self.enter(t.pos)
            self.i += 1
            while not self.is_op(")"):
                if self.peek().kind == "name" and self.is_op("=", 1):
                    raise self.error(dg.TEMPLATE_CONSTRUCT, "filter arguments are given in order, without names", t.pos)
                args.append(self.expression())
                if self.is_op(","):
                    self.i += 1
                elif not self.is_op(")"):
                    u = self.peek()
                    raise self.error(None, f"expected ',' or ')', found {self.describe(u)}", u.pos)
            self.i += 1
            self.depth -= 1
        if len(args) > FILTERS[t.value]:
            raise self.error(dg.TEMPLATE_CONSTRUCT, f"filter '{t.value}' takes at most {FILTERS[t.value]} argument(s)",
                             t.pos)
        return ("filter", t.value, node, tuple(args), t.pos)

    def primary(self) -> tuple:
        t = self.peek()
        if t.kind == "name":
            if t.value in _KEYWORDS:
                raise self.error(None, f"unexpected '{t.value}'", t.pos)
            self.term(t.pos)
            self.i += 1
            if t.value in _CONSTS:
                return ("const", _CONSTS[t.value])
            return ("name", t.value, t.pos)
        if t.kind in ("num", "str"):
            self.term(t.pos)
            self.i += 1
            if self.peek().kind == "str":
                raise self.error(None, "two quoted texts side by side: join them with ~", self.peek().pos)
            return ("const", t.value)
        if t.kind == "op" and t.value == "(":
            self.i += 1
            if self.is_op(")"):
                raise self.error(None, "empty brackets", t.pos)
            node = self.expression()
            if self.is_op(","):
                raise self.error(dg.TEMPLATE_CONSTRUCT, "a list of values may only follow 'in'", self.peek().pos)
            if not self.is_op(")"):
                u = self.peek()
                raise self.error(None, f"expected ')', found {self.describe(u)}", u.pos)
            self.i += 1
            return node
        if t.kind == "op" and t.value == "[":
            raise self.error(dg.TEMPLATE_CONSTRUCT, "a list of values may only follow 'in'", t.pos)
        if t.kind == "op" and t.value == "{":
            raise self.error(dg.TEMPLATE_CONSTRUCT, "dictionaries are not allowed here", t.pos)
        raise self.error(None, f"expected a value, found {self.describe(t)}", t.pos)


def parse_condition(text: str) -> tuple:
    """The tree of one `if:` condition; raises ExprError."""
    r = Reader(text, True)
    r.tokenize(0, None, None)
    if r.peek().kind == "end":
        raise r.error(None, "the condition is empty", 0)
    node = r.expression()
    r.expect_end()
    return node

