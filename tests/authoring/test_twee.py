"""`rehearse import-twee`: Twee 3 stories become scenarios that load, play to an ending, and say what is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import deque
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehearse.authoring.autoplay import _Traced, exhaustive
from rehearse.authoring.twee import TweeError, convert, import_twee, q
from rehearse.authoring.twee_parse import Story, parse_header, split_link
from rehearse.engine.load.loader import parse_scenario

STORIES = sorted((Path(__file__).parent / "twee").glob("*.twee"))
REHEARSE = [sys.executable, "-m", "rehearse"]


def _load(result, path="out.yaml"):
    sc, report = parse_scenario(result.yaml.encode("utf-8"), path)
    assert sc is not None, [str(d) for d in report.errors] + [result.yaml]
    return sc, report


def _shortest_path(sc) -> tuple[list[int], str]:
    """Option numbers that reach an ending soonest, and that ending's label."""
    first = _Traced(sc, next(iter(sc.personas)))
    todo, seen = deque([(first, [])]), set()
    while todo:
        s, path = todo.popleft()
        if s.finished:
            return path, s.node.ending.label
        if s.node.id in seen:
            continue
        seen.add(s.node.id)
        for n in range(1, len(s.turn().options) + 1):
            t = s.clone()
            t.choose(n)
            todo.append((t, path + [n]))
    raise AssertionError("no ending reachable")


# -- links --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("inner,expected", [
    ("Target", ("Target", "Target", None)),
    ("Go on|Target", ("Go on", "Target", None)),
    ("Go on->Target", ("Go on", "Target", None)),
    ("Target<-Go on", ("Go on", "Target", None)),
    ("a->b->c", ("a->b", "c", None)),            # the rightmost -> divides
    ("a<-b<-c", ("b<-c", "a", None)),            # the leftmost <- divides
    ("a|b|c", ("a|b", "c", None)),               # the last | divides
    ("say -> go<-back", ("say ", " go<-back", None)),  # -> is tried before <-, as Twine does
    ("Go on|Target][$x to 1", ("Go on", "Target", "$x to 1")),
    ("Go on->Target][$x to 1][$y to 2", ("Go on", "Target", "$x to 1][$y to 2")),
    ("A->", ("A->", "A->", None)),               # an empty target falls through to the next rule
    ("->B", ("", "B", None)),
])
def test_split_link_follows_twine(inner, expected):
    assert split_link(inner) == expected


def test_links_become_choices_in_all_four_forms():
    text = (":: Start\nHi.\n[[Simple]]\n[[Pipe text|Pipe]]\n[[Arrow text->Arrow]]\n[[Back<-Back text]]\n"
            "[[Set|Simple][$x to true]]\n[[Web->https://example.org/x]]\n"
            ":: Simple\nA.\n:: Pipe\nB.\n:: Arrow\nC.\n:: Back\nD.\n")
    result = convert(text)
    sc, _ = _load(result)
    choices = [(c.text, c.targets[0].node) for c in sc.nodes["start"].choices]
    assert choices == [("Simple", "simple"), ("Pipe text", "pipe"), ("Arrow text", "arrow"),
                       ("Back text", "back"), ("Set", "simple")]
    assert {d.code for d in result.warnings} == {"twee-external"}
    assert sc.nodes["start"].choices[4].effects == (("x", True),)  # the setter became the choice's effect
    assert sc.variables == {"x": False}


def test_inline_links_keep_the_sentence_and_link_only_lines_are_dropped():
    sc, _ = _load(convert(":: Start\nYou could [[press on->A]] or [[stop->B]].\n[[A]] | [[B]]\n:: A\nx\n:: B\ny\n"))
    # Second-person text is narration, given in brackets as the house style has it.
    assert sc.nodes["start"].variants[0].text == "(You could press on or stop.)"
    assert [c.text for c in sc.nodes["start"].choices] == ["press on", "stop", "A", "B"]


