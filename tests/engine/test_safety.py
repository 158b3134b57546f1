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


def test_a_known_false_check_in_is_a_check_in_not_a_pause():
    # The learned model weighs "nothing ... at all" as hopelessness (docs/SAFETY.md, known costs): it checks in, which
    # keeps the reply, and never pauses. Kept here so a change that makes it calm, or worse, is seen.
    assert check_text("nothing like any option at all", "client").tier == 2


@pytest.mark.parametrize("text", ["[red]not red[/red] $primary", "purple elephants dancing on the moon",
                                  "red not red red primary", "asdf qwer zxcv uiop"])
def test_text_unlike_anything_learned_is_no_evidence_of_risk(text):
    # The subword mean leans to risk on text unlike any training phrase: the model may not act on it alone.
    assert check_text(text, "client").tier == 0


@pytest.mark.parametrize("text", ["Are you having thoughts of suicide?", "Have you ever thought about killing yourself?",
                                  "When you say that, do you mean you want to die?"])
def test_therapist_asking_about_risk_is_a_skill(text):
    assert check_text(text, "therapist").tier == 0


def test_same_words_from_a_client_are_not_let_pass():
    # A client asking about suicide is never calm. The rules pause it; the learned model, reading a question that
    # sounds like a trainee's, makes it a check-in: the client is still asked, and one key from the help lines.
    assert check_text("Are you having thoughts of suicide?", "client").tier in (1, 2)


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


# -- categories, readings and the distress flag (issue 12) ---------------------------------------------------------

@pytest.mark.parametrize("text", ["honestly I don't see the point in going on anymore", "nobody would miss me",
                                  "I hope I just never wake up", "everyone would be better off if I was gone",
                                  "there's no future for me", "it would be easier if I wasn't alive",
                                  "I've been saving up my pills", "I looked up how many tablets it would take",
                                  "I bought a rope", "I keep thinking about the bridge and jumping",
                                  "I'm cuting again", "I've been burning myself", "I scratch till it bleeds",
                                  "my dad hits me", "my uncle comes into my bedroom at night",
                                  "my therapist touched me", "I'm not safe where I'm living",
                                  "I've had thoughts of hurting my baby", "I drove home drunk again",
                                  "I starve myself as a punishment", "I've written letters to everyone",
                                  "I gave my cat away because I won't need her"])
def test_the_issues_missed_phrases_are_heard(text):
    assert check_text(text, "client").tier in (1, 2), text


@pytest.mark.parametrize("text, tier, category", [
    ("I want to kill myself", 1, "active_ideation"), ("kms", 1, "active_ideation"),
    ("i want to unalive myself", 1, "active_ideation"), ("I've got pills saved up", 1, "plan_means"),
    ("I cut myself again", 1, "self_harm"), ("I took an overdose last night", 1, "self_harm"),
    ("he hits me", 1, "abuse_danger"), ("I want to hurt him", 1, "harm_others"),
    ("I wish I could disappear", 2, "passive_ideation"), ("I feel hopeless", 2, "hopelessness"),
    ("I'm a burden", 2, "burden"), ("I've been giving my things away", 2, "goodbye")])
def test_each_category_and_tier(text, tier, category):
    got = check_text(text, "client")
    assert (got.tier, got.category) == (tier, category)


@pytest.mark.parametrize("text", ["I'm not suicidal, just exhausted", "I would never kill myself",
                                  "I don't want to die", "I have no thoughts of harming myself",
                                  "I haven't self-harmed in two years"])
def test_negation_calms(text):
    assert check_text(text, "client").tier == 0


def test_negation_that_is_undone_still_pauses():
    assert check_text("I can't stop thinking about killing myself", "client").tier == 1
    assert check_text("not gonna lie I want to die", "client").tier == 1


def test_tense_long_ago_and_resolved_is_calm_recent_is_not():
    assert check_text("I used to cut when I was a teenager but that's behind me", "client").tier == 0
    assert check_text("I cut myself when I was a teenager", "client").tier == 0  # history told as history
    assert check_text("I cut myself when I was a teenager and the urges are back", "client").tier > 0
    assert check_text("I cut myself last year and again last night", "client").tier == 1


@pytest.mark.parametrize("text", ["that exercise killed me", "I could kill for a coffee", "I'm dying to know",
                                  "I'm so burned out", "I'm drowning in paperwork", "my mum is going to kill me",
                                  "I felt hopeless about the worksheets", "I felt hopeless after last session",
                                  "I'm done with the thought records"])
def test_idioms_and_therapy_talk_stay_calm(text):
    assert check_text(text, "client").tier == 0


def test_a_trainee_reflecting_the_clients_risk_is_practising():
    for text in ("It sounds like you feel like a burden", "So you've been cutting again?",
                 "Have you thought about how you would end your life?"):
        assert check_text(text, "therapist").tier == 0, text
    assert check_text("I've been cutting again myself", "therapist").tier == 1
    assert check_text("my partner hits me", "therapist").tier == 1


def test_someone_elses_crisis_is_not_the_speakers():
    assert check_text("my brother is suicidal", "client").tier == 0
    assert check_text("she told me she wants to die", "client").tier == 0


