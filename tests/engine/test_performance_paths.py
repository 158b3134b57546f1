"""The fast paths of issue 7 give the same answers as the slow ones, and the checked-model cache is safe.

Nothing here is timed: `scripts/bench.py` measures speed. These tests pin behaviour: the generated benchmark file
is a clean scenario; the cache rebuilds an equal model with the same warnings and refuses anything it did not
write; and each shortcut (the compiled structure check, the alias-free YAML builder, the expression reader, the
matcher's single normalisation) agrees with the code it stands in for.
"""

from __future__ import annotations

import json
import math
import os
import random
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from rehearse.engine import expr
from rehearse.engine.load import cache, checker, spec, yamlevents, yamlsrc
from rehearse.engine.diagnostics import Report
from rehearse.engine.load.loader import load_scenario
from tests.conftest import DATA, ROOT

GEN = ROOT / "scripts" / "gen_scenario.py"
LIBRARY = sorted(p for p in (ROOT / "scenarios").glob("*.yaml") if p.name != "guidance.yaml")


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "generated.yaml"
    subprocess.run([sys.executable, str(GEN), "--nodes", "400", "--seed", "7", "-o", str(out)], check=True)
    return out


@pytest.fixture(scope="module")
def guidance_ids():
    from rehearse.engine.load.guidance import load_catalogue

    return set(load_catalogue())


# -- the generator -----------------------------------------------------------------------------------------------
def test_generated_scenario_validates_clean(generated, capsys):
    from rehearse.cli import main

    assert main(["validate", "--strict", str(generated)]) == 0, capsys.readouterr()
    out = capsys.readouterr()
    assert "0 error(s), 0 warning(s)" in out.err


def test_generated_scenario_has_the_mix_of_a_real_one(generated, guidance_ids):
    sc, report = load_scenario(generated, guidance_ids)
    assert sc is not None and not report.items
    nodes = list(sc.nodes.values())
    assert len(nodes) == 400
    with_choices = [n for n in nodes if n.choices]
    assert all(2 <= len(n.choices) <= 4 for n in with_choices)
    assert 0.3 < len(with_choices) / len(nodes) < 0.7
    assert {n.ending.outcome for n in nodes if n.ending} == {"good", "mixed", "poor"}
    assert any(v.personas for n in nodes for v in n.variants)
    assert any(v.red_flag for n in nodes for v in n.variants)
    assert any(c.cond for n in nodes for c in n.choices)
    assert any(expr.is_template(v.text) for n in nodes for v in n.variants)
    assert any(c.examples for n in nodes for c in n.choices)
    assert any(c.effects for n in nodes for c in n.choices)
    assert all(g in guidance_ids for n in nodes for c in n.choices for g in (*c.shows, *c.misses))


