"""The check-in concept rules (safety/concepts_check_in.py) hear oblique goodbyes and the other check-in ideas.

Every phrase here was written for this test and is in none of tests/data/safety/*.yaml. The risk phrases are read
by the rules alone (the learned model switched off), so they test the rules, not the model's memory of its training.
"""

from __future__ import annotations

import pytest

from rehearse.engine.safety import check as check_module
from rehearse.engine.safety import check_text, concepts_check_in, rules

HEARD = [
    "My nephew gets my guitar now, I won't be needing it",
    "I've written down who gets my records and the camera",
    "The login for my bank is written on a card in my wallet for my son",
    "Please tell my dad I'm sorry, and that I loved him",
    "Keep an eye on my little brother for me, promise",
    "If I don't show up on Thursday, please know it wasn't your fault",
    "Thanks for trying with me all this time. Bye",
    "I've cancelled the dentist, no point, I won't be here by then",
    "I scrubbed the bathroom and sorted my drawers so nobody has to later",
    "I left a letter explaining everything in my desk",
]

# The same acts in ordinary use: each shares its key words with a phrase above.
CALM = [
    "I gave my guitar to my nephew because he's learning and I've upgraded",
    "Can you look after my cat for me while I'm on holiday",
    "I'm cancelling next week's session, I won't be there, I'm at a wedding",
    "I told my sister I'm sorry about missing her birthday",
    "I need to tell my mum I love her more often",
    "If I don't come next week it's because I'm ill, don't worry",
    "Thanks for everything today, see you on Tuesday",
    "my nan left a letter explaining everything about the house",
    "I gave my old laptop to my brother, he'll get more use out of it since I upgraded",
    "We sorted out who gets the car after the divorce",
]

# The other check-in categories: the same idea in words no rule was written from, and a near-miss for each.
OTHER_HEARD = {
    "burden": ["my brother would honestly be freer if I was gone", "mum's health is suffering because of me",
               "I'm just everyone's problem at this point", "I hold my partner back from everything"],
    "passive_ideation": ["I kind of hope the scan shows something serious",
                         "I'd be relieved if I got a terminal diagnosis"],
    "hopelessness": ["I'll be alone forever, I know it", "the way things are going my life is a write-off"],
}
OTHER_CALM = [
    "my team would be better off if I was at the office more",
    "the meeting ran late because of me, I kept asking questions",
    "I'm the problem solver in my family",
    "I hope the scan comes back clear",
    "I'd be relieved if the operation goes well",
    "when I cross the road with the kids I always hold their hands",
    "we were stuck at the airport forever",
    "I'm stuck on this crossword forever lol",
]



@pytest.mark.parametrize("text", HEARD)
def test_the_rules_alone_check_in_on_an_oblique_goodbye(rules_alone, text):
    got = check_text(text, "client")
    assert (got.tier, got.category) == (2, "goodbye"), got


@pytest.mark.parametrize("text", CALM)
def test_the_same_acts_in_ordinary_use_stay_calm(text):
    assert check_text(text, "client").tier == 0


def test_it_is_the_new_rules_that_hear_them(monkeypatch, rules_alone):
    """Without concepts_check_in.py the older rules hear only a few of these (3 of 10 when written)."""
    off = {id(r) for r in concepts_check_in.RULES}
    monkeypatch.setattr(check_module, "INDEX", rules.index([r for r in rules.R if id(r) not in off]))
    assert sum(check_text(text, "client").tier > 0 for text in HEARD) <= len(HEARD) // 2


def test_a_trainee_asking_or_a_denial_stays_calm():
    assert check_text("Have you sorted out who gets your things?", "therapist").tier == 0
    assert check_text("Is there anyone you'd ask to look after your mum for you?", "therapist").tier == 0
    assert check_text("I haven't told anyone who gets my stuff, there's nothing like that going on", "client").tier == 0


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in OTHER_HEARD.items() for t in ts])
def test_the_rules_alone_hear_burden_passive_ideation_and_hopelessness(rules_alone, category, text):
    got = check_text(text, "client")
    assert (got.tier, got.category) == (2, category), got


@pytest.mark.parametrize("text", OTHER_CALM)
def test_their_near_misses_give_the_rules_nothing(rules_alone, text):
    # read by the rules alone: the learned model checks in on a few of these by itself, as it did before these rules
    assert check_text(text, "client").tier == 0
