"""Twine logic survives `import-twee`: (set:)/<<set>> become variables and effects, (if:)/<<if>> keep text and links
conditional, narration is given as narration, and what cannot be carried over is named and kept as a comment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rehearse.authoring.twee import convert, import_twee
from rehearse.engine.load.loader import parse_scenario
from rehearse.engine.play.runner import start

DATA = Path(__file__).resolve().parents[1] / "data" / "twee"
REHEARSE = [sys.executable, "-m", "rehearse"]


def _load(result):
    sc, report = parse_scenario(result.yaml.encode("utf-8"), "out.yaml")
    assert sc is not None, [str(d) for d in report.errors] + [result.yaml]
    return sc


def _play(sc, picks: list[str]):
    """Play choosing options by their text; returns the session."""
    s = start(sc, seed=1)
    for text in picks:
        options = {o.text: o.number for o in s.turn().options}
        assert text in options, (text, list(options))
        s.choose(options[text])
    return s


def _said(s) -> str:
    return " ".join(line.text for line in s.turn().lines if line.speaker == "app")


def test_harlowe_set_and_if_declare_the_variable_and_keep_text_conditional():
    sc = _load(import_twee(DATA / "harlowe-basics.twee"))
    assert sc.variables == {"trust": 0, "waited": False}
    ask = sc.nodes["ask"]
    assert [v.cond for v in ask.variants] == ["(trust > 0)", None]
    assert [(c.text, c.cond) for c in ask.choices] == [("Ask about the sister", "(trust > 1)"), ("Move on", None)]
    assert dict(sc.nodes["start"].choices[0].effects) == {"trust": 1}
    # It plays: one visit to Ask gives trust 1 (the first wording, no sister link); waiting first changes Sister.
    s = _play(sc, ["Ask what brought her"])
    assert "my sister made me come" in _said(s) and [o.text for o in s.turn().options] == ["Move on"]
    s = _play(sc, ["Wait quietly", "Ask"])
    assert s.vars["waited"] is True and s.vars["trust"] == 1


def test_harlowe_else_when_the_condition_fails():
    text = (":: Start\n(set: $n to 0)\n(if: $n > 0)[Yes.](else:)[No.]\n[[Again->Start]]\n[[Stop]]\n"
            ":: Stop\nBye.\n")
    sc = _load(convert(text))
    assert [(v.text, v.cond) for v in sc.nodes["start"].variants] == [("Yes.", "(n > 0)"), ("No.", None)]
    assert "No." in _said(start(sc, seed=1))


def test_sugarcube_set_if_elseif_else():
    result = import_twee(DATA / "sugarcube-basics.twee")
    sc = _load(result)
    assert sc.variables == {"mood": 0, "named": False}  # from StoryInit
    node = sc.nodes["start"]
    assert [v.text.split(")")[0] for v in node.variants] == ["(She smiles.", "(She waits.", "(She frowns."]
    assert "She smiles" not in _said(start(sc, seed=1)) and "She waits" in _said(start(sc, seed=1))
    choices = {c.text: c for c in node.choices}
    assert dict(choices["Name the feeling"].effects) == {"named": True, "mood": 2}  # a setter and <<set>>s
    assert dict(choices["Change the subject"].effects) == {"mood": -1}  # the <<set>> inside <<link>>
    assert choices["Go deeper"].cond == "(named)"
    s = _play(sc, ["Name the feeling", "Start"])
    assert "She smiles" in _said(s) and "Go deeper" in [o.text for o in s.turn().options]
    # Only one of the three results is said, never all three one after another.
    assert all(sum(w in v.text for w in ("smiles", "waits", "frowns")) == 1 for v in node.variants)


def test_what_cannot_be_translated_is_named_and_kept_as_a_comment():
    result = import_twee(DATA / "sugarcube-basics.twee")
    hits = [d for d in result.warnings if "visited" in d.message]
    assert hits and "said every time" in hits[0].message and (hits[0].mark.line, hits[0].mark.col) == (22, 7)
    assert '# Twine <<if visited("Named")>>: not carried over' in result.yaml
    text = ":: Start\n(set: $n to 0)\n[[Go->Next]]\n:: Next\n(set: $n to 5)\nHi.\n[[End]]\n:: End\nBye.\n"
    result = convert(text)
    assert any("number set outright" in d.message and d.mark.line == 5 for d in result.warnings)
    assert "# Twine (set: $n to 5): not carried over" in result.yaml


def test_every_hidden_choice_still_leaves_a_way_on():
    sc = _load(convert(":: Start\n(set: $x to false)\nHi.\n(if: $x)[[[Go->End]]]\n:: End\nBye.\n"))
    s = start(sc, seed=1)
    assert [o.text for o in s.turn().options] == ["(Say nothing more.)"]


def test_narration_and_paragraphs():
    sc = _load(import_twee(DATA / "educator-open-questions.twee"))
    welcome = sc.nodes["welcome"].variants[0].text
    assert welcome.startswith("(You are a trainee counsellor.")
    assert welcome.count("\n\n") == 2 and welcome.endswith("\n\nSo... what happens now?")
    assert "(Sam sits on the edge of the chair, coat still on.)" in welcome


def test_an_educators_story_imports_validates_and_plays(tmp_path):
    story = DATA / "educator-open-questions.twee"
    out = tmp_path / "open.yaml"
    run = subprocess.run(REHEARSE + ["import-twee", str(story), "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    check = subprocess.run(REHEARSE + ["validate", str(out)], capture_output=True, text=True)
    assert check.returncode == 0 and "error[" not in check.stdout, check.stdout
    sc = _load(import_twee(story))
    # The good path builds rapport, so the client opens up and the extra question appears...
    s = _play(sc, ["Explain the session first", "Ask an open question", "Reflect what you heard"])
    assert "That's exactly it" in _said(s) and "Ask what \"everything\" means" in [o.text for o in s.turn().options]
    s = _play(sc, ["Explain the session first", "Ask an open question", "Reflect what you heard",
                   "Ask what \"everything\" means", "Agree a focus together", "See your feedback"])
    assert s.finished and "Rapport grew" in _said(s) and "You opened with a question" in _said(s)
    assert "(Your rapport score was 4.)" in _said(s)  # (print: $rapport) became {{ rapport }}
    # ...and a closed start keeps it guarded and hides it.
    s = _play(sc, ["Ask a closed question", "Try an open question now", "Reflect what you heard"])
    assert "Maybe" in _said(s) and len(s.turn().options) == 1


def test_print_shows_the_variable():
    text = (":: Start\n(set: $n to 2)\nYou have (print: $n) ideas.\n[[More->More]]\n"
            ":: More\n(set: $n to it + 1)\n<<print $n>> now.\n")
    result = convert(text)
    sc = _load(result)
    assert "{{ n }}" in sc.nodes["start"].variants[0].text
    s = _play(sc, ["More"])
    assert "3 now." in _said(s)
    assert not [d for d in result.warnings if "print" in d.message]


def test_story_variables_named_like_rehearse_words_are_renamed():
    text = (':: Start\n(set: $name to "Sam")(set: $gt to 1)\n(if: $name is "Sam" and $gt > 0)[Hi Sam.](else:)[Hi.]\n'
            "[[End]]\n:: End\nBye.\n")
    sc = _load(convert(text))
    assert sc.variables == {"name_": "Sam", "gt_": 1}
    assert sc.nodes["start"].variants[0].cond == "(name_ == \"Sam\" and gt_ > 0)"
    assert "Hi Sam." in _said(start(sc, seed=1))


def test_a_macro_link_inside_a_condition_keeps_it():
    text = ':: Start\n(set: $x to true)\nHi.\n(if: $x)[(link-goto: "Go", "Next")]\n[[Stay->Start]]\n:: Next\nBye.\n'
    result = convert(text)
    sc = _load(result)
    assert [(c.text, c.cond) for c in sc.nodes["start"].choices] == [("Go", "(x)"), ("Stay", None)]
    msg = next(d.message for d in result.warnings if d.code == "twee-macro-link")
    assert "shown under the condition around it" in msg


def test_a_variable_only_tested_is_declared():
    sc = _load(convert(":: Start\n(if: $met)[Welcome back.](else:)[Hello.]\n[[End]]\n:: End\nBye.\n"))
    assert sc.variables == {"met": 0}
    assert "Hello." in _said(start(sc, seed=1))
