"""Located problems found in a scenario file, reported as `path:line:col: severity[code]: message`, and the registry
of every code (its severity, the shapes of its message, and where docs/DIAGNOSTICS.md explains it)."""

from __future__ import annotations

import difflib
import re
import string
from dataclasses import dataclass, field
from typing import NamedTuple


class Mark(NamedTuple):
    """A 1-based line and column in a file."""

    # A named tuple rather than a dataclass: a big file's tree holds millions of these, and a tuple of two is a
    # third of the memory of an object with its own attribute dict.
    line: int = 1
    col: int = 1


@dataclass(frozen=True)
class Diagnostic:
    """One problem: where it is, how bad, a stable code, and a message for a person."""

    path: str
    mark: Mark
    severity: str  # "error" or "warning"
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.mark.line}:{self.mark.col}: {self.severity}[{self.code}]: {self.message}"

    def sort_key(self) -> tuple:
        """Order by file, then position, then code."""
        return (self.path, self.mark.line, self.mark.col, self.code)


@dataclass
class Report:
    """Collects every diagnostic for one run, so all problems are reported at once."""

    path: str
    items: list[Diagnostic] = field(default_factory=list)

    def error(self, mark: Mark, code: str, message: str) -> None:
        """Record an error."""
        self.items.append(Diagnostic(self.path, mark, "error", code, message))

    def warning(self, mark: Mark, code: str, message: str) -> None:
        """Record a warning."""
        self.items.append(Diagnostic(self.path, mark, "warning", code, message))

    @property
    def errors(self) -> list[Diagnostic]:
        """Only the errors."""
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        """Only the warnings."""
        return [d for d in self.items if d.severity == "warning"]

    def sorted(self) -> list[Diagnostic]:
        """All diagnostics in file order."""
        return sorted(self.items, key=Diagnostic.sort_key)


