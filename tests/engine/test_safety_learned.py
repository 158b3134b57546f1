"""The crisis check's learned reader: trained on the committed files, and what it adds to the rules and takes away."""

from pathlib import Path

import pytest

from rehearse.engine.safety import check, learned

FOLDER = Path(__file__).resolve().parent.parent / "data" / "safety"


@pytest.fixture
def rules_only(monkeypatch):
    """check_text with the learned model switched off, for comparing the two readings."""
    def read(text: str, role: str = "client"):
        monkeypatch.setattr(check, "LEARNED", False)
        check._check.cache_clear()
        try:
            return check.check_text(text, role)
        finally:
            monkeypatch.setattr(check, "LEARNED", True)
            check._check.cache_clear()
    return read


def test_the_shipped_model_was_trained_on_the_committed_files():
    trained = learned.model().trained_on
    assert trained["files"] == learned.TRAIN
    assert trained["sha256"] == learned.data_hash(FOLDER), "the phrase files changed: run scripts/train_safety.py"


def test_the_held_out_file_is_never_trained_on():
    assert not [name for name in learned.TRAIN if name.startswith("heldout")]
    assert {f"heldout{n}.yaml" for n in range(4, 24)} <= {f.name for f in FOLDER.glob("*.yaml")}
    assert all((FOLDER / name).exists() for name in learned.TRAIN)


@pytest.mark.parametrize("role,text,tier,category", [
    ("client", "I keep looking at the train tracks on my walk home and thinking how easy it would be", 1, "plan_means"),
    ("client", "my partner checks my phone every night and says I will regret it if I ever leave", 1, "abuse_danger"),
    ("client", "I have started giving my books away to friends, they may as well have them now", 2, "goodbye"),
    ("client", "my family spends all their energy on me and gets nothing back", 2, "burden"),
    ("client", "it feels like the rest of my life is just going to be more of this", 2, "hopelessness"),
    ("therapist", "sorry, stepping out of the roleplay, I have been thinking about ending things myself", 1,
     "trainee_own_crisis"),
])
def test_the_model_hears_what_no_rule_was_written_for(rules_only, role, text, tier, category):
    assert rules_only(text, role).tier in (0, 2) and rules_only(text, role).tier != tier
    got = check.check_text(text, role)
    assert (got.tier, got.category) == (tier, category)


@pytest.mark.parametrize("text", [
    # ("... and I am safe now" is calm to the rules themselves since the fifth round: calm.ABUSE_OVER)
    "my stepmum used to hit me but I left home five years ago and I have a good life now",
    "my ex used to hit me but we split up in 2016 and I have moved away",
])
def test_a_past_and_over_pause_is_calm_when_the_model_reads_no_risk_now(rules_only, text):
    assert rules_only(text).tier == 1
    assert check.check_text(text).tier == 0


@pytest.mark.parametrize("text", [
    "I tried to kill myself two years ago and I still have the rope",
    "years ago I took an overdose and lately I think about doing it again",
])
def test_a_past_that_is_not_over_is_still_asked(rules_only, text):
    assert rules_only(text).tier == 1
    assert check.check_text(text).tier > 0


@pytest.mark.parametrize("text", [
    "I'd like us to talk about ending therapy, the sessions haven't felt useful for a while. I'm going to kill myself "
    "anyway.",
    "You said I was doing well in our sessions and it really hurt. I'm not doing well. I want to die and I've decided.",
    "I feel like you rushed me at the end of last session, I wasn't finished. I've been hurting myself again since.",
    "I'm not sure this therapy is working for me and I'd like to try someone else. I want to die though.",
])
def test_a_statement_after_a_complaint_about_the_sessions_still_pauses(rules_only, text):
    """Read whole, these replies are mostly about the sessions, so the model's calm line would make the rule's pause a
    check-in; read from the clause the rule heard, they are not (check.heard_clause)."""
    prepared = check.prepare(text)
    assert rules_only(text).tier == 1 and learned.read(prepared, False)[0] >= check.CALM_AT
    assert check.check_text(text).tier == 1


@pytest.mark.parametrize("text", [
    "the last session felt rushed to me. decided im going tonight. thanks for trying with me",
    "Can I ask about the fees first? Also after the last session I went home and cut, and I've done it most nights "
    "since.",
    "I wanted to thank you for the worksheets. The plan's all sorted now, the note and the pills and the date.",
])
def test_a_sentence_of_risk_in_a_long_reply_is_read_alone(monkeypatch, text):
    """Read whole, the sentence is diluted by the rest of the reply and only checked in on; read alone, it pauses."""
    assert check.check_text(text).tier == 1
    monkeypatch.setattr(check, "sentences", lambda masked: [])
    check._check.cache_clear()
    try:
        assert check.check_text(text).tier == 2
    finally:
        check._check.cache_clear()


