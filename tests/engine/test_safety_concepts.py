"""The concept and frame rules carry to wording that is in no phrase file, and the reading keeps idioms calm.

Every phrase below was written for this test and is in none of tests/data/safety/*.yaml. At first sight (before any
rule was changed for them) the check caught 25 of the 27 risk phrases and paused one of the seven calm ones; the
two misses and the false pause were then fixed by widening a word list, not by adding these sentences.
"""

from __future__ import annotations

import pytest

from rehearse.engine.safety import check as check_module
from rehearse.engine.safety import check_text, concepts, frames, prepare, rules, situations
from rehearse.engine.safety.concepts import near, seq
from rehearse.engine.safety.lexicon import verbs

RISK = {
    "active_ideation": (1, ["I've made up my mind to jump off the motorway bridge",
                            "thinking about drowning myself in the canal",
                            "I'm planning to take every pill in the house tonight"]),
    "plan_means": (1, ["I've been saving my oxycodone for weeks, there's a lot now",
                       "i searched how much amitriptyline is lethal",
                       "bought a hosepipe that fits the car exhaust"]),
    "self_harm": (1, ["I scalded my arm with the kettle on purpose",
                      "I've been punching my thighs until they bruise",
                      "swallowed about thirty tramadol an hour ago"]),
    "abuse_danger": (1, ["my stepbrother holds me down and I can't breathe",
                         "my manager said he would hurt me if I reported him",
                         "my grandad told me to keep it a secret, I'm 9"]),
    "harm_others": (1, ["I'm going to run him over when he leaves work",
                        "I get urges to drop my son off the balcony",
                        "I want to kill my landlord and I've got a knife"]),
    "passive_ideation": (2, ["I'd honestly be glad if a car hit me",
                             "I pray I don't wake up tomorrow",
                             "I sort of hope I get something terminal"]),
    "hopelessness": (2, ["it's never going to feel any better for me",
                         "I've run out of reasons to get up in the morning",
                         "I can't picture myself still being here at 40"]),
    "burden": (2, ["I'm a waste of space in this family",
                   "my parents would be better off without me in the picture",
                   "I just cause pain to everyone I love"]),
    "goodbye": (2, ["I gave my cat to my neighbour, I won't be needing to feed her",
                    "I've written letters to each of my kids",
                    "I sorted my passwords for my partner in case anything happens"]),
}
CASES = [(cat, tier, text) for cat, (tier, texts) in RISK.items() for text in texts]

# The same ideas in ordinary or negated use: each shares its key words with a risk phrase above.
CALM = ["my phone's about to die so quick message",
        "I cut the onions and scalded my arm on the kettle by accident",
        "I'm saving my oxycodone prescription for after surgery like the doctor said",
        "my boss kept me late, I could kill him lol",
        "I want to end our sessions, I think I'm ready",
        "I never think about drowning myself, I just hate swimming",
        "I gave my cat to my neighbour because we're moving abroad"]


@pytest.mark.parametrize(("category", "tier", "text"), CASES, ids=[t for _, _, t in CASES])
def test_new_wording_is_heard(category, tier, text):
    got = check_text(text, "client")
    assert got.tier == 1 if tier == 1 else got.tier in (1, 2), (category, got)


@pytest.mark.parametrize("text", CALM)
def test_the_same_words_in_ordinary_use_stay_calm(text):
    assert check_text(text, "client").tier == 0


def test_the_concept_and_frame_rules_are_what_hear_many_of_them(monkeypatch):
    """Without concepts.py, frames.py and situations.py the phrase rules alone miss about half of these (13 of 27 when
    written)."""
    off = {id(r) for r in concepts.RULES + frames.RULES + situations.RULES}
    monkeypatch.setattr(check_module, "INDEX", rules.index([r for r in rules.R if id(r) not in off]))
    monkeypatch.setattr(check_module, "LEARNED", False)  # the rules alone, as when this was written
    check_module._check.cache_clear()
    try:
        caught = sum(check_text(text, "client").tier in ((1,) if tier == 1 else (1, 2)) for _, tier, text in CASES)
    finally:
        check_module._check.cache_clear()
    assert len(CASES) - caught >= len(CASES) // 3, caught


