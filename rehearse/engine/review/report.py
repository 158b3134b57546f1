"""Renders the report document as plain text, Markdown, HTML or JSON; the page around it comes from templates."""

from __future__ import annotations

import html
import re
from dataclasses import asdict
from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from rehearse.engine.play.runner import Line
from rehearse.engine.review.document import OUTCOME_WORDS, Block, Run, Section, document
from rehearse.engine.review.model import Chart, Feedback
from rehearse.engine.textnorm import printable

BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"
CELL = 3  # characters per decision on a text chart

__all__ = ["OUTCOME_WORDS", "card_markdown", "chart_lines", "chart_svg", "render_report", "report_json", "sparkline"]


def sparkline(values, lo: float | None = None, hi: float | None = None) -> str:
    """A one-line chart of a series; with lo and hi given, on that fixed scale."""
    if not values:
        return ""
    lo = min(values) if lo is None else lo
    hi = max(values) if hi is None else hi
    span = (hi - lo) or 1
    return "".join(BARS[round((min(max(v, lo), hi) - lo) / span * (len(BARS) - 1))] for v in values)


def _row(chart: Chart, v: float) -> int:
    """The text row (0 at the top) a value falls on."""
    frac = (v - chart.lo) / ((chart.hi - chart.lo) or 1)
    return chart.rows - 1 - round(min(max(frac, 0.0), 1.0) * (chart.rows - 1))


def chart_lines(chart: Chart) -> list[str]:
    """A chart as lines of text: a fixed vertical scale with labelled rows, decisions along the bottom."""
    labels = {_row(chart, v): text for v, text in chart.ticks}
    width = max(len(t) for t in labels.values())
    n = max(len(s.values) for s in chart.series)
    grid = [[" "] * (n * CELL) for _ in range(chart.rows)]
    for s in chart.series:
        for x, v in enumerate(s.values):
            cell = grid[_row(chart, v)]
            cell[x * CELL] = "\u25c9" if cell[x * CELL] not in (" ", s.glyph) else s.glyph
    out = [chart.title]
    for r in range(chart.rows):
        out.append(f"{labels.get(r, ''):>{width}} \u2502{''.join(grid[r]).rstrip()}")
    out.append(" " * width + " \u2514" + "\u2500" * (n * CELL))
    out.append(" " * (width + 2) + "".join(f"{x:<{CELL}}" for x in range(n)).rstrip() + f"  {chart.x_label}")
    if len(chart.series) > 1:
        out += [f"{' ' * (width + 2)}{s.glyph} {s.name}" for s in chart.series]
        out.append(f"{' ' * (width + 2)}\u25c9 both at the same point")
    if chart.caption:
        out.append(" " * (width + 2) + chart.caption)
    return out