# -- headers ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,name,tags,codes", [
    (":: An overgrown path", "An overgrown path", [], []),
    (":: An overgrown path [forest spooky]", "An overgrown path", ["forest", "spooky"], []),
    (':: An overgrown path {"position":"600,400","size":"100,200"}', "An overgrown path", [], []),
    (':: An overgrown path [forest spooky] {"position":"600,400"}', "An overgrown path", ["forest", "spooky"], []),
    (r":: Room \[1\] \{a\} back\\slash [t\]ag x\\y]", "Room [1] {a} back\\slash", ["t]ag", "x\\y"], []),
    (r":: \q is q", "q is q", [], []),
    (":: Twee 2 [a] <600,400>", "Twee 2", ["a"], []),
    (":: Open [unclosed tags", "Open", [], ["twee-header"]),
    (':: Bad {"position": oops}', "Bad", [], ["twee-header"]),
    (':: List ["not", "an", "object"', "List", [], ["twee-header"]),
    (":: Array [a] [1, 2]", "Array", ["a"], ["twee-header"]),
    (':: Trailing {"a": 1} and more', "Trailing", [], ["twee-header"]),
    (":: Meta {[1, 2]}", "Meta", [], ["twee-header"]),
    ("::", None, None, ["twee-header"]),
])
def test_headers(line, name, tags, codes):
    story = Story("h.twee")
    got = parse_header(line, 7, story)
    assert (got == (name, tags)) if name is not None else got is None
    assert [d.code for d in story.warnings] == codes
    assert all(d.mark.line == 7 for d in story.warnings)


def test_special_passages_and_start():
    text = (':: StoryTitle\n  My  story \n:: StoryData\n{"ifid": "X", "start": "Second", "format": "Harlowe"}\n'
            ":: First\nOne.\n[[Second]]\n:: Second\nTwo.\n[[First]]\n[[Done]]\n:: Done\nThe end.\n"
            ":: Styles [stylesheet]\nbody {}\n")
    result = convert(text, "my.twee")
    sc, _ = _load(result)
    assert sc.title == "My story" and sc.id == "my-story" and sc.start == "second"
    assert sc.nodes["done"].ending.outcome == "mixed" and sc.nodes["done"].ending.label == "Done"
    assert [d.code for d in result.warnings] == ["twee-skipped"]
    assert "Twine story format: Harlowe" in result.yaml


def test_start_defaults_to_start_then_first_passage():
    sc, _ = _load(convert(":: Intro\nA.\n[[Start]]\n:: Start\nB.\n"))
    assert sc.start == "start"
    result = convert(":: Intro\nA.\n[[Next]]\n:: Next\nB.\n")
    assert _load(result)[0].start == "intro" and [d.code for d in result.warnings] == ["twee-start"]


def test_node_ids_are_valid_and_unique():
    text = ":: Start\n[[Café au lait!]]\n[[café au lait]]\n[[123]]\n[[true]]\n[[.hidden]]\n"
    text += ":: Café au lait!\nA.\n:: café au lait\nB.\n:: 123\nC.\n:: true\nD.\n:: .hidden\nE.\n"
    sc, _ = _load(convert(text))
    assert set(sc.nodes) == {"start", "cafe_au_lait", "cafe_au_lait_2", "123", "true", "hidden"}


def test_templates_in_text_are_neutralised():
    result = convert(":: Start\nWrite {{ x }} and {% if y %} here, {# z #}.\n")
    sc, _ = _load(result)
    assert sc.nodes["start"].variants[0].text == "Write { { x }} and { % if y %} here, { # z #}."
    sc, _ = _load(convert(":: Start\n{{{ a }}}\n[[Say {{ b }}->Start]]\n[[{%->Missing {{]]\n"))
    assert "{ { { a }}}" == sc.nodes["start"].variants[0].text and sc.nodes["start"].choices[0].text == "Say { { b }}"
    assert [d.code for d in result.warnings] == ["twee-braces"] * 3


def test_quoting_round_trips():
    nasty = 'a "quote" \\ back\nline\ttab \x07 bell \x85 nel \u2028 ls \ufeff bom café 🙂 # not a comment: yes'
    assert yaml.safe_load(f"k: {q(nasty)}")["k"] == nasty


# -- macros -------------------------------------------------------------------------------------------------------