def test_a_trainee_asking_in_the_same_words_is_practising():
    for text in ("Have you been saving any of your tablets?", "Does anyone at home hold you down or hurt you?",
                 "Have you thought about how you would do it?", "Do you ever wish a car would hit you?"):
        assert check_text(text, "therapist").tier == 0, text
    assert check_text("I've been saving my tablets for weeks and I know how I'd do it", "therapist").tier == 1


# ---- the pieces the rules are built from
def test_near_matches_either_order_within_the_gap_and_not_across_a_full_stop():
    import re
    rx = re.compile(near(["pills"], ["saving"], 2))
    assert rx.search("saving my pills") and rx.search("pills i am saving")
    assert not rx.search("saving money for a holiday and my pills")
    assert not rx.search("saving . my pills")
    assert re.compile(near(["pills"], ["saving"], 2, cross=True)).search("saving . my pills")
    assert re.compile(seq(["a"], ["b"], ["c"], gap=1)).search("a x b c") and not re.search(
        seq(["a"], ["b"], gap=0), "b a")


def test_verbs_inflect_a_base_once():
    assert verbs("stockpile") == ["stockpile", "stockpiles", "stockpiled", "stockpiling"]
    assert verbs("look up") == ["look up", "looks up", "looked up", "looking up"]


def test_text_speak_and_slips_are_read():
    assert prepare("wanting to unalive for weeks") == "wanting to kill myself for weeks"
    assert prepare("i want to unalive him") == "i want to kill him"
    assert prepare("thinking about sewer slide") == "thinking about suicide"
    assert prepare("stockpilling sertaline") == "stockpiling sertraline"
    assert prepare("wouldnt mind") == "would not mind"
    assert prepare("it's over. done") == "it is over . done"  # a full stop stays as a sentence break
    assert check_text("i wnat to kill myslef", "client").tier == 1


def test_what_comes_after_can_undo_or_explain_it():
    assert check_text("the thought of killing myself has never crossed my mind", "client").tier == 0
    assert check_text("I want to end it. Our sessions, I mean.", "client").tier == 0
    assert check_text("I want to end it. Tonight. I've made my peace.", "client").tier == 1


def test_required_words_are_only_claimed_when_every_match_holds_one():
    from rehearse.engine.safety.rule import read_required_words as required_words
    assert required_words(r"\b(?:want|wants) to die\b") == {"die"}  # the rarer word, wherever it is
    assert required_words(r"\bnoose\b|\b(?:bought|buy) rope\b") == {"noose", "rope"}
    assert required_words(r"\b(?:kill|end) (?:myself|my self|my own self)\b") == {"kill", "end"}
    assert required_words(r"\bmy (?:dad|mum) hits me\b") == {"hits"}
    assert required_words(r"\bi am (?:going to|about to) die\b") == {"die"}
    for pattern in (r"\bsuicid(?:e|al)\b", r"\b(?:kill|end)(?:s)? me", r"\b(?:a|b)", r"(?:a|b)\b", r"\bkms",
                    r"\b(?:thoughts?|x) y", r"\bhope(?:less)?\b", r"\bnoose|\bbuy rope",
                    r"\b(?:rope)?\b", r"\bthe(?:\s[\w']+){0,3} end"):
        assert required_words(pattern) is None, pattern


def test_the_anchor_file_is_up_to_date():
    """model/anchors.json.gz holds, for every pattern the rules ask about, what parsing it gives now."""
    from rehearse.engine.safety import rule, rules  # noqa: F401 (importing the rules asks about every pattern)

    assert len(rule.SEEN) > 300
    stale = [p[:70] for p in rule.SEEN
             if rule._ANCHORS().get(rule._key(p), "missing")
             != (sorted(w) if (w := rule.read_required_words(p)) is not None else None)]
    assert stale == [], "run scripts/safety_anchors.py"


