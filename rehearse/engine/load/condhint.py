"""Condition mistakes in plain words: a parse failure turned into the likely fix (`=>` for `>=`, `=` for `==`), and
persona names checked where a condition compares `persona` with them."""

from __future__ import annotations

import re

from rehearse.engine.diagnostics import Mark

__all__ = ["persona_names", "place_in_value", "plain_condition_error", "plain_template_error", "unknown_name_hint"]

# Text in quotes, so an operator inside it is not taken for one in the condition.
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _unquoted(text: str) -> str:
    """The condition with quoted text blanked out (same length, so offsets still match)."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def plain_condition_error(text: str, reason: str) -> tuple[int | None, str]:
    """(0-based offset in the condition, message) for a condition that does not parse, in words a non-programmer
    uses; the offset is None when no one place can be named."""
    bare = _unquoted(text)
    for wrong, right, why in (("=>", ">=", "'at least' is written >="), ("=<", "<=", "'at most' is written <="),
                              ("<>", "!=", "'is not' is written !=")):
        at = bare.find(wrong)
        if at >= 0:
            return at, (f"condition syntax: `{wrong}` at column {at + 1} of the condition: did you mean `{right}`? "
                        f"({why})")
    single = re.search(r"(?<![=!<>])=(?!=)", bare)
    if single:
        at = single.start()
        return at, (f"condition syntax: a single `=` at column {at + 1} of the condition: did you mean `==`? "
                    "(a condition compares with ==; a single = sets, which a condition cannot do)")
    if bare.count("(") != bare.count(")"):
        return None, "condition syntax: the brackets ( ) do not pair up; close each ( with a )"
    if "'" in bare or '"' in bare:
        return bare.find("'") if "'" in bare else bare.find('"'), \
            "condition syntax: a quote is not closed; put text in matching quotes, like persona == 'defensive'"
    if re.search(r"(&&|\|\||(?<![=!<>])!(?!=))", bare):
        return None, "condition syntax: write `and`, `or` and `not` as words, not && || !"
    if "unexpected end" in reason:
        return None, "condition syntax: the condition stops part-way; it needs something after its last word or sign"
    return None, ("condition syntax: this is not a condition rehearse can read; write it like alliance >= 2, "
                  "persona == 'defensive', or join two with and / or")


_PERSONA_CMP = re.compile(r"\bpersona\s*(?:==|!=)\s*('[^']*'|\"[^\"]*\")|('[^']*'|\"[^\"]*\")\s*(?:==|!=)\s*persona\b")
_PERSONA_IN = re.compile(r"\bpersona\s+(?:not\s+)?in\s*[\[(]([^\])]*)[\])]")


def persona_names(text: str) -> list[tuple[int, str]]:
    """The persona names a condition compares `persona` with, each with its 0-based offset in the condition."""
    if "persona" not in text:
        return []
    out = []
    for m in _PERSONA_CMP.finditer(text):
        g = 1 if m.group(1) else 2
        out.append((m.start(g) + 1, m.group(g)[1:-1]))
    for m in _PERSONA_IN.finditer(text):
        for q in _QUOTED.finditer(m.group(1)):
            out.append((m.start(1) + q.start() + 1, q.group()[1:-1]))
    return out


_YES_NO = {"yes": "true", "no": "false", "on": "true", "off": "false", "y": "true", "n": "false"}


def unknown_name_hint(name: str, personas) -> str | None:
    """What the author most likely meant by a name in a condition that is no variable, or None for a plain typo."""
    if name in personas:
        return f"'{name}' is a persona name, not a variable: persona names go in quotes, like persona == '{name}'"
    if name.lower() in _YES_NO:
        return f"'{name}' is not a value a condition knows: use true or false (here: {_YES_NO[name.lower()]})"
    return None


def plain_template_error(text: str, reason: str) -> str:
    """A `{{ ... }}` line that does not parse, in plain words (never the template engine's own terms)."""
    if re.search(r"\{\{[^{}]*\}(?!\})", text):
        return "template syntax: a {{ ends with a single }; end it with two braces, like {{ name }}"
    if text.count("{{") > text.count("}}"):
        return "template syntax: a {{ is not closed; end it with }} (two braces), like {{ name }}"
    if re.search(r"\{\{\s*\}\}", text):
        return "template syntax: {{ }} is empty; put the variable to show inside, like {{ name }}"
    if "{%" in text and ("endif" in reason or "end of template" in reason.lower()):
        return "template syntax: an {% if %} is not closed; end it with {% endif %}"
    if "{%" in text or "{#" in text:
        return "template syntax: a {% ... %} block does not read; write {% if x %}...{% else %}...{% endif %}"
    return ("template syntax: the part in {{ }} is not something a line can show; put one variable there, like "
            "{{ name }}, or a choice between two texts, like {{ 'a' if alliance > 0 else 'b' }}")


def place_in_value(source: bytes, mark: Mark, offset: int) -> Mark:
    """The place `offset` characters into a one-line value that starts at `mark` (after its quote, if any)."""
    lines = source.split(b"\n", mark.line)
    line = lines[mark.line - 1].decode("utf-8", "replace") if len(lines) >= mark.line else ""
    quoted = line[mark.col - 1:mark.col] in ("'", '"')
    return Mark(mark.line, mark.col + offset + (1 if quoted else 0))
