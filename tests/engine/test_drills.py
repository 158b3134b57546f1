"""Deliberate-practice drills: every drill in the library played in plain mode, the engine's reps, sets and safety,
the loader's checks located in the file, the history kept in the store, and the command line."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
import os
from pathlib import Path

import pytest

from rehearse.drillplain import PlainDriller, drill_json, start_drill
from rehearse.engine.load import cache
from rehearse.engine.load.guidance import load_catalogue
from rehearse.engine.load.library import validate_all
from rehearse.engine.load.loader import parse_scenario
from rehearse.engine.play.drill import LEVELS, DrillSession, Paused, RepFeedback, find_drill, library_drills, suggest
from rehearse.store.db import SCHEMA, Store
from rehearse.store.drills import progress, progress_table, record_rep, record_set

ROOT = Path(__file__).resolve().parents[2]
CAT = load_catalogue()
DRILLS = library_drills(None, set(CAT))


def _model(sc, d) -> str:
    """A written reply at the drill's moment that shows its skill."""
    return next(c.text for c in sc.nodes[d.node].choices if d.skill in c.shows)


def test_the_library_has_enough_drills_for_both_roles():
    assert len(DRILLS) >= 12
    assert len({sc.id for sc, _ in DRILLS}) >= 6
    assert {sc.user_role for sc, _ in DRILLS} == {"client", "therapist"}
    ids = [d.id for _, d in DRILLS]
    assert len(ids) == len(set(ids))
    for sc, d in DRILLS:
        g = CAT.get(d.skill)
        assert g is not None and g.role == sc.user_role, d.id
        for level in LEVELS:
            assert d.lines(level), (d.id, level)
            for line in d.lines(level):
                assert line.persona is None or line.persona in sc.personas


@pytest.mark.parametrize("sc,d", DRILLS, ids=[d.id for _, d in DRILLS])
def test_every_drill_plays_in_plain_mode(sc, d, private_home):
    """Three sets, one per level: a skilled reply is credited, a flat one is not, every rep is saved."""
    store = Store(private_home)
    model = _model(sc, d)
    # set 1 (gentle): model, flat; rate 2 -> up. set 2 (moderate): model, flat; rate 5 -> stay, go to challenging.
    # set 3 (challenging): model, flat; rate 9 -> down; then stop.
    feed = [model, "ok", "2", "", model, "ok", "5", "challenging", model, "ok", "9", ":quit"]
    out, inp = io.StringIO(), io.StringIO("\n".join(feed) + "\n")
    code = PlainDriller(start_drill(sc, d, "gentle", seed=7, set_size=2), CAT, store, out, inp).run()
    text = out.getvalue()
    assert code == 0, text
    assert text.count("Showed the skill:") == 3 and text.count("Not yet:") == 3, text
    assert "Suggestion: up (moderate)" in text
    assert "Suggestion: stay (moderate)" in text
    assert "Suggestion: down (moderate)" in text
    for level in LEVELS:
        assert any(f"{sc.app_name}: {line.text}" in text for line in d.lines(level)), (level, text)
    assert "Traceback" not in text
    reps = store.db.execute("SELECT level, showed, reply FROM drill_reps WHERE drill=?", (d.id,)).fetchall()
    assert reps == [("gentle", 1, model), ("gentle", 0, "ok"), ("moderate", 1, model), ("moderate", 0, "ok"),
                    ("challenging", 1, model), ("challenging", 0, "ok")]
    sets = store.db.execute("SELECT level, rating, move FROM drill_sets WHERE drill=?", (d.id,)).fetchall()
    assert sets == [("gentle", 2, "up"), ("moderate", 5, "stay"), ("challenging", 9, "down")]


def test_a_moment_shows_the_lines_before_it_and_varies_the_wording():
    sc, d = find_drill("ask-about-limits", DRILLS)
    ds = DrillSession(sc, d, "moderate", seed=1, set_size=4)
    seen = []
    for _ in range(4):
        m = ds.moment()
        assert m.before and m.before[-1].node != d.node  # the way there, not the moment's own line
        assert m.hard_line in [line.text for line in d.lines("moderate")]
        seen.append(m.hard_line)
        ds.answer("could you tell me what the limits are?")
    assert len(set(seen)) == 2 and all(a != b for a, b in zip(seen, seen[1:]))
    assert ds.set_done
    with pytest.raises(ValueError):
        ds.answer("one more")


def test_feedback_uses_the_detectors_and_the_hearing():
    sc, d = find_drill("ask-about-the-link", DRILLS)
    ds = DrillSession(sc, d, seed=0)
    fb = ds.answer("Why do you think it's about my dad?")
    assert isinstance(fb, RepFeedback) and fb.showed_skill
    assert any("ask_for_clarification" in ids for _, ids in fb.detected)
    flat = ds.answer("Yeah, maybe. You're probably right.")
    assert not flat.showed_skill and flat.heard_as is not None
    assert "ask_for_clarification" in flat.misses
    brushed = ds.answer("whatever, suit yourself")
    assert brushed.dismissive and not brushed.showed_skill


