"""Issue 19's table: each common authoring mistake is reported at its line with its fix in plain words, and the
YAML and condition parsers' own terms never reach the author. One test per row of the table."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehearse.engine.load.guidance import load_catalogue
from rehearse.engine.load.lint import teaching_lint
from rehearse.engine.load.loader import parse_scenario

BROKEN = Path(__file__).parent / "broken"
# A clean scenario (the broken examples' common base, without their one mistake).
BASE = "\n".join((BROKEN / "unused-variable.yaml").read_text().replace("  asked: false\n", "").split("\n")[2:])
CHOICE = '        goto: unsaid'  # the second choice: a place to add a condition
INTERNALS = ("mapping values", "expected token", "did not find expected", "scanning", "<block end>", "indicator",
             "cannot start any token", "got '", "stream", "violates")


def _find(old: str, new: str, strict: bool = False, path: Path = Path("x.yaml")):
    assert BASE.count(old) == 1, old
    text = BASE.replace(old, new)
    cat = load_catalogue()
    if strict:
        path.write_text(text)  # the teaching lint places its findings by reading the file
    sc, report = parse_scenario(text.encode(), str(path), set(cat))
    items = list(report.items)
    if strict and sc is not None:
        items += teaching_lint(sc, cat)
    for d in items:
        assert not any(i in d.message for i in INTERNALS), d.message
    return sc, items


def _line_of(old: str, new: str, needle: str) -> int:
    return BASE.replace(old, new).split("\n").index(needle) + 1


def _one(items, code):
    hits = [d for d in items if d.code == code]
    assert hits, [str(d) for d in items]
    return hits[0]


def test_colon_in_unquoted_dialogue():
    new = "    say: Thank you: it helps to hear that."
    sc, items = _find('    say: "Thank you for telling me."', new)
    d = _one(items, "colon-in-text")
    assert sc is None and d.mark.line == _line_of('    say: "Thank you for telling me."', new, new)
    assert "put the text in quotes" in d.message and 'say: "Thank you: it helps to hear that."' in d.message


@pytest.mark.parametrize("tab", ["\tgoto: heard", "      \t  goto: heard"])
def test_a_tab(tab):
    sc, items = _find("        goto: heard", tab)
    d = _one(items, "tab")
    assert d.mark.line == _line_of("        goto: heard", tab, tab) and "replace the tab with spaces" in d.message
    assert d.mark.col == tab.index("\t") + 1


@pytest.mark.parametrize("bad, want", [("         goto: heard", 8), ("       goto: heard", 8),
                                       ("   heard:", 2), ('     - text: "Fine."', 6)])
def test_wrong_indentation_says_where_it_should_line_up(bad, want):
    good = " " * want + bad.strip()
    sc, items = _find(good + ("\n" if good.endswith(":") else ""), bad + ("\n" if good.endswith(":") else ""))
    d = _one(items, "indentation")
    assert d.mark.line == BASE.replace(good, bad).split("\n").index(bad) + 1
    assert "doesn't line up with the ones above it" in d.message and f"indent it by {want} spaces" in d.message


@pytest.mark.parametrize("old, new", [
    ('    say: "Hello. How are things?"', '    say: "Hello. How are things?'),
    ('    say: "Thank you for telling me."', "    say: 'Thank you for telling me."),
    ('      - text: "Fine."', '      - text: "Fine.'),
])
def test_an_unclosed_quote_is_reported_where_it_opened(old, new):
    sc, items = _find(old, new)
    d = _one(items, "unclosed-quote")
    quote_col = len(new.split(": ", 1)[0]) + 3
    assert (d.mark.line, d.mark.col) == (_line_of(old, new, new), quote_col)
    assert "never closed" in d.message and len(items) == 1


def test_arrow_for_at_least_says_did_you_mean_with_its_column():
    line = '        if: "alliance => 2"'
    sc, items = _find(CHOICE, CHOICE + "\n" + line)
    d = _one(items, "condition-syntax")
    assert "did you mean `>=`" in d.message
    assert (d.mark.line, d.mark.col) == (_line_of(CHOICE, CHOICE + "\n" + line, line), line.index("=>") + 1)


def test_single_equals_says_did_you_mean_double():
    line = "        if: persona = 'kind'"
    sc, items = _find(CHOICE, CHOICE + "\n" + line)
    d = _one(items, "condition-syntax")
    assert "did you mean `==`" in d.message and d.mark.col == line.index("=") + 1


def test_a_misspelled_persona_in_a_condition():
    line = "        if: \"persona == 'kinde'\""
    sc, items = _find(CHOICE, CHOICE + "\n" + line)
    d = _one(items, "unknown-persona")
    assert sc is None and "no persona 'kinde'" in d.message and "did you mean 'kind'" in d.message
    assert d.mark.col == line.index("kinde") + 1
    sc, items = _find(CHOICE, CHOICE + "\n        if: \"persona in ['kind', 'stif']\"")
    assert [d.message for d in items if d.code == "unknown-persona"][0].count("'stif'") == 2


@pytest.mark.parametrize("cond, words", [("persona == kind", "persona names go in quotes"),
                                         ("alliance == yes", "use true or false")])
def test_unquoted_persona_names_and_yes(cond, words):
    sc, items = _find(CHOICE, CHOICE + f'\n        if: "{cond}"')
    d = _one(items, "undefined-variable")
    assert words in d.message and "not declared" not in d.message


def test_capital_if_says_did_you_mean_if():
    sc, items = _find(CHOICE, CHOICE + '\n        If: "alliance > 0"')
    assert "did you mean 'if'?" in _one(items, "unknown-key").message


def test_hash_in_unquoted_text_warns_it_is_cut():
    new = "    say: Okay. I'm client #3 today."
    sc, items = _find('    say: "See you next week."', new)
    d = _one(items, "comment-in-text")
    assert sc is not None and sc.nodes["unsaid"].variants[0].text == "Okay. I'm client"  # the damage is real
    assert d.severity == "warning" and "plays as 'Okay. I'm client'" in d.message and "quotes" in d.message
    assert d.mark.col == new.index("#") + 1
    # A spaced-out comment after a value is the author's own note, not damage.
    sc, items = _find('    say: "See you next week."', "    say: See you next week.   # reworded in May")
    assert not items


def test_commas_in_braces():
    sc, items = _find("kind: {description: Listens.}", "kind: {description: Listens, nods}")
    d = _one(items, "comma-in-braces")
    assert "put text with commas in quotes" in d.message and 'description: "Listens, nods"' in d.message
    assert not [x for x in items if x.code == "unknown-key"]


def test_a_stray_closing_quote_warns():
    sc, items = _find('    say: "See you next week."', '    say: See you next week."')
    d = _one(items, "stray-quote")
    assert sc is not None and d.severity == "warning"
    sc, items = _find('    say: "See you next week."', '    say: She said "see you" and left.')
    assert not items  # quotes that pair up are text


def test_client_guidance_under_misses_in_a_trainee_scene(tmp_path):
    old = "        misses: [use_i_statement]"
    sc, items = _find("user_role: client", "user_role: therapist", strict=True, path=tmp_path / "t.yaml")
    hits = [d for d in items if d.code == "role-mismatch"]
    assert any("misses 'use_i_statement'" in d.message for d in hits), [str(d) for d in items]
    line = BASE.split("\n").index(old) + 1
    assert any(d.mark.line == line for d in hits)


# -- silent damage the teaching lint names ----------------------------------------------------------------------

def test_name_in_a_line_warns_only_when_no_name_may_be_given(tmp_path):
    say = '    say: "Thank you for telling me."'
    _, items = _find(say, '    say: "Thank you for telling me, {{ name }}."', strict=True, path=tmp_path / "a.yaml")
    assert [d.code for d in items] == ["name-unguarded"]
    guarded = ('    say:\n      - text: "Thank you, {{ name }}."\n        if: "name != \'you\'"\n'
               '      - text: "Thank you."')
    _, items = _find(say, guarded, strict=True, path=tmp_path / "b.yaml")
    assert not items
    sc, items = _find("  alliance: 0\n", '  alliance: 0\n  name: "Sam"\n', strict=True, path=tmp_path / "c.yaml")
    assert not items


def test_a_red_flag_before_a_reply_is_fine_and_after_the_last_is_not(tmp_path):
    flagged = ('    say:\n      - text: "Hello. Let\'s keep this short."\n        red_flag: dismissive\n'
               '        grade: warning')
    _, items = _find('    say: "Hello. How are things?"', flagged, strict=True, path=tmp_path / "a.yaml")
    assert "flag-after-last-reply" not in {d.code for d in items}
    _, items = _find('    say: "See you next week."', flagged, strict=True, path=tmp_path / "b.yaml")
    assert [d.code for d in items] == ["flag-after-last-reply"]


def test_a_quote_that_runs_on_into_the_next_key_is_named():
    old = '    say: "Thank you for telling me."\n    ending: {outcome: good, label: Heard}'
    new = '    say: "Thank you for telling me.\n    ending: {outcome: good, label: Heard}"'
    sc, items = _find(old, new)
    d = _one(items, "runaway-quote")
    assert "'ending:'" in d.message and d.mark.line == BASE.split("\n").index(old.split("\n")[0]) + 1
    # Speech may say "say:" or "note:" itself.
    sc, items = _find('    say: "Thank you for telling me."', '    say: "I wanted to say: thank you. Note: really."')
    assert not items


@pytest.mark.parametrize("line, words", [
    ("Hello {{ name.", "a {{ is not closed"), ("Hello {{ alliance }", "ends with a single }"),
    ("Hello {{ }}", "is empty"), ("Hi {% if alliance %}yes", "{% endif %}"),
    ("Hi {{ alliance alliance }}", "put one variable there")])
def test_template_mistakes_in_plain_words(line, words):
    _, items = _find('    say: "Thank you for telling me."', f'    say: "{line}"')
    d = _one(items, "template-syntax")
    assert words in d.message
