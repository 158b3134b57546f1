"""Property-based tests: broken files only ever give diagnostics, random play never breaks the runner, and
conditions and templates mean what Jinja2 would make them mean, or are refused."""

import json
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehearse.engine import expr
from rehearse.engine.diagnostics import Diagnostic
from rehearse.engine.expr import ExprError, evaluate, names_in_condition, names_in_template, render
from rehearse.engine.load.loader import parse_scenario
from rehearse.engine.play.runner import start
from tests.hardening.exprref import CONTEXT, jinja_condition, jinja_template

ROOT = Path(__file__).resolve().parents[2]
VALID = (ROOT / "tests" / "data" / "mini.yaml").read_bytes()
GUIDANCE = {"use_i_statement", "propose_change"}


def _only_diagnostics(raw: bytes) -> None:
    sc, report = parse_scenario(raw, "fuzz.yaml", GUIDANCE)
    assert all(isinstance(d, Diagnostic) and d.mark.line >= 1 and d.mark.col >= 1 for d in report.items)
    assert (sc is None) == bool(report.errors)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_scenarios_give_only_diagnostics(data):
    lines = VALID.split(b"\n")
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        op = data.draw(st.sampled_from(["delete", "duplicate", "garble", "indent", "swap"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "garble":
            junk = data.draw(st.binary(min_size=1, max_size=8))
            pos = data.draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + junk + lines[i][pos:]
        elif op == "indent":
            lines[i] = b"  " + lines[i]
        else:
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        if not lines:
            break
    _only_diagnostics(b"\n".join(lines))


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                      max_leaves=30)
KEYS = ["id", "title", "summary", "user_role", "tags", "difficulty", "content_notes", "minutes", "teaches",
        "personas", "variables", "start", "nodes", "say", "choices", "goto", "ending", "text", "if"]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), values, max_size=10))
def test_arbitrary_yaml_gives_only_diagnostics(doc):
    _only_diagnostics(yaml.safe_dump(doc, allow_unicode=True).encode())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_only_diagnostics(raw):
    _only_diagnostics(raw)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["choose", "say", "rewind", "back"]), st.integers(0, 9),
                          st.text(max_size=30)), max_size=25),
       st.sampled_from(["kind", "stiff"]))
def test_random_play_keeps_runner_consistent(mini_scenario, actions, persona):
    s = start(mini_scenario, persona, 0)
    for kind, n, text in actions:
        turn = s.turn()
        if s.finished:
            assert not turn.options and turn.ending is not None
            if kind in ("rewind", "back"):
                s.rewind(n % (len(s.decisions) + 1))
            continue
        assert turn.options and turn.ending is None
        if kind == "choose":
            s.choose(n % len(turn.options) + 1)
        elif kind == "say":
            before = len(s.decisions)
            heard = s.say(text)
            assert len(s.decisions) == before + (heard.choice is not None)
        elif kind == "rewind":
            s.rewind(n % (len(s.decisions) + 1))
        else:
            s.take_back()
        assert len(s.decisions) == sum(1 for e in s.events if e.choice is not None)
        # The saved form always rebuilds the same position.
        again = type(s).from_json(mini_scenario, s.to_json())
        assert again.turn() == s.turn()


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))


BASE = yaml.safe_load(VALID)
PATHS = [p for p in _paths(BASE) if p]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PATHS), values)
def test_any_value_replaced_by_junk_gives_only_diagnostics(path, junk):
    import copy

    doc = copy.deepcopy(BASE)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = junk
    _only_diagnostics(yaml.safe_dump(doc, allow_unicode=True).encode())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab'tnmdé\u0301\u2019 \t\n.,-IU")) | st.characters(), max_size=40))
def test_matcher_features_built_token_by_token_equal_the_whole_text_definition(text):
    from rehearse.engine.hearing import matching
    from rehearse.engine.textnorm import content_stems, normalise

    t = f"  {' '.join(normalise(text).split())} "
    stems, grams = matching._features(text)
    assert grams == {t[i:i + 3] for i in range(len(t) - 2)}
    assert stems == content_stems(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2070) | st.sampled_from(list("\x1b\x7f\u202e\u2066\n\t")),
               max_size=30))