def test_crisis_words_pause_and_are_not_scored(private_home):
    sc, d = find_drill("homework-guilt", DRILLS)
    ds = DrillSession(sc, d)
    result = ds.answer("honestly I want to kill myself")
    assert isinstance(result, Paused) and result.tier == 1 and ds.reps == []
    store = Store(private_home)
    out = io.StringIO()
    PlainDriller(DrillSession(sc, d), CAT, store, out, io.StringIO("I want to end my life\n:quit\n")).run()
    text = out.getvalue()
    assert "Let's pause the rehearsal" in text and ("Samaritans" in text or "988" in text)
    assert store.db.execute("SELECT COUNT(*) FROM drill_reps").fetchone() == (0,)


@pytest.mark.parametrize("rating,level,move,to", [
    (0, "gentle", "up", "moderate"), (3, "moderate", "up", "challenging"), (4, "moderate", "stay", "moderate"),
    (7, "gentle", "stay", "gentle"), (8, "challenging", "down", "moderate"), (10, "moderate", "down", "gentle"),
    (2, "challenging", "stay", "challenging"), (9, "gentle", "stay", "gentle")])
def test_how_hard_it_felt_suggests_a_level(rating, level, move, to):
    s = suggest(rating, level)
    assert (s.move, s.level) == (move, to)


def test_a_rating_off_the_scale_is_refused():
    with pytest.raises(ValueError):
        suggest(11, "gentle")


def test_drills_survive_the_cache():
    sc, _ = DRILLS[0]
    back = cache._decode(json.loads(json.dumps(cache._encode(sc))), sc.path)
    assert back.drills == sc.drills and back.drills


# -- the loader's checks, located --------------------------------------------------------------------------------

HEAD = (ROOT / "tests" / "authoring" / "broken" / "drill-node.yaml").read_text().split("drills:")[0]


def _diags(drills_yaml: str):
    body = "\n".join(ln for ln in HEAD.splitlines() if not ln.startswith("# ")) + "\ndrills:\n" + drills_yaml
    sc, report = parse_scenario(body.encode(), "x.yaml", set(CAT))
    return sc, [(d.mark.line, d.mark.col, d.code) for d in report.items if d.code not in ("no-note", "no-guidance")]


def _line_of(text: str, needle: str) -> int:
    body = "\n".join(ln for ln in HEAD.splitlines() if not ln.startswith("# ")) + "\ndrills:\n" + text
    return next(i for i, ln in enumerate(body.splitlines(), 1) if needle in ln)


def test_a_missing_level_is_reported_where_the_levels_are():
    yaml = ("  - id: say-it\n    node: opening\n    skill: use_i_statement\n    levels:\n"
            "      gentle: [\"Hi.\"]\n      moderate: [\"So?\"]\n")
    sc, diags = _diags(yaml)
    assert sc is None
    assert diags == [(_line_of(yaml, "gentle:"), 7, "missing-field")]


def test_an_unknown_skill_and_persona_and_a_repeated_id_are_located():
    yaml = ("  - id: say-it\n    node: opening\n    skill: use_i_statment\n    levels:\n"
            "      gentle: [{text: \"Hi.\", persona: kindd}]\n      moderate: [\"So?\"]\n"
            "      challenging: [\"Now.\"]\n"
            "  - id: say-it\n    node: opening\n    skill: use_i_statement\n    levels:\n"
            "      gentle: [\"Hi.\"]\n      moderate: [\"So?\"]\n      challenging: [\"Now.\"]\n")
    sc, diags = _diags(yaml)
    assert sc is None
    codes = {code: (line, col) for line, col, code in diags}
    assert codes["unknown-guidance"] == (_line_of(yaml, "use_i_statment"), 12)
    assert codes["unknown-persona"][0] == _line_of(yaml, "kindd")
    second = [i for i, ln in enumerate(yaml.splitlines()) if "- id: say-it" in ln][1]
    assert codes["duplicate-id"] == (_line_of(yaml, "- id: say-it") + second, 9)


def test_a_drill_id_used_twice_in_the_library_is_an_error(tmp_path):
    src = (ROOT / "tests" / "authoring" / "broken" / "drill-node.yaml").read_text()
    src = src.replace("node: openin\n", "node: opening\n")
    (tmp_path / "a.yaml").write_text(src)
    (tmp_path / "b.yaml").write_text(src.replace("id: broken-example", "id: other-example"))
    diags, loaded = validate_all([str(tmp_path)], set(CAT))
    assert len(loaded) == 2
    assert [d.code for d in diags if d.severity == "error"] == ["duplicate-id"]