def test_harlowe_macros_are_warned_about_and_links_kept():
    text = (':: Start\n(set: $x to 1)Hello.\n(if: $x is 1)[You see a [[door->Door]].](else:)[Nothing.]\n'
            '(link-goto: "Leave", "Out")\n(link: "Knock")[(goto: "Door")]\n(Note: this is prose.)\n'
            ":: Door\nIn.\n:: Out\nOut.\n")
    result = convert(text)
    sc, _ = _load(result)
    node = sc.nodes["start"]
    # (set:) in the start passage is where $x starts; (if:)/(else:) keep their text conditional.
    assert sc.variables == {"x": 1}
    assert [(v.text, v.cond) for v in node.variants] == [
        ("Hello. You see a door. (Note: this is prose.)", "(x == 1)"), ("Hello. Nothing. (Note: this is prose.)", None)]
    assert [(c.text, c.targets[0].node, c.cond) for c in node.choices] == [
        ("door", "door", "(x == 1)"), ("Leave", "out", None), ("Knock", "door", None)]
    where = [(d.code, d.mark.line, d.mark.col) for d in result.warnings]
    assert not [w for w in where if w[0] == "twee-macro"]  # nothing left untranslated
    assert ("twee-macro-link", 4, 1) in where and ("twee-macro-link", 5, 1) in where
    assert all("passage 'Start'" in d.message for d in result.warnings)


def test_lone_goto_becomes_the_node_goto():
    sc, _ = _load(convert(':: Start\nHi.\n(goto: "Next")\n:: Next\nBye.\n'))
    assert sc.nodes["start"].targets[0].node == "next" and not sc.nodes["start"].choices


def test_sugarcube_macros():
    text = (":: Start\n<<set $n to 0>>Hello $n.\n<<link \"Go\" \"A\">><</link>>\n"
            "<<link \"Also\">><<goto \"B\">><</link>>\n"
            "<<button [[Press|A]]>><</button>>\n<<goto $somewhere>>\n<<script>>var x = '[[Fake]]';<</script>>\n"
            ":: A\na\n:: B\nb\n")
    result = convert(text)
    sc, _ = _load(result)
    assert [(c.text, c.targets[0].node) for c in sc.nodes["start"].choices] == [("Go", "a"), ("Also", "b"),
                                                                                 ("Press", "a")]
    codes = [d.code for d in result.warnings]
    assert codes.count("twee-macro-link") == 4 and "twee-variable" in codes
    assert "Fake" not in result.yaml


def test_snowman_and_html():
    result = convert(":: Start\n<% s.x = 1 %>Hi <b>there</b>.<%= s.x %>\n[[End]]\n:: End\nBye.\n")
    sc, _ = _load(result)
    assert sc.nodes["start"].variants[0].text == "Hi there ."
    assert sorted({d.code for d in result.warnings}) == ["twee-macro", "twee-markup"]


def test_chapbook():
    result = import_twee(next(p for p in STORIES if p.name == "chapbook.twee"))
    sc, _ = _load(result)
    assert sc.start == "begin"
    assert [(c.text, c.targets[0].node) for c in sc.nodes["begin"].choices] == [
        ("Ask to look back at what changed", "review"), ("Leave", "leave"), ("Just say thanks", "leave")]
    assert "progress" not in sc.nodes["begin"].variants[0].text


# -- always loadable ----------------------------------------------------------------------------------------------

def test_broken_links_and_loops_still_load_and_end():
    result = convert(":: Start\nHi.\n[[Round->Loop]]\n[[Oops->Missing]]\n:: Loop\nAgain.\n[[Start]]\n"
                     ":: Spin\nAlone.\n[[Spin]]\n")
    sc, report = _load(result)
    assert sc.nodes["missing"].ending is not None
    assert not [d for d in report.items if d.code in ("no-ending", "no-way-out")]
    codes = [d.code for d in result.warnings]
    assert codes.count("twee-broken-link") == 1
    pure = convert(":: Start\nx\n[[B]]\n:: B\ny\n[[Start]]\n")
    sc, report = _load(pure)
    assert [d.code for d in pure.warnings] == ["twee-no-way-out"]
    assert report.errors == []
    assert not exhaustive(sc, max_depth=10).errors


def test_not_twee():
    with pytest.raises(TweeError, match="no story passages"):
        convert("just some text\n")
    with pytest.raises(TweeError, match="Export as Twee"):
        convert('<html><tw-storydata name="x">')
    with pytest.raises(TweeError, match="no story passages"):
        convert(":: StoryTitle\nx\n:: StoryData\n{}\n")


def test_bad_utf8_is_a_located_warning(tmp_path):
    f = tmp_path / "latin1.twee"
    f.write_bytes(b":: Start\nCaf\xe9 talk.\n")
    result = import_twee(f)
    d = result.warnings[0]
    assert (d.code, d.mark.line, d.mark.col) == ("twee-encoding", 2, 4)
    assert "\ufffd" in _load(result)[0].nodes["start"].variants[0].text