def test_printable_fast_path_agrees_with_the_character_walk(text):
    from rehearse.engine.textnorm import _BIDI_CONTROLS, printable

    walked = "".join(ch if ch in "\n\t" or (ord(ch) >= 32 and ord(ch) != 127 and not 0x80 <= ord(ch) < 0xA0
                                            and ch not in _BIDI_CONTROLS) else "\ufffd" for ch in text)
    assert printable(text) == walked


# -- conditions and line templates (issue 15, items 1-2) -----------------------------------------------------------
_LEAVES = st.sampled_from(["a", "b", "f", "flag", "name", "persona", "empty", "true", "false", "none", "0", "1",
                           "2.5", "'x'", '"q r"', "'open'"])


def _grammar(inner):
    """One step of the allowed grammar around smaller expressions."""
    op = st.sampled_from(["==", "!=", "<", "<=", ">", ">=", "and", "or", "+", "-", "*", "/", "//", "%", "~", "in",
                          "not in"])
    flt = st.sampled_from(["upper", "lower", "title", "capitalize", "trim", "string", "abs", "int", "round",
                           "default(1)", "round(1, 'floor')"])
    return st.one_of(
        st.tuples(inner, op, inner).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        inner.map(lambda e: f"not {e}"), inner.map(lambda e: f"({e})"), inner.map(lambda e: f"-{e}"),
        st.tuples(inner, flt).map(lambda t: f"{t[0]}|{t[1]}"),
        st.tuples(inner, inner, inner).map(lambda t: f"{t[0]} if {t[1]} else {t[2]}"),
        st.tuples(inner, st.lists(inner, min_size=1, max_size=3)).map(lambda t: f"{t[0]} in [{', '.join(t[1])}]"),
    )


ALLOWED = st.recursive(_LEAVES, _grammar, max_leaves=12)
HOSTILE_PIECES = st.sampled_from([
    "'x' * 100000 * 100000", "'%0999999999d' % 1", "[[1]*1000]*1000", "lipsum", "cycler", "range(10**9)",
    "x.__class__", "x[0]", "f()", "9 ** 9 ** 9", "x is defined", "{% for i in x %}", "}}", "{{", "{%", "%}",
    "(" * 3000, ")" * 3000, "not " * 5000, " * ".join(["2"] * 600), "'\\x'", "'unclosed", "\x00", "\x1b[2J",
    "99999999999999999999", "{'a': 1}", "a,", "|e", "|length", "if", "else",
])
HOSTILE = st.lists(st.one_of(ALLOWED, HOSTILE_PIECES), min_size=1, max_size=5).map(" ".join)


def _read_or_refuse(fn, text: str):
    try:
        return fn(text)
    except ExprError as exc:
        assert exc.code in ("condition-syntax", "template-syntax", "template-construct", "expression-limit")
        assert exc.line >= 1 and exc.col >= 1 and str(exc)
        return None


@settings(max_examples=400, deadline=None)
@given(ALLOWED)
def test_allowed_conditions_read_and_run_as_jinja_would(text):
    names = _read_or_refuse(names_in_condition, text)
    if names is None:  # the grammar strategy can write a number past the cap by joining digits; nothing else
        return
    ref = jinja_condition(text)
    assert ref[0] != "refused" and ref[1] == names
    try:
        value = expr._compiled_condition(text)(CONTEXT)
    except expr._RUN_ERRORS:
        return  # a runtime refusal (type mismatch, a cap, text repetition) is an ExprError for the runner
    assert ref[0] == "ok" and ref[2] == value and type(ref[2]) is type(value)


@settings(max_examples=300, deadline=None)
@given(ALLOWED, ALLOWED)
def test_allowed_templates_render_as_jinja_would(e1, e2):
    line = f"Hi {{{{ {e1} }}}}, {{% if {e2} %}}yes{{% else %}}no{{% endif %}}."
    names = _read_or_refuse(names_in_template, line)
    if names is None:
        return
    try:
        out = render(line, CONTEXT)
    except ExprError as exc:
        assert exc.code == "runtime"
        return
    assert jinja_template(line) == ("ok", names, out) and len(out) <= expr.MAX_OUTPUT


