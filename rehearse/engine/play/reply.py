"""One reply, handled once for every host: a number, typed words, the safety gate, and "did you mean"."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from rehearse.engine.diagnostics import RunnerError
from rehearse.engine.play.runner import Heard, Session
from rehearse.engine.play.state import Line, Option
from rehearse.engine.safety import TIER_CHECK_IN, TIER_PAUSE, SafetyCheck, check_text

# The app's own voice, out of the scene: what the hosts say when the scene itself has nothing to say.
SAY_MORE = "I couldn't tell which option that is closest to. Try saying it another way, or pick one of the options."
STEP_OUT = ("Stepping out of the scene for a moment: that sounded like it might be about more than the rehearsal. "
            "If it is, you can pause here and talk to someone. If it was part of the scene, try saying it "
            "another way, or pick one of the options.")
DID_YOU_MEAN = "Did you mean\u2026"
NONE_OF_THESE = "none of these, I'll say it another way"
SAY_AGAIN = "Say it another way, or pick one of the options."
CHECK_IN = "That sounded heavy. Are you okay?"
PART_OF_REHEARSAL = "It's part of the rehearsal"
LIKE_SUPPORT = "I'd like support"
PAUSED = ("Let's pause the rehearsal. What you wrote sounds like you might be going through something really hard "
          "right now.")
SUPPORT_FIRST = "Of course. Let's pause the rehearsal for a moment."
SUPPORT = "You deserve support from a person. These lines are free and confidential:"
NOT_SENT = "What you wrote has not been sent into the role-play or saved."


class Kind(StrEnum):
    """What became of a reply."""

    CHOSEN = "chosen"  # a number picked an open option
    HEARD = "heard"  # typed words, committed to an option (shown with a "heard as" caption)
    CONFIRM = "confirm"  # typed words close to some options: ask "did you mean"
    NOT_UNDERSTOOD = "not understood"  # typed words that match no option; saved, the options stay open
    PAUSE = "pause"  # safety tier 1: the scene stops, help lines first; nothing sent or saved
    CHECK_IN = "check in"  # safety tier 2: ask kindly before the words go into the scene
    BAD_NUMBER = "bad number"  # a number with no option


@dataclass(frozen=True)
class Outcome:
    """What happened to one reply, for a host to render; the session is already saved when it is returned."""

    kind: Kind
    text: str
    line: Line | None = None  # the user's line in the transcript, when the reply was taken or saved
    candidates: tuple[Option, ...] = ()  # CONFIRM: the options it may mean, best first
    safety: SafetyCheck | None = None  # PAUSE and CHECK_IN: the check that stopped it
    aside: str | None = None  # the app's own words to show, out of the scene
    options: int = 0  # BAD_NUMBER: how many options are open

    @property
    def heard_as(self) -> str | None:
        """The option a typed reply was heard as, if it was."""
        return self.line.heard_as if self.line else None


class Driver(Protocol):
    """What takes a reply into a session: the session itself, or the store's recorder that saves each step."""

    def choose(self, number: int, typed: str | None = None) -> Heard:
        """Take an open option."""
        ...

    def say(self, text: str, in_scene: bool = True) -> Heard:
        """Reply in one's own words."""
        ...


def get_ready() -> None:
    """Read what a typed reply needs (the learned crisis model, the sentence vectors, the lexicon) ahead of the first.

    About a fifth of a second, once per process: a host runs it in the background when a conversation opens, so the
    first typed reply does not pay it.
    """
    from rehearse.engine.hearing import sense
    from rehearse.engine.hearing.lexicon import load
    from rehearse.engine.safety.learned import model

    model()
    sense.ready()
    load()


def is_number(text: str) -> bool:
    """True for a reply that picks an option by number rather than saying something."""
    return text.isascii() and text.isdigit() and len(text) <= 3


def handle(session: Session, text: str, via: Driver | None = None, *, check: bool = True) -> Outcome:
    """Act on one reply (already stripped of surrounding space) and say what happened.

    `via` saves each step (the store's recorder); `check=False` is for words the user has said are part of the
    rehearsal after a safety check stopped them.
    """
    if session.finished:
        raise RunnerError("the conversation has ended")
    driver: Driver = via if via is not None else session
    if is_number(text):
        n = int(text)
        count = len(session.turn().options)
        if not 1 <= n <= count:
            return Outcome(Kind.BAD_NUMBER, text, options=count)
        driver.choose(n)
        return Outcome(Kind.CHOSEN, text, line=_last_decision_line(session))
    safety = check_text(text, session.scenario.user_role) if check else None
    if safety is not None and safety.tier == TIER_PAUSE:
        return Outcome(Kind.PAUSE, text, safety=safety)
    if safety is not None and safety.tier == TIER_CHECK_IN:
        return Outcome(Kind.CHECK_IN, text, safety=safety)
    # Distress without risk: the scene's "say more" would answer a person in the other side's voice.
    distressed = safety is not None and safety.distress
    heard = driver.say(text, in_scene=not distressed)
    if heard.choice is not None:
        return Outcome(Kind.HEARD, text, line=_last_decision_line(session))
    if heard.candidates:
        return Outcome(Kind.CONFIRM, text, candidates=heard.candidates)
    line = session.transcript[-1] if session.transcript[-1].speaker == "user" else session.transcript[-2]
    if distressed:
        return Outcome(Kind.NOT_UNDERSTOOD, text, line=line, aside=STEP_OUT)
    # The scene answers when its author wrote a line for this; otherwise the app says it, out of the scene.
    return Outcome(Kind.NOT_UNDERSTOOD, text, line=line, aside=None if session.transcript[-1].say_more else SAY_MORE)


def confirm(session: Session, text: str, option: Option, via: Driver | None = None) -> Outcome:
    """Take the option the user confirmed for their typed words; the words stay theirs, with a "heard as" caption."""
    open_now = session.turn().options
    if option not in open_now:  # offered at an earlier turn
        raise ValueError("that option is no longer open")
    driver: Driver = via if via is not None else session
    driver.choose(option.number, typed=text)
    return Outcome(Kind.HEARD, text, line=_last_decision_line(session))


def _last_decision_line(session: Session) -> Line:
    return session.transcript[session.decisions[-1].line_index]
