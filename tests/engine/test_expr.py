"""Conditions and line templates: the whitelist grammar, its caps, and agreement with Jinja2 on what it allows."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from rehearse.engine import expr
from rehearse.engine.load.loader import load_scenario, parse_scenario
from tests.hardening.exprref import CONTEXT, jinja_condition, jinja_template

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = sorted(p for p in (ROOT / "scenarios").glob("*.yaml") if p.name != "guidance.yaml")

# The issue's hostile texts (issue 15, items 1 and 2): each is refused while reading, so validate reports it.
HOSTILE_TEMPLATES = [
    "{{ 'x' * 100000 * 100000 }}", "{{ '%0999999999d' % 1 }}", "{{ [[[[1]*1000]*1000]*1000] }}",
    "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", "{{ " + "not " * 20000 + "x }}",
    "{{ " + " * ".join(["2"] * 600) + " }}", "{% for i in range(9) %}x{% endfor %}", "{{ x.__class__ }}",
    "{{ f() }}", "{{ x|e }}", "{{ 9 ** 9 ** 9 }}", "{{ x is defined }}", "{{ 1", "{% if x %}",
    "{{ 99999999999999999999 }}", "{% set x = 1 %}", "{{ {'a': 1} }}", "{% raw %}x{% endraw %}",
    "{% if x %}" * 40 + "{% endif %}" * 40, "{{ x }}" * 100,
]
HOSTILE_CONDITIONS = [
    "('x' * 100000 * 100000) == 'a'", "1) }}{% if true %}x{% endif %}{{ (1", "(" * 5000 + "1" + ")" * 5000,
    "not " * 20000 + "x", " * ".join(["x"] * 600) + " > 1", "x == range(9)", "'%d' % x", "x[0]", "",
]


@pytest.mark.parametrize("text", HOSTILE_TEMPLATES, ids=range(len(HOSTILE_TEMPLATES)))
def test_hostile_templates_are_refused_while_reading(text):
    limit = sys.getrecursionlimit()
    with pytest.raises(expr.ExprError) as caught:
        expr.names_in_template(text)
    assert caught.value.code in ("template-syntax", "template-construct", "expression-limit")
    assert caught.value.line >= 1 and caught.value.col >= 1
    assert sys.getrecursionlimit() == limit


@pytest.mark.parametrize("text", HOSTILE_CONDITIONS, ids=range(len(HOSTILE_CONDITIONS)))
def test_hostile_conditions_are_refused_while_reading(text):
    with pytest.raises(expr.ExprError) as caught:
        expr.names_in_condition(text)
    assert caught.value.code in ("condition-syntax", "template-construct", "expression-limit")


def test_a_long_product_is_an_error_at_the_operator_that_crosses_the_cap():
    with pytest.raises(expr.ExprError) as caught:
        expr.names_in_condition(" * ".join(["x"] * 600) + " > 1")
    assert caught.value.code == "expression-limit" and caught.value.col > 100


@pytest.mark.parametrize(("line", "context", "why"), [
    ("{{ name * 1000000000 }}", {"name": "x"}, "numbers only"),
    ("{{ name ~ name ~ name }}", {"name": "x" * 1500}, "at most 4,000"),
    ("{{ name + name }}", {"name": "x" * 3000}, "at most 4,000"),
    ("{{ n * n * n }}", {"n": 10**6}, "grew past"),
    ("{{ n|int }}", {"n": "9" * 4000}, "grew past"),
    ("{{ n|round(100000000) }}", {"n": 1.5}, "precision"),
    ("{{ n % 2 }}", {"n": "%0999999999d"}, "numbers only"),
])
def test_values_are_checked_before_they_are_built(line, context, why):
    assert expr.names_in_template(line)  # the line reads fine: only running it could build something big
    with pytest.raises(expr.ExprError) as caught:
        expr.render(line, context)
    assert caught.value.code == "runtime" and why in str(caught.value)


def test_jinja_globals_are_not_objects_but_undeclared_variables(tmp_path):
    raw = (ROOT / "tests" / "data" / "mini.yaml").read_text()
    for word in ("lipsum", "cycler", "joiner", "namespace", "range", "dict"):
        bad = raw.replace("say:", f"say: \"{{{{ {word} }}}}\" #", 1).encode()
        sc, report = parse_scenario(bad, "x.yaml")
        assert sc is None
        assert any(d.code == "undefined-variable" and word in d.message for d in report.errors), report.items


def _random_expression(rng: random.Random, depth: int = 0) -> str:
    leaves = ["a", "b", "f", "flag", "name", "persona", "empty", "true", "none", "False", "1", "0", "2.5", "'x'",
              '"q r"', "'open'"]
    if depth > 3 or rng.random() < 0.3:
        return rng.choice(leaves)

    def sub():
        return _random_expression(rng, depth + 1)

    return rng.choice([
        lambda: f"{sub()} {rng.choice(['==', '!=', '<', '<=', '>', '>='])} {sub()}",
        lambda: f"{sub()} and {sub()}", lambda: f"{sub()} or {sub()}", lambda: f"not {sub()}",
        lambda: f"({sub()})", lambda: f"{sub()} {rng.choice(['+', '-', '*', '/', '//', '%', '~'])} {sub()}",
        lambda: f"{sub()}|{rng.choice(['upper', 'title', 'trim', 'abs', 'int', 'round', 'default(1)', 'round(1)'])}",
        lambda: f"{sub()} if {sub()} else {sub()}", lambda: f"-{sub()}", lambda: f"+{sub()}",
        lambda: f"{sub()} {rng.choice(['in', 'not in'])} {rng.choice('([')}{sub()}, {sub()}{rng.choice(')]')}",
        lambda: f"{sub()} < {sub()} <= {sub()}",
        lambda: f"{sub()} {rng.choice(['is', '**', '.x', '[0]', '(', ','])} {sub()}",
    ])()


def test_what_the_reader_accepts_means_what_it_means_to_jinja():
    """Every accepted condition has Jinja2's variables and, when it runs, Jinja2's value (seeded, 4,000 texts)."""
    rng = random.Random(15)
    ran = 0
    for _ in range(4000):
        text = _random_expression(rng)
        try:
            names = expr.names_in_condition(text)
        except expr.ExprError:
            continue
        ref = jinja_condition(text)
        assert ref[0] != "refused" and ref[1] == names, text
        try:
            value = expr._compiled_condition(text)(CONTEXT)
        except expr._RUN_ERRORS:
            continue
        assert ref[0] == "ok" and ref[2] == value and type(ref[2]) is type(value), (text, ref, value)
        ran += 1
    assert ran > 1500


def test_accepted_templates_render_as_jinja_renders_them():
    rng = random.Random(16)
    shapes = ["Hi {{ %s }}.", "a {{- %s }} b {{ name -}}  c", "x {{%s}}y\n",
              "{%% if %s %%}y{%% elif %s %%}z{%% else %%}w{%% endif %%}",
              "{# c #} {%%- if %s -%%} y {%% endif %%}{{ %s }}"]
    rendered = 0
    for _ in range(3000):
        shape = rng.choice(shapes)
        line = shape % tuple(_random_expression(rng) for _ in range(shape.count("%s")))
        try:
            names = expr.names_in_template(line)
            out = expr.render(line, CONTEXT)
        except expr.ExprError:
            continue
        assert jinja_template(line) == ("ok", names, out), line
        rendered += 1
    assert rendered > 500


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.stem)
def test_every_condition_and_line_in_the_library_reads_as_jinja_reads_it(path):
    sc, _ = load_scenario(path)
    assert sc is not None
    conds, lines = set(), {sc.say_more or ""}
    for n in sc.nodes.values():
        lines.add(n.say_more or "")
        lines.update(v.text for v in n.variants)
        conds.update(v.cond for v in n.variants)
        conds.update(t.cond for t in n.targets)
        for c in n.choices:
            lines.add(c.text)
            conds.add(c.cond)
            conds.update(t.cond for t in c.targets)
    for c in conds - {None}:
        assert expr.names_in_condition(c) == jinja_condition(c)[1], c
    for t in lines:
        if expr.is_template(t):
            assert expr.names_in_template(t) == jinja_template(t)[1], t


@pytest.mark.parametrize(("where", "text"), [
    ("say", "{{ 'x' * 100000 * 100000 }}"), ("say", "{{ name * 1000000000 }} {{ lipsum }}"),
    ("if", "1) }}{% if true %}x{% endif %}{{ (1"), ("if", "not " * 20000 + "x"),
    ("if", " * ".join(["alliance"] * 600) + " > 1"),
])
def test_the_issues_files_fail_validate_at_the_line(where, text):
    raw = (ROOT / "tests" / "authoring" / "broken" / "template-construct.yaml").read_text()
    line = next(i for i, ln in enumerate(raw.split("\n"), 1) if "{% for" in ln and "say:" in ln)
    if where == "say":
        raw = raw.replace('"{% for i in [1, 2] %}Hello. {% endfor %}How are things?"', f'"{text}"')
    else:
        raw = raw.replace('say: "{% for i in [1, 2] %}Hello. {% endfor %}How are things?"',
                          'say: "Hello."')
        raw = raw.replace('        note: Speaking', f'        if: "{text}"\n        note: Speaking', 1)
        line = next(i for i, ln in enumerate(raw.split("\n"), 1) if ln.startswith("        if:"))
    sc, report = parse_scenario(raw.encode(), "x.yaml")
    assert sc is None
    assert any(d.mark.line == line for d in report.errors), [str(d) for d in report.items]
    assert all("Traceback" not in str(d) and len(str(d)) < 500 for d in report.items)
