"""The concept rules about other people (safety/concepts_others.py, concepts_harm.py) hear new wording.

Near misses stay calm.

Every phrase here was written for this test and is in none of tests/data/safety/*.yaml. They are read by the rules
alone (the learned model switched off), so they show what the rules themselves carry and pause: what the model alone
makes of an ordinary sentence is not these rules' doing.
"""

from __future__ import annotations

import pytest

from rehearse.engine.safety import check_text

RISK = {
    "abuse_danger": ["he told me if I ever tell the police he'll hurt my dog",
                     "my partner said he'd burn the house down with me in it",
                     "my gf hit me again last night and I'm scared to go back",
                     "my lodger keeps trying the door handle of my room at night",
                     "the man from the chess club keeps asking me to meet him alone, I'm 13",
                     "he's locked the front door and hidden my keys so I can't leave",
                     "my husband's got my passport and won't let me ring my mum",
                     "someone keeps following me home from the gym and I'm frightened"],
    "harm_others": ["I keep imagining pushing my flatmate down the stairs and I'm scared I'll do it",
                    "I've been thinking about spiking her drink at the party",
                    "I know where he works now and I'm going to be waiting for him with a knife",
                    "if he comes near my sister again I'll put him in hospital",
                    "I'm having urges to hurt my newborn and I'm scared",
                    "I slapped my daughter and part of me wants to do it again",
                    "gonna make her pay for cheating, she'll need stitches"],
}
CASES = [(cat, text) for cat, texts in RISK.items() for text in texts]

# Anger that is not intent, abuse that is over, ordinary errands with the same words, and trainees asking.
CALM = [("client", "I'm furious with him, I could scream"),
        ("client", "I'm going to make him pay for dinner this time, I mean it"),
        ("client", "my dad used to hit us but he's in a care home now and I'm safe"),
        ("client", "my ex used to follow me home but that was years ago, I've moved on"),
        ("client", "my mum took my phone and says I'm not allowed out until Friday"),
        ("client", "I know where he lives and I'm going round there tonight to apologise"),
        ("client", "I pushed her to apply for the job and I want to do it again with my sister"),
        ("client", "I'm hiding in the bathroom at this party, too many people"),
        ("client", "I've got a hammer in the car for putting up shelves at my mum's"),
        ("client", "I can't go home yet, he said the plumber is still there"),
        ("client", "I'd never put a pillow over her face, I love her"),
        ("client", "he keeps following me on instagram"),
        ("client", "my teacher asked me to meet her alone to talk about my grades"),
        ("client", "someone keeps leaving notes on my car about my parking"),
        ("client", "I used to get the belt when I was a kid but my dad and I are close now"),
        ("client", "my husband takes my phone to charge it every night"),
        ("client", "I have bruises from my brother's football game"),
        ("client", "I'm going to teach my son a lesson about saving money, I've got it planned"),
        ("client", "I'm going to deal with my brother in law properly about the money, I mean it"),
        ("client", "he's going to regret not coming, it'll be a great night, I mean it"),
        ("client", "I want to kick my son's football over the fence"),
        ("client", "I could really hurt someone's feelings today, I think I might just stay in"),
        ("client", "my coach said I'm special and should try out for the county team"),
        ("client", "the guy at the coffee shop knows where I live because he delivers my groceries"),
        ("client", "my cat follows me everywhere"),
        ("therapist", "Have you ever had thoughts of putting a pillow over the baby's face?"),
        ("therapist", "Has he ever said that if you tell anyone he'll hurt the kids?"),
        ("therapist", "Do you know where he lives, and are you planning to hurt him?")]



@pytest.mark.parametrize(("category", "text"), CASES, ids=[t for _, t in CASES])
def test_the_rules_hear_new_wording(rules_alone, category, text):
    got = check_text(text, "client")
    assert (got.tier, got.category) == (1, category), got


@pytest.mark.parametrize(("role", "text"), CALM, ids=[t for _, t in CALM])
def test_the_same_words_in_ordinary_use_stay_calm(rules_alone, role, text):
    assert check_text(text, role).tier == 0
