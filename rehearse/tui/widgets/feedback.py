"""Read-only views of the engine's feedback: the report sections, the alliance chart, and the "what if" list."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalGroup, VerticalScroll
from textual.content import Content
from textual.widgets import Sparkline, Static

from rehearse.engine.review.feedback import Feedback
from rehearse.engine.review.report import OUTCOME_WORDS, sparkline
from rehearse.tui.text import join, literal


def _q(text: str) -> Content:
    """User or scenario words in quotation marks, shown literally."""
    return join("\u201c", literal(text), "\u201d")


class Section(VerticalGroup):
    """A titled section of the report."""

    DEFAULT_CSS = """
    Section { height: auto; margin: 0 0 1 0; }
    Section > .heading { text-style: bold; color: $primary; }
    Section > .item { margin: 0 0 0 2; }
    """

    def __init__(self, title: str, items: list[Content], empty: str = "", **kw) -> None:
        super().__init__(**kw)
        self.heading = title
        self.items = items or ([Content(empty)] if empty else [])

    def compose(self) -> ComposeResult:
        yield Static(Content(self.heading), classes="heading")
        for item in self.items:
            yield Static(item, classes="item", markup=False)


class AllianceChart(VerticalGroup):
    """The working relationship over the session, as a small chart with its start and end values."""

    DEFAULT_CSS = """
    AllianceChart { height: auto; margin: 0 0 1 0; }
    AllianceChart > Sparkline { height: 3; width: 60; max-width: 100%; }
    AllianceChart > .caption { color: $text-muted; }
    """

    def __init__(self, values: list[int], **kw) -> None:
        super().__init__(**kw)
        self.values = values

    def compose(self) -> ComposeResult:
        v = self.values
        yield Static(Content("How the working relationship went, decision by decision"), classes="heading")
        yield Sparkline(v, id="alliance-chart")
        # The bars again as text, so the shape survives NO_COLOR, copying and screen readers.
        yield Static(Content(f"{sparkline(v)}  from {v[0]} to {v[-1]} over {len(v) - 1} decision(s)"),
                     classes="caption")


class FeedbackView(VerticalScroll):
    """The report in sections: did well, missed chances, red flags, one next step, sources."""

    def __init__(self, fb: Feedback, **kw) -> None:
        super().__init__(**kw)
        self.fb = fb

    def compose(self) -> ComposeResult:
        fb = self.fb
        if fb.finished:
            where = OUTCOME_WORDS.get(fb.outcome or "", "an ending")
            head = join(("Ending: ", "bold"), literal(fb.ending_label or ""),
                        f"  (the conversation ended in {where})")
        else:
            head = join(("Not finished: ", "bold"), f"stopped after {fb.decisions} decision(s)")
        yield Static(join(head, "\n", ("Persona: ", "bold"), literal(fb.persona)), id="summary", markup=False)
        if len(fb.alliance) > 1:
            yield AllianceChart(fb.alliance)
        yield Section("What you did well", [
            join(("+ ", "bold $success"), literal(p.guidance.title), f"  (decision {p.decision}",
                 (f", you {p.how}" if p.how and p.how != "choice" else ""), ")\n",
                 literal(p.guidance.advice), "\n", ("Source: ", "dim"), literal(p.guidance.cite(), "dim"))
            for p in fb.followed], empty="Nothing yet, and that is what practice is for.", id="did-well")
        yield Section("Missed chances", [
            join(("- ", "bold $warning"), literal(p.guidance.title), f"  (decision {p.decision})\n",
                 "You said: ", _q(p.said), "\n", ("A reply that showed it: ", "bold"), _q(p.better), "\n",
                 ("Source: ", "dim"), literal(p.guidance.cite(), "dim"))
            for p in fb.missed], empty="None this time.", id="missed")
        if fb.red_flags:
            yield Section("Red flags you met", [
                join(("! ", "bold $error"), literal(r.kind), " reply: ", _q(r.line), "\n",
                     "You named it calmly." if r.named else
                     "It went unnamed. That was not your fault, and you are allowed to point it out.")
                for r in fb.red_flags], id="red-flags")
        if fb.next_step:
            g = fb.next_step
            yield Section("One thing to try next", [
                join(literal(g.title, "bold"), "\n", literal(g.advice), "\nFor example: ", _q(g.example), "\n",
                     ("Source: ", "dim"), literal(g.cite(), "dim"))], id="next-step")
        yield Section("Sources", [join(f"[{s.key}] ", _q(s.title), ", ", literal(s.author)) for s in fb.sources],
                      empty="(none)", id="sources")
        yield Static(Content("This is a rehearsal, not therapy. F1 shows crisis lines at any time."),
                     classes="footnote")


class WhatIfView(VerticalScroll):
    """For each decision: what was said, and where each other option would have led first."""

    def __init__(self, session, **kw) -> None:
        super().__init__(**kw)
        self.session = session

    def compose(self) -> ComposeResult:
        s = self.session
        if not s.decisions:
            yield Static(Content("No decisions yet."))
            return
        for i, d in enumerate(s.decisions):
            items = [join(("You said: ", "bold"), _q(s.transcript[d.line_index].text))]
            for choice, first in s.what_if(i):
                items.append(join(("If you had said ", "dim"), _q(s._render(choice.text)), "\n",
                                  ("  the reply would have begun: ", "dim"), _q(first) if first else "(an ending)"))
            yield Section(f"Decision {i + 1}", items, id=f"whatif-{i + 1}")
