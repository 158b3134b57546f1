"""Reading a text's stance: which ideas it affirms and which it negates, whether it asks, hedges or mocks."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rehearse.engine.hearing.lexicon import lemma, load, rule_lemma
from rehearse.engine.textnorm import STOPWORDS, normalise

_TOKEN_RX = re.compile(r"[a-z0-9]+|[.,;:!?]")
NEGATORS = frozenset(["not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without",
                      "hardly", "barely"])
# A negation reaches to the end of its clause: punctuation, or a word that starts a new clause.
_BOUNDARY_WORDS = frozenset(["but", "though", "although", "however", "yet", "and", "because", "cause", "cos",
                             "while", "whereas", "or"])
_WH = frozenset(["what", "why", "how", "when", "where", "who", "which"])
_QUESTION_AUX = frozenset(["do", "does", "did", "are", "is", "am", "can", "could", "would", "will", "have", "has",
                           "should", "shall", "was", "were", "may", "might"])
# Without a question mark, only a question's word order marks one: "can you ...", "what do ...", "why not".
# "When I was telling you ..." and "Can't put my finger on it" are statements.
_WH_NEXT = frozenset(["not", "come", "long", "much", "many", "often", "far", "old", "else"])  # "how long ..."
_NUMBERS = dict(zip("0 1 2 3 4 5 6 7 8 9 10 12".split(), "zero one two three four five six seven eight nine ten "
                                                                 "twelve".split()))
_CONDITIONAL = frozenset(["if", "unless"])
_MODALS = frozenset(["can", "could", "will", "would", "should", "might", "may", "shall", "must", "need"])
_KIND_OF = frozenset([("kind", "of"), ("sort", "of")])
_DETERMINERS = frozenset(["this", "that", "what", "a", "the", "any", "some", "every", "which", "each", "other",
                          "same", "these", "those", "my", "your"])
_SUBJECTS = frozenset(["i", "you", "we", "it", "he", "she", "they", "that", "this", "there", "anyone", "someone"])
_PROPOSAL = re.compile(r"\b(can|could|shall|may) (we|i)\b|\bwould it be\b|\bhow about\b|\bwhat if we\b")
_SARCASM = re.compile(r"\b(oh (yeah|sure|great|wonderful|brilliant|joy|fantastic)|yeah right|as if|sure it is|"
                      r"because that (went|worked) so well|thanks a lot|big help)\b|/s\b|\U0001f644")
_CAPS_RX = re.compile(r"\b[A-Z]{2,}\b")
_CAPS_OK = frozenset({"I", "OK", "TV", "GP", "NHS", "CBT", "DBT", "ADHD", "OCD", "PTSD", "UK", "US", "AM", "PM"})
# Praise a sarcastic reply means the opposite of ("Oh yeah, it's SO helpful").
_EVALUATIVE = frozenset({"@helpful", "@fine", "@agree", "@easy", "@heard", "@ease", "@fit", "great", "love",
                         "brilliant", "wonderful", "perfect", "good", "amaz", "fantastic"})
# Words that carry little meaning of their own here, beyond the shared stopwords.
_STOP = STOPWORDS | frozenset(["where", "when", "how", "then", "now", "still", "even", "get", "got", "thing", "let",
                               "things", "something", "lot", "way", "he", "she", "him", "her", "they", "them",
                               "their", "theirs", "more", "much", "doing"])
# "I don't think/feel/want X" denies X, not the thinking: these verbs pass a negation on to what follows, and
# in "I don't think the records are right" to what follows the verb of X ("are"), not to its subject.
RAISING = frozenset(["think", "feel", "believe", "want", "reckon", "suppose", "expect", "seem", "see"])
_AUX = frozenset(["is", "are", "was", "were", "be", "am", "will", "would", "can", "could", "does", "do",
                  "did", "has", "have", "should", "s"])
# Object pronouns, which may sit inside an idiom: "brushed me off".
_OBJECTS = frozenset(["me", "it", "us", "them", "him", "her", "you", "that", "this"])
# ... or one filler adverb: "the door is still open", "I really got it done".
_SKIPPABLE = _OBJECTS | frozenset(rule_lemma(w) for w in ["still", "really", "just", "always", "totally", "completely",
                                                             "actually", "so"])  # as lemmas: "really" is "real"
Correct = Callable[[str], str]


@dataclass
class Reading:
    """What a text affirms (pos) and negates (neg), by lemma or @concept, and how it is said."""

    pos: set[str] = field(default_factory=set)
    neg: set[str] = field(default_factory=set)
    question: bool = False
    asked: bool = False  # put as a question by its word order, not only by a "?" (which may be uptalk: "ok?")
    you_question: bool = False  # a question about the other person, not a proposal ("could we ...?")
    about_you: bool = False  # speaks of the other person ("you", "your")
    hedged: bool = False
    sarcastic: bool = False
    source: dict[str, str] = field(default_factory=dict)  # feature -> the words that gave it, for the hear tool

    @property
    def features(self) -> set[str]:
        """Every feature, whatever its polarity."""
        return self.pos | self.neg


def read(text: str, correct: Correct | None = None) -> Reading:
    """Read a text's features and stance; `correct` maps a misspelt word to a known one (or returns it)."""
    lex = load()
    norm = normalise(text)
    toks = _TOKEN_RX.findall(norm)
    r = Reading()
    r.asked = _asks(toks)
    r.question = "?" in text or r.asked
    r.about_you = bool({"you", "your", "yours", "yourself"} & set(toks))
    r.you_question = r.question and r.about_you and not _PROPOSAL.search(norm)
    if correct is not None:
        toks = [correct(t) if t.isalpha() and t not in _STOP and t not in NEGATORS else t for t in toks]
    toks = [_NUMBERS.get(t, t) for t in toks]  # "did 2" meets "did two"
    lems = [t if not t.isalnum() else lemma(t) for t in toks]
    neg = False
    clause_start = True
    held: list[tuple[str, str]] | None = None  # after a negated "think": words before the verb of what is denied
    passed = False  # a negation already passed on through "want to"
    cond = -1  # where an "if" clause began, if one is open: its negation ends where the main clause starts
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t in _CONDITIONAL:
            cond = i
        # "if you don't want to talk we can stop": a subject and a modal after an "if" clause start a new clause.
        ends_if = 0 <= cond < i - 2 and t in _SUBJECTS and i + 1 < n and toks[i + 1] in _MODALS
        if not t.isalnum() or t in _BOUNDARY_WORDS or ends_if:
            for f, w in held or ():
                _add(r, f, True, w)  # no verb found: the negation covers them after all
            neg, clause_start, held, cond, passed = False, True, None, -1, False
            if ends_if:
                continue  # the subject belongs to the new clause
            i += 1
            continue
        if held is not None and t in _AUX and toks[i - 1] != "to":  # "what to do": a verb, not an auxiliary
            for f, w in held:
                _add(r, f, False, w)
            held = None
        cands = _candidates(lex, lems, i)
        phrase, phrase_end = _phrase_at(cands, lems, i, clause_start) if cands else (None, i)
        if phrase is not None and phrase.lemmas in _KIND_OF and i and toks[i - 1] in _DETERMINERS:
            phrase = None  # "this kind of therapy" names a kind; it does not hedge
        if phrase is not None:
            name = "@" + phrase.concept
            if phrase.topic:
                _add(r, name, False, " ".join(toks[i:phrase_end]))
            elif held is not None and not phrase.flip:
                held.append((name, " ".join(toks[i:phrase_end])))
            else:
                _add(r, name, neg != phrase.flip, " ".join(toks[i:phrase_end]))
            if phrase.concept == "hedge":
                r.hedged = True
            if phrase.negating and held is None:
                neg = True  # "I'd rather not plan for it" declines the plan: what follows is negated
            i = phrase_end
            clause_start = False
            continue
        if t in NEGATORS:
            # "No, ..." and "no." answer the question; only a "no" inside a clause negates what follows.
            if not (t == "no" and clause_start):
                # A second negation in the clause undoes the first ("it wasn't that it didn't come up"), except
                # in a list of them ("neither ... nor", "not ... or ever").
                neg = not neg or t in ("nor", "neither") or held is not None
        elif neg and held is None and lems[i] in RAISING and not passed:
            _add(r, lems[i], False, t)
            # "don't want (you) to see X": the negation passes to the verb that follows ("see" is then no
            # raising verb of its own), and no subject is held back.
            passed = "to" in toks[i + 1:i + 3] and (toks[i + 1] == "to" or toks[i + 1] in _OBJECTS)
            held = None if passed else []
        elif held is not None and t not in _STOP and len(t) > 1:
            held.append((lems[i], t))
        elif t not in _STOP and len(t) > 1:
            _add(r, lems[i], neg, t)
        clause_start = False
        i += 1
    for f, w in held or ():
        _add(r, f, True, w)
    hits = r.pos & _EVALUATIVE
    if hits and (_SARCASM.search(text.lower()) or _shouting(text)):
        r.sarcastic = True
        r.pos -= hits
        r.neg |= hits
    return r