@settings(max_examples=400, deadline=None)
@given(HOSTILE)
def test_hostile_text_is_a_located_error_or_bounded_at_run_time(text):
    """Nothing hostile raises anything but ExprError, and nothing that reads builds more than the caps allow."""
    for fn, run, wrapped in ((names_in_condition, lambda: evaluate(text, CONTEXT), text),
                             (names_in_template, lambda: render("{{ " + text + " }}", CONTEXT), "{{ " + text + " }}")):
        if _read_or_refuse(fn, wrapped) is None:
            continue
        try:
            out = run()
        except ExprError as exc:
            assert exc.code == "runtime"
            continue
        assert isinstance(out, bool) or len(out) <= expr.MAX_OUTPUT


SIMPLE = st.recursive(st.sampled_from(["a", "b", "true", "None", "in", "is", "if", "12", "9999999999999999", "'x'",
                                       '"y z"', "'{'", "not a", "x1", "not", "and", "aé", "b\x0b", "c\u00a0",
                                       "1and", "{{ a }}", "{{ in }}", "{{ 1 }}"]),
                      lambda inner: st.tuples(inner, st.sampled_from([" == ", " != ", " < ", " >= ", " and ",
                                                                      " or ", "  and not ", " in ", "|"]),
                                              inner).map("".join), max_leaves=40)


@settings(max_examples=500, deadline=None)
@given(st.one_of(SIMPLE, ALLOWED, HOSTILE))
def test_the_shortcut_for_common_texts_answers_as_the_reader_does(text):
    """The regular-expression shortcut, when it answers, gives the reader's variables, and never accepts what the
    reader refuses."""
    from rehearse.engine.expr.parse import parse_condition
    from rehearse.engine.expr.template import parse_template

    for simple, parse, names, wrapped in (
            (expr._simple_condition_names, parse_condition, expr._expr_names, text),
            (expr._simple_template_names, parse_template, lambda t, out: expr._parts_names(t[1], out),
             f"Hi {{{{ {text} }}}} and {{{{ {text} }}}}")):
        answer = simple(wrapped)
        if answer is None:
            continue
        out: set[str] = set()
        names(parse(wrapped), out)
        assert answer == out, wrapped


# -- the same texts inside a scenario file: validate locates a refusal; what loads plays within the caps -------------
_FILE = VALID.decode().replace("  name: you\n", "  name: you\n  a: 3\n  b: -2\n  f: 2.5\n  flag: true\n  empty: ''\n")
_SAY = '    say: "Hello {{ name }}. How are things?"'
_IF = '      - text: "Fine."'


def _in_a_file(condition: str, template: str) -> tuple[bytes, int, int]:
    """The scenario with `template` as the opening line and `condition` on its second choice (both JSON-quoted,
    which YAML reads as double-quoted text), and the lines they stand on."""
    text = _FILE.replace(_SAY, f"    say: {json.dumps(template)}").replace(
        _IF, f"{_IF}\n        if: {json.dumps(condition)}")
    lines = text.split("\n")
    return text.encode(), lines.index(f"    say: {json.dumps(template)}") + 1, \
        lines.index(f"        if: {json.dumps(condition)}") + 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ALLOWED, HOSTILE), st.one_of(ALLOWED, HOSTILE))
def test_conditions_and_lines_in_a_file_are_refused_where_they_stand_or_play_within_the_caps(cond, line):
    from rehearse.authoring.autoplay import autoplay
    from rehearse.engine.diagnostics import CODES

    raw, say_line, if_line = _in_a_file(cond, f"Hello {{{{ {line} }}}}.")
    sc, report = parse_scenario(raw, "prop.yaml", GUIDANCE)
    expr_codes = {"condition-syntax", "template-syntax", "template-construct", "expression-limit"}
    for d in report.items:
        assert d.code in CODES and CODES[d.code].fits(d.message), str(d)
        if d.code in expr_codes:
            assert d.mark.line in (say_line, if_line), str(d)  # on the line of the text it is about
    if sc is None:
        assert report.errors
        return
    rep = autoplay(sc, runs=3, max_depth=8)  # a runtime failure is reported as data, never raised
    assert all(CODES["runtime"].fits(e.message) for e in rep.errors), [e.message for e in rep.errors]
    from rehearse.engine.diagnostics import RunnerError

    try:
        shown = start(sc, "kind").turn()
    except RunnerError as exc:  # a line that fails at run time (a cap, a type) is refused, not built
        assert CODES["runtime"].fits(str(exc)), str(exc)
        return
    assert all(len(ln.text) <= expr.MAX_OUTPUT for ln in shown.lines)
