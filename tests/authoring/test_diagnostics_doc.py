"""Every diagnostic code comes from the registry (rehearse/engine/diagnostics.py), is documented in
docs/DIAGNOSTICS.md (whose list of codes is generated from the registry) and has a broken example that reports it
exactly: at its place, with the registry's severity and one of its message shapes.

Each file in tests/authoring/broken/ starts with
    # expect: LINE:COL severity[code]
    # fix: "old text" -> "new text"      (JSON strings; or "see docs/DIAGNOSTICS.md" when there is no one-line fix)
    # limits: max_bytes=500              (optional: loader limits for this file)
The test loads the file as `rehearse validate --strict` would (loader, then teaching lint) and checks the finding is
at that exact place; then it applies the fix and checks the file is clean, so the documented fix really works.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
from pathlib import Path

import pytest

from rehearse.authoring.autoplay import autoplay
from rehearse.authoring.twee import convert
from rehearse.engine import diagnostics
from rehearse.engine.diagnostics import CODES
from rehearse.engine.load.guidance import load_catalogue, parse_catalogue
from rehearse.engine.load.library import validate_all
from rehearse.engine.load.lint import teaching_lint
from rehearse.engine.load.loader import load_scenario, parse_scenario
from rehearse.engine.load.yamlsrc import Limits

ROOT = Path(__file__).resolve().parents[2]
BROKEN = Path(__file__).parent / "broken"
DOC = ROOT / "docs" / "DIAGNOSTICS.md"
CODE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$|^[a-z]+$")
REPORTERS = {"error", "warning", "warn", "ExprError", "Diagnostic"}


def _gen():
    spec = importlib.util.spec_from_file_location("gen_diagnostics_doc", ROOT / "scripts" / "gen_diagnostics_doc.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _sources() -> list[Path]:
    return sorted((ROOT / "rehearse" / "engine").rglob("*.py")) + sorted((ROOT / "rehearse" / "authoring").glob("*.py"))


def registry_names_used() -> dict[str, str]:
    """Every registry constant the engine and the authoring tools name (dg.NAME), with a file that names it."""
    found: dict[str, str] = {}
    for f in _sources():
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "dg":
                found.setdefault(node.attr, f.name)
    return found


def literal_codes_reported() -> list[str]:
    """Reporting calls (or `code =` lines) passing a code as a string literal instead of taking it from the registry."""
    out = []
    for f in _sources():
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            values = []
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in REPORTERS:
                    values = [a.value for a in node.args if isinstance(a, ast.Constant)]
            elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "code" for t in node.targets):
                values = [c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant)]
            out += [f"{f.name}:{node.lineno}: {v!r}" for v in values if isinstance(v, str) and v in CODES]
    return out


def documented() -> set[str]:
    """Codes with a `### code` heading in docs/DIAGNOSTICS.md."""
    return set(re.findall(r"^### `([a-z0-9-]+)`", DOC.read_text(encoding="utf-8"), re.MULTILINE))


def test_codes_are_taken_from_the_registry_not_written_out():
    assert not literal_codes_reported()
    used = registry_names_used()
    assert {"UNKNOWN_NODE", "UNREACHABLE", "PERSONA_STUCK", "TWEE_MACRO", "YAML_SYNTAX", "RUNTIME"} <= set(used)
    constants = {name for name, value in vars(diagnostics).items() if isinstance(value, diagnostics.Code)}
    assert not set(used) - constants - {"Code", "CODES"}, "dg.NAME must be a code in the registry"
    unused = sorted(constants - set(used))
    assert not unused, f"the registry has codes nothing reports any more: {unused}"


def test_the_registry_is_well_formed():
    for name, code in CODES.items():
        assert CODE.match(name) and code == name and code.severity in ("error", "warning"), name
        assert code.section in diagnostics.SECTIONS and code.messages, name
        assert getattr(diagnostics, name.upper().replace("-", "_")) is code


def test_the_doc_lists_every_code_as_the_registry_says():
    gen = _gen()
    text = DOC.read_text(encoding="utf-8")
    assert gen.render(text) == text, "run: python scripts/gen_diagnostics_doc.py"
    assert gen.problems(text) == []
    assert documented() == set(CODES)


def test_the_doc_check_notices_a_missing_heading_and_a_stale_list():
    gen = _gen()
    text = DOC.read_text(encoding="utf-8")
    assert any("persona-trap" in p for p in gen.problems(text.replace("### `persona-trap`", "### persona trap")))
    assert gen.render(text.replace("| error |", "| warning |", 1)) == text


def _fits(d) -> None:
    """A finding has its code's severity and one of its message shapes, as the registry says."""
    code = CODES[d.code]
    assert d.severity == code.severity, str(d)
    assert code.fits(d.message), f"{d.message!r} fits none of {code.messages}"


# -- broken examples ---------------------------------------------------------------------------------------------

