"""Hearing typed replies: the lexicon's idioms, stance, and the three outcomes through the runner."""

import pytest

from rehearse.engine.model import Choice
from rehearse.engine.hearing import Matcher, dismissive, evidence, hear
from rehearse.engine.hearing.lexicon import load, rule_lemma
from rehearse.engine.hearing.stance import read
from rehearse.engine.play.runner import start


@pytest.mark.parametrize("text,concept", [
    ("call it a day", "stop"), ("overreacting", "dramatic"), ("making a fuss", "dramatic"),
    ("brushed off", "dismissed"), ("fobbed off", "dismissed"), ("a waste of time", "helpful"),
    ("made up my mind", "decide"), ("every two weeks", "less_often"), ("running away", "avoid"),
    ("put on the spot", "pressure"), ("burnt out", "tired"), ("thought records", "task"),
])
def test_lexicon_idioms_stand_for_their_concept(text, concept):
    assert concept in [c for c, _ in load().concept_of(text)], text


def test_lexicon_opposites_flip_the_concept():
    assert load().concept_of("keep coming") == [("stop", True)]
    assert load().concept_of("useless") == [("helpful", True)]


def test_an_idiom_is_heard_in_a_sentence_with_an_object_inside_it():
    assert "@dismissed" in read("you kind of brushed me off last week").pos
    assert "@stop" in read("I think I want to call it a day").pos


def test_rule_lemmas_bring_word_forms_together():
    assert rule_lemma("helping") == rule_lemma("helpful") == rule_lemma("help")
    assert rule_lemma("coming") == rule_lemma("come") == rule_lemma("comes")
    assert rule_lemma("stopped") == rule_lemma("stopping") == rule_lemma("stop")
    assert rule_lemma("useless") != rule_lemma("use")


def test_negation_reaches_the_end_of_its_clause_only():
    r = read("I'm not ready to end, but I want to keep going with my dad stuff")
    assert "@stop" in r.neg and "father" not in r.neg and "@father" in r.pos
    r = read("I don't think the thought records are the right tool")
    # 'think' passes the negation on, past the subject to what is said of it
    assert "@fit" in r.neg and {"think", "@task"} <= r.pos


def test_sarcasm_turns_praise_round():
    assert "@helpful" in read("Oh yeah, it's SO helpful").neg
    assert "@helpful" in read("it's so helpful, thank you").pos


def _choices(*texts, shows=()):
    return tuple(Choice(text=t, targets=(), index=i, shows=tuple(shows[i]) if shows else ())
                 for i, t in enumerate(texts))


def test_a_reply_that_negates_an_option_is_never_taken_as_it():
    cs = _choices("I've decided I'd like to finish therapy.", "Things are fine, nothing much to report.")
    h = hear("I'm not ready to finish therapy, I want to keep coming", cs)
    assert h.choice is None or h.choice.index != 0
    assert next(s for s in h.scores if s.choice.index == 0).negated


def test_opposite_options_stay_apart():
    cs = _choices("I do think the thought records are still the right tool.",
                  "I don't think the thought records are the right tool for you.")
    assert hear("the thought records are not the right tool", cs).choice.index == 1
    assert hear("the thought records are still the right tool", cs).choice.index == 0


def test_questions_to_the_other_person_are_not_heard_as_statements():
    cs = _choices("Honestly, that's what scares me.", "Sorry, you're right. You know what you're doing.")
    for q in ("What's your favourite part of this job?", "How long have you been doing this, then?"):
        assert hear(q, cs).outcome == "none", q


def test_a_dismissive_reply_is_never_heard_as_a_skilled_option():
    cs = _choices("I'm curious what's going on for you today. We can go slowly.", "Okay. Let's talk about work.",
                  shows=(["t_notice_withdrawal"], []))
    text = "Okay. Well, if you're not going to talk, we can finish early"
    assert dismissive(text) and evidence(text) == ()
    h = hear(text, cs)
    assert h.choice is None or h.choice.index != 0
    assert all(c.index != 0 for c in h.candidates)


def test_evidence_credits_what_the_words_show():
    assert "use_i_statement" in evidence("Last week I felt brushed off when you moved on")
    assert evidence("ok") == ()


def test_a_typo_is_corrected_against_the_nodes_words():
    cs = _choices("I'd like to finish therapy in three more sessions.", "Nothing much to report.")
    assert Matcher().hear("i'd like to finsh theraphy soon", cs).choice.index == 0


def test_say_offers_then_choose_keeps_the_typed_words(mini):
    s = start(mini, "kind")
    s.matcher = Matcher(threshold=0.99)  # never sure enough to take it unasked
    opened = len(s.transcript)
    h = s.say("I felt")
    assert h.choice is None and h.candidates and h.candidates[0].number == 1
    assert h.candidates[0].text == "I felt unheard last week."
    assert len(s.transcript) == opened  # an offer takes nothing and says nothing
    s.choose(h.candidates[0].number, typed="I felt")
    line = next(ln for ln in s.transcript if ln.speaker == "user")
    assert line.text == "I felt" and line.typed and line.heard_as == "I felt unheard last week."
    again = type(s).from_json(mini, s.to_json())
    assert [ln.text for ln in again.transcript] == [ln.text for ln in s.transcript]


