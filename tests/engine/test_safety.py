"""Crisis language pauses the scene; who is speaking decides whether a question about suicide is a skill."""

import pytest

from rehearse.engine.safety import check_text

TIER1 = ["I want to kill myself", "sometimes I don't want to be here anymore", "i've been thinking about suicide",
         "Everyone would be better off without me", "I cut myself last night", "I took an overdose once",
         "there's no reason to live", "I'm not safe at home", "I want to end my life", "I wanna die",
         "I have pills saved up to end it", "I'm going to hurt someone"]
TIER2 = ["I can't go on like this", "I feel so hopeless", "I'm a burden to everyone", "I feel trapped",
         "there's no way out"]
SAFE = ["I felt brushed off last week", "this homework is killing me", "I killed it at my presentation",
        "I'm dying to know why you said that", "my mum is ill and the doctors say she's going to die", "can we end the session early today?", "I want to end therapy"]


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
