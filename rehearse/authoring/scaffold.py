"""`rehearse new`: a commented scenario to start from, which already passes `rehearse validate --strict`."""

from __future__ import annotations

import os
from pathlib import Path

from rehearse.authoring.schemas import schema_path

HEAD = """\
# yaml-language-server: $schema=@SCHEMA@
# A new rehearse scenario. It already passes `rehearse validate --strict @FILE@`: keep it that way as you go.
# Replace the placeholder lines with your own; docs/FORMAT.md describes every key, docs/AUTHORING.md walks through
# writing a scenario. While you write:
#   rehearse graph @FILE@ --format mermaid    a map of the branches
#   rehearse autoplay @FILE@                  plays it many times and reports endings, unvisited nodes and errors
#   rehearse play @FILE@ --plain              play it yourself
# id: lowercase letters, digits and hyphens, unique in the library. title: what the scenario picker shows.
id: @ID@
title: "@TITLE@"
summary: >                      # one paragraph: what happens, and what the user practises
  @SUMMARY@
# user_role: who the USER plays, client or therapist; the app plays the other side.
user_role: @ROLE@
speakers: {app: @APP@, user: You}
# tags: disagreement | rupture-confrontation | rupture-withdrawal | ending | boundaries | referral | identity |
# therapist-ending. difficulty: gentle | moderate | challenging. content_notes: shown before starting ([] if none).
tags: [@TAG@]
difficulty: gentle
content_notes: [@NOTES@]
minutes: 5                      # about how long one play takes
# Guidance ids from the catalogue (`rehearse guidance` lists them, with the role each is for). Every id here must
# be shown by some choice (shows:), on a path that can end well.
teaches: [@TEACHES@]

personas:                       # styles of the simulated side; the user picks one or gets one at random
@PERSONAS@
variables:                      # declared with their initial values; conditions and {{ templates }} use only these
  alliance: 0                   # by convention, the working relationship: effects move it, the report draws it
  name: you                     # set to the name the user gives at the start, if any

start: opening                  # the first node
nodes:
"""

CLIENT = """\
  opening:
    say:                          # the first variant that fits is said; {{ variable }} fills in a value
      - text: "Hi {{ name }}. Where would you like to start today?"
        if: "name != 'you'"         # only when the user gave a name: otherwise it would say "Hi you."
      - text: "Hi. Where would you like to start today?"
    choices:                    # the replies the user can pick (or type in their own words)
      - text: "Last week, when I talked about my sister, it felt like we moved on quickly. Can we talk about that?"
        goto: reply             # the node this reply leads to
        effects: {alliance: +1} # numbers add; text and true/false replace
        shows: [name_specific_moment, use_i_statement]   # guidance this reply demonstrates
        note: Naming one concrete moment, from your side of it, makes it easy to hear and hard to dismiss.
        examples: ["you moved on fast when i talked about my sister"]   # phrasings that help match typed replies
      - text: "Fine, I guess. Nothing much happened."
        goto: unsaid
        misses: [name_specific_moment]                   # guidance this reply passes up: an instructive misstep
        note: Saying nothing keeps today calm, but leaves the problem in the room.

  reply:
    say:                        # a line may differ by persona: the first variant that fits is said
      - persona: receptive
        text: "Thank you for telling me. What was that like for you?"
      - persona: defensive
        text: "I think I was trying to keep us on track, to be honest."
        red_flag: defensive     # a warning sign the user should notice
        grade: warning          # style | warning | breach (docs/FORMAT.md)
    choices:
      - text: "Could we slow down when I bring up family, and check in before moving on?"
        goto:                   # a goto may branch by persona or condition; the last branch must always fit
          - persona: defensive
            node: partly_heard
          - node: heard
        effects: {alliance: +1}
        shows: [propose_change]
        note: A concrete request gives your therapist something to act on.
      - text: "I'm not blaming you. I'd just like us to notice when it happens."
        if: "persona == 'defensive'"   # a choice can be offered only sometimes
        goto: heard
        shows: [flag_defensive_reply]
        note: Naming the defensiveness calmly keeps the conversation open.
      - text: "Sorry, forget I said anything."
        goto: unsaid
        effects: {alliance: -1}
        misses: [propose_change]
        note: Taking it back spares the moment, and the pattern carries on.

  heard:                        # an ending: the closing line, an outcome and a short label
    say: "Yes, let's do that. And tell me if I rush you again."
    ending: {outcome: good, label: "Heard, with a plan"}
  partly_heard:
    say: "Alright, I'll try. Though we do need to get through the material."
    ending: {outcome: mixed, label: Partly heard}
  unsaid:
    say: "Okay. Shall we get on with this week's exercise, then?"
    ending: {outcome: poor, label: Left unsaid}
"""