def test_the_store_keeps_the_typed_words_of_an_offer_taken(mini, tmp_path):
    from rehearse.store.db import open_store
    from rehearse.store.recorder import Recorder
    from rehearse.store.resume import rebuild

    store = open_store(tmp_path)
    s = start(mini, "kind")
    s.matcher = Matcher(threshold=0.99)
    rec = Recorder(s, store)
    offer = rec.say("I felt")
    assert offer.candidates
    rec.choose(offer.candidates[0].number, typed="I felt")
    again = start(mini, "kind")
    rebuild(again, store.events(rec.sid))
    line = next(ln for ln in again.transcript if ln.speaker == "user")
    assert (line.text, line.heard_as) == ("I felt", "I felt unheard last week.")


def test_a_question_about_them_is_never_taken_as_a_statement_about_oneself():
    cs = _choices("I've been feeling low about my job for ten years.", "Nothing much to report.")
    h = hear("Have you been feeling low about your job for ten years?", cs)
    assert h.choice is None
    assert hear("I've been feeling low about my job for ten years", cs).choice.index == 0


def test_every_lexicon_phrase_stands_for_its_own_concept_and_no_other():
    import yaml

    from rehearse.engine.hearing.lexicon import LEXICON_FILE

    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    lex = load()
    for name, spec in data["concepts"].items():
        want = (spec.get("opposite") or name, bool(spec.get("opposite")))
        for phrase in spec["phrases"]:
            assert lex.concept_of(str(phrase)) == [want], (name, phrase)


@pytest.mark.parametrize("text,concept", [
    ("you're the expert here", "defer"), ("I'll leave that to your judgement", "defer"),
    ("that's entirely your call", "their_call"), ("we can go at your own pace", "pace"),
    ("it feels like I'm spinning my wheels", "stuck"), ("I kick myself for not saying so", "regret"),
    ("months down the drain", "wasted"), ("if things start going downhill", "relapse"),
    ("you're reading too much into it", "overinterpret"), ("it's no big deal", "trivial"),
    ("I end up bottling it up", "bottle"), ("then I fly off the handle", "outburst"),
    ("could we role play it", "practise"), ("my mind goes blank", "freeze"),
    ("the door is open if you need it", "come_back"), ("I've felt so isolated", "lonely"),
    ("my manager again", "work"), ("you have my word", "promise"),
])
def test_new_lexicon_concepts_hear_their_idioms_in_a_sentence(text, concept):
    r = read(text)
    assert "@" + concept in r.pos | r.neg, (text, r.pos, r.neg)


def test_wonderful_is_praise_not_a_hedge():
    r = read("that was wonderful")
    assert "@positive" in r.pos and not r.hedged


def test_word_order_not_a_leading_word_makes_a_question():
    assert not read("When I told you about it, you changed the subject").question
    assert not read("Can't say it helped much").question
    assert not read("What I need is more time").question
    assert read("can we slow down a bit").question
    assert read("why not try it the other way").question
    assert read("what do you reckon").question
    assert read("how long does it usually take").question


def test_a_word_said_both_ways_is_not_a_clash():
    cs = _choices("You link it to my brother. I don't get it.", "Fine, whatever.")
    h = hear("You link this to my brother and I don't get the link.", cs)
    assert not h.scores[0].negated and h.choice is not None and h.choice.index == 0


def test_a_declining_phrase_negates_what_follows_it():
    r = read("I'd rather not redo the garden")
    assert "@decline" in r.pos and "garden" in r.neg
    assert "garden" in read("I'd like to redo the garden").pos


def test_a_negation_in_an_if_clause_stops_where_the_main_clause_starts():
    r = read("if it doesn't get easier I will stop coming")
    assert "@stop" in r.pos and "@hard" in r.pos  # "doesn't get easier": still hard
    assert "@stop" in read("if you don't mind we could stop there").pos
    # Without an "if", a subject after the negation stays inside it.
    assert "wrong" in read("I didn't say you were wrong").neg


def test_kind_of_after_a_determiner_names_a_kind_and_does_not_hedge():
    assert not read("what kind of training do you have").hedged
    assert read("it was kind of hard").hedged


def test_a_plain_question_is_offered_at_most_never_taken():
    cs = _choices("Then maybe group therapy sessions aren't for me.", "I'll give it another go this week.")
    h = hear("How long do group therapy sessions usually last?", cs)
    assert h.choice is None
    assert hear("Then maybe group therapy sessions just aren't for me", cs).choice.index == 0
    # A "?" alone may be uptalk, not a question: such a reply can still be taken.
    assert hear("then maybe group therapy sessions just arent for me?", cs).choice.index == 0


