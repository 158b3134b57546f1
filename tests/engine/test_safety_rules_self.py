"""The concept rules for the speaker's own risk (safety/concepts_self.py) hear new wording and leave near misses calm.

Every phrase below was written for this test and is in none of tests/data/safety/*.yaml. Each risk phrase says a plan,
a means, a self-harm act or a settled intent in words no phrase rule was written for; each calm phrase shares its key
words with one of them (a viaduct and a photo, a razor and legs, "going to do it" and asking someone out). Of the 25
calm ones, 16 paused when first tried; each rule's "unless" list of ordinary purposes (errands, hobbies, parties, DIY,
games) was widened for them, and the phrase files' figures did not move. A second batch of 30 risk phrases caught
20 at first sight; the last five risk phrases here are from its misses, and the word lists (places, hanging points,
shift work, a made-up mind) were widened for them.

The rules are tested alone (the learned model off): on its own the model pauses five of the calm phrases ("I googled
how high the Shard is for the pub quiz"), which is the model's reading, not these rules'. With the model on, every
risk phrase is still heard (paused or checked in).
"""

from __future__ import annotations

import pytest

from rehearse.engine.safety import check as check_module
from rehearse.engine.safety import check_text, concepts_self, rules

RISK = {
    "plan_means": ["I've been up to the top of the viaduct twice this week to see how high it is",
                   "I planned it for the weekend my parents are away",
                   "spent last night on forums reading about painless ways",
                   "been getting paracetamol from different chemists so nobody notices",
                   "I've got a pile of my old tramadol hidden in a shoebox",
                   "I checked the loft hatch would hold my weight",
                   "got my stepdad's rifle out and loaded it last night",
                   "the plan is the reservoir on saturday",
                   "I've got two months of lithium in my sock drawer that nobody knows about",
                   "I've been testing whether the curtain rail takes my weight",
                   "I've picked Thursday because my husband is on nights",
                   "I've got the tablets and the whisky, just need everyone out"],
    "self_harm": ["relapsed on tuesday, used my pencil sharpener blade",
                  "I scraped my wrist with a compass in the toilets",
                  "fresh marks on my thighs again, I'm wearing leggings so nobody sees",
                  "I keep punching my legs when I get overwhelmed",
                  "I took a bunch of my mum's diazepam on purpose"],
    "active_ideation": ["I've made up my mind, I'm finally going to go through with it",
                        "honestly I'm done being alive",
                        "I don't expect to still be alive by christmas",
                        "I've decided I'm going through with it tonight"],
}
CASES = [(cat, text) for cat, texts in RISK.items() for text in texts]

CALM = ["we walked up the viaduct twice this week to take photos of the sunset",
        "the plan is the reservoir for a picnic on saturday",
        "I banged my head on the cupboard door in the kitchen",
        "I'm pulling my hair out over this essay",
        "my arms are covered in paint from decorating the hall",
        "I relapsed with smoking last week",
        "I used a razor on my legs before the wedding",
        "I'm going to do it tonight, I've decided to ask her out",
        "I've made up my mind, I'm going to do it and tell my boss I'm leaving",
        "I googled how high the Shard is for the pub quiz",
        "my nan keeps all her old tablets in a shoebox and I'm worried she'll mix them up",
        "we tied the knot last summer and it was the best day",
        "I'm done living in this flat, I'm moving in April",
        "we drove to the cliffs and sat on the edge for ages eating chips",
        "I read about different methods of revision for my exams",
        "I've been collecting all the old pills in the house to take back to the pharmacy",
        "I tested the hook would hold my weight before putting up the hammock",
        "I've been practising tying the knot for my sailing course",
        "the charcoal and the tape are in the boot for the barbecue",
        "I've got a date in my diary for the dentist that nobody knows about",
        "I cut deeper into the wood with the chisel",
        "I'm taking myself out tonight for a nice meal",
        "I'm finally going to go through with it, the house purchase I mean",
        "I did it again, the blade on the lawnmower is broken",
        "the gun's loaded in the game and I'm on the last level"]



@pytest.mark.parametrize(("category", "text"), CASES, ids=[t for _, t in CASES])
def test_new_wording_pauses(rules_alone, category, text):
    got = check_text(text, "client")
    assert (got.tier, got.category) == (1, category), got


@pytest.mark.parametrize(("category", "text"), CASES, ids=[t for _, t in CASES])
def test_new_wording_is_heard_with_the_model(category, text):
    check_module._check.cache_clear()
    assert check_text(text, "client").tier in (1, 2)


@pytest.mark.parametrize("text", CALM)
def test_near_misses_stay_calm(rules_alone, text):
    assert check_text(text, "client").tier == 0


@pytest.mark.parametrize("text", ["Have you been up to the viaduct to see how high it is?",
                                  "Have you been getting tablets from different chemists so nobody notices?"])
def test_a_trainee_asking_is_not_paused(rules_alone, text):
    assert check_text(text, "therapist").tier == 0


def test_the_phrases_need_these_rules(rules_alone, monkeypatch):
    """Without concepts_self.py the other rules miss most of the risk phrases above (18 of 21 when written)."""
    off = {id(r) for r in concepts_self.RULES}
    monkeypatch.setattr(check_module, "INDEX", rules.index([r for r in rules.R if id(r) not in off]))
    missed = [t for _, t in CASES if check_text(t, "client").tier != 1]
    assert len(missed) >= len(CASES) // 2, missed


def test_every_rule_has_rare_anchor_words():
    """Each rule is read only when one of its anchor words is in the reply, and none is a word most replies hold."""
    from rehearse.engine.safety.rule import COMMON

    for r in concepts_self.RULES:
        assert r.anchor, r.rx.pattern[:60]
        assert not r.anchor & COMMON, (r.rx.pattern[:60], r.anchor & COMMON)
