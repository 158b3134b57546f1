#!/usr/bin/env python3
"""Generate a large, valid rehearse scenario for benchmarks and tests.

    scripts/gen_scenario.py --nodes 10000 -o /tmp/big.yaml [--seed 1]

The file is in the format of docs/FORMAT.md and validates clean (`rehearse validate --strict`), with the mix of a
hand-written scenario: about half the nodes offer 2-4 choices, a few are bridges that go straight on (some branching
by persona or condition), the rest are endings of every outcome. Lines vary by persona (some tagged as red flags) and
by condition; choices carry effects, guidance ids from scenarios/guidance.yaml, notes and typed-reply examples; some
lines and choices are templates. About 3.5 MB at 10,000 nodes (36 MB at 100,000).

The graph is a DAG in file order (every goto points further down the file), so every node is reachable, every path
ends, and every persona can finish.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDANCE = ROOT / "scenarios" / "guidance.yaml"

PERSONAS = {
    "receptive": "Curious and open; takes feedback well.",
    "defensive": "Explains and justifies rather than listening.",
    "dismissive": "Moves on quickly and plays concerns down.",
    "vague": "Means well but stays general unless pressed.",
}
RED_FLAG_FOR = {"defensive": "defensive", "dismissive": "dismissive", "vague": "vague"}
FLAGS = ["asked_why", "named_moment", "named_flag", "proposed", "apologised", "went_quiet"]

OPENERS = ["Last week", "Earlier today", "When we talked about work", "At the start", "In our last session",
           "Just now", "When I mentioned my sister", "Before the break", "Over the last month", "When you paused"]
FEELINGS = ["I felt rushed", "I felt unheard", "I felt a bit dismissed", "I wasn't sure what you meant",
            "I felt stuck", "I held something back", "I felt judged", "I got lost", "I felt pushed", "I felt relieved"]
ASKS = ["Can we slow down?", "Could we talk about that?", "Can I ask why?", "Could we try it differently?",
        "Can we come back to it?", "What did you mean by that?", "Could we check our goals?", "Can I say more?"]
RETREATS = ["Fine, forget it.", "It doesn't matter.", "Okay, whatever you think.", "Sorry, never mind.",
            "I guess that's fine.", "Let's just move on.", "Maybe it's just me.", "Nothing, really."]
APP_LINES = ["Thank you for telling me that.", "I hear that it matters to you.", "Can you say more about that?",
             "I think I was trying to keep us on track.", "That's not quite how I remember it.",
             "Let's see where that goes.", "I wonder what made that hard to say.", "We could look at that together.",
             "Hm. Let's move on for now.", "That sounds important.", "I'm not sure that's the issue.",
             "What would help right now?"]
NOTES = ["One moment is easy to hear.", "Your side, not blame.", "Asking why invites them in.",
         "Peace, but not the point.", "A request they can act on.", "It stays in the room.",
         "Goals are a compass.", "Naming it keeps you on track."]
ENDING_LABELS = {"good": ["Heard, and a plan", "A real repair", "Back on track"],
                 "mixed": ["Half heard", "Some of it said", "A start"],
                 "poor": ["Left unsaid", "Went along with it", "Walked out quietly"]}
NODE_WORDS = ["reply", "push", "probe", "fix", "aside", "check", "pause", "turn"]


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def guidance_ids(role: str) -> list[str]:
    """Guidance ids for the role, read with a plain safe load of the catalogue."""
    import yaml

    data = yaml.load(GUIDANCE.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return [g["id"] for g in data["items"] if g["role"] == role]


class Gen:
    """Builds the scenario text node by node."""

    def __init__(self, n: int, seed: int, role: str):
        if n < 12:
            raise SystemExit("gen_scenario: --nodes must be at least 12")
        self.n = n
        self.rng = random.Random(seed)
        self.role = role
        self.ids = guidance_ids(role)
        self.names = [f"{NODE_WORDS[i % len(NODE_WORDS)]}_{i}" for i in range(n)]
        self.names[0] = "opening"
        self.out: list[str] = []
        self.outcomes_used: set[str] = set()
        self.teaches = self.rng.sample(self.ids, k=min(4, len(self.ids)))
        self.used: set[str] = set()  # flags some condition or effect uses (only these are declared)
        self.seed = seed

    # -- pieces ------------------------------------------------------------------------------------------
    def cond(self) -> str:
        r = self.rng
        f = r.choice(FLAGS)
        text = r.choice([f"alliance > {r.randint(0, 3)}", f, f"not {f}", f"alliance >= 1 and not {f}",
                         f"persona == '{r.choice(list(PERSONAS))}'", "name != 'you'", f"{f} or alliance < 0"])
        if f in text:
            self.used.add(f)
        return text

    def app_line(self, i: int) -> str:
        r = self.rng
        text = f"{r.choice(APP_LINES)} ({i})" if r.random() < 0.2 else r.choice(APP_LINES)
        roll = r.random()
        if roll < 0.08:
            text = "{{ name | title }}, " + text[0].lower() + text[1:]
        elif roll < 0.12:
            text += " {{ 'We are getting somewhere.' if alliance > 1 else 'Take your time.' }}"
        return text

    def say(self, i: int, closing: bool = False) -> list[str]:
        """A node's line; `closing` (an ending, or a bridge that may lead straight to one) carries no red flag, which
        no reply could follow (lint: flag-after-last-reply). The same random draws are made either way."""
        r = self.rng
        roll = r.random()
        if roll < 0.7:
            return [f"    say: {q(self.app_line(i))}"]
        lines = ["    say:"]
        if roll < 0.92:  # by persona, the simulated side's style showing
            for p in r.sample(list(PERSONAS)[1:], k=1 if r.random() < 0.7 else 2):
                lines.append(f"      - persona: {p}")
                lines.append(f"        text: {q(self.app_line(i))}")
                if r.random() < 0.5 and not closing:
                    lines.append(f"        red_flag: {RED_FLAG_FOR[p]}")
                    lines.append("        grade: warning")
        else:  # by condition
            lines.append(f"      - if: {q(self.cond())}")
            lines.append(f"        text: {q(self.app_line(i))}")
        lines.append(f"      - text: {q(self.app_line(i))}")
        return lines

    def goto(self, indent: str, target: int, alternatives: list[int]) -> list[str]:
        r = self.rng
        if not alternatives or r.random() < 0.85:
            return [f"{indent}goto: {self.names[target]}"]
        lines = [f"{indent}goto:"]
        alt = r.choice(alternatives)
        if r.random() < 0.7:
            ps = r.sample(list(PERSONAS)[1:], k=r.randint(1, 2))
            lines.append(f"{indent}  - persona: [{', '.join(ps)}]" if len(ps) > 1 else f"{indent}  - persona: {ps[0]}")
        else:
            lines.append(f"{indent}  - if: {q(self.cond())}")
        lines.append(f"{indent}    node: {self.names[alt]}")
        lines.append(f"{indent}  - node: {self.names[target]}")
        return lines

    def choice(self, target: int, alternatives: list[int], good: bool, conditional: bool, words: tuple) -> list[str]:
        """One choice; `words` (a feeling, a request, a retreat) differ between the choices of one node."""
        r = self.rng
        feeling, ask, retreat = words
        if good:
            text = f"{feeling}. {ask}"
            if r.random() < 0.15:
                text = f"{r.choice(OPENERS)}, {text[0].lower()}{text[1:]}"
        else:
            text = retreat
        if r.random() < 0.04:
            text = "{{ name | title }}, " + text
        lines = [f"      - text: {q(text)}"]
        if conditional:
            lines.append(f"        if: {q(self.cond())}")
        lines += self.goto("        ", target, alternatives)
        eff = []
        if r.random() < 0.4:
            eff.append(f"alliance: {'+1' if good else '-1'}")
        if r.random() < 0.15:
            f = r.choice(FLAGS)
            self.used.add(f)
            eff.append(f"{f}: true")
        if eff:
            lines.append(f"        effects: {{{', '.join(eff)}}}")
        gids = r.sample(self.ids, k=1 if r.random() < 0.9 else 2)
        lines.append(f"        {'shows' if good else 'misses'}: [{', '.join(gids)}]")
        lines.append(f"        note: {r.choice(NOTES)}")
        if r.random() < 0.2:
            # Examples reword their own choice (its words in lower case, whole or most of them, as an author's
            # would): random words would read as other choices, which the lint's example-elsewhere check reports.
            words = text.replace("{{ name | title }},", "").lower().replace(".", "").replace("?", "").split()
            ex = [" ".join(words)]
            if r.random() < 0.5 and len(words) > 4:
                ex.append(" ".join(words[: max(4, len(words) * 3 // 4)]))
            lines.append(f"        examples: [{', '.join(q(e) for e in ex)}]")
        return lines

    # -- the whole file ------------------------------------------------------------------------------------
    def header(self) -> list[str]:
        return [
            "# Generated by scripts/gen_scenario.py: a large scenario for benchmarks. Not for play.",
            f"id: generated-{self.n}-{self.seed}",
            f"title: {q(f'Generated scenario ({self.n:,} nodes)')}",
            "summary: >",
            "  A long branching conversation generated for benchmarking the loader, the checker and the runner.",
            f"user_role: {self.role}",
            "speakers: {app: Therapist, user: You}",
            "tags: [disagreement, rupture-confrontation]",
            "difficulty: moderate",
            "content_notes: [feeling dismissed]",
            "minutes: 30",
            f"teaches: [{', '.join(self.teaches)}]",
            "personas:",
            *[f"  {p}: {{description: {q(d)}}}" for p, d in PERSONAS.items()],
            "variables:",
            "  alliance: 0",
            "  name: Alex",  # a name of its own, so {{ name }} lines never say "you" (lint: name-unguarded)
            *[f"  {f}: false" for f in FLAGS if f in self.used],
            f"say_more: {q('Could you say a little more about what you mean?')}",
            "start: opening",
            "nodes:",
        ]

    def build(self) -> str:
        r, n = self.rng, self.n
        out: list[str] = []
        next_new = 1  # the first node no earlier node points at yet
        taught: list[str] = list(self.teaches)
        outcomes: dict[str, list[int]] = {"good": [], "mixed": [], "poor": []}  # line indexes of each ending
        for i in range(n):
            pending = next_new - i - 1  # nodes already pointed at, still to come
            remaining_new = n - next_new
            if i == n - 1:
                kind = "ending"
            elif pending <= 0:
                kind = "choice" if r.random() < 0.85 else "bridge"
            else:
                roll = r.random()
                if remaining_new == 0:
                    kind = "ending" if roll < 0.5 else ("choice" if roll < 0.92 else "bridge")
                elif pending > 60:
                    kind = "ending" if roll < 0.7 else "choice"
                else:
                    kind = "choice" if roll < 0.5 else ("bridge" if roll < 0.6 else "ending")
            out.append(f"  {self.names[i]}:")
            out += self.say(i, closing=kind != "choice")

            def target(i: int = i) -> int:
                """A node further down: a new one (so every node is pointed at), or one already pointed at."""
                nonlocal next_new
                if next_new < n and (next_new <= i + 1 or r.random() < 0.85):
                    next_new += 1
                    return next_new - 1
                return r.randint(i + 1, max(i + 1, next_new - 1))

            if kind == "ending":
                outcome = r.choice(["good", "mixed", "mixed", "poor"])
                outcomes[outcome].append(len(out))
                out.append(f"    ending: {{outcome: {outcome}, label: {q(r.choice(ENDING_LABELS[outcome]))}}}")
            elif kind == "bridge":
                out += self.goto("    ", target(), list(range(i + 1, next_new)))
            else:
                k = r.choices((2, 3, 4), (50, 35, 15))[0]
                if r.random() < 0.15:
                    out.append(f"    say_more: {q('What part of that felt hardest?')}")
                out.append("    choices:")
                cond_at = r.randrange(k) if r.random() < 0.15 else -1
                # No two choices at one node may read alike: each gets its own feeling, request and retreat.
                words = list(zip(r.sample(FEELINGS, k), r.sample(ASKS, k), r.sample(RETREATS, k)))
                for c in range(k):
                    good = c == 0 or r.random() < 0.4
                    lines = self.choice(target(), list(range(i + 1, next_new)), good, c == cond_at, words[c])
                    if good and taught:  # make sure every id the scenario teaches is shown somewhere early
                        gid = taught.pop()
                        lines = [ln if not ln.startswith("        shows: [") else f"        shows: [{gid}]"
                                 for ln in lines]
                    out += lines
        for missing in [o for o, at in outcomes.items() if not at]:  # small files: every outcome must occur
            spare = next((o for o, at in outcomes.items() if len(at) > 1), None)
            if spare is None:
                raise SystemExit("gen_scenario: too few endings for every outcome; use more --nodes")
            idx = outcomes[spare].pop()
            outcomes[missing].append(idx)
            out[idx] = f"    ending: {{outcome: {missing}, label: {q(ENDING_LABELS[missing][0])}}}"
        return "\n".join(self.header() + out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, required=True, help="how many nodes")
    ap.add_argument("-o", "--output", default="-", help="file to write (default: standard output)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (the same seed gives the same file)")
    ap.add_argument("--role", choices=["client", "therapist"], default="client", help="who the user plays")
    args = ap.parse_args(argv)
    text = Gen(args.nodes, args.seed, args.role).build()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
