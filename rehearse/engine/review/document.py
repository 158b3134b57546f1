"""The report as a document of sections, blocks and styled runs: written once here, drawn by every surface
(plain text, Markdown, HTML, the app), so no surface can say more or less than another."""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.engine.load.guidance import Source
from rehearse.engine.review.model import Chart, Credit, Feedback, Lapse, decision_list
from rehearse.engine.review.rupture import marker_words, strategy_words

OUTCOME_WORDS = {"good": "a good place", "mixed": "a mixed place", "poor": "a hard place"}
GRADE_WORDS = {"style": "a lapse in style", "warning": "a warning sign", "breach": "an ethical breach"}
GRADE_ADVICE = {
    "style": "Curt or clumsy, but nothing wrong in substance: a clear policy, for example, is theirs to hold.",
    "warning": "A warning sign about the relationship. It was not your fault, and you are allowed to point it out.",
    "breach": ("This crosses a professional line. It was not your fault. You can end the session, and you can "
               "complain to the therapist's professional body (in the UK, for example, the BACP; in the US, the "
               "state licensing board)."),
}


@dataclass(frozen=True)
class Run:
    """A piece of text and its style: '' plain, 'b' bold, 'q' someone's words (drawn in quotation marks),
    'cite' a source, 'dim' secondary, 'good', 'warn', 'bad' for marks."""

    text: str
    style: str = ""  # also 'link': a URL, linked in HTML


Line = tuple[Run, ...]


@dataclass(frozen=True)
class Block:
    """One item: a mark ('+', '-', '!', '>' or ''), its lines, or a chart."""

    lines: tuple[Line, ...] = ()
    mark: str = ""
    chart: Chart | None = None


@dataclass(frozen=True)
class Section:
    """A titled part of the report."""

    id: str
    title: str
    blocks: tuple[Block, ...]


def _q(text: str) -> tuple[Run, ...]:
    """Someone's words, or nothing at all: a report never shows an empty quotation."""
    text = text.strip()
    return (Run(text, "q"),) if text else ()


def _how(c: Credit) -> str:
    if c.how == "choice":
        return ""
    if c.how == "heard":
        return "; your words were heard as an option that shows it"
    return f"; in your own words you {c.how}"


def document(fb: Feedback) -> list[Section]:
    """Every section of the report, in reading order: the headline (how it ended, why, what to try next), the
    measures and debrief, then the detail (each decision, skills, lapses), the card, "what if" and sources."""
    out = [_summary(fb)]
    if fb.turning_points:
        out.append(_turning(fb))
    out.append(_next(fb))
    if fb.charts or fb.held:
        blocks = [Block(chart=c) for c in fb.charts]
        if fb.held:
            blocks.append(Block(((Run(fb.held),),)))
        out.append(Section("charts", "How it went, in numbers", tuple(blocks)))
    if fb.rupture is not None:
        out.append(_rupture(fb))
    if fb.red_flags:
        out.append(_flags(fb))
    out.append(_steps(fb))
    out.append(Section("did-well", "What you did well", tuple(
        Block(((Run(c.guidance.title, "b"), Run(f"  (decision {c.decision}{_how(c)})")),
               (Run(c.guidance.advice),), (Run("Source: ", "dim"), Run(c.guidance.cite(), "cite"))), "+")
        for c in fb.followed) or (Block(((Run("Nothing yet, and that is what practice is for."),),)),)))
    out.append(Section("missed", "Missed chances (each time)", tuple(_lapse(lp) for lp in fb.lapses)
                       or (Block(((Run("None: no reply on this path missed a chance the scenario marks."),),)),)))
    if fb.card is not None:
        out.append(_card(fb))
    if fb.what_ifs:
        out.append(_what_if(fb))
    out.append(Section("sources", "Sources", tuple(_source(s) for s in fb.sources) or (Block(((Run("(none)"),),)),)))
    return out


def _source(s: Source) -> Block:
    """A full reference; its DOI or URL as a link of its own, so the HTML export can link it."""
    link = s.link or ""
    ref = s.reference()
    if link:
        ref = ref.removesuffix(link).rstrip()
    return Block(((Run(f"[{s.key}] "), Run(ref), *((Run(" "), Run(link, "link")) if link else ())),))