def test_generator_is_deterministic(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for f in (a, b):
        subprocess.run([sys.executable, str(GEN), "--nodes", "50", "--seed", "3", "-o", str(f)], check=True)
    assert a.read_bytes() == b.read_bytes()


# -- the cache ---------------------------------------------------------------------------------------------------
def _entry_files(home: Path) -> list[Path]:
    return sorted((home / "cache").glob("*.scenario.json"))


@pytest.fixture
def warned(tmp_path) -> Path:
    """A clean scenario with warnings (a choice without a note), which must survive a cache hit."""
    text = (DATA / "mini.yaml").read_text(encoding="utf-8").replace("        note: Nothing changes.\n", "")
    f = tmp_path / "warned.yaml"
    f.write_text(text, encoding="utf-8")
    return f


def test_cache_round_trips_to_an_equal_model_with_its_warnings(warned, private_home, guidance_ids):
    first, r1 = load_scenario(warned, guidance_ids)
    assert first is not None and [d.code for d in r1.items] == ["no-note"]
    files = _entry_files(private_home)
    assert len(files) == 1
    hit = cache.get(warned.read_bytes(), str(warned), guidance_ids, yamlsrc.Limits(), warned.parent / "shared")
    assert hit is not None, "the second load should come from the cache"
    second, r2 = load_scenario(warned, guidance_ids)
    assert second == first
    assert r2.items == r1.items  # warnings are reported on a hit too
    assert [str(d) for d in r2.items] == [str(d) for d in r1.items]
    # the folder is private, and so is each entry
    if os.name == "posix":
        assert stat.S_IMODE((private_home / "cache").stat().st_mode) == 0o700
        assert stat.S_IMODE(files[0].stat().st_mode) == 0o600


def test_cache_is_keyed_by_what_the_check_depended_on(warned, private_home, guidance_ids):
    load_scenario(warned, guidance_ids)
    sc, report = load_scenario(warned, guidance_ids - {"use_i_statement"})  # a different catalogue: checked again
    assert sc is None and any(d.code == "unknown-guidance" for d in report.items)
    warned.write_text(warned.read_text() + "\n# edited\n")
    assert cache.get(warned.read_bytes(), str(warned), guidance_ids, yamlsrc.Limits(), warned.parent / "shared") is None


def test_cached_model_plays_like_the_fresh_one(private_home, guidance_ids):
    from rehearse.engine.play.runner import start

    path = LIBRARY[0]
    fresh, _ = load_scenario(path, guidance_ids)
    cached, _ = load_scenario(path, guidance_ids)
    assert cached == fresh
    for persona in fresh.personas:
        a, b = start(fresh, persona, 1), start(cached, persona, 1)
        while not a.finished:
            assert a.turn() == b.turn()
            a.choose(1)
            b.choose(1)
        assert a.transcript == b.transcript


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "json-without-mac", "planted-valid-mac"])
def test_corrupt_or_planted_cache_entries_are_ignored(warned, private_home, guidance_ids, damage):
    first, r1 = load_scenario(warned, guidance_ids)
    entry = _entry_files(private_home)[0]
    blob = entry.read_bytes()
    _mac, _, body = blob.partition(b"\n")
    if damage == "garbage":
        entry.write_bytes(os.urandom(300))
    elif damage == "truncated":
        entry.write_bytes(blob[: len(blob) // 2])
    elif damage == "flipped":
        i = len(blob) // 2
        entry.write_bytes(blob[:i] + bytes([blob[i] ^ 1]) + blob[i + 1:])
    elif damage == "json-without-mac":
        entry.write_bytes(body)
    else:
        # Someone with the key (the same user) plants an entry whose goto leads nowhere: decoding refuses it.
        import hashlib
        import hmac

        data = json.loads(body)
        data["scenario"]["nodes"][0][2][0][2][0][0] = "nowhere"
        new = json.dumps(data).encode()
        key = (private_home / "cache" / "hmac.key").read_bytes()
        entry.write_bytes(hmac.new(key, data["key"].encode() + b"\n" + new, hashlib.sha256).hexdigest().encode()
                          + b"\n" + new)
    assert cache.get(warned.read_bytes(), str(warned), guidance_ids, yamlsrc.Limits(), warned.parent / "shared") is None
    again, r2 = load_scenario(warned, guidance_ids)  # a miss: checked afresh, same answer
    assert again == first and r2.items == r1.items


@pytest.mark.skipif(os.name != "posix", reason="symlinks and modes")
def test_cache_refuses_a_symlinked_entry_and_a_foreign_folder(warned, private_home, guidance_ids, tmp_path):
    load_scenario(warned, guidance_ids)
    entry = _entry_files(private_home)[0]
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(entry.read_bytes())
    entry.unlink()
    entry.symlink_to(elsewhere)
    assert cache.get(warned.read_bytes(), str(warned), guidance_ids, yamlsrc.Limits(), warned.parent / "shared") is None
    # a loose folder is tightened before use
    os.chmod(private_home / "cache", 0o755)
    load_scenario(warned, guidance_ids)
    assert stat.S_IMODE((private_home / "cache").stat().st_mode) == 0o700


def test_cache_never_unpickles():
    from rehearse.engine.load import signed

    for mod in (cache, signed):
        source = Path(mod.__file__).read_text()
        assert "pickle" not in source.replace("never pickle", "").replace("Never pickle", "")
        assert "marshal" not in source.replace("never pickle or\nmarshal", "").replace("pickle or marshal", "")
        assert "eval(" not in source and "import pickle" not in source


def test_cache_can_be_turned_off(warned, private_home, guidance_ids, monkeypatch):
    monkeypatch.setenv("REHEARSE_NO_CACHE", "1")
    load_scenario(warned, guidance_ids)
    assert not _entry_files(private_home)


def test_cache_checks_included_pieces(tmp_path, private_home):
    """A shared piece is part of what was checked: editing it must make the cached model stale."""
    import shutil

    text = (DATA / "mini.yaml").read_text().replace("start: open", "include: [step-out]\nstart: open")
    text = text.replace('      - text: "Fine."',
                        '      - text: "I\'d like to stop here."\n        goto: step_out\n'
                        '        shows: [repair_is_optional]\n        note: Stopping is allowed.\n'
                        '      - text: "Fine."')
    shutil.copytree(ROOT / "scenarios" / "shared", tmp_path / "shared")
    f = tmp_path / "withshared.yaml"
    f.write_text(text)
    first, r1 = load_scenario(f, None)
    assert first is not None, [str(d) for d in r1.items]
    assert "step_out" in first.nodes
    second, r2 = load_scenario(f, None)
    assert second == first and r2.items == r1.items
    assert cache.get(f.read_bytes(), str(f), None, yamlsrc.Limits(), tmp_path / "shared") is not None
    piece = tmp_path / "shared" / "step-out.yaml"
    piece.write_text(piece.read_text().replace("Stepped out to come back later", "Stepped out"))
    assert cache.get(f.read_bytes(), str(f), None, yamlsrc.Limits(), tmp_path / "shared") is None
    third, _ = load_scenario(f, None)
    assert third.nodes["step_out"].ending.label == "Stepped out"


# -- the compiled structure check ---------------------------------------------------------------------------------
def _mutations(tree, rng: random.Random, n: int):
    """Copies of a YAML tree with one random change each: a key dropped or added, a value of another type."""
    import copy

    paths = []

    def walk(v, path):
        paths.append(path)
        if isinstance(v, dict):
            for k in v:
                walk(v[k], path + [k])
        elif isinstance(v, list):
            for i, x in enumerate(v):
                walk(x, path + [i])

    walk(tree, [])
    odd = [None, True, 3, 2.5, "text", "Bad Id!", "", "list", "map"]
    for _ in range(n):
        t = copy.deepcopy(tree)
        path = rng.choice(paths[1:])
        parent = t
        for p in path[:-1]:
            parent = parent[p]
        last = path[-1]
        roll = rng.random()
        if roll < 0.3 and isinstance(parent, dict):
            del parent[last]
        elif roll < 0.45 and isinstance(parent, dict):
            parent["unknwon"] = "x"
            parent.key_marks["unknwon"] = parent.value_marks["unknwon"] = parent.mark
        else:
            new = rng.choice(odd)
            if new == "list":
                new = yamlsrc.YList()
                new.mark, new.item_marks = parent.mark, []
            elif new == "map":
                new = yamlsrc.YMap()
                new.mark, new.key_marks, new.value_marks = parent.mark, {}, {}
            parent[last] = new
        yield t


def _deepcopy_ymap(self, memo):
    import copy

    out = type(self)()
    for k, v in self.items():
        out[k] = copy.deepcopy(v, memo)
    out.mark, out.key_marks, out.value_marks = self.mark, dict(self.key_marks), dict(self.value_marks)
    return out


def _deepcopy_ylist(self, memo):
    import copy

    out = type(self)(copy.deepcopy(x, memo) for x in self)
    out.mark, out.item_marks = self.mark, list(self.item_marks)
    return out


@pytest.mark.parametrize("path", [DATA / "mini.yaml", *LIBRARY[:4]], ids=lambda p: p.stem)
def test_compiled_check_agrees_with_the_reporting_check(path, monkeypatch):
    monkeypatch.setattr(yamlsrc.YMap, "__deepcopy__", _deepcopy_ymap, raising=False)
    monkeypatch.setattr(yamlsrc.YList, "__deepcopy__", _deepcopy_ylist, raising=False)
    tree = yamlsrc.read_yaml(path.read_bytes(), Report(str(path)))
    rng = random.Random(path.name)
    fits = checker._compiled(spec.SCENARIO)
    for t in [tree, *_mutations(tree, rng, 150)]:
        r = Report("x")
        slow = checker._check(t, spec.SCENARIO, t.mark, r, "")
        assert fits(t) == (slow and not r.items)
        r2 = Report("x")
        assert checker.check(t, spec.SCENARIO, t.mark, r2, "") == slow and r2.items == r.items


# -- reading a file twice --------------------------------------------------------------------------------------
def _same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, yamlsrc.YMap):
        return (list(a) == list(b) and a.mark == b.mark and a.key_marks == b.key_marks
                and a.value_marks == b.value_marks and all(_same(a[k], b[k]) for k in a))
    if isinstance(a, yamlsrc.YList):
        return a.mark == b.mark and a.item_marks == b.item_marks and len(a) == len(b) and all(map(_same, a, b))
    return a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))


