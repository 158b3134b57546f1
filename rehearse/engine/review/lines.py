"""Reading a played transcript: the other side's lines around each decision, the variant each was said from, and an
option's text as the person saw it. Shared by the report's parts, so none of them imports another."""

from __future__ import annotations

from rehearse.engine.expr import ExprError, render
from rehearse.engine.model import Scenario, Variant
from rehearse.engine.play.runner import Line, Session

FLAG_GUIDANCE = "flag_defensive_reply"  # the catalogue item cited beside the red flags


def line_variant(sc: Scenario, persona: str, line: Line) -> Variant | None:
    """The authored variant a transcript line was said from (for its red-flag grade and rupture marker)."""
    node = sc.nodes.get(line.node)
    if node is None or line.speaker != "app" or line.say_more:
        return None
    fits = [v for v in node.variants if v.personas is None or persona in v.personas]
    # Any variant with these exact words: the persona may have changed since the line was said (a shift).
    exact = next((v for v in fits + list(node.variants) if v.text == line.text), None)
    if exact is not None:
        return exact
    # A templated line renders differently from its source: take the first templated variant that fits.
    return next((v for v in fits if "{{" in v.text and v.red_flag == line.red_flag), None)


def segments(session: Session) -> list[tuple[list[Line], list[Line]]]:
    """For each decision: the other side's lines before it (since the last reply) and after it (until the next)."""
    lines = session.transcript
    idx = [d.line_index for d in session.decisions]
    out = []
    for i, at in enumerate(idx):
        start = idx[i - 1] + 1 if i else 0
        end = idx[i + 1] if i + 1 < len(idx) else len(lines)
        out.append((app_lines(lines[start:at]), app_lines(lines[at + 1:end])))
    return out


def app_lines(lines: list[Line]) -> list[Line]:
    """The other side's spoken lines (not requests to say more)."""
    return [ln for ln in lines if ln.speaker == "app" and not ln.say_more and ln.text.strip()]


def option_text(session: Session, text: str) -> str:
    """An option's text as the person saw it (templates filled in)."""
    try:
        return render(text, session.context())
    except ExprError:
        return text