def _summary(fb: Feedback) -> Section:
    if fb.finished:
        head: Line = (Run("Ending: ", "b"), Run(fb.ending_label or ""),
                      Run(f" ({fb.outcome}): the conversation ended in "
                          f"{OUTCOME_WORDS.get(fb.outcome or '', 'an ending')}"))
    else:
        head = (Run("Not finished: ", "b"), Run(f"stopped after {fb.decisions} decision(s)"))
    lines: list[Line] = [head, (Run("Persona: ", "b"), Run(fb.persona), Run(f"  Decisions: {fb.decisions}"))]
    for sh in fb.shifts:  # variety between runs: say where the other side's manner changed, and why it might
        when = f"before decision {sh.decision + 1}" if sh.decision < fb.decisions else "at the end"
        lines.append((Run("Changed: ", "b"), Run(f"{fb.app_name}'s manner changed {when}, from {sh.frm} to {sh.to}"),
                      *((Run(f": {sh.note}", "dim"),) if sh.note else ())))
    return Section("summary", "Summary", (Block(tuple(lines)),))


def _turning(fb: Feedback) -> Section:
    blocks = []
    for s in fb.turning_points:
        lines: list[Line] = [(Run(f"Decision {s.number}: ", "b"), Run("you said "), *_q(s.said)),
                             (Run(s.turning[:1].upper() + s.turning[1:] + "."),)]
        if s.note:
            lines.append((Run("Why: ", "dim"), Run(s.note)))
        blocks.append(Block(tuple(lines), ">"))
    return Section("why-here", "Why it ended here", tuple(blocks))


def _steps(fb: Feedback) -> Section:
    blocks = []
    name = fb.app_name
    previous = ""
    for s in fb.steps:
        lines: list[Line] = []
        if s.prompt and s.prompt != previous:  # the other side's line, unless the last step already showed it
            lines.append((Run(f"{name}: ", "dim"), *_q(s.prompt)))
        you: list[Run] = [Run("You said" + (" in your own words" if s.typed else "") + ": ", "b"), *_q(s.said)]
        if s.typed and s.heard_as:
            you += [Run("  (heard as ", "dim"), *_q(s.heard_as), Run(")", "dim")]
        lines.append(tuple(you))
        if s.reply:
            who = f"the {name.lower()}" if name in ("Therapist", "Client") else name
            took: list[Run] = [Run(f"How {who} took it: ", "dim"), *_q(s.reply)]
            if s.reply_flag:
                grade, _, kind = s.reply_flag.partition(": ")
                took.append(Run(f"  ({GRADE_WORDS[grade]}: {kind})", "bad"))
            lines.append(tuple(took))
        if s.thinking:
            lines.append((Run(f"What {who} might have been thinking: ", "dim"), Run(s.thinking)))
        if s.note:
            lines.append((Run("Note: ", "b"), Run(s.note)))
        for c in s.shown:
            how = _how(c).removeprefix("; ")
            lines.append((Run("+ ", "good"), Run(c.guidance.title), *((Run(f" ({how})", "dim"),) if how else ())))
        for m in s.missed:
            lines.append((Run("- ", "warn"), Run(f"Missed: {m.guidance.title}"),
                          *((Run(". A reply that showed it: ", "dim"), *_q(m.better)) if m.better else ())))
        for g in s.unproven:
            lines.append((Run("? ", "dim"), Run(f"Heard as an option that shows \u201c{g.title}\u201d, but your words "
                                                "did not show it, so it is not counted.", "dim")))
        if s.strategies:
            lines.append((Run("Resolution strategy: ", "dim"), Run("; ".join(strategy_words(x) for x in s.strategies))))
        if s.turning:
            lines.append((Run("Turning point: ", "b"), Run(s.turning)))
        blocks.append(Block(tuple(lines), f"{s.number}."))
        previous = s.reply
    return Section("steps", "Decision by decision", tuple(blocks) or (Block(((Run("No decisions yet."),),)),))


def _lapse(lp: Lapse) -> Block:
    head: Line = (Run(lp.guidance.title, "b"), Run(f"  ({lp.summary}"
                                                   + (f"; put right at decision {lp.put_right})" if lp.put_right
                                                      else ")")))
    lines: list[Line] = [head]
    for s in lp.slips:
        lines.append((Run(f"Decision {s.decision}: ", "dim"), Run("you said "), *_q(s.said)))
        if s.note:
            lines.append((Run("Why: ", "dim"), Run(s.note)))
        if s.better:
            lines.append((Run("A reply that showed it: ", "dim"), *_q(s.better)))
    lines.append((Run("Source: ", "dim"), Run(lp.guidance.cite(), "cite")))
    return Block(tuple(lines), "-")


