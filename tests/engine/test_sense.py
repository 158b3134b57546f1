"""Sentence vectors for meaning beyond shared words, and the "did you mean" they may add (never a commitment)."""

import pytest

from rehearse.engine.hearing import Matcher, sense
from rehearse.engine.load.library import load
from rehearse.engine.model import Choice

CHOICES = tuple(Choice(index=i, text=t, targets=()) for i, t in enumerate([
    "I've decided I'd like to finish therapy. Could we plan our last sessions?",
    "I'd like to keep coming, but maybe less often.",
    "Okay, I'll think about it some more.",
]))


def test_words_split_into_the_tokenizers_pieces():
    v = sense._vectors()
    back = {i: p for p, i in v.ids.items()}
    assert [back[i] for i in v.pieces("▁therapy")] == ["▁ther", "apy"]
    assert [back[i] for i in v.pieces("▁want")] == ["▁want"]


def test_an_idiom_is_nearer_the_option_it_means_than_its_opposite():
    assert sense.similarity("call it a day with these sessions", CHOICES[0].text) > \
        sense.similarity("call it a day with these sessions", CHOICES[1].text) + 0.1
    assert sense.similarity("Then I'm not coming back after today.", "I have decided to stop therapy today") > \
        sense.similarity("Then I'm not coming back after today.", "Okay, I will think about it") + 0.1


def test_text_with_no_known_piece_has_no_vector():
    assert sense.embed("   ") is None
    assert sense.embed("私は") is None
    assert sense.similarity("私は", CHOICES[0].text) == 0.0


@pytest.mark.parametrize("scenario,node,text,meant", [
    ("deciding-to-end", "c_fine", "Oh. Okay, yeah, let's just leave it here then.", 2),
    ("going-along", "why_quiet", "Nothing stopped me really. It never seemed to be the moment.", 2),
])
def test_a_reply_no_word_reaches_is_offered_by_meaning_never_taken(scenario, node, text, meant):
    choices = load(scenario).nodes[node].choices
    h = Matcher().hear(text, choices)
    assert h.outcome == "offer" and h.choice is None
    assert h.candidates == (choices[meant - 1],)
    assert "close in meaning" in h.reason


def test_a_reply_the_app_answers_in_its_own_voice_is_offered_nothing_by_meaning():
    choices = load("deciding-to-end").nodes["c_fine"].choices
    text = "Oh. Okay, yeah, let's just leave it here then."
    assert Matcher().hear(text, choices).outcome == "offer"
    h = Matcher().hear(text, choices, by_sense=False)
    assert h.outcome == "none" and h.candidates == ()


def test_questions_and_other_topics_stay_unheard():
    m = Matcher()
    assert m.hear("How long have you been doing this job, then?", CHOICES).outcome == "none"
    assert m.hear("The buses were awful this morning", CHOICES).outcome == "none"


def test_get_ready_reads_the_tables_before_the_first_reply():
    from rehearse.engine.play.reply import get_ready
    from rehearse.engine.safety import learned

    learned.model.cache_clear()
    sense._vectors.cache_clear()
    get_ready()
    assert learned.model.cache_info().currsize == 1 and sense._vectors.cache_info().currsize == 1