def test_reused_parse_gives_the_same_tree_and_diagnostics_within_limits():
    raw = b"a: 1\na: 2\nb: [x]\n"
    r0 = Report("x")
    plain = yamlsrc.read_yaml(raw, r0)
    with yamlsrc.reuse_parses():
        r1, r2, r3 = Report("x"), Report("y"), Report("z")
        first = yamlsrc.read_yaml(raw, r1)
        again = yamlsrc.read_yaml(bytes(raw), r2)
        assert again is first and _same(first, plain)
        assert [(d.code, d.mark, d.message) for d in r2.items] == [(d.code, d.mark, d.message) for d in r0.items]
        assert all(d.path == "y" for d in r2.items)
        assert yamlsrc.read_yaml(raw, r3, yamlsrc.Limits(max_bytes=5)) is None  # tighter limits: read again
        assert r3.items[0].code == "file-too-large"
    assert yamlsrc._MEMO is None


# -- matching ------------------------------------------------------------------------------------------------------
def test_matcher_features_are_textnorms_stems_and_the_padded_trigrams(guidance_ids):
    from rehearse.engine.hearing import matching
    from rehearse.engine.textnorm import content_stems, normalise

    def trigrams(text):  # the plain definition the token-by-token build must equal
        t = f"  {' '.join(normalise(text).split())} "
        return {t[i:i + 3] for i in range(len(t) - 2)}

    texts = ["I don't think that's right", "Café, naïve — “quotes” can't won't", "", "   ", "IDK tbh u know",
             "'m 'd x", "a b c", "cant\tdidnt  ur   pls", "e\u0301 \u0301 ok"]
    for path in LIBRARY:
        sc, _ = load_scenario(path, guidance_ids)
        texts += [p for n in sc.nodes.values() for c in n.choices for p in (c.text, *c.examples)]
    for t in texts:
        stems, grams = matching._features(t)
        assert stems == content_stems(t), t
        assert grams == trigrams(t), t


