"""Read-only views of the engine's report document: the feedback sections, the charts, the card and "what if".

Every word comes from rehearse.engine.review.document, the same document plain mode and the exports draw; these
widgets only choose styles."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import HorizontalGroup, VerticalGroup, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Static

from rehearse.engine.review.card import FEELINGS, feeling_reply
from rehearse.engine.review.document import Block, Line, Run, Section
from rehearse.engine.review.report import chart_lines
from rehearse.tui.text import join, literal, resources_content

STYLES = {"b": "bold", "cite": "dim", "dim": "dim", "good": "bold $success", "warn": "bold $warning",
          "bad": "$error"}


def run_content(r: Run) -> Content:
    """One run: scenario and user words stay literal; quoted words get their quotation marks."""
    if r.style == "q":
        return join("\u201c", literal(r.text), "\u201d")
    return literal(r.text, STYLES.get(r.style, ""))


def line_content(line: Line) -> Content:
    """A line of runs."""
    return join(*(run_content(r) for r in line))


def block_content(b: Block) -> Content:
    """A block's lines, its mark on the first."""
    if b.chart is not None:
        return literal("\n".join(chart_lines(b.chart)))
    lines = [line_content(ln) for ln in b.lines]
    mark = {"+": "bold $success", "-": "bold $warning", "!": "bold $error"}.get(b.mark, "bold")
    head = [(b.mark + " ", mark)] if b.mark else []
    parts: list = [*head]
    hang = " " * (len(b.mark) + 1) if b.mark else ""  # later lines line up under the first line's text
    for i, ln in enumerate(lines):
        parts += ([f"\n{hang}"] if i else []) + [ln]
    return join(*parts)


class SectionView(VerticalGroup):
    """A titled section of the report."""

    DEFAULT_CSS = """
    SectionView { height: auto; margin: 0 0 1 0; }
    SectionView > .heading { text-style: bold; color: $primary; }
    SectionView > .item { margin: 0 0 0 2; }
    SectionView > .chart { margin: 0 0 0 0; }
    """

    def __init__(self, section: Section, **kw) -> None:
        super().__init__(**kw)
        self.section = section

    def compose(self) -> ComposeResult:
        yield Static(Content(self.section.title), classes="heading")
        for b in self.section.blocks:
            yield Static(block_content(b), classes="chart" if b.chart else "item", markup=False)


class FeedbackView(VerticalScroll):
    """The report's sections, in the document's order (the card and "what if" have their own tabs)."""

    def __init__(self, sections: list[Section], **kw) -> None:
        super().__init__(**kw)
        self.sections = [s for s in sections if s.id not in ("card", "what-if")]

    def compose(self) -> ComposeResult:
        for sec in self.sections:
            if sec.id == "summary":
                yield Static(block_content(sec.blocks[0]), id="summary", markup=False)
            else:
                yield SectionView(sec, id=sec.id)
        yield Static(Content("This is a rehearsal, not therapy. F1 shows crisis lines at any time."),
                     classes="footnote")


class FeelingCheck(VerticalGroup):
    """The short check on how the person feels now: three answers, and the engine's reply to the one chosen."""

    DEFAULT_CSS = """
    FeelingCheck { height: auto; margin: 0 0 1 2; }
    FeelingCheck > HorizontalGroup { height: auto; }
    FeelingCheck Button { margin-right: 1; min-width: 0; }
    FeelingCheck > #feeling-reply { height: auto; margin-top: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static(Content("Tell the app how you are right now (nothing is saved):"), classes="heading")
        with HorizontalGroup():
            for key, label in FEELINGS:
                yield Button(label, id=f"feel-{key}", compact=True)
        yield Static(id="feeling-reply", markup=False)

    @on(Button.Pressed)
    def answer(self, event: Button.Pressed) -> None:
        """Show the reply to the answer; crisis lines when the person is not okay."""
        key = (event.button.id or "").removeprefix("feel-")
        reply = Content(feeling_reply(key))
        self.query_one("#feeling-reply", Static).update(join(reply, "\n", resources_content()) if key == "not-ok"
                                                          else reply)
        event.stop()


class CardView(VerticalScroll):
    """The client's card for the real session, and the check on how they feel now."""

    def __init__(self, section: Section | None, **kw) -> None:
        super().__init__(**kw)
        self.section = section

    def compose(self) -> ComposeResult:
        if self.section is None:
            yield Static(Content("No card for this session."))
            return
        yield SectionView(self.section, id="card")
        yield FeelingCheck(id="feeling-check")


class WhatIfView(VerticalScroll):
    """For each decision: what was said, and where each other option would have led first (from the model)."""

    def __init__(self, section: Section | None, **kw) -> None:
        super().__init__(**kw)
        self.section = section

    def compose(self) -> ComposeResult:
        if self.section is None or not self.section.blocks:
            yield Static(Content("No decisions yet."))
            return
        for i, b in enumerate(self.section.blocks, start=1):
            yield SectionView(Section(f"whatif-{i}", f"Decision {i}", (b,)), id=f"whatif-{i}")
