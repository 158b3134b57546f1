"""Normalising typed text into comparable word stems, shared by matching and the detectors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CONTRACTIONS = {
    "n't": " not", "'m": " am", "'re": " are", "'ve": " have", "'ll": " will", "'d": " would",
}
_CONTRACTION_RX = re.compile(r"(n't|'m|'re|'ve|'ll|'d)\b")
_WORD_RX = re.compile(r"[a-z0-9]+")
_SPECIAL = {"can't": "can not", "won't": "will not", "cannot": "can not", "shan't": "shall not",
            "dont": "do not", "didnt": "did not", "cant": "can not", "im": "i am", "ive": "i have",
            "wont": "will not", "doesnt": "does not", "isnt": "is not", "wasnt": "was not", "idk": "i do not know",
            "dunno": "do not know", "wanna": "want to", "gonna": "going to", "u": "you", "ur": "your", "pls": "please"}

STOPWORDS = frozenset("""
a an the and or but if so to of in on at for with by from as is are was were be been being am do does did
have has had i me my myself we our you your yours it its this that these those there here then than just
really very quite bit kind sort of um uh well oh yeah okay ok like actually maybe perhaps also too would could
should will shall can may might must what which who whom whose about into over again some any
""".split())

# Words people use for the same idea in these conversations, folded to one stem so paraphrases meet.
_SYNONYMS = {
    "homework": "task", "assignment": "task", "exercise": "task", "exercises": "task", "worksheet": "task",
    "tasks": "task", "practice": "task",
    "scared": "anxious", "afraid": "anxious", "nervous": "anxious", "worried": "anxious", "worry": "anxious",
    "anxiety": "anxious", "frightened": "anxious", "terrified": "anxious", "panicky": "anxious",
    "overwhelmed": "anxious",
    "stop": "end", "quit": "end", "finish": "end", "ending": "end", "leave": "end", "leaving": "end", "done": "end",
    "stopping": "end", "finishing": "end", "wrap": "end",
    "reason": "why", "reasons": "why", "rationale": "why", "purpose": "why", "reasoning": "why", "point": "why",
    "explain": "why", "understand": "why",
    "smaller": "small", "tiny": "small", "little": "small", "easier": "small", "manageable": "small", "bite": "small",
    "heard": "hear", "listen": "hear", "listening": "hear", "listened": "hear", "understood": "hear", "hearing": "hear",
    "felt": "feel", "feeling": "feel", "feelings": "feel", "feels": "feel",
    "annoyed": "upset", "angry": "upset", "irritated": "upset", "frustrated": "upset", "cross": "upset", "mad": "upset",
    "disappointed": "upset", "disappoint": "upset", "disappointing": "upset",
    "session": "session", "sessions": "session", "appointment": "session", "appointments": "session",
    "goals": "goal", "aims": "goal", "aim": "goal", "objectives": "goal",
    "change": "change", "different": "change", "adjust": "change", "switch": "change", "differently": "change",
    "therapist": "therapist", "counsellor": "therapist", "counselor": "therapist", "psychologist": "therapist",
    "someone": "someone", "somebody": "someone", "referral": "refer", "recommend": "refer", "refer": "refer",
    "text": "message", "texting": "message", "message": "message", "messages": "message", "whatsapp": "message",
    "email": "message", "emails": "message", "contact": "message",
    "agree": "agree", "disagree": "disagree", "wrong": "disagree", "right": "agree",
    "fine": "fine", "alright": "fine", "good": "fine",
    "sorry": "sorry", "apologise": "sorry", "apologize": "sorry",
    "together": "together", "both": "together", "us": "together",
}
_SUFFIXES = ("ingly", "ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


MAX_REPLY = 4000  # characters in one typed reply, in every host: longer is cut, and the user is told


# Bidirectional embedding/override/isolate controls can make a line display in a different order than it was
# typed (the "Trojan Source" trick); right-to-left letters themselves are fine and stay.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text) -> str:
    """Text safe to show in a terminal: control characters and bidi overrides become a visible \ufffd.

    The one neutraliser for text from outside the program (typed replies, scenario files, the history): the app's
    widgets, plain mode, exports and every command's output (PrintableStream) all pass through it."""
    text = str(text)
    if text.isascii() and text.isprintable():  # the usual case: nothing to replace, so skip the walk
        return text
    return "".join(
        ch if ch in "\n\t"
        or (ord(ch) >= 32 and ord(ch) != 127 and not 0x80 <= ord(ch) < 0xA0 and ch not in _BIDI_CONTROLS)
        else "\ufffd"
        for ch in text)


class PrintableStream:
    """A text stream that passes everything written through `printable`: what a command prints from a scenario
    file or the history (titles, ids, labels, echoed keys) can never move the cursor, retitle the window or
    reorder a line. The rest (flush, isatty, encoding, ...) is the wrapped stream's own."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write `text` with control characters and bidi overrides made visible."""
        return self.stream.write(printable(text))

    def writelines(self, lines) -> None:
        """Write each line through `write`."""
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self.stream, name)


def fold(text: str) -> list[str]:
    """The lower-cased whitespace-separated tokens of a text, accents and curly quotes folded."""
    if not text.isascii():  # most replies are plain ASCII: skip the accent-folding pass for them
        text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower().split()


@lru_cache(maxsize=1 << 16)
def normal_token(token: str) -> str:
    """One folded token with shorthand spelled out and contractions expanded ("don't" -> "do not")."""
    # No contraction spans whitespace, so expanding token by token is the same as expanding the joined text.
    return _CONTRACTION_RX.sub(_expand, _SPECIAL.get(token, token))


def _expand(m: re.Match) -> str:
    return _CONTRACTIONS[m.group(1)]


def normalise(text: str) -> str:
    """Lower-case, fold accents and curly quotes, expand contractions."""
    return " ".join(map(normal_token, fold(text)))


def stem(word: str) -> str:
    """Fold a word to a rough stem (synonyms first, then common suffixes)."""
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    for suf in _SUFFIXES:
        if len(word) > len(suf) + 3 and word.endswith(suf):
            word = word[: -len(suf)]
            break
    return _SYNONYMS.get(word, word)


def split_words(norm: str) -> list[str]:
    """The plain words of text already normalised (lower-case letters and digits runs)."""
    return _WORD_RX.findall(norm)


def words(text: str) -> list[str]:
    """The plain words of normalised text."""
    return _WORD_RX.findall(normalise(text))


def content_stems(text: str) -> frozenset[str]:
    """The meaningful stems of a text: stopwords dropped, negation kept."""
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS)
