"""Crisis language pauses the scene; who is speaking decides whether a question about suicide is a skill."""

import pytest

from rehearse.engine.safety import check_text

TIER1 = ["I want to kill myself", "sometimes I don't want to be here anymore", "i've been thinking about suicide",
         "I cut myself last night", "I took an overdose once",
         "there's no reason to live", "I'm not safe at home", "I want to end my life", "I wanna die",
         "I have pills saved up to end it", "I'm going to hurt someone",
         "i keep thinking about killing myself", "i'm thinking about ending it all", "I'm going to end it tonight",
         "I want to be dead", "I'd rather be dead", "i wish i wasn't alive", "i've been cutting again",
         "there's no point living", "kms"]
TIER2 = ["I can't go on like this", "I feel so hopeless", "I'm a burden to everyone", "I feel trapped",
         "there's no way out", "i feel like a burden", "sometimes I think about ending things",
         "Everyone would be better off without me"]
SAFE = ["I felt brushed off last week", "this homework is killing me", "I killed it at my presentation",
        "I'm dying to know why you said that", "my mum is ill and the doctors say she's going to die", "can we end the session early today?", "I want to end therapy",
        # The sentences this app exists to rehearse must not pause it.
        "It hurt me when you said that", "You cut me off", "I want to end things with you as my therapist",
        "I jump to conclusions about myself", "the bridge exercise made me anxious", "I think I want to end things here",
        "I want to end this conversation about my mum", "I'd like to end our sessions", "that really hurt me", "I don't want to burn myself out"]


@pytest.mark.parametrize("text", TIER1)
def test_tier1_pauses(text):
    assert check_text(text, "client").tier == 1


@pytest.mark.parametrize("text", TIER2)
def test_tier2_checks_in(text):
    assert check_text(text, "client").tier == 2


@pytest.mark.parametrize("text", SAFE)
def test_ordinary_replies_do_not_pause(text):
    assert check_text(text, "client").tier == 0


@pytest.mark.parametrize("text", ["Are you having thoughts of suicide?", "Have you ever thought about killing yourself?",
                                  "When you say that, do you mean you want to die?"])
def test_therapist_asking_about_risk_is_a_skill(text):
    assert check_text(text, "therapist").tier == 0


def test_same_words_from_a_client_pause():
    # A client typing about suicide pauses even when phrased as a question: we err toward pausing.
    assert check_text("Are you having thoughts of suicide?", "client").tier == 1


def test_therapist_speaking_of_own_crisis_still_pauses():
    assert check_text("honestly I want to kill myself", "therapist").tier == 1


def test_normalises_case_and_quotes():
    assert check_text("I DON\u2019T WANT TO BE HERE ANYMORE", "client").tier == 1


def test_no_scenario_reply_pauses_its_own_rehearsal():
    from rehearse.engine.load.library import list_entries, load

    for e in list_entries():
        sc = load(e.id)
        for node in sc.nodes.values():
            for c in node.choices:
                for text in (c.text, *c.examples):
                    assert check_text(text, sc.user_role).tier == 0, (sc.id, node.id, text)