THERAPIST = """\
  opening:
    say: "I don't know. It's fine, I guess."   # one line; {{ variable }} fills in a value
    choices:                    # the replies the user (the trainee therapist) can pick or type
      - text: "I noticed you went quiet when I brought out the worksheet. How has today been for you so far?"
        goto: reply             # the node this reply leads to
        effects: {alliance: +1} # numbers add; text and true/false replace
        shows: [t_notice_withdrawal, t_elicit_feedback]  # guidance this reply demonstrates
        note: Naming what you saw, and asking, invites the client to say what "fine" is covering.
        examples: ["you went quiet earlier, how is today going for you"]   # phrasings that help match typed replies
      - text: "Okay. Let's carry on with the worksheet, then."
        goto: shut_down
        misses: [t_notice_withdrawal]                    # guidance this reply passes up: an instructive misstep
        note: Moving on keeps the session on plan, and leaves the client alone with what they didn't say.

  reply:
    say:                        # a line may differ by persona: the first variant that fits is said
      - persona: frank
        text: "Honestly? It felt like you weren't really listening last week."
      - persona: guarded
        text: "It's nothing. I just didn't see the point of the homework."
    choices:
      - text: "Thank you for telling me. I think I did rush us, and I'm sorry. What would help?"
        goto:                   # a goto may branch by persona or condition; the last branch must always fit
          - persona: guarded
            node: opening_up
          - node: repaired
        effects: {alliance: +1}
        shows: [t_empathize_validate, t_nondefensive_ownership]
        note: Validating first and owning your part makes it safe to say more.
      - text: "I was only trying to help you make progress."
        goto: shut_down
        effects: {alliance: -1}
        misses: [t_nondefensive_ownership]
        note: Explaining yourself first tells the client their feedback was a mistake.

  repaired:                     # an ending: the closing line, an outcome and a short label
    say: "Okay. Could we go slower next time, and check in like this?"
    ending: {outcome: good, label: Rupture repaired}
  opening_up:
    say: "Maybe. I'll think about it. Thanks for asking, I suppose."
    ending: {outcome: mixed, label: A door opened a little}
  shut_down:
    say: "Sure. Whatever you think."
    ending: {outcome: poor, label: Withdrawn again}
"""

ROLES = {
    "client": {
        "APP": "Therapist", "TAG": "rupture-confrontation", "NOTES": "feeling dismissed",
        "TEACHES": "name_specific_moment, use_i_statement, propose_change",
        "SUMMARY": "Your therapist moved on quickly when you raised something that mattered. You practise naming\n"
                   "  the moment and asking for something different.",
        "PERSONAS": "  receptive: {description: Open to feedback and curious about it.}\n"
                    "  defensive: {description: Explains and justifies before listening.}\n",
        "BODY": CLIENT},
    "therapist": {
        "APP": "Client", "TAG": "rupture-withdrawal", "NOTES": "a client withdrawing",
        "TEACHES": "t_notice_withdrawal, t_elicit_feedback, t_empathize_validate, t_nondefensive_ownership",
        "SUMMARY": "Your client has gone quiet and says everything is fine. You practise noticing the withdrawal,\n"
                   "  asking about it, and owning your part when the answer stings.",
        "PERSONAS": "  frank: {description: Says what went wrong once asked.}\n"
                    "  guarded: {description: Holds back; opens up slowly if it feels safe.}\n",
        "BODY": THERAPIST},
}


def _schema_ref(output: Path | None) -> str:
    """The schema file, relative to where the scaffold will live (absolute if there is no relative way)."""
    target = schema_path("scenario.schema.json")
    base = output.resolve().parent if output else Path.cwd()
    try:
        return Path(os.path.relpath(target, base)).as_posix()
    except ValueError:  # another drive on Windows
        return target.as_uri()


def scaffold(scenario_id: str, role: str, output: Path | None = None) -> str:
    """The text of a new scenario with this id, for a user playing `role`."""
    fields = dict(ROLES[role])
    body = fields.pop("BODY")
    fields.update(ID=scenario_id, ROLE=role, TITLE=scenario_id.replace("-", " ").capitalize(),
                  SCHEMA=_schema_ref(output), FILE=output.name if output else f"{scenario_id}.yaml")
    text = HEAD
    for key, value in fields.items():
        text = text.replace(f"@{key}@", value)
    return text + body