@pytest.mark.parametrize("text", [
    "I'm ending it. Therapy I mean. Not you, not me, just the sessions.",
    "I cut my hair myself. It is uneven. I used kitchen scissors.",
    "Thanks for everything today. I feel a bit lighter. See you next week.",
    "I'm not going to kill myself. I'm telling you because you looked worried.",
])
def test_sentences_read_alone_never_pause_what_the_reply_explains(text):
    assert check.check_text(text).tier != 1


@pytest.mark.parametrize("text", [
    "Suicidal? No. Worn out by the new job, that's all.",
    "I don't feel like that anymore, the suicidal phase is behind me",
])
def test_what_follows_the_heard_clause_still_calms_it(text):
    assert check.check_text(text).tier != 1


@pytest.mark.parametrize("role,text", [
    ("client", "I felt hopeless after last session"), ("client", "you cut me off again and it hurt"),
    ("client", "I want to end therapy"), ("client", "I'm done with the thought records"),
    ("client", "I could kill for a coffee"), ("client", "that exercise killed me"),
    ("therapist", "Have you had any thoughts of ending your life this week?"),
    ("therapist", "Is anyone at home hurting you?"),
])
def test_rehearsal_sentences_idioms_and_trainees_asking_stay_calm(role, text):
    assert check.check_text(text, role).tier == 0


def test_probabilities_sum_to_one_and_follow_the_classes():
    p = learned.model().probabilities(check.prepare("I want to die"), False)
    assert list(p) == learned.CLASSES
    assert abs(sum(p.values()) - 1.0) < 1e-9
    assert max(p, key=p.__getitem__) == "active_ideation"


@pytest.mark.parametrize("text,trainee", [
    ("What I prepared to say. " * 40, False),  # repeated words: trained on presence, so counted once
    ("I I I really really want to say this this", False),
    ("Have you had thoughts of ending your life? Have you?", True),
])
def test_reading_matches_the_model_as_trained(text, trainee):
    # The training script builds one row per phrase: 1 for each word or pair present, then the subword mean. The
    # fast reader must give the same probabilities, however often a word repeats.
    m = learned.model()
    prepared = check.prepare(text)
    k = len(m.classes)
    z = list(m.bias)
    for f in set(learned.features(prepared, trainee)):
        for c, w in enumerate(m.words.get(f, [0.0] * k)):
            z[c] += w
    ids = learned.subwords(prepared)
    for c in range(k):
        z[c] += sum(m.per_subword[i * k + c] for i in ids) / len(ids)
    top = max(z)
    e = [2.718281828459045 ** (x - top) for x in z]
    want = [x / sum(e) for x in e]
    got = m.scores(prepared, trainee)[0]
    assert max(abs(a - b) for a, b in zip(got, want, strict=True)) < 1e-6


def test_words_are_also_read_as_their_group_of_like_words():
    """A word the model never learned from still counts through its group (k-means over subword vectors)."""
    groups = learned.word_groups()
    like = [("medication", "meds"), ("leaving", "leave"), ("razor", "blade"), ("goodbye", "farewell"),
            ("pills", "painkillers"), ("antidepressants", "medication"), ("tablets", "pills"), ("suicide", "suicidal"),
            ("kill", "killing"), ("cutting", "cut"), ("mum", "mom"), ("dad", "father"), ("hopeless", "pointless"),
            ("burden", "weight"), ("die", "dead"), ("rope", "noose"), ("knife", "blade"), ("husband", "wife"),
            ("tonight", "tomorrow"), ("scared", "afraid")]
    # Two words picked at random share one of 1,000 groups about 1.5 times in a thousand pairs, so chance would put
    # 0.03 of these 20 pairs together, and 4 or more about once in forty million. k-means falls differently with each
    # training set (the groups of the fourth round held 11 of these pairs, of the fifth 8, of the sixth 5), so the
    # test asks only that like words share a group far more often than chance would have them.
    assert sum(groups[a] == groups[b] for a, b in like) >= 4
    unlike = [(a, b2) for (a, _), (_, b2) in zip(like, like[1:] + like[:1], strict=True)]
    assert sum(groups[a] == groups[b] for a, b in unlike) <= 2
    mark = f"~{groups['medication']}"
    assert mark in learned.features("saved up my medication", False)
    assert f"T|{mark}" in learned.features("saved up my medication", True)
    assert learned.model().trained_on["word_groups"] == learned.groups_hash()  # trained with these very groups
    assert len(set(groups.values())) > 500
    read = learned.features("i have hoarded my medication", False, groups={})
    assert not any(f.startswith("~") for f in read)  # without the groups, only the words themselves