FRAGMENTS = ["::", ":: ", "Start", "A", "B", "Café", "[[", "]]", "->", "<-", "|", "][", "[", "]", "{", "}", '"',
             "\\", "(set: $x to 1)", "(if: $x)[", "(link-goto: \"A\", \"B\")", "(goto: \"A\")", "<<set $x to 1>>",
             "<<goto \"B\">>", "<<link \"A\" \"B\">>", "<</link>>", "<%", "%>", "{{", "{%", "<b>", "$x", " ",
             "\n", "\n", "\n", ":: StoryData\n", '{"start": "B"}', "/*", "*/", "\t", "\r\n", "🙂", "\x00", "\x85"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60))
def test_any_text_imports_to_a_loadable_scenario_or_a_clear_refusal(parts):
    text = "".join(parts)
    try:
        result = convert(text, "fuzz.twee")
    except TweeError:
        return
    sc, report = parse_scenario(result.yaml.encode("utf-8"), "fuzz.yaml")
    assert sc is not None, [str(d) for d in report.errors] + [text, result.yaml]
    rep = exhaustive(sc, max_depth=8, max_paths=200)
    assert not rep.errors, [f.describe() for f in rep.errors]


# -- the bundled test stories, end to end -------------------------------------------------------------------------

@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.stem)
def test_story_imports_validates_and_plays_to_an_ending(story, tmp_path):
    out = tmp_path / f"{story.stem}.yaml"
    run = subprocess.run(REHEARSE + ["import-twee", str(story), "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    for line in run.stderr.splitlines()[:-2]:
        assert line.startswith(f"{story}:") and "warning[twee-" in line, line
    check = subprocess.run(REHEARSE + ["validate", str(out)], capture_output=True, text=True)
    assert check.returncode == 0 and "error[" not in check.stdout, check.stdout
    text = out.read_text(encoding="utf-8")
    for must in ("shows:", "note:", "personas", "outcome"):
        assert must in text.split("\nid:")[0], f"the header should tell the author about {must}"
    sc, _ = _load(import_twee(story))
    path, label = _shortest_path(sc)
    env = {**os.environ, "REHEARSE_TYPING": "0"}
    play = subprocess.run(REHEARSE + ["play", str(out), "--plain", "--no-save", "--seed", "1"],
                          input="".join(f"{n}\n" for n in path), capture_output=True, text=True, env=env, timeout=60)
    assert play.returncode == 0, play.stderr
    assert f"Ending: {label}" in play.stdout, play.stdout[-2000:]
    assert "End of input" not in play.stdout


def test_harlowe_story_details():
    result = import_twee(next(p for p in STORIES if p.name == "harlowe.twee"))
    sc, _ = _load(result)
    assert sc.title == "Asking for a slower pace" and sc.start == "opening"
    assert '# passage "Opening" [intro calm] (line 14)' in result.yaml
    assert '# passage "Rushed" [rupture]' in result.yaml
    assert sc.nodes["good_end"].ending.label == "Good end"
    assert [c.text for c in sc.nodes["opening"].choices] == [
        "Tell them the last session felt rushed", "Say everything is fine", "Ask about the homework"]


def test_malformed_story_warns_and_carries_on():
    result = import_twee(next(p for p in STORIES if p.name == "malformed.twee"))
    codes = {d.code for d in result.warnings}
    assert {"twee-before-header", "twee-storydata", "twee-header", "twee-duplicate", "twee-braces"} <= codes
    sc, _ = _load(result)
    assert sc.start == "start" and "duplicate" not in sc.nodes["middle"].variants[0].text.lower()


def test_cli_refuses_to_overwrite_and_reports_unreadable(tmp_path):
    story = STORIES[0]
    out = tmp_path / "o.yaml"
    out.write_text("keep")
    run = subprocess.run(REHEARSE + ["import-twee", str(story), "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 2 and out.read_text() == "keep"
    run = subprocess.run(REHEARSE + ["import-twee", str(tmp_path / "none.twee")], capture_output=True, text=True)
    assert run.returncode == 1 and "cannot read" in run.stderr and "Traceback" not in run.stderr
    html = tmp_path / "story.html"
    html.write_text('<tw-storydata name="x"></tw-storydata>')
    run = subprocess.run(REHEARSE + ["import-twee", str(html)], capture_output=True, text=True)
    assert run.returncode == 1 and "Export as Twee" in run.stderr
    run = subprocess.run(REHEARSE + ["import-twee", str(story)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("# yaml-language-server")