# -- the teaching lint's shared persona edges ----------------------------------------------------------------------
def _persona_findings_by_definition(sc) -> set:
    """persona-stuck and persona-trap worked out the plain way: every persona's whole edge map, searched both ways."""
    from rehearse.engine.load.lint import persona_edges

    def reach(edges, start):  # a plain search of its own, not the one under test
        seen, todo = {start}, [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    endings = {nid for nid, n in sc.nodes.items() if n.ending}
    found = set()
    for persona in sc.personas:
        edges = persona_edges(sc, persona)
        seen = reach(edges, sc.start)
        if not seen & endings:
            found.add(("stuck", persona, None))
            continue
        back = {nid: {a for a, bs in edges.items() if nid in bs} for nid in edges}
        can_end = set().union(*(reach(back, e) for e in endings))
        found |= {("trap", persona, nid) for nid in seen - can_end}
    return found


def _rewired(sc, rng: random.Random):
    """The scenario with some gotos and choices re-pointed or guarded by persona, so that some personas get stuck."""
    import dataclasses

    ids, personas = list(sc.nodes), list(sc.personas)
    guards = [None, None, frozenset(rng.sample(personas, 1)), f"persona == '{rng.choice(personas)}'",
              f"persona != '{rng.choice(personas)}' and trust > 1", "trust > 2"]

    def target(t):
        r = rng.random()
        if r < 0.25:
            return dataclasses.replace(t, node=rng.choice(ids))
        if r < 0.5:
            g = rng.choice(guards)
            return dataclasses.replace(t, personas=g, cond=None) if isinstance(g, frozenset) else \
                dataclasses.replace(t, personas=None, cond=g)
        return t

    nodes = {}
    for nid, n in sc.nodes.items():
        choices = tuple(dataclasses.replace(c, targets=tuple(map(target, c.targets)),
                                            cond=rng.choice([c.cond, c.cond, f"persona == '{rng.choice(personas)}'"]))
                        for c in n.choices)
        nodes[nid] = dataclasses.replace(n, choices=choices, targets=tuple(map(target, n.targets)))
    return dataclasses.replace(sc, nodes=nodes)


def test_lint_persona_findings_match_the_plain_definition(generated, guidance_ids):
    from rehearse.engine.load.lint import teaching_lint

    base, _ = load_scenario(generated, guidance_ids)
    total = set()
    for seed in range(8):
        sc = _rewired(base, random.Random(seed))
        found = set()
        for d in teaching_lint(sc):
            if d.code == "persona-stuck":
                found.add(("stuck", d.message.split("'")[1], None))
            elif d.code == "persona-trap":
                words = d.message.split("'")
                found.add(("trap", words[1], words[3]))
        assert found == _persona_findings_by_definition(sc), seed
        total |= {(seed, *f) for f in found}
    assert {kind for _, kind, _, _ in total} == {"stuck", "trap"}  # the rewiring made both kinds to compare


# -- reading straight from libyaml's events ------------------------------------------------------------------------
def _read_both_ways(text: str, monkeypatch, limits: yamlsrc.Limits | None = None):
    """read_yaml of `text` as it runs, and with the event reader turned off (the composer path alone)."""
    limits = limits or yamlsrc.Limits()
    fast_report, slow_report = Report("x"), Report("x")
    fast = yamlsrc.read_yaml(text.encode("utf-8"), fast_report, limits)
    with monkeypatch.context() as m:
        m.setattr(yamlevents, "tree_from_events", lambda data, limits: yamlevents.FALLBACK)
        slow = yamlsrc.read_yaml(text.encode("utf-8"), slow_report, limits)
    return (fast, fast_report.items), (slow, slow_report.items)


@pytest.mark.parametrize("path", [DATA / "mini.yaml", *LIBRARY, ROOT / "scenarios" / "guidance.yaml"],
                         ids=lambda p: p.stem)
def test_event_reader_builds_the_composers_tree(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    assert yamlevents.tree_from_events(text, yamlsrc.Limits()) is not yamlevents.FALLBACK  # the fast path is taken
    (fast, fast_items), (slow, slow_items) = _read_both_ways(text, monkeypatch)
    assert _same(fast, slow) and fast_items == slow_items


@pytest.mark.parametrize("text", [
    "a: 1\nb: !!str 2\nc: [x, {d: e}]\n1: one\n~: none\ntrue: yes\n",
    "a: 1\na: 2\n", "<<: {a: 1}\nb: 2\n", "? [a]\n: b\nc: !custom x\n", "a: !!set {x, y}\nb: !!omap [a: 1]\n",
    "x: .inf\ny: -.Inf\nz: .nan\nw: 0o17\nv: 017\nu: 0x1f\nt: 1_000\ns: 2001-12-14\nr: ''\nq: 'true'\np: ! 12\n",
    "", "~\n", "---\n", "a: 1\n---\nb: 2\n", "- a\n- b: [1, 2]\n  c: {}\n", "a: &x 1\nb: 2\n", "a: *x\n",
    "a: [1, 2\n", "a: b: c\n", "a:\n\t- b\n", "'unclosed: x\n",
    "".join("  " * i + f"k{i}:\n" for i in range(45)) + "  " * 45 + "leaf: 1\n",
    "".join("  " * i + f"k{i}:\n" for i in range(40)) + "  " * 40 + "leaf: 1\n",
])
def test_event_reader_reports_like_the_composer(text, monkeypatch):
    (fast, fast_items), (slow, slow_items) = _read_both_ways(text, monkeypatch)
    assert _same(fast, slow) and fast_items == slow_items


def test_event_reader_leaves_nesting_deeper_than_recursion_to_the_composer(monkeypatch):
    text = "".join("  " * i + f"k{i}:\n" for i in range(1500)) + "  " * 1500 + "leaf: 1\n"
    limits = yamlsrc.Limits(max_depth=3000, max_bytes=10**8)
    assert yamlevents.tree_from_events(text, limits) is yamlevents.FALLBACK
    (fast, fast_items), (slow, slow_items) = _read_both_ways(text, monkeypatch, limits)
    assert _same(fast, slow) and fast_items == slow_items


def test_event_reader_agrees_on_damaged_files(monkeypatch):
    rng = random.Random(11)
    pieces = ["&a ", "*a ", "!!int ", "!x ", "\t", "---\n", "...\n", "  ", "- ", ": ", "'", '"', "[", "{", "}", "]",
              "#", "? ", "<<: ", "~", "1", "true ", "\n"]
    originals = [p.read_text(encoding="utf-8") for p in (DATA / "mini.yaml", *LIBRARY[:3])]
    taken = fell_back = 0
    for i in range(300):
        text = originals[i % len(originals)]
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(text))
            if rng.random() < 0.3:
                text = text[:at] + text[at + rng.randint(1, 8):]
            else:
                text = text[:at] + rng.choice(pieces) + text[at:]
        (fast, fast_items), (slow, slow_items) = _read_both_ways(text, monkeypatch)
        assert _same(fast, slow) and fast_items == slow_items, text
        if "&" not in text or "*" not in text:
            if yamlevents.tree_from_events(text, yamlsrc.Limits()) is yamlevents.FALLBACK:
                fell_back += 1
            else:
                taken += 1
    assert taken > 30 and fell_back > 30  # both paths were compared, not just one