@pytest.mark.parametrize("text,heavy", [
    ("i am so tired of all of it", True),  # the model reads some risk, short of a check-in
    ("some days everything feels so heavy", True),
    ("I was so angry after the last session", False),
    ("Yeah, I did a bit of it. It was fine.", False),
])
def test_risk_the_model_reads_below_a_check_in_still_marks_the_reply_heavy(text, heavy):
    got = check_text(text, "client")
    assert got.tier == 0 and got.distress is heavy


def test_distress_without_a_risk_statement():
    falling = check_text("I'm falling apart", "client")
    assert (falling.tier, falling.category, falling.distress) == (0, None, True)
    assert check_text("I can't stop crying", "client").distress
    assert not check_text("I'm not falling apart, just annoyed", "client").distress
    assert not check_text("I felt unheard last week", "client").distress
    assert check_text("I want to die", "client").distress  # every risk statement is heavy
    assert not check_text("It sounds like you're falling apart", "therapist").distress


def test_one_slip_typos_are_read_but_real_words_keep_their_meaning():
    from rehearse.engine.safety.words import correct

    assert [correct(w) for w in ("sucidal", "myslef", "cuting", "hopless", "burdan")] == [
        "suicidal", "myself", "cutting", "hopeless", "burden"]
    assert [correct(w) for w in ("hearing", "killer", "overdoing", "released", "charming")] == [
        "hearing", "killer", "overdoing", "released", "charming"]
    # found by reading every phrase file's words for corrections that were real words
    assert [correct(w) for w in ("starting", "homeless", "hunting", "staring", "tripped")] == [
        "starting", "homeless", "hunting", "staring", "tripped"]


def test_long_or_odd_input_is_handled():
    assert check_text("", "client").tier == 0
    assert check_text("\u202e" + "x" * 100_000, "client").tier == 0
    assert check_text("I WANT TO DIE!!!", "client").tier == 1
    assert check_text("I\u2019m su\u00efcidal", "client").tier == 1


def test_a_clause_typed_without_a_comma_is_not_negated_by_the_one_before():
    assert check_text("i cant do this i want to die", "client").tier == 1
    assert check_text("I don't think I want to die", "client").tier == 0
    assert check_text("It's not like I want to die or anything", "client").tier == 0


def test_a_denied_act_and_a_trainees_prompt_stay_calm():
    assert check_text("my dad was strict but he never hit me", "client").tier == 0
    assert check_text("my dad hit me again", "client").tier == 1
    assert check_text("Tell me about the overdose last year", "therapist").tier == 0
    assert check_text("I used to think about dying as a teenager but I'm in a better place now", "client").tier == 0


@pytest.mark.parametrize("text,tier", [
    ("this is off topic but my husband hit me again", 1),  # not the idiom "it hit me"
    ("then it suddenly hit me how much I miss her", 0),
    ("I'll drive the kids, I haven't had a drink", 0),  # the drink is denied inside the match
    ("had a few pints and im driving the kids home now", 1),
])
def test_an_idiom_or_a_denial_inside_the_words_is_read_where_it_is(text, tier):
    assert check_text(text, "client").tier == tier


@pytest.mark.parametrize("text", [
    "before we start, the engine's running in the garage with the door shut and i'm sat in it",
    "sorry if i'm slow, i've had about thirty of my tablets with a bottle of wine",
    "you keep talking over me. also the blood won't stop and it's soaking through the towel",
    "the voices are telling me to hurt my baby and i'm scared",
])
def test_danger_told_as_happening_now_pauses_whatever_the_model_reads(text):
    """A firm rule (situations.py): the model's calm line, which makes other rules' pauses check-ins, does not apply."""
    assert check_text(text, "client").tier == 1


@pytest.mark.parametrize("text", [
    "honestly i want to kill myself, sorry for the language",
    "Fine, end the sessions. One less thing for you when I kill myself.",
])
def test_killing_oneself_named_plainly_is_not_softened_by_the_model(text):
    assert check_text(text, "client").tier == 1


@pytest.mark.parametrize("text,role", [
    ("people online say unalive or ctb, have you had thoughts like that?", "therapist"),
    ("what does 'kms' mean when you write it?", "therapist"),
    ("I'm not going to kill myself, I'm just worn out", "client"),
    ("my feet are killing me after that walk", "client"),
])
def test_slang_named_or_killing_denied_is_not_made_firm(text, role):
    assert check_text(text, role).tier != 1


def test_a_firm_rule_still_reads_its_sentence():
    assert check_text("I had my blood taken this morning and it wouldn't stop bleeding", "client").tier != 1
    assert check_text("the car is running in the garage to warm up, then the school run", "client").tier == 0


def test_a_plan_of_what_to_say_or_pay_is_not_paused_by_the_model_alone():
    """The model reads "planned" and "working out how" as a plan; about what to say or pay it only checks in."""
    for text in ("i've got it all planned out, i'm going to tell her on friday",
                 "i've started working out how much the fees will be"):
        assert check_text(text, "client").tier != 1, text
    assert check_text("i've planned it all out, friday night when everyone's asleep", "client").tier == 1