def _flags(fb: Feedback) -> Section:
    blocks = []
    for r in fb.red_flags:
        what = "You named it calmly." if r.named else (
            "You held your point." if r.held else "It went unnamed.")
        blocks.append(Block(((Run(GRADE_WORDS[r.grade].capitalize() + f" ({r.kind}): ", "b"), *_q(r.line),
                              Run(f"  (before decision {r.decision})" if r.decision <= fb.decisions else
                                  "  (in the closing lines)", "dim")),
                             (Run(what + " "), Run(GRADE_ADVICE[r.grade]))), "!"))
    for kind, g in fb.flag_sources.items():
        blocks.append(Block(((Run(f"Why {kind} replies are a red flag: ", "dim"), Run(g.cite(), "cite")),)))
    return Section("red-flags", "Red flags you met", tuple(blocks))


def _rupture(fb: Feedback) -> Section:
    r = fb.rupture
    assert r is not None
    name = fb.app_name
    blocks = [Block(((Run("Markers met: ", "b"),
                      Run("; ".join(f"{k}: {marker_words(m)}" for k, _, m in (x.partition(": ") for x in r.markers))
                          or "none on this path")),
                     (Run("Resolution strategies you used: ", "b"),
                      Run("; ".join(strategy_words(s) for s in r.strategies) or "none")),))]
    for e in r.events:
        lines: list[Line] = [(Run(f"Decision {e.decision}" if e.response else "At the end", "b"),
                              Run(f"  {e.kind}: {marker_words(e.marker)}", "warn")),
                             (Run(f"{name}: ", "dim"), *_q(e.line))]
        if e.response:
            lines.append((Run("Your response: ", "dim"), *_q(e.response)))
            lines.append((Run("Strategy: ", "dim"),
                          Run("; ".join(strategy_words(s) for s in e.strategies) or "no resolution strategy")))
            nxt = (f"still a marker: {marker_words(e.next_marker)}" if e.next_marker else "no marker: re-engaged")
            lines.append((Run(f"{name}'s next move: ", "dim"), *_q(e.next_line), Run(f"  ({nxt})", "dim")))
        else:
            lines.append((Run("The session ended on this marker.", "dim"),))
        blocks.append(Block(tuple(lines), ">"))
    blocks.append(Block(((Run("How far resolved: ", "b"), Run(f"{r.resolution} of 5, {r.resolution_words}")
                          if r.resolution else Run(r.resolution_words)),)))
    blocks.append(Block(((Run("A question for you: ", "b"), Run(r.question)),)))
    return Section("rupture", "Rupture debrief (Rupture Resolution Rating System terms)", tuple(blocks))


def _next(fb: Feedback) -> Section:
    n = fb.next_step
    if n is None:
        return Section("next-step", "One thing to try next", (Block(((Run(
            "Nothing left on this path: you showed what this scenario teaches. Try another persona."),),)),))
    g = n.guidance
    return Section("next-step", "One thing to try next", (Block((
        (Run(g.title, "b"),), (Run(n.reason, "dim"),), (Run(g.advice),),
        (Run("For example: "), *_q(g.example)), (Run("Source: ", "dim"), Run(g.cite(), "cite")))),))


def _card(fb: Feedback) -> Section:
    c = fb.card
    assert c is not None
    blocks = [Block(tuple((Run(f"{ln.label}" + ("" if ln.yours else " (a line to try)") + ": ", "b"), *_q(ln.text))
                          for ln in c.lines))]
    if c.reactions:
        blocks.append(Block(((Run("If they react like this", "b"),),) +
                            tuple((Run(what + ": "), Run(how)) for what, how in c.reactions)))
    blocks.append(Block(((Run("Afterwards", "b"),),) + tuple((Run("\u2022 " + a),) for a in c.after)))
    blocks.append(Block(((Run("A check on how you feel", "b"),),) + tuple((Run("\u2022 " + a),) for a in c.check)))
    return Section("card", "Your card for the real session", tuple(blocks))


def _what_if(fb: Feedback) -> Section:
    blocks = []
    for w in fb.what_ifs:
        lines: list[Line] = [(Run(f"Decision {w.decision}: ", "b"), Run("you said "), *_q(w.said))]
        for text, first in w.options:
            lines.append((Run("If you had said ", "dim"), *_q(text)))
            lines.append((Run("  the reply would have begun: ", "dim"), *(_q(first) or (Run("(an ending)"),))))
        blocks.append(Block(tuple(lines)))
    return Section("what-if", "What if", tuple(blocks))


def decisions_phrase(numbers) -> str:
    """Re-exported for renderers: 'decisions 3 and 6'."""
    return decision_list(numbers)
