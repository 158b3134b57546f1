"""YAML mistakes in plain words: a syntax error turned into the fix a non-programmer would make (at the line that
needs it), and the quiet damage YAML does without an error (a ` #` that cuts a line short, a stray closing quote)."""

from __future__ import annotations

import re

from rehearse.engine import diagnostics as dg
from rehearse.engine.diagnostics import Mark, Report

__all__ = ["explain_syntax_error", "lint_plain_text", "swallowed_key"]

_KEY_LINE = re.compile(r"^( *)(- +)*([^\s:#'\"][^:#]*?|\"[^\"]*\"|'[^']*'):(?: |$)")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _key_col(line: str) -> int | None:
    """The 0-based column where the key (or list item) of a line starts, or None for a line that is not a key."""
    m = _KEY_LINE.match(line)
    return m.start(3) if m else None


def explain_syntax_error(text: str, problem: str, problem_at: Mark, context: str, context_at: Mark | None,
                         report: Report) -> None:
    """Report a YAML syntax error as what to change and where, never in the parser's own terms."""
    lines = _lines(text)
    line_no = min(problem_at.line, len(lines))
    for found in (_tab, _unclosed_quote, _colon_in_text, _misaligned):
        hit = found(lines, line_no, problem, problem_at, context, context_at)
        if hit is not None:
            mark, code, message = hit
            report.error(mark, code, message)
            return
    report.error(problem_at, dg.YAML_SYNTAX, _generic(lines, problem, problem_at))


def _tab(lines, line_no, problem, at, context, context_at):
    for n in (line_no, line_no - 1):
        if 1 <= n <= len(lines):
            lead = lines[n - 1][: len(lines[n - 1]) - len(lines[n - 1].lstrip(" \t"))]
            if "\t" in lead:
                return (Mark(n, lead.index("\t") + 1), dg.TAB,
                        "this line is indented with a tab; replace the tab with spaces (YAML lines up by spaces only)")
    return None


def _open_quote(line: str) -> tuple[int, str] | None:
    """Where a value on this line opens a quote that the line does not close: (0-based column, quote mark)."""
    m = re.match(r"^ *(?:- +)*(?:[^\s:#'\"][^:#]*?: +)?(?:- +)?(['\"])", line)
    if not m:
        return None
    q = m.group(1)
    start = m.end() - 1
    i = start + 1
    while i < len(line):
        c = line[i]
        if q == '"' and c == "\\":
            i += 2
            continue
        if c == q:
            if q == "'" and line[i + 1:i + 2] == "'":
                i += 2
                continue
            return None
        i += 1
    return start, q


def _unclosed_quote(lines, line_no, problem, at, context, context_at):
    if "quoted scalar" in (context or "") and context_at is not None:
        start_line = context_at.line
    else:
        start_line = None
        for n in range(line_no - 1, 0, -1):  # the last quote opened before the error and not closed on its line
            if _open_quote(lines[n - 1]) is not None:
                start_line = n
                break
        if start_line is None:
            return None
    opened = _open_quote(lines[start_line - 1])
    if opened is None:
        return None
    col, q = opened
    mark = "double" if q == '"' else "single"
    return (Mark(start_line, col + 1), dg.UNCLOSED_QUOTE,
            f"the {mark} quote ({q}) that opens the text here is never closed, so YAML read on past the end of "
            f"the line; end the text with {q} on this line")


def _colon_in_text(lines, line_no, problem, at, context, context_at):
    if "mapping values are not allowed" not in problem:
        return None
    line = lines[line_no - 1]
    key = _KEY_LINE.match(line)
    if key is None or at.col - 1 == key.end(3):
        return None  # the colon is this line's own key: an indentation problem, not text
    value = line[key.end(0):].strip()
    head = line[:key.end(0)].strip()
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return (at, dg.COLON_IN_TEXT,
            f"this line has ': ' in its text, which YAML reads as the start of a new key; put the text in quotes: "
            f"{head} {quoted}")


def _misaligned(lines, line_no, problem, at, context, context_at):
    line = lines[line_no - 1]
    if not line.strip():
        return None
    own = _indent(line)
    is_item = line.lstrip(" ").startswith("- ")
    # The columns keys and list dashes above start at (from this line's block up to the top level), nearest first.
    keys: dict[int, int] = {}
    dashes: dict[int, int] = {}
    prev = None
    for n in range(line_no - 1, 0, -1):
        above = lines[n - 1]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        prev = above if prev is None else prev
        col = _key_col(above)
        if col is not None:
            keys.setdefault(col, n)
        if above.lstrip(" ").startswith("- "):
            dashes.setdefault(_indent(above), n)
        if _indent(above) == 0:
            break
    pool = (dashes or keys) if is_item else keys
    if not pool or own in pool or prev is None:
        return None
    opens_block = prev.rstrip().endswith(":")
    # Equally near above and below: after a line that opens a block the deeper column, otherwise the shallower.
    want = min(pool, key=lambda c: (abs(c - own), -c if opens_block else c))
    what = "the list item" if is_item else "the key"
    return (Mark(line_no, own + 1), dg.INDENTATION,
            f"this line doesn't line up with the ones above it: it starts at column {own + 1}, but {what} on line "
            f"{pool[want]} starts at column {want + 1}; indent it by {want} spaces to line up")


