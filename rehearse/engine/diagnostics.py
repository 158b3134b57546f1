"""Located problems found in a scenario file, reported as `path:line:col: severity[code]: message`."""

from __future__ import annotations

import difflib
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
    close = difflib.get_close_matches(str(word), [str(o) for o in options], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