def test_every_match_of_an_anchored_rule_holds_an_anchor_word():
    """Over every phrase file, a rule read only when the reply holds one of its anchor words loses no match."""
    import re
    from pathlib import Path

    from tests.safety_corpus import load_phrases

    anchored = [r for r in rules.R if r.anchor is not None]
    any_anchored = re.compile("|".join(f"(?:{r.rx.pattern})" for r in anchored))
    phrases = [p for f in sorted((Path(__file__).parent.parent / "data" / "safety").glob("*.yaml"))
               for p in load_phrases(f)]
    matched = 0
    for p in phrases:
        masked = check_module._mask(prepare(p.text))
        if not any_anchored.search(masked):
            continue
        words = set(masked.split())
        words |= {part for w in words if "'" in w for part in w.split("'")}
        for r in anchored:
            if r.rx.search(masked):
                matched += 1
                assert r.anchor & words, (p.text, r.rx.pattern[:80], sorted(r.anchor)[:8])
    assert matched > 3000


def test_anchor_words_never_change_a_result(monkeypatch):
    """Reading every phrase file with the anchors switched off (every rule behind the regex gates) gives the same."""
    import dataclasses
    from pathlib import Path

    from tests.safety_corpus import load_phrases

    phrases = [p for f in sorted((Path(__file__).parent.parent / "data" / "safety").glob("*.yaml"))
               for p in load_phrases(f)]
    check_module._check.cache_clear()
    with_anchors = [check_text(p.text, p.role) for p in phrases]
    plain = [dataclasses.replace(r, anchor=None) for r in rules.R]
    monkeypatch.setattr(check_module, "INDEX", rules.index(plain))  # every rule behind a gate, none looked up by word
    check_module._check.cache_clear()
    try:
        without = [check_text(p.text, p.role) for p in phrases]
    finally:
        check_module._check.cache_clear()
    assert [(g.tier, g.category) for g in with_anchors] == [(g.tier, g.category) for g in without]


def _starts_on_a_word(items: list) -> bool:
    """Whether every match of a parsed pattern begins with \\b, whichever branch it takes."""
    from re import _constants as c  # the parser's own op codes: the public re module has no pattern introspection

    if not items:
        return False
    op, av = items[0]
    if op is c.AT:
        return av is c.AT_BOUNDARY
    if op is c.SUBPATTERN:
        return _starts_on_a_word(list(av[3]))
    if op is c.BRANCH:
        return all(_starts_on_a_word(list(b)) for b in av[1])
    return False


def test_every_gated_rule_starts_on_a_word():
    """The gates search " " + the reply and jump from space to space: a rule that could start mid-word would be lost."""
    from re import _parser


    gated = [r for r in rules.R if r.anchor is None]
    assert gated, "no rule behind the gates"
    assert [r.rx.pattern[:60] for r in gated if not _starts_on_a_word(list(_parser.parse(r.rx.pattern)))] == []
    assert not _starts_on_a_word(list(_parser.parse(r"(?:\bkill|murder)")))  # the check itself can fail
    assert _starts_on_a_word(list(_parser.parse(r"(?:\bkill|\b(?:my )?murder)")))


def test_the_gates_open_wherever_a_rule_matches():
    """On every phrase file, a reply any rule matches opens the combined gate and its own category's gate."""
    from pathlib import Path

    from tests.safety_corpus import load_phrases

    phrases = [p for f in sorted((Path(__file__).parent.parent / "data" / "safety").glob("*.yaml"))
               for p in load_phrases(f)]
    ix = rules.INDEX
    assert ix.any_rule is not None
    opened = 0
    for p in phrases:
        masked = check_module._mask(prepare(p.text))
        for gate, plain in ix.gated:
            if not any(ix.rules[i].rx.search(masked) for i in plain):
                continue
            opened += 1
            assert ix.any_rule.search(" " + masked) and gate.search(" " + masked), (p.text, ix.rules[plain[0]].category)
    assert opened > 1000