def _header(raw: bytes) -> dict:
    out = {}
    for line in raw.decode("utf-8", "surrogateescape").splitlines()[:4]:
        m = re.match(r"# (expect|fix|limits): (.*)", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def _check(raw: bytes, path: str, limits: Limits):
    """Diagnostics for one file as `rehearse validate --strict` finds them."""
    cat = load_catalogue()
    sc, report = parse_scenario(raw, path, set(cat), limits, BROKEN / "shared")
    items = list(report.items)
    if sc is not None:
        items += teaching_lint(sc, cat)
    return sc, items


def _limits(spec: str | None) -> Limits:
    kw = {}
    for part in (spec or "").split():
        k, v = part.split("=")
        kw[k] = int(v)
    return Limits(**kw)


SCENARIO_FILES = sorted(BROKEN.glob("*.yaml"))


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=lambda p: p.stem)
def test_broken_example_is_reported_at_its_place(path):
    raw = path.read_bytes()
    head = _header(raw)
    m = re.fullmatch(r"(\d+):(\d+) (error|warning)\[([a-z0-9-]+)\]", head["expect"])
    line, col, severity, code = int(m[1]), int(m[2]), m[3], m[4]
    assert code == path.stem
    sc, items = _check(raw, str(path), _limits(head.get("limits")))
    hits = [d for d in items if d.code == code]
    assert hits, f"expected {code}, got {[str(d) for d in items]}"
    assert (hits[0].mark.line, hits[0].mark.col, hits[0].severity) == (line, col, severity), str(hits[0])
    for d in items:
        _fits(d)
    if severity == "error":
        assert sc is None
    # The example has exactly one problem, so the finding is not lost among others.
    allowed = {code, "unreachable", "unreachable-ending", "no-way-out", "no-ending", "no-guidance", "no-note"}
    assert {d.code for d in items} <= allowed | ({"wrong-type"} if code == "missing-field" else set())


@pytest.mark.parametrize("path", [p for p in SCENARIO_FILES if '"' in _header(p.read_bytes()).get("fix", "")],
                         ids=lambda p: p.stem)
def test_documented_fix_makes_the_example_clean(path):
    raw = path.read_bytes().decode("utf-8", "surrogateescape")
    head = _header(raw.encode("utf-8", "surrogateescape"))
    old, new = (json.loads(s) for s in re.fullmatch(r'(".*") -> (".*")', head["fix"]).groups())
    lines = raw.split("\n")
    n = sum(1 for ln in lines[:4] if re.match(r"# (expect|fix|limits):", ln))
    body = "\n".join(lines[n:])
    assert body.count(old) == 1, f"the fix's old text must occur once in {path.name}"
    fixed = "\n".join(lines[:n]) + "\n" + body.replace(old, new)
    sc, items = _check(fixed.encode("utf-8", "surrogateescape"), str(path), _limits(head.get("limits")))
    assert sc is not None and not items, [str(d) for d in items]


def test_every_code_has_an_example():
    examples = {p.stem for p in SCENARIO_FILES} | set(ELSEWHERE) | set(TWEE_CASES)
    missing = sorted(set(CODES) - examples)
    assert not missing, f"add a broken example for: {missing}"


# Codes whose examples are not a scenario file, tested below.
ELSEWHERE = {"unreadable", "unknown-source", "runtime", "unfindable-source", "missing-basis", "uncited-basis",
             "unknown-red-flag",
             # a course folder's own files: tests/courses/test_course_folder.py breaks a copy of a course for each
             "course-shadows", "course-tag-bundled", "course-order", "course-unordered"}


def test_unreadable(tmp_path):
    _, report = load_scenario(tmp_path / "missing.yaml")
    assert [(d.code, d.mark.line, d.mark.col) for d in report.items] == [("unreadable", 1, 1)]
    diags, _ = validate_all([tmp_path / "missing.yaml"])
    assert diags[0].code == "unreadable"
    for d in report.items + diags:
        _fits(d)


def test_unknown_source_in_catalogue(tmp_path):
    f = tmp_path / "guidance.yaml"
    f.write_text("sources:\n  S1: {title: T, author: A, file: f.txt}\nitems:\n  - id: one\n    title: One\n"
                 "    advice: Do it.\n    example: Like this.\n    sources: [S1, S9]\n    basis: {S1: Says so.}\n"
                 "    applies_to: [disagreement]\n    role: client\n")
    cat, report = parse_catalogue(f)
    assert cat is None
    d = report.items[0]
    assert (d.code, d.mark.line, d.mark.col) == ("unknown-source", 8, 14) and "S9" in d.message
    _fits(d)


CATALOGUE = """sources:
  S1: {title: T, author: A, file: f.txt}
  P1: {title: Book, author: B, year: 2015, published: "New York: Press"}
items:
  - id: one
    title: One
    advice: Do it.
    example: Like this.
    sources: [S1, P1]
    basis: {S1: It says so., P1: It says so too.}
    applies_to: [disagreement]
    role: client
red_flags:
  defensive: one
"""