def chart_svg(chart: Chart) -> str:
    """A chart as inline SVG with labelled axes (HTML export); text inside is escaped."""
    n = max(len(s.values) for s in chart.series)
    w, h, left, top = 520, 170, 150, 10
    plot_w, plot_h = w - left - 20, h - top - 40
    step = plot_w / max(n - 1, 1)

    def y(v: float) -> float:
        return top + plot_h * (1 - (min(max(v, chart.lo), chart.hi) - chart.lo) / ((chart.hi - chart.lo) or 1))

    e = html.escape
    parts = [f'<svg role="img" aria-label="{e(chart.title)}" viewBox="0 0 {w} {h}" width="{w}" height="{h}">',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="currentColor"/>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="currentColor"/>']
    for v, text in chart.ticks:
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{e(text)}</text>')
    for x in range(n):
        parts.append(f'<text x="{left + x * step:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                     f'font-size="11">{x}</text>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{h - 4}" text-anchor="middle" font-size="11">'
                 f'{e(chart.x_label)}</text>')
    for i, s in enumerate(chart.series):
        pts = " ".join(f"{left + x * step:.1f},{y(v):.1f}" for x, v in enumerate(s.values))
        dash = ' stroke-dasharray="4 3"' if i else ""
        parts.append(f'<polyline points="{pts}" fill="none" stroke="currentColor" stroke-width="2"{dash}>'
                     f'<title>{e(s.name)}</title></polyline>')
    parts.append("</svg>")
    legend = "".join(f"<li>{'dashed' if i else 'solid'} line: {e(s.name)}</li>" for i, s in enumerate(chart.series))
    caption = f'<p class="note">{e(chart.caption)}</p>' if chart.caption else ""
    return f"<p><strong>{e(chart.title)}</strong></p>" + "".join(parts) + f'<ul class="legend">{legend}</ul>{caption}'


# -- plain text ------------------------------------------------------------------------------------------------
def _text_run(r: Run) -> str:
    return f"\u201c{r.text}\u201d" if r.style == "q" else r.text


def _text_block(b: Block, indent: str = "  ") -> list[str]:
    if b.chart is not None:
        return [indent + ln for ln in chart_lines(b.chart)]
    out = []
    for i, line in enumerate(b.lines):
        lead = (f"{b.mark} " if b.mark else "") if i == 0 else (" " * (len(b.mark) + 1) if b.mark else "")
        out.append(indent + lead + "".join(_text_run(r) for r in line))
    return out


def text_sections(sections: list[Section]) -> str:
    """The document as plain text (plain mode and the text export)."""
    out: list[str] = []
    for sec in sections:
        out.append("")
        out.append(f"{sec.title}:")
        for b in sec.blocks:
            out += _text_block(b)
    return "\n".join(out)


# -- Markdown --------------------------------------------------------------------------------------------------
_MD_INLINE = "\\`*_{}[]<>|~&"  # characters that act anywhere in a line
_MD_BLOCK = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")  # a line start that would begin a heading, quote or list


def _md_block(m: re.Match) -> str:
    """Escape a block marker: the punctuation itself ('\\#', '\\-'), or the dot after a list number ('1\\.')."""
    mark = m.group(2)
    return m.group(1) + (mark[:-1] + "\\" + mark[-1] if mark[0].isdigit() else "\\" + mark)


def md_escape(text: str) -> str:
    """Keep typed text literal in Markdown: escape what Markdown would act on, and nothing else, so the raw file
    stays readable (a card is meant to be printed as it is)."""
    lines = []
    for line in str(text).split("\n"):
        line = "".join("\\" + ch if ch in _MD_INLINE else ch for ch in line)
        lines.append(_MD_BLOCK.sub(_md_block, line, count=1))
    return "  \n".join(lines)


def _md_run(r: Run) -> str:
    t = md_escape(r.text)
    if not t.strip() or r.style not in ("b", "q", "cite"):
        return t
    if r.style == "q":
        return f"\u201c{t}\u201d"
    # Emphasis only works when the markers touch the text: keep the spaces outside them.
    core = t.strip()
    lead, trail = t[:len(t) - len(t.lstrip())], t[len(t.rstrip()):]
    mark = "**" if r.style == "b" else "*"
    return f"{lead}{mark}{core}{mark}{trail}"


def md_sections(sections: list[Section]) -> str:
    """The document as Markdown."""
    out: list[str] = []
    for sec in sections:
        out += [f"### {md_escape(sec.title)}", ""]
        for b in sec.blocks:
            if b.chart is not None:
                out += ["```text", *chart_lines(b.chart), "```", ""]
                continue
            lines = ["".join(_md_run(r) for r in line) for line in b.lines]
            # A marked block is a list item; a numbered or flagged one keeps its mark, in bold.
            prefix = ("- " + (f"**{md_escape(b.mark)}** " if b.mark not in ("+", "-", ">") else "")) if b.mark else ""
            out.append(prefix + "  \n  ".join(lines) if lines else "")
        out.append("")
    return "\n".join(out)


# -- HTML ------------------------------------------------------------------------------------------------------
def _html_run(r: Run) -> str:
    t = html.escape(r.text)
    if r.style == "link" and r.text.startswith("https://"):
        return f'<a href="{html.escape(r.text, quote=True)}" rel="noreferrer">{t}</a>'
    return {"b": f"<strong>{t}</strong>", "q": f"\u201c{t}\u201d", "cite": f"<cite>{t}</cite>",
            "dim": f'<span class="note">{t}</span>', "bad": f'<span class="flag">{t}</span>',
            "warn": f'<span class="warn">{t}</span>', "good": f'<span class="good">{t}</span>'}.get(r.style, t)


def html_sections(sections: list[Section]) -> str:
    """The document as HTML (inside the page template)."""
    out: list[str] = []
    for sec in sections:
        out.append(f'<section id="{sec.id}"><h3>{html.escape(sec.title)}</h3><ul>')
        for b in sec.blocks:
            if b.chart is not None:
                out.append(f"<li class=\"chart\">{chart_svg(b.chart)}</li>")
                continue
            mark = f'<span class="mark">{html.escape(b.mark)}</span> ' if b.mark else ""
            out.append("<li>" + mark + "<br>".join("".join(_html_run(r) for r in line) for line in b.lines) + "</li>")
        out.append("</ul></section>")
    return "\n".join(out)


@cache
def _env(kind: str) -> Environment:
    from rehearse.locations import templates_dir

    env = Environment(loader=FileSystemLoader(str(templates_dir())), undefined=StrictUndefined,
                      autoescape=kind == "html",  # by format, not file name: templates end in .j2
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["md"] = md_escape
    env.filters["plain"] = printable
    env.globals["OUTCOME_WORDS"] = OUTCOME_WORDS
    return env


def render_report(fb: Feedback, fmt: str = "text", transcript: list[Line] | None = None,
                  speakers: dict | None = None, meta: dict | None = None) -> str:
    """The report as text, md or html (json goes through report_json)."""
    if fmt == "json":
        import json

        return json.dumps(report_json(fb), indent=2) + "\n"
    sections = document(fb)
    body = {"text": text_sections, "md": md_sections, "html": html_sections}[fmt](sections)
    if fmt == "html":
        from markupsafe import Markup

        body = Markup(body)  # built from escaped runs above
    name = {"text": "report.txt.j2", "md": "report.md.j2", "html": "report.html.j2"}[fmt]
    return _env(fmt).get_template(name).render(fb=fb, body=body, transcript=transcript or [],
                                                speakers=speakers or {}, meta=meta or {})


def card_markdown(fb: Feedback) -> str:
    """The client's one-page card as Markdown, to print or keep on a phone."""
    card = next((s for s in document(fb) if s.id == "card"), None)
    if card is None:
        return ""
    body = md_sections([card]).split("\n", 1)[1]  # the page has its own title
    return (f"# {md_escape(card.title)}\n\n*{md_escape(fb.title)}*\n{body}\n---\n"
            "*rehearse is a practice tool, not therapy or a crisis service.*\n")


def report_json(fb: Feedback) -> dict:
    """The report model as plain JSON: the same content, with guidance as ids, titles and citations."""
    def conv(obj):
        if isinstance(obj, dict):
            if set(obj) >= {"id", "title", "advice", "example", "sources", "role"}:
                return {"guidance": obj["id"], "title": obj["title"],
                        "source": "; ".join(f"\u201c{s['title']}\u201d ({s['author']})" for s in obj["sources"])}
            return {k: conv(v) for k, v in obj.items()}
        if isinstance(obj, (list, tuple)):
            return [conv(v) for v in obj]
        return obj

    data = conv(asdict(fb))
    data["lapses"] = [{**conv(asdict(lp)), "summary": lp.summary} for lp in fb.lapses]
    if fb.rupture is not None:
        data["rupture"]["markers"] = list(fb.rupture.markers)
        data["rupture"]["strategies"] = list(fb.rupture.strategies)
    data["sections"] = [{"id": s.id, "title": s.title} for s in document(fb)]
    return data