def test_a_second_negation_in_a_clause_undoes_the_first():
    assert "forget" in read("it isn't that I didn't forget").pos
    assert {"forget", rule_lemma("care")} <= read("I didn't forget it and I don't care").neg
    r = read("neither the walks nor the diary")
    assert "walk" in r.neg


def test_want_to_passes_the_negation_on_to_the_verb_after_it():
    r = read("I don't want to spoil how you do things")
    assert "spoil" in r.neg and "want" in r.pos  # "do" after it is not the verb of a held-back subject
    r = read("I don't want to see someone new")
    assert "see" in r.neg and "@therapist" in r.pos


def test_work_is_a_topic_not_praise():
    assert "@helpful" not in read("it's about how you work").pos
    assert "@work" in read("my boss at work").pos and "@helpful" in read("it is working").pos


def test_a_shared_framing_verb_alone_does_not_bring_an_option_near():
    cs = _choices("I think it's raining.", "No, never.")
    framing = hear("Sunny today, I think", cs).scores[0].score
    content = hear("Sunny today, it's raining", cs).scores[0].score
    assert framing < 0.8 * content


def test_a_filler_word_may_sit_inside_an_idiom():
    assert "@come_back" in read("so the door is still open for me").pos
    assert "@dismissed" in read("it all goes in one ear and out the other").pos
    assert "@less_often" in read("could we space things out").pos


def test_a_verb_after_to_is_no_auxiliary_and_want_you_to_passes_the_negation():
    r = read("I don't want you to just decide what to do")
    assert "@decide" in r.neg
    assert "want" in r.pos


def test_a_lone_hedge_or_topic_in_common_is_offered_at_most():
    cs = _choices("Maybe I'm a bit jealous of my sister.", "My week was busy with the move.")
    assert hear("that was a bit abrupt, maybe", cs).choice is None
    assert hear("my family, honestly", _choices("It's about my family again.", "Work was busy.")).choice is None


def test_coping_is_not_planning_and_a_filler_inside_an_idiom_is_read_as_a_lemma():
    assert "@cope" in read("I'll manage somehow").pos and "@plan" not in read("I'll manage somehow").pos
    assert "@do_task" in read("I didn't really get round to it").neg
    assert "@illness" in read("my long covid flared again").pos and "@remote" in read("could we do video").pos


def test_just_under_the_offer_line_two_shared_features_and_a_clear_lead_are_offered():
    from rehearse.engine.hearing.matching import NEAR, OFFER, _near, Scored

    cs = _choices("I'd like to rebook the garden visit for Friday.", "Nothing else.")
    near = Scored(cs[0], (NEAR + OFFER) / 2, shared=("garden", "friday"))
    far = Scored(cs[1], 0.0)
    from rehearse.engine.hearing.stance import Reading

    assert _near([near, far], Reading())
    assert not _near([Scored(cs[0], near.score, shared=("garden",)), far], Reading())  # one feature is too few
    assert not _near([near, Scored(cs[1], near.score - 0.05, shared=("x", "y"))], Reading())  # no clear lead
    assert not _near([near, far], Reading(question=True, you_question=True))  # a question to them


def test_whatever_alone_brushes_off_but_or_whatever_is_a_filler():
    assert dismissive("Whatever. Do what you like.") and dismissive("fine, whatever")
    assert not dismissive("I could ask for a break or whatever")
    assert not dismissive("whatever you think is best")


def test_digits_meet_number_words_and_looking_for_meets_finding():
    assert "two" in read("went 2 times").pos
    assert "@seek" in read("I'll look for a new job").pos and "@seek" in read("I'd find one").pos


@pytest.mark.parametrize("text,concept", [
    ("well that came out of nowhere", "surprise"), ("could we have a few more weeks", "more_time"),
    ("you seem miles off, kind of closed off today", "distance"), ("then I backtracked straight away", "withdraw"),
    ("these things take time, hang in there", "patience"), ("the decision is yours", "their_call"),
    ("it never felt safe to shout", "ease"),
])
def test_more_concepts_hear_their_idioms(text, concept):
    r = read(text)
    assert "@" + concept in r.pos | r.neg, (text, r.pos, r.neg)


def test_a_hedge_alone_in_common_does_not_bring_an_off_topic_reply_near():
    cs = _choices("Okay. Maybe we could try it.", "No, I'd like to stop here.")
    assert hear("I might repaint the hallway green this spring", cs).outcome == "none"
    assert hear("maybe, I guess", cs).outcome != "none"  # a reply that is all hedge still leans to the hedged option


def test_use_is_not_useful():
    assert "@helpful" not in read("is there a kettle I can use").pos
    assert "@helpful" in read("that was really useful").pos


def test_the_weak_features_include_every_framing_verb():
    from rehearse.engine.hearing.matching import _WEAK
    from rehearse.engine.hearing.stance import RAISING

    assert RAISING | {"@hedge"} == _WEAK
