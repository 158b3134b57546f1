"""Writing an imported Twine story out as scenario YAML: quoting, comments, variables, say variants, conditional
choices and the effects of (set:)/<<set>>."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rehearse.authoring.twee_body import JINJA
from rehearse.authoring.twee_logic import SHOW


@dataclass
class Logic:
    """The story's logic as rehearse holds it: variables, the effects of entering a node, each choice's condition,
    and the Twine macros kept as comments beside the passage they were in."""

    variables: dict = field(default_factory=dict)  # name -> initial value
    effects_into: dict = field(default_factory=dict)  # node id -> {var: (is_add, value)}
    choice_conds: dict = field(default_factory=dict)  # passage name -> [condition or None per choice]
    choice_sets: dict = field(default_factory=dict)  # passage name -> [assignments made by taking each choice]
    choice_effects: dict = field(default_factory=dict)  # passage name -> [{var: (is_add, value)} per choice]
    kept: dict = field(default_factory=dict)  # passage name -> [(macro, why)]
    shown: set = field(default_factory=set)  # variables a passage shows with (print:) or tests in its text

    def cond_of(self, passage: str, i: int) -> str | None:
        """The condition on a passage's i-th choice (None: always shown)."""
        conds = self.choice_conds.get(passage, [])
        return conds[i] if i < len(conds) else None

    def effect_of(self, passage: str, i: int) -> dict:
        """What taking a passage's i-th choice sets, besides what entering its node does."""
        per = self.choice_effects.get(passage, [])
        return per[i] if i < len(per) else {}

    def variables_block(self) -> list[str]:
        """`variables:` and its lines, or nothing."""
        if not self.variables:
            return []
        return ["variables:            # from the Twine story's (set:) / <<set>>"] + [
            f"  {k}: {_scalar(v, False)}" for k, v in self.variables.items()]


def _scalar(v, add: bool) -> str:
    """A value as YAML: numbers that add carry their sign."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return f"{v:+}" if add else f"{v}"
    return q(str(v))


def _slug(name: str, pattern: str, sep: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(pattern, sep, ascii_name.lower()).strip(sep + ".-")


def q(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `text`."""
    out = ['"']
    for ch in text:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif (o < 0x20 or 0x7F <= o <= 0x9F or ch in "\u2028\u2029\ufeff" or 0xD800 <= o <= 0xDFFF
              or o in (0xFFFE, 0xFFFF)):
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _text(text: str) -> str:
    """Passage text as a line rehearse says: a brace that would open a template gets a space after it, and a shown
    story variable becomes the template that shows it."""
    return re.sub(SHOW + r"(\w+)" + SHOW, r"{{ \1 }}", JINJA.sub("{ ", text))