@pytest.mark.parametrize("old, new, code, line", [
    ('P1: {title: Book, author: B, year: 2015, published: "New York: Press"}', "P1: {title: Book, author: B}",
     "unfindable-source", 3),
    ("basis: {S1: It says so., P1: It says so too.}", "basis: {S1: It says so.}", "missing-basis", 10),
    ("basis: {S1: It says so., P1: It says so too.}", "basis: {S1: a., P1: b., S2: c.}", "uncited-basis", 10),
    ("  defensive: one", "  sulky: one", "unknown-red-flag", 14),
    ("  defensive: one", "  defensive: two", "unknown-guidance", 14),
])
def test_catalogue_sources_must_be_findable_and_their_claims_stated(tmp_path, old, new, code, line):
    f = tmp_path / "guidance.yaml"
    f.write_text(CATALOGUE)
    cat, report = parse_catalogue(f)
    assert cat is not None and not report.items, [str(d) for d in report.items]
    assert cat.flag_guidance("defensive") is cat.get("one") and cat.flag_guidance("vague") is None
    f.write_text(CATALOGUE.replace(old, new))
    cat, report = parse_catalogue(f)
    assert cat is None
    assert [(d.code, d.mark.line) for d in report.items] == [(code, line)], [str(d) for d in report.items]
    _fits(report.items[0])


def test_duplicate_scenario_ids_across_files(tmp_path):
    base = (BROKEN / "unused-variable.yaml").read_text().replace("  asked: false\n", "")
    (tmp_path / "a.yaml").write_text(base)
    (tmp_path / "b.yaml").write_text(base)
    diags, _ = validate_all([tmp_path])
    assert [d.code for d in diags] == ["duplicate-id"]
    _fits(diags[0])


def test_runtime_error_is_found_by_autoplay(tmp_path):
    text = (BROKEN / "unused-variable.yaml").read_text().replace("  asked: false\n", "")
    text = text.replace('      - text: "Fine."', '      - text: "Fine."\n        if: "alliance > \'a\'"')
    f = tmp_path / "runtime.yaml"
    f.write_text(text)
    sc, report = load_scenario(f, set(load_catalogue()))
    assert sc is not None, [str(d) for d in report.items]
    rep = autoplay(sc, runs=3)
    assert rep.errors and "failed" in rep.errors[0].message and rep.errors[0].path == ()
    assert CODES["runtime"].fits(rep.errors[0].message)


# Twee import warnings: `@@` marks where each must point.
TWEE_CASES = {
    "twee-header": ":: Start @@[calm\nHello.\n",
    "twee-before-header": "@@Notes to self\n:: Start\nHello.\n",
    "twee-duplicate": ":: Start\nHi.\n[[Next]]\n:: Next\nOne.\n@@:: Next\nTwo.\n",
    "twee-storydata": ":: StoryData\n@@{\"ifid\": \"X\",}\n:: Start\nHello.\n",
    "twee-start": ":: StoryData\n@@{\"ifid\": \"X\", \"start\": \"Begin\"}\n:: Start\nHello.\n",
    "twee-skipped": "@@:: StoryInit\n<<set $x to 1>><<run alert(1)>>\n:: Start\nHello.\n",
    "twee-macro": ":: Start\nHello. @@(set: $x to (random: 1, 6))\n",
    "twee-macro-link": ":: Start\nHello.\n@@(link-goto: \"Go on\", \"Next\")\n:: Next\nBye.\n",
    "twee-setter": ":: Start\n[[Go on|Next@@][$x to 1]]\n:: Next\nBye.\n",
    "twee-variable": ":: Start\nYou have @@$coins coins.\n",
    "twee-external": ":: Start\nRead @@[[this->https://example.org]].\n",
    "twee-broken-link": ":: Start\nHello.\n@@[[Go on->Nowhere]]\n",
    "twee-no-way-out": "@@:: Start\nAgain.\n[[Start]]\n",
    "twee-braces": ":: Start\nSay @@{{ hello }}.\n",
    "twee-markup": ":: Start\nHello.@@<br>Bye.\n",
    "twee-encoding": None,  # tested in test_twee.py: needs bytes that are not UTF-8
}


@pytest.mark.parametrize("code", [c for c, t in TWEE_CASES.items() if t], ids=str)
def test_twee_warning_is_located(code):
    text = TWEE_CASES[code]
    before = text.split("@@")[0]
    line, col = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
    result = convert(text.replace("@@", ""), "case.twee")
    hits = [d for d in result.warnings if d.code == code]
    assert hits, [str(d) for d in result.warnings]
    assert (hits[0].mark.line, hits[0].mark.col) == (line, col), str(hits[0])
    for d in result.warnings:
        _fits(d)
    sc, report = parse_scenario(result.yaml.encode(), "out.yaml", set(load_catalogue()))
    assert sc is not None, [str(d) for d in report.errors]