class ScenarioError(Exception):
    """Raised when a file cannot become a scenario; carries every diagnostic found."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


class RunnerError(Exception):
    """The scenario did something at run time that the loader could not rule out (e.g. every choice hidden)."""


def did_you_mean(word: str, options) -> str:
    """A ' (did you mean X?)' suffix when a close option exists, else ''."""
    options = [str(o) for o in options]
    same = [o for o in options if o.lower() == str(word).lower()]  # `If:` for `if:`: too short for difflib's ratio
    close = same or difflib.get_close_matches(str(word), options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


# -- the registry of codes ---------------------------------------------------------------------------------------
# Every module that reports a problem takes its code from here; docs/DIAGNOSTICS.md's list of codes is generated from
# this table (scripts/gen_diagnostics_doc.py) and its tests check that each code's examples report it, at the
# severity and in one of the message shapes written here.

ERROR, WARNING = "error", "warning"
# The sections of docs/DIAGNOSTICS.md, in order: each code is explained under one of them.
READING = "Reading the file"
STRUCTURE = "Structure"
MEANING = "Meaning"
LINT = "Teaching lint (`validate --strict`)"
PLAYING = "While playing"
CATALOGUE = "The guidance catalogue"
TWEE = "Importing from Twine (`import-twee`)"
COURSE = "Course folders and packs"
SECTIONS = (READING, STRUCTURE, MEANING, LINT, PLAYING, CATALOGUE, TWEE, COURSE)


class Code(str):
    """One diagnostic code. It is the code's own string (so a Diagnostic's code compares and saves as text), and
    carries its severity, its section of docs/DIAGNOSTICS.md and the shapes its message takes ({name}: a part that
    varies; {{ and }}: a brace)."""

    severity: str
    section: str
    messages: tuple[str, ...]

    @property
    def anchor(self) -> str:
        """Where docs/DIAGNOSTICS.md explains this code (its heading's link target)."""
        return "#" + self

    def fits(self, message: str) -> bool:
        """Whether `message` has one of this code's shapes (anywhere in it: some reporters add a prefix)."""
        return any(_shape(m).search(message) for m in self.messages)


CODES: dict[str, Code] = {}  # code -> Code, in the order of docs/DIAGNOSTICS.md


def _code(name: str, severity: str, section: str, *messages: str) -> Code:
    code = Code(name)
    code.severity, code.section, code.messages = severity, section, messages
    CODES[name] = code
    return code


def _shape(template: str) -> re.Pattern:
    """A template as a pattern: its literal text exactly, each {name} as any text."""
    parts = [re.escape(text) + ("(.*?)" if field is not None else "")
             for text, field, _, _ in string.Formatter().parse(template)]
    return re.compile("".join(parts), re.DOTALL)

# Reading the file
YAML_SYNTAX = _code("yaml-syntax", ERROR, READING, "YAML syntax: {reason}")
COLON_IN_TEXT = _code("colon-in-text", ERROR, READING,
    "this line has ': ' in its text, which YAML reads as the start of a new key; put the text in quotes: {fixed}")
TAB = _code("tab", ERROR, READING,
    "this line is indented with a tab; replace the tab with spaces (YAML lines up by spaces only)")
INDENTATION = _code("indentation", ERROR, READING,
    "this line doesn't line up with the ones above it: it starts at column {col}, but {what} on line {line} starts "
    "at column {want}; indent it by {spaces} spaces to line up")
UNCLOSED_QUOTE = _code("unclosed-quote", ERROR, READING,
    "the {kind} quote ({q}) that opens the text here is never closed, so YAML read on past the end of the line; end "
    "the text with {q} on this line")
RUNAWAY_QUOTE = _code("runaway-quote", WARNING, READING,
    "this text holds '{key}:', so a quote left open probably ran on over the lines below; close the quote at the "
    "end of its own line")
COMMENT_IN_TEXT = _code("comment-in-text", WARNING, READING,
    "text after ' #' is a comment, so this plays as '{kept}'; put the whole line in quotes to keep the rest")
STRAY_QUOTE = _code("stray-quote", WARNING, READING,
    "this quote mark closes nothing, so it would be shown as part of the text; remove it, or put the whole text in "
    "quotes")
DUPLICATE_KEY = _code("duplicate-key", ERROR, READING,
    "key '{key}' appears twice (first at line {line}); YAML would silently keep only the last")
YAML_TAG = _code("yaml-tag", ERROR, READING,
    "unsupported tag '{tag}': scenario files hold plain text, numbers and lists",
    "unsupported tag '{tag}'")
YAML_MERGE = _code("yaml-merge", ERROR, READING, "merge keys (<<) are not supported; write the keys out")
BAD_KEY = _code("bad-key", ERROR, READING, "a key must be plain text")
EMPTY_FILE = _code("empty-file", ERROR, READING,
    "the file holds no scenario; a scenario starts with `id:` and `title:`",
    "the file is empty; a scenario starts with `id:` and `title:`")
NOT_TEXT = _code("not-text", ERROR, READING, "this looks like a binary file, not a YAML text file")
CONTROL_CHARACTER = _code("control-character", ERROR, READING,
    "control character {code} ({name}) is not allowed in a scenario file: delete it")
ENCODING = _code("encoding", ERROR, READING, "file is not valid UTF-8 text; save it as UTF-8")
TOO_DEEP = _code("too-deep", ERROR, READING, "nesting is deeper than {limit} levels")
ALIAS_BOMB = _code("alias-bomb", ERROR, READING, "aliases expand to more than {limit} values; refusing to expand")
FILE_TOO_LARGE = _code("file-too-large", ERROR, READING,
    "file is {size} bytes; the limit is {limit} (set REHEARSE_MAX_BYTES to raise it)")
UNREADABLE = _code("unreadable", ERROR, READING, "no such file", "cannot read file: {reason}")

# Structure
UNKNOWN_KEY = _code("unknown-key", ERROR, STRUCTURE, "unknown key '{key}' in {where}{did_you_mean}")
COMMA_IN_BRACES = _code("comma-in-braces", ERROR, STRUCTURE,
    "'{key}' in {where} looks like the rest of a text cut at a comma: inside {{ }} a comma ends a value; put text "
    "with commas in quotes: {fixed}")
MISSING_FIELD = _code("missing-field", ERROR, STRUCTURE, "{where} is missing '{name}'")
WRONG_TYPE = _code("wrong-type", ERROR, STRUCTURE,
    "{where} should be {type}, not {kind}",
    "{file} should be a mapping of keys, not {kind}",
    "{where} should be text, not {kind}{hint}",
    "{where} should be true or false, not {kind}",
    "{where} should be a list, not {kind}",
    "{where} should be a mapping, not {kind}",
    "a scenario file must be a mapping of keys (id:, title:, nodes: ...), not {kind}")
BAD_VALUE = _code("bad-value", ERROR, STRUCTURE,
    "{where} is '{value}'; expected one of: {choices}{did_you_mean}",
    "{where} should be at least {minimum}")
BAD_ID = _code("bad-id", ERROR, STRUCTURE,
    "{where} '{value}' may only hold letters, digits, '-' and '_'",
    "'{key}' in {where} may only hold letters, digits, '-' and '_'")
EMPTY_LIST = _code("empty-list", ERROR, STRUCTURE, "{where} needs at least {n} item(s)")

# Meaning
UNKNOWN_NODE = _code("unknown-node", ERROR, MEANING,
    "goto '{node}': no such node{did_you_mean}",
    "start node '{start}' does not exist{did_you_mean}")
UNKNOWN_GUIDANCE = _code("unknown-guidance", ERROR, MEANING,
    "unknown guidance id '{guidance}' in {where}{did_you_mean}",
    "unknown guidance id '{guidance}' in drill '{drill}' skill{did_you_mean}",
    "red flag '{kind}' cites unknown guidance '{guidance}'")
UNKNOWN_PERSONA = _code("unknown-persona", ERROR, MEANING, "unknown persona '{name}'{did_you_mean}",
    "the condition names persona '{name}', but there is no persona '{name}'{did_you_mean}")
UNDEFINED_VARIABLE = _code("undefined-variable", ERROR, MEANING,
    "condition uses '{name}', which is not declared under variables:{did_you_mean}",
    "'{name}' is a persona name, not a variable: persona names go in quotes, like persona == '{name}'",
    "'{name}' is not a value a condition knows: use true or false (here: {value})",
    "line uses '{{{{ {name} }}}}', which is not declared under variables:{did_you_mean}",
    "effect changes '{var}', which is not declared under variables:{did_you_mean}")
TEMPLATE_SYNTAX = _code("template-syntax", ERROR, MEANING, "template syntax: {reason}")
TEMPLATE_CONSTRUCT = _code("template-construct", ERROR, MEANING,
    "'{name}' is not allowed here; use variables, comparisons, and/or/not, if/else",
    "filter '{name}' is not allowed here",
    "{what} are not allowed; use variables, comparisons, and/or/not",
    "{what} is not allowed; lines may use {{% if %}}, {{% elif %}}, {{% else %}} and {{% endif %}} only",
    "tests ('is ...') are not allowed; compare with == or !=",
    "'{op}' works on numbers only: text cannot be repeated or formatted",
    "'**' is not allowed: numbers stay small",
    "filter arguments are given in order, without names",
    "filter '{name}' takes at most {n} argument(s)",
    "a list of values may only follow 'in'",
    "dictionaries are not allowed here")
EXPRESSION_LIMIT = _code("expression-limit", ERROR, MEANING,
    "more than {limit} terms: write it more simply",
    "too long: keep an expression under {limit} terms",
    "nested more than {limit} deep: write it more simply",
    "numbers stay within {limit}",
    "more than {limit} template blocks in one line",
    "'if' blocks nested more than {limit} deep")
CONDITION_SYNTAX = _code("condition-syntax", ERROR, MEANING, "condition syntax: {reason}",
    "condition syntax: `{wrong}` at column {col} of the condition: did you mean `{right}`? ({why})",
    "condition syntax: a single `=` at column {col} of the condition: did you mean `==`? (a condition compares "
    "with ==; a single = sets, which a condition cannot do)")
EFFECT_TYPE = _code("effect-type", ERROR, MEANING, "'{var}' starts as {start_type} but this effect gives {effect_type}")
GOTO_NO_DEFAULT = _code("goto-no-default", ERROR, MEANING,
    "the last branch of a goto must have no persona or if, so there is always a way on")
DEAD_END = _code("dead-end", ERROR, MEANING,
    "node '{node}' has no choices, no goto and is not an ending: the conversation would stop here")
ENDING_WITH_EXIT = _code("ending-with-exit", ERROR, MEANING,
    "ending '{node}' also has choices or a goto; an ending is the last line")
CHOICES_AND_GOTO = _code("choices-and-goto", ERROR, MEANING, "node '{node}' has both choices and a goto; keep one")
NO_ENDING = _code("no-ending", ERROR, MEANING, "no ending can be reached from the start node")
NO_WAY_OUT = _code("no-way-out", ERROR, MEANING, "from node '{node}' no path leads to an ending (a loop with no exit?)")
UNREACHABLE = _code("unreachable", WARNING, MEANING, "node '{node}' can never be reached from '{start}'")
UNREACHABLE_ENDING = _code("unreachable-ending", WARNING, MEANING,
    "ending '{node}' can never be reached from '{start}'")
NO_GUIDANCE = _code("no-guidance", WARNING, MEANING,
    "choice has no shows: or misses:, so feedback cannot teach from it")
NO_NOTE = _code("no-note", WARNING, MEANING, "choice has no note: saying why it helps or hurts")
UNGRADED_FLAG = _code("ungraded-flag", WARNING, MEANING,
    "red flag has no `grade:` (style, warning or breach); it is reported as a warning")
BAD_SHIFT = _code("bad-shift", ERROR, MEANING,
    "shift {key} '{name}': no such persona",
    "shift at '{node}': no such node",
    "shift chance {chance} should be above 0 and at most 1",
    "a shift goes from one persona to another")
GRADE_WITHOUT_FLAG = _code("grade-without-flag", ERROR, MEANING,
    "`grade:` grades a red flag, but this line has no `red_flag:`")
DUPLICATE_CHOICE = _code("duplicate-choice", WARNING, MEANING,
    "two choices at node '{node}' say the same thing (see line {line})")
DUPLICATE_ID = _code("duplicate-id", ERROR, MEANING,
    "guidance id '{id}' appears twice",
    "scenario id '{id}' is also used by {file}",
    "shared node '{node}' has the same id as a node in this scenario",
    "drill id '{id}' appears twice (first at line {line})",
    "drill id '{id}' is also used by {file}")
UNKNOWN_INCLUDE = _code("unknown-include", ERROR, MEANING, "no shared piece '{name}' in scenarios/shared/")
TOO_MANY_INCLUDES = _code("too-many-includes", ERROR, MEANING,
    "include lists {count} pieces; a scenario may include at most {limit}")
DRILL_NODE = _code("drill-node", ERROR, MEANING,
    "drill '{drill}' is at node '{node}', which does not exist{did_you_mean}",
    "drill '{drill}' is at node '{node}', where the user does not reply (it has no choices)")
TOO_MANY_NODES = _code("too-many-nodes", ERROR, MEANING, "{count} nodes is more than the limit of {limit}")

# Teaching lint (`validate --strict`)
TEACHES_UNSHOWN = _code("teaches-unshown", WARNING, LINT, "teaches '{guidance}', but no reachable choice shows it")
NO_GOOD_PATH = _code("no-good-path", WARNING, LINT,
    "no reachable ending has outcome: good, so no path models the guidance")
NO_MODEL_PATH = _code("no-model-path", WARNING, LINT,
    "no path from the start to a good ending takes a choice that shows what the scenario teaches; model the "
    "guidance on the way to a good ending")
NO_MISSTEP = _code("no-misstep", WARNING, LINT,
    "no reachable ending has outcome mixed or poor: add an instructive misstep")
NO_MISSES = _code("no-misses", WARNING, LINT,
    "no reachable choice has misses:, so feedback can never point out a missed chance")
ROLE_MISMATCH = _code("role-mismatch", WARNING, LINT,
    "choice at '{node}' shows '{guidance}', guidance for the {role}, but the user plays the {user_role}",
    "choice at '{node}' misses '{guidance}', guidance for the {role}, but the user plays the {user_role}")
PERSONA_STUCK = _code("persona-stuck", WARNING, LINT, "persona '{persona}' can never reach an ending")
PERSONA_TRAP = _code("persona-trap", WARNING, LINT,
    "with persona '{persona}', node '{node}' can be reached but no ending can be reached from it")
SIMILAR_CHOICES = _code("similar-choices", WARNING, LINT,
    "choices {a} and {b} at node '{node}' read as the same reply; make them say different things")
EXAMPLE_ELSEWHERE = _code("example-elsewhere", WARNING, LINT,
    "example {k} of choice {a} at node '{node}' would be heard as choice {b}; reword it toward its own choice, or "
    "drop it")
FLAG_AFTER_LAST_REPLY = _code("flag-after-last-reply", WARNING, LINT,
    "red flag '{kind}' at '{node}' comes after the last reply, so the user can never name it; raise it earlier, or "
    "add a reply after it")
NAME_UNGUARDED = _code("name-unguarded", WARNING, LINT,
    "line at '{node}' says {{{{ name }}}}, which is 'you' when no name is given (\"Hi, you.\"); add a variant "
    "before it with if: \"name != 'you'\" and keep one without the name")
UNUSED_VARIABLE = _code("unused-variable", WARNING, LINT,
    "variable '{var}' is declared but no condition, line or effect uses it")
DRILL_ROLE = _code("drill-role", WARNING, LINT,
    "drill '{drill}' practises '{guidance}', guidance for the {role}, but the user plays the {user_role}")
DRILL_UNMODELLED = _code("drill-unmodelled", WARNING, LINT,
    "drill '{drill}' practises '{guidance}', but no choice at node '{node}' shows it, so no written reply models it")
DRILL_PERSONA = _code("drill-persona", WARNING, LINT,
    "drill '{drill}': persona '{persona}' never reaches node '{node}', so no lines lead up to its {level} wording")

# While playing
RUNTIME = _code("runtime", ERROR, PLAYING,
    "condition '{condition}' failed: {reason}",
    "line '{text}' failed: {reason}")

# The guidance catalogue
UNKNOWN_SOURCE = _code("unknown-source", ERROR, CATALOGUE, "unknown source '{source}'")
UNFINDABLE_SOURCE = _code("unfindable-source", ERROR, CATALOGUE,
    "source '{source}' needs a file (a seed article) or a year and where it was published")
MISSING_BASIS = _code("missing-basis", ERROR, CATALOGUE,
    "item '{item}' cites '{source}' but does not say what '{source}' supports")
UNCITED_BASIS = _code("uncited-basis", ERROR, CATALOGUE,
    "item '{item}' gives a basis for '{source}', which it does not cite")
UNKNOWN_RED_FLAG = _code("unknown-red-flag", ERROR, CATALOGUE, "unknown red-flag kind '{kind}' (one of: {kinds})")

# Importing from Twine (`import-twee`)
TWEE_HEADER = _code("twee-header", WARNING, TWEE,
    "passage header has no name: passage skipped",
    "the tag block has no closing ']': tags dropped",
    "passage metadata is not valid JSON ({reason}): discarded",
    "passage metadata should be a JSON object: discarded",
    "unexpected text after the passage {name}: {text} ignored (tags go in [ ], metadata in {{ }})",
    "unexpected text after the metadata: ignored")
TWEE_BEFORE_HEADER = _code("twee-before-header", WARNING, TWEE, "text before the first passage header (::) is ignored")
TWEE_DUPLICATE = _code("twee-duplicate", WARNING, TWEE, "a second passage named '{passage}': the first one is used")
TWEE_STORYDATA = _code("twee-storydata", WARNING, TWEE, "StoryData is not a JSON object ({reason}): discarded")
TWEE_START = _code("twee-start", WARNING, TWEE,
    "StoryData's start passage '{start}' is not a story passage: starting at '{fallback}'",
    "no start passage in StoryData and no passage named 'Start': starting at the first passage, '{fallback}'")
TWEE_SKIPPED = _code("twee-skipped", WARNING, TWEE,
    "passage '{passage}' has {why}: it is story-format machinery and is not carried over")
TWEE_MACRO = _code("twee-macro", WARNING, TWEE,
    "the Chapbook vars section (above '--') is not carried over",
    "Chapbook insert {{{insert}}} is not translated",
    "SugarCube <<{name}>> code is not carried over",
    "script {code} is not carried over",
    "Chapbook modifier {modifier} is not carried over",
    "SugarCube macro <<{name}>> is not translated",
    "Harlowe macro ({name}:) is not translated",
    "Twine {macro} is not carried over: {why}")
TWEE_MACRO_LINK = _code("twee-macro-link", WARNING, TWEE,
    "<<{name}>> with <<goto>> became a choice leading to '{target}'",
    "{macro} with (goto:) became a choice leading to '{target}'",
    "{macro} became a choice leading to '{target}'; any condition around it is not carried over",
    "{macro} became a choice leading to '{target}', shown under the condition around it",
    "{macro} leads somewhere this importer cannot work out: add the choice by hand",
    "SugarCube <<{name}>> wraps a link: kept as a choice, but what the macro does besides is not carried over",
    "Chapbook {{link to}} became a choice leading to '{target}'",
    "{macro} names no passage to go to: add the choice by hand")
TWEE_SETTER = _code("twee-setter", WARNING, TWEE,
    "the link's setter [{setter}] is not carried over; use effects: on the choice")
TWEE_VARIABLE = _code("twee-variable", WARNING, TWEE,
    "story variable {variable} is not translated; declare it under variables: and write {{{{ name }}}} to show it")
TWEE_EXTERNAL = _code("twee-external", WARNING, TWEE, "link to {target} leaves the story: kept as text only")
TWEE_BROKEN_LINK = _code("twee-broken-link", WARNING, TWEE,
    "passage '{passage}': link to '{target}', which is not in the story: it leads to a placeholder ending")
TWEE_NO_WAY_OUT = _code("twee-no-way-out", WARNING, TWEE,
    "passage '{passage}' is in a loop with no way to an ending: added a choice that ends the conversation")
TWEE_BRACES = _code("twee-braces", WARNING, TWEE, "'{brace}' would start a template: a space is put after the brace")
TWEE_MARKUP = _code("twee-markup", WARNING, TWEE, "HTML markup is removed")
TWEE_ENCODING = _code("twee-encoding", WARNING, TWEE, "the file is not valid UTF-8: unreadable bytes became \ufffd")

# Course folders and packs
COURSE_SHADOWS = _code("course-shadows", ERROR, COURSE,
    "guidance id '{id}' is already in the bundled catalogue; give the course's item its own id",
    "source '{key}' is already in the bundled catalogue; give the course's source its own key")
COURSE_TAG_BUNDLED = _code("course-tag-bundled", WARNING, COURSE, "tag '{tag}' is already a bundled conversation type")
COURSE_ORDER = _code("course-order", ERROR, COURSE,
    "order names '{id}', which is not a scenario in this folder{did_you_mean}")
COURSE_UNORDERED = _code("course-unordered", WARNING, COURSE,
    "scenario '{id}' is not in course.yaml's order: the picker shows it after the listed ones")