def _asks(toks: list[str]) -> bool:
    """Whether a reply without a question mark is put as a question, by its first two words."""
    if len(toks) < 2:
        return bool(toks) and toks[0] in _WH
    a, b = toks[0], toks[1]
    return (a in _QUESTION_AUX and b in _SUBJECTS) or (a in _WH and (b in _QUESTION_AUX or b in _WH_NEXT))


def _add(r: Reading, feature: str, negated: bool, words: str) -> None:
    (r.neg if negated else r.pos).add(feature)
    r.source.setdefault(feature, words)


def _candidates(lex, lems: list[str], i: int) -> tuple:
    """The phrases that could start at word i: looked up by its first two lemmas (or first and third, past an
    object pronoun or filler), longest first, then the one-word ones."""
    first = lems[i]
    if i + 1 >= len(lems):
        return lex.single.get(first, ())
    out = lex.by_pair.get((first, lems[i + 1]), ())
    if lems[i + 1] in _SKIPPABLE and i + 2 < len(lems):
        out = tuple(sorted(out + lex.by_pair.get((first, lems[i + 2]), ()), key=lambda p: -len(p.lemmas)))
    return out + lex.single.get(first, ())


def _phrase_at(cands, lems: list[str], i: int, clause_start: bool):
    """The longest phrase starting at word i and where it ends; one object pronoun or filler may sit inside it."""
    for p in cands:
        if p.mid_clause and clause_start:
            continue
        j, skipped = i, False
        for want in p.lemmas:
            if j < len(lems) and lems[j] != want and lems[j] in _SKIPPABLE and not skipped and j > i:
                j, skipped = j + 1, True
            if j >= len(lems) or lems[j] != want:
                break
            j += 1
        else:
            return p, j
    return None, i


def _shouting(text: str) -> bool:
    """A word in capitals inside a reply that is not all capitals ("it's SO helpful")."""
    caps = [w for w in _CAPS_RX.findall(text) if w not in _CAPS_OK]
    return bool(caps) and not text.isupper()