def _comment(text: str) -> str:
    """Text safe inside a YAML comment: one line, printable."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def render(path, title, data, fmt, fmt_version, role, order, nid, start_id, spoken, links, missing, exit_id,
           n_warnings, logic: Logic, schema: str = "../rehearse/schemas/scenario.schema.json") -> str:
    """The scenario YAML for an imported story."""
    name = Path(path).name
    title = title or Path(path).stem
    sid = _slug(title, r"[^a-z0-9]+", "-") or _slug(Path(path).stem, r"[^a-z0-9]+", "-") or "imported-story"
    fmt_text = f"{fmt} {fmt_version}".strip() or "not stated"
    n_choices = sum(len(v) for v in links.values())
    out = [
        f"# yaml-language-server: $schema={schema}",
        f"# Imported by `rehearse import-twee` from {_comment(name)} (Twine story format: {_comment(fmt_text)}).",
        (f"# {len(order)} passage(s) became nodes and {n_choices} link(s) became choices; "
         f"{n_warnings} warning(s) were printed while importing."),
        "#",
        "# This draft loads and plays, but it does not teach yet. Before it passes `rehearse validate --strict`:",
        "#   - choices: give each one `shows:` or `misses:` (guidance ids; `rehearse guidance` lists them) and a",
        "#     one-line `note:` saying why it helps or hurts;",
        "#   - endings: every ending below is `outcome: mixed`; mark each good, mixed or poor, and rewrite its label;",
        "#   - personas: replace `default` with the styles the other side can take, and vary lines by persona;",
        "#   - teaches, tags, difficulty, content_notes, minutes and summary: fill them in for this scenario;",
        "#   - Twine logic: (set:)/<<set>> on story variables became `variables:` and `effects:`, and (if:)/<<if>>",
        "#     became `say:` variants and choices with `if:`; what could not be translated is named in the",
        "#     warnings and kept in a comment beside its node. Passage names and tags are kept there too.",
        f"id: {q(sid)}",
        f"title: {q(title)}",
        f"summary: {q(f'Imported from the Twine story {title}. Say here what happens and what the user practises.')}",
        f"user_role: {role}",
        "tags: [disagreement]          # TODO: the conversation types this scenario practises",
        "difficulty: moderate          # TODO: gentle | moderate | challenging",
        "content_notes: []             # TODO: what the user should know before starting",
        f"minutes: {max(1, round(len(order) / 3))}",
        "teaches: []                   # TODO: guidance ids that some choice shows",
        "personas:",
        "  default: {description: \"TODO: describe how the other side behaves.\"}",
        *logic.variables_block(),
        f"start: {q(start_id)}",
        "nodes:",
    ]
    for p in order:
        for macro, why in logic.kept.get(p.name, ()):
            out.append(f"  # Twine {_comment(macro)}: not carried over ({_comment(why)})")
        tags = f" [{' '.join(p.tags)}]" if p.tags else ""
        out.append(f"  {q(nid[p.name])}:  # passage {_comment(json.dumps(p.name, ensure_ascii=False))}{_comment(tags)}"
                   f" (line {p.line})")
        said = spoken[p.name]
        if isinstance(said, str):
            out.append(f"    say: {q(_text(said))}")
        else:
            out.append("    say:")
            for text, cond in said:
                out.append(f"      - text: {q(_text(text))}")
                if cond:
                    out.append(f"        if: {q(cond)}")
        ways = links[p.name]
        if ways and all(auto and not logic.cond_of(p.name, i) for i, (_, _, auto) in enumerate(ways)) \
                and len({d for _, d, _ in ways}) == 1 and not logic.effects_into.get(ways[0][1]):
            out.append(f"    goto: {q(ways[0][1])}   # from a goto macro: the conversation moves straight on")
        elif ways:
            out.append("    choices:")
            for i, (text, dest, _) in enumerate(ways):
                out.append(f"      - text: {q(_text(text))}")
                out.append(f"        goto: {q(dest)}")
                effects = {**logic.effects_into.get(dest, {}), **logic.effect_of(p.name, i)}
                if effects:
                    out.append("        effects: {" + ", ".join(f"{k}: {_scalar(v, add)}" for k, (add, v)
                                                          in effects.items()) + "}")
                cond = logic.cond_of(p.name, i)
                if cond:
                    out.append(f"        if: {q(cond)}")
        else:
            out.append(f"    ending: {{outcome: mixed, label: {q(p.name)}}}   # TODO: good, mixed or poor")
    for target, stub in missing.items():
        named = _comment(json.dumps(target, ensure_ascii=False))
        out.append(f"  {q(stub)}:  # placeholder: the story links to {named}, which it does not contain")
        out.append(f"    say: {q(_text(f'(The Twine story has no passage called {target}.)'))}")
        out.append(f"    ending: {{outcome: mixed, label: {q('Missing passage: ' + target)}}}")
    if exit_id:
        out.append(f"  {q(exit_id)}:  # added so that every loop in the story has a way out")
        out.append('    say: "We can stop here for today."')
        out.append('    ending: {outcome: mixed, label: "Ended here"}')
    return "\n".join(out) + "\n"