# -- history -------------------------------------------------------------------------------------------------------

def test_an_old_history_database_takes_the_migration(private_home):
    private_home.mkdir(parents=True, exist_ok=True)
    db = private_home / "history.sqlite3"
    con = sqlite3.connect(db)
    con.executescript(SCHEMA)
    con.execute("INSERT INTO sessions (id, scenario, title, persona, seed, hash, started, updated) "
                "VALUES ('old', 'not-heard', 'T', 'receptive', 1, 'h', 1, 1)")
    con.commit()
    con.close()
    store = Store(private_home)
    assert store.db.execute("PRAGMA user_version").fetchone() == (1,)
    assert [s.id for s in store.sessions()] == ["old"]
    assert store.db.execute("SELECT COUNT(*) FROM drill_reps").fetchone() == (0,)
    store.close()
    assert Store(private_home).db.execute("PRAGMA user_version").fetchone() == (1,)  # a second open changes nothing


def test_progress_per_skill_and_day(private_home):
    store = Store(private_home)
    sc, d = find_drill("ask-about-the-link", DRILLS)
    ds = DrillSession(sc, d, "moderate")
    good, flat = ds.answer("why do you link it to my dad?"), ds.answer("fine")
    day1, day2 = 1_780_000_000.0, 1_780_000_000.0 + 2 * 86400
    record_rep(store, sc.id, d, good, at=day1)
    record_rep(store, sc.id, d, flat, at=day1)
    record_rep(store, sc.id, d, good, at=day2)
    record_set(store, d, "moderate", suggest(4, "moderate"), at=day1)
    record_set(store, d, "moderate", suggest(6, "moderate"), at=day1)
    rows = progress(store)
    assert [(r.skill, r.reps, r.showed, r.level, r.felt) for r in rows] == [
        ("ask_for_clarification", 2, 1, "moderate", 5.0), ("ask_for_clarification", 1, 1, "moderate", None)]
    assert rows[0].day < rows[1].day
    table = progress_table(rows, lambda g: CAT.get(g).title).splitlines()
    assert table[0].split()[:3] == ["Skill", "Day", "Reps"]
    assert "1/2" in table[1] and table[1].rstrip().endswith("5") and table[2].rstrip().endswith("-")
    assert progress_table([]).startswith("No drills practised yet")


# -- the command line ------------------------------------------------------------------------------------------------

def _cli(*args, stdin="", home=None):
    env = {**os.environ, "REHEARSE_HOME": str(home)} if home else dict(os.environ)
    return subprocess.run([sys.executable, "-m", "rehearse", "drill", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, env=env)


def test_drill_list_json_lists_every_drill(private_home):
    out = _cli("--list", "--json", home=private_home)
    assert out.returncode == 0, out.stderr
    listed = json.loads(out.stdout)
    assert listed == [drill_json(sc, d, CAT) for sc, d in DRILLS]
    assert {"id", "scenario", "skill", "levels"} <= set(listed[0]) and listed[0]["levels"] == list(LEVELS)


def test_drill_plain_from_the_command_line_then_progress(private_home):
    out = _cli("ask-about-the-link", "--plain", "--reps", "1", "--seed", "2",
               stdin="can I ask why you link it to my dad?\n4\n:quit\n", home=private_home)
    assert out.returncode == 0, out.stderr
    assert "Showed the skill: Ask what it's for." in out.stdout and "Suggestion: stay (gentle)" in out.stdout
    prog = _cli("--progress", home=private_home)
    assert "Ask what it's for" in prog.stdout and "1/1" in prog.stdout
    assert _cli("no-such-drill", "--plain", home=private_home).returncode == 2


def test_the_way_to_the_moment_keeps_the_persona_of_the_hard_line():
    import dataclasses

    from rehearse.engine.model import Shift
    from rehearse.engine.play.drill import _find_way
    from rehearse.engine.play.runner import Session

    sc, d = find_drill("ask-about-limits", DRILLS)
    every = frozenset(sc.nodes)
    shifty = dataclasses.replace(sc, shifts=(Shift("vague", "open", every, 1.0, "always"),))
    assert Session(shifty, "vague").persona == "open"  # a run would change manner at once
    plain_way = _find_way(sc, d.node, "vague")
    assert plain_way and _find_way(shifty, d.node, "vague") == plain_way


def test_close_to_written_replies_that_all_show_the_skill_counts():
    sc, d = find_drill("own-the-assumption", DRILLS)
    fb = DrillSession(sc, d, "moderate").answer("I assumed something about your family that wasn't fair. How did that "
                                               "land?")
    assert fb.outcome == "offer" and len(fb.close) > 1
    assert all(d.skill in c.shows for c in fb.close) and fb.showed_skill