def _generic(lines, problem: str, at: Mark) -> str:
    line = lines[at.line - 1] if 0 < at.line <= len(lines) else ""
    ch = line[at.col - 1:at.col]
    if "cannot start any token" in problem and ch:
        return f"YAML syntax: text cannot start with '{ch}'; put the text in quotes"
    if "expected ',' or ']'" in problem:
        return "YAML syntax: a list in [ ] is not closed; end it with ] (and put text with commas in quotes)"
    if "expected ',' or '}'" in problem:
        return "YAML syntax: a mapping in { } is not closed; end it with } (and put text with commas in quotes)"
    if "alias" in problem or "anchor" in problem:
        return "YAML syntax: '*' or '&' at the start of text has a special meaning; put the text in quotes"
    return "YAML syntax: this line could not be read; check its quotes, colons and indentation, and the line above"


# -- quiet damage: text YAML changes without an error -------------------------------------------------------------
# A `key: value` line whose value is plain (not quoted, not a block or a flow collection) and holds ` #` or `"`.
# Only keys holding what is said or shown: elsewhere (variables, ids) a trailing comment is the author's own note.
_TEXT_KEYS = "say|text|note|description|label|title|summary|example|examples|advice|goal|feedback"
_PLAIN_VALUE = re.compile(r"^([ \t]*(?:- +)?(?:" + _TEXT_KEYS + r"):[ \t]+)"
                          r"([^\s\"'|>\[{&*!#][^\n]*?(?: #|\")[^\n]*)$")


# Where to look: a ` #`, or a plain value holding a `"` (both rare; whole-file scans here must stay cheap).
_SUSPECT_QUOTE = re.compile(r":[ \t]+[^\s\"'|>\[{&*!#][^\n\"]*\"")


def lint_plain_text(text: str, report: Report) -> None:
    """Warn where YAML silently changes a line's text: a ` #` starts a comment, a `"` closes nothing."""
    starts = set()
    i = text.find(" #")
    while i >= 0:
        starts.add(text.rfind("\n", 0, i) + 1)
        i = text.find(" #", i + 2)
    for q in _SUSPECT_QUOTE.finditer(text):
        starts.add(text.rfind("\n", 0, q.start()) + 1)
    line, pos = 1, 0
    for start in sorted(starts):
        end = text.find("\n", start)
        m = _PLAIN_VALUE.match(text[start:end if end >= 0 else len(text)])
        if m is None:
            continue
        line += text.count("\n", pos, start)  # counted on from the last line looked at: linear in the file
        pos = start
        _check_value(m, line, report)


def _check_value(m: re.Match, line: int, report: Report) -> None:
    value = m.group(2)
    col0 = m.end(1)
    cut = value.find(" #")
    # `text  # a note` (spaced out, as comments are) is meant; `client #3` or `one. #2` is text cut short.
    if cut >= 0 and (value[cut - 1:cut] != " " or value[cut + 2:cut + 3] not in (" ", "")):
        kept = value[:cut].rstrip()
        report.warning(Mark(line, col0 + cut + 2), dg.COMMENT_IN_TEXT,
                       f"text after ' #' is a comment, so this plays as '{kept}'; put the whole line in quotes "
                       "to keep the rest")
    if cut >= 0:
        value = value[:cut]  # YAML drops the comment either way
    if value.count('"') % 2 == 1:
        report.warning(Mark(line, col0 + value.rfind('"') + 1), dg.STRAY_QUOTE,
                       "this quote mark closes nothing, so it would be shown as part of the text; remove it, "
                       "or put the whole text in quotes")


# A key of the format inside one text: a quote left open ran on over the lines below and YAML, finding a quote that
# closes it later, read them all as this one text.
# Only keys speech never uses ("I wanted to say: ..." is speech; "say_more:" or "goto:" is not).
_SWALLOWED = re.compile(r"(?:^|\s)(goto|choices|ending|shows|misses|effects|examples|red_flag|grade|say_more|"
                        r"outcome|strategies)\s?:\s")


def swallowed_key(text: str) -> str | None:
    """The format key a text has swallowed (`say:` inside a line of speech), or None."""
    m = _SWALLOWED.search(text)
    return m.group(1) if m else None
