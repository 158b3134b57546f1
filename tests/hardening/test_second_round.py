"""Issue 15 (hardening, second round): one regression test or more per item, each failing before its repair."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINI = (ROOT / "tests" / "data" / "mini.yaml").read_text()
RAW_CONTROLS = ("\x1b", "\x07", "\u202e", "\x9b")


def rehearse(home: Path, *args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command in a child process, as a person at a terminal would."""
    full = {**os.environ, "REHEARSE_HOME": str(home), **(env or {})}
    return subprocess.run([sys.executable, "-m", "rehearse", *args], input=stdin, capture_output=True, text=True,
                          timeout=120, env=full)


# -- 3. escape sequences and bidi overrides from a scenario file never reach the terminal ------------------------
def _evil(tmp_path: Path, bad_persona: bool = False) -> Path:
    text = MINI.replace("title: A small test scenario", 'title: "Evil \\e]0;pwned\\a title \\u202eesrever \\x9b2J"')
    text = text.replace("label: Heard}", 'label: "Heard \\e[2J\\u202e"}')
    if bad_persona:
        text = text.replace("  kind: {description: Listens.}",
                            '  kind: {description: Listens.}\n  "k\\e[31mred\\u202e": {description: Odd.}')
    folder = tmp_path / ("bad" if bad_persona else "evil")
    folder.mkdir()
    (folder / "evil.yaml").write_text(text)
    return folder / "evil.yaml"


def _clean(out: subprocess.CompletedProcess) -> None:
    both = out.stdout + out.stderr
    assert not any(c in both for c in RAW_CONTROLS), repr(both[:400])
    assert "Traceback" not in both


def test_scenario_text_is_neutralised_in_every_command(tmp_path, private_home):
    evil = _evil(tmp_path)
    for args in (["list", str(evil.parent)], ["list", "--json", str(evil.parent)], ["validate", str(evil)],
                 ["graph", str(evil)], ["autoplay", str(evil), "--runs", "3"]):
        out = rehearse(private_home, *args)
        _clean(out)
        assert (out.stdout + out.stderr).strip(), args
    played = rehearse(private_home, "play", str(evil), "--plain", "--persona", "kind", stdin="1\n1\n")
    _clean(played)
    history = rehearse(private_home, "history")
    _clean(history)
    assert "Heard \ufffd[2J\ufffd" in history.stdout


def test_validate_neutralises_echoed_keys_ids_and_personas(tmp_path, private_home):
    out = rehearse(private_home, "validate", str(_evil(tmp_path, bad_persona=True)))
    _clean(out)
    assert "k\ufffd[31mred\ufffd" in out.stdout


async def test_the_title_bar_neutralises_a_scenario_title():
    from textual.app import App

    from rehearse.tui.widgets.titlebar import TitleBar

    class One(App):
        def compose(self):
            yield TitleBar()

    app = One()
    async with app.run_test() as pilot:
        app.screen.sub_title = "Evil \x1b]0;pwned\x07 \u202etitle"
        await pilot.pause()
        shown = str(app.query_one(TitleBar).render())
    assert "Evil" in shown and not any(c in shown for c in RAW_CONTROLS)


# -- 4. forget deletes everything rehearse keeps --------------------------------------------------------------------
def test_forget_deletes_exports_the_welcome_marker_and_the_cache(mini, private_home):
    from rehearse.engine.load.guidance import load_catalogue
    from rehearse.engine.play.runner import start
    from rehearse.store.db import Store
    from rehearse.store.recorder import Recorder
    from rehearse.tui.context import AppContext

    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    rec.choose(1)
    ctx = AppContext(store=store, data_dir=private_home, _catalogue=load_catalogue())
    exported = ctx.export(rec)
    ctx.mark_welcome_seen()
    assert exported.exists() and ctx.welcome_seen()
    store.close()
    unrelated = private_home / "notes.txt"  # a REHEARSE_HOME may hold things that are not rehearse's
    unrelated.write_text("mine")
    out = rehearse(private_home, "forget", "--yes")
    assert out.returncode == 0 and "1 saved session(s), 1 export(s)" in out.stdout
    assert "export -o" in out.stdout  # says plainly what it cannot delete
    assert sorted(p.name for p in private_home.rglob("*")) == ["notes.txt"]


def test_a_reply_taken_back_is_deleted_from_the_database(mini, private_home):
    from rehearse.engine.play.runner import start
    from rehearse.store.db import DB_NAME, Store
    from rehearse.store.recorder import Recorder
    from rehearse.store.resume import resume_session

    store = Store(private_home)
    rec = Recorder(start(mini, "kind"), store)
    rec.say("my secret phrase zebracorn, i didn't feel listened to")
    assert rec.session.decisions
    rec.take_back()
    rec.choose(2)
    from rehearse.engine.play.events import to_json

    assert all("zebracorn" not in json.dumps(to_json(e)) for e in store.events(rec.sid))
    store.close()
    for suffix in ("", "-wal"):
        f = private_home / (DB_NAME + suffix)
        assert not f.exists() or b"zebracorn" not in f.read_bytes(), suffix
    again, _ = resume_session(Store(private_home), rec.sid, None)
    assert again is not None and again.session.turn() == rec.session.turn()
    assert len(again.session.decisions) == 1


# -- 5. include never reads outside the shared folder ---------------------------------------------------------------
def _with_include(tmp_path: Path, names: str) -> Path:
    folder = tmp_path / "lib"
    (folder / "shared").mkdir(parents=True, exist_ok=True)
    (folder / "shared" / "farewell.yaml").write_text(
        (ROOT / "tests" / "authoring" / "broken" / "shared" / "farewell.yaml").read_text())
    f = folder / "s.yaml"
    f.write_text(MINI.replace("start: open", f"include: {names}\nstart: open"))
    return f


@pytest.mark.parametrize("name", ["../private/creds", "{secret}", "../../private/creds", "shared/../../private/creds",
                                  "link"])
def test_an_include_outside_the_shared_folder_is_never_opened(tmp_path, name):
    from rehearse.engine.load.loader import load_scenario

    private = tmp_path / "private"
    private.mkdir()
    (private / "creds.yaml").write_text("nodes:\n  secret_key_name: {say: hi}\n")
    f = _with_include(tmp_path, "[" + name.replace("{secret}", str(private / "creds")) + "]")
    (f.parent / "shared" / "link.yaml").symlink_to(private / "creds.yaml")
    sc, report = load_scenario(f)
    assert sc is None
    assert report.errors and {d.code for d in report.errors} <= {"bad-id", "unknown-include"}
    assert all("secret_key_name" not in str(d) and str(private) not in d.path for d in report.items)


def test_a_long_include_list_is_refused_and_repeats_are_read_once(tmp_path):
    import time

    from rehearse.engine.load.loader import load_scenario

    t0 = time.process_time()
    sc, report = load_scenario(_with_include(tmp_path, "[" + ", ".join(["farewell"] * 20000) + "]"))
    assert time.process_time() - t0 < 5  # 85 s before: here it is refused before any piece is read
    assert [d.code for d in report.errors] == ["too-many-includes"]
    sc, report = load_scenario(_with_include(tmp_path, "[farewell, farewell, farewell]"))
    assert sc is not None and sc.include == ("farewell",), [str(d) for d in report.items]


# -- 6. `rehearse list` reads heads with the capped reader -----------------------------------------------------------
def test_list_refuses_an_alias_bomb_before_nodes(tmp_path, private_home):
    bomb = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    folder = tmp_path / "bombs"
    folder.mkdir()
    (folder / "bomb.yaml").write_text(MINI.replace("start: open", "\n".join(bomb) + "\nstart: open"))
    (folder / "fine.yaml").write_text(MINI)
    out = rehearse(private_home, "list", str(folder), env={"REHEARSE_NO_CACHE": "1"})
    assert out.returncode == 0 and "A small test scenario" in out.stdout and out.stdout.count("mini") == 1


# -- 7. import-twee: no quadratic scans; a draft too big for the loader is refused, not written ----------------------
HOSTILE_TWEE = ["<<", "<%", "<!--", "<<script>>", "<<if>>", "[[a|", '<<a "', '(link: "a")[', "(if: true)[", "/*"]


def test_hostile_twee_bodies_do_not_hang_the_import(tmp_path, private_home):
    """100 KB of each hostile piece: one took 87 s and another well over that before; a hang guard, not a target."""
    for piece in HOSTILE_TWEE:
        (tmp_path / f"{len(piece)}-{abs(hash(piece))}.twee").write_text(":: Start\n" + piece * (100_000 // len(piece)))
    script = ("import sys, pathlib\nfrom rehearse.authoring.twee import import_twee\n"
              "for f in sorted(pathlib.Path(sys.argv[1]).glob('*.twee')):\n    import_twee(f)\nprint('done')\n")
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=90,
                         env={**os.environ, "REHEARSE_HOME": str(private_home)})
    assert out.stdout.strip() == "done", out.stderr[-2000:]


def _story(n: int) -> str:
    parts = [":: StoryData", '{"ifid": "D674C58C-DEFA-4F70-B7A2-27742230C0FC", "start": "P0"}', ""]
    for i in range(n):
        parts += [f":: P{i}", f"Line {i}.", f"[[Go on->P{i + 1}]]" if i < n - 1 else "[[End]]", "[[Stop->End]]", ""]
    return "\n".join(parts + [":: End", "The end.", ""])


def test_a_story_too_big_for_the_loader_is_refused_and_one_within_it_validates(tmp_path, private_home):
    env = {"REHEARSE_MAX_NODES": "1000"}
    (tmp_path / "big.twee").write_text(_story(1500))
    out = rehearse(private_home, "import-twee", str(tmp_path / "big.twee"), "-o", str(tmp_path / "big.yaml"), env=env)
    assert out.returncode == 1 and "1,501 passages" in out.stderr and "at most 1,000 nodes" in out.stderr
    assert not (tmp_path / "big.yaml").exists()
    (tmp_path / "ok.twee").write_text(_story(990))
    out = rehearse(private_home, "import-twee", str(tmp_path / "ok.twee"), "-o", str(tmp_path / "ok.yaml"), env=env)
    assert out.returncode == 0, out.stderr[-500:]
    checked = rehearse(private_home, "validate", "-q", str(tmp_path / "ok.yaml"), env=env)
    assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout[-500:]
    env["REHEARSE_MAX_BYTES"] = "20000"  # the bytes limit is checked on the draft itself
    out = rehearse(private_home, "import-twee", str(tmp_path / "ok.twee"), "-o", str(tmp_path / "ok2.yaml"), env=env)
    assert out.returncode == 1 and "20,000 bytes" in out.stderr and not (tmp_path / "ok2.yaml").exists()


# -- 8. plain mode: any bytes on standard input; a reply is capped and the user told --------------------------------
def test_plain_mode_reads_invalid_utf8_and_caps_a_huge_reply(private_home):
    from rehearse.engine.textnorm import MAX_REPLY

    mini = str(ROOT / "tests" / "data" / "mini.yaml")
    huge = "i didn't feel listened to " + "x" * 3_000_000
    stdin = b"\xff\xfe not utf-8 \xc3\n" + huge.encode() + b"\n:quit\n"
    out = subprocess.run([sys.executable, "-m", "rehearse", "play", mini, "--plain", "--persona", "kind"],
                         input=stdin, capture_output=True, timeout=120,
                         env={**os.environ, "REHEARSE_HOME": str(private_home)})
    text = out.stdout.decode()
    assert out.returncode == 0 and b"Traceback" not in out.stderr, out.stderr[-800:]
    assert "\ufffd\ufffd not utf-8 \ufffd" in text
    assert f"longer than {MAX_REPLY:,} characters" in text and "Stopped." in text  # :quit still read after it
    from rehearse.store.db import Store

    store = Store(private_home)
    from rehearse.engine.play.events import Typed

    saved = [e for s in store.sessions() for e in store.events(s.id) if isinstance(e, Typed)]
    assert saved and all(len(e.text) <= MAX_REPLY for e in saved)


# -- 9. storage: no symlinks, the right advice, the user's folder mode, read-only use ---------------------------------
def _play_one(home: Path, **kw) -> subprocess.CompletedProcess:
    return rehearse(home, "play", str(ROOT / "tests" / "data" / "mini.yaml"), "--plain", "--persona", "kind",
                    stdin="1\n1\n", **kw)


def test_a_symlink_at_the_database_path_is_refused(tmp_path, private_home):
    private_home.mkdir(mode=0o700)
    elsewhere = tmp_path / "elsewhere.sqlite3"
    elsewhere.write_bytes(b"")
    (private_home / "history.sqlite3").symlink_to(elsewhere)
    out = _play_one(private_home)
    assert out.returncode == 1 and "symbolic link" in out.stderr and "Traceback" not in out.stderr
    assert elsewhere.read_bytes() == b""
    assert "symbolic link" in rehearse(private_home, "history").stderr


def test_a_failed_write_gets_disk_advice_not_forget(tmp_path, private_home):
    assert _play_one(private_home, env={"REHEARSE_NO_CACHE": "1"}).returncode == 0
    script = ("import resource, sys\nresource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
              "from rehearse.cli import main\n"
              f"sys.exit(main(['play', {str(ROOT / 'tests' / 'data' / 'mini.yaml')!r}, '--plain', '--persona', "
              "'kind']))\n")
    out = subprocess.run([sys.executable, "-c", script], input="1\n1\n", capture_output=True, text=True, timeout=60,
                         env={**os.environ, "REHEARSE_HOME": str(private_home), "REHEARSE_NO_CACHE": "1"})
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "disk" in out.stderr and "free some space" in out.stderr and "forget" not in out.stderr


def test_store_advice_names_what_happened():
    import errno
    import sqlite3

    from rehearse.store.db import store_advice

    assert "disk is full" in store_advice(sqlite3.OperationalError("database or disk is full"))
    assert "read-only" in store_advice(sqlite3.OperationalError("attempt to write a readonly database"))
    assert "read-only" in store_advice(OSError(errno.EROFS, "Read-only file system"))
    assert "forget" in store_advice(sqlite3.DatabaseError("file is not a database"))


def test_a_folder_mode_the_user_chose_is_left_alone_and_a_readable_one_warned_about(private_home):
    private_home.mkdir(mode=0o500)
    os.chmod(private_home, 0o500)
    assert _play_one(private_home).returncode == 0 or os.geteuid() != 0  # root can write a 0500 folder
    assert stat.S_IMODE(private_home.stat().st_mode) == 0o500
    os.chmod(private_home, 0o755)
    out = _play_one(private_home)
    assert "other users can read" in out.stderr and stat.S_IMODE(private_home.stat().st_mode) == 0o755


def test_history_and_export_work_on_a_read_only_mount(private_home):
    import shutil

    if not shutil.which("unshare") or subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode:
        pytest.skip("needs unshare (a user namespace) to mount a folder read-only")
    assert _play_one(private_home, env={"REHEARSE_NO_CACHE": "1"}).returncode == 0
    sid = rehearse(private_home, "history", "--json").stdout.split('"id": "')[1].split('"')[0]
    before = sorted(p.name for p in private_home.iterdir())
    inner = (f"mount --bind {private_home} {private_home} && mount -o remount,ro,bind {private_home} && "
             f"{sys.executable} -m rehearse history && {sys.executable} -m rehearse export {sid}")
    out = subprocess.run(["unshare", "-rm", "sh", "-c", inner], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "REHEARSE_HOME": str(private_home), "REHEARSE_NO_CACHE": "1"})
    assert out.returncode == 0, out.stderr[-1500:]
    assert "Heard (good)" in out.stdout and "# A small test scenario" in out.stdout
    assert sorted(p.name for p in private_home.iterdir()) == before


# -- 10. one process per session -------------------------------------------------------------------------------------
def test_a_second_resume_of_an_open_session_is_told_it_is_open_elsewhere(private_home):
    import time

    mini = str(ROOT / "tests" / "data" / "mini.yaml")
    env = {**os.environ, "REHEARSE_HOME": str(private_home)}
    first = subprocess.Popen([sys.executable, "-m", "rehearse", "play", mini, "--plain", "--persona", "kind"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert first.stdin is not None
        first.stdin.write("1\n")
        first.stdin.flush()
        from rehearse.store.db import Store

        for _ in range(200):  # the first turn is committed before its answer is shown
            store = Store(private_home, read_only=True)
            rows = store.sessions()
            store.close()
            if rows and rows[0].turns:
                break
            time.sleep(0.05)
        sid = rows[0].id
        for plain in (["--plain"], []):
            second = rehearse(private_home, "resume", sid, *plain, stdin="2\n")
            assert second.returncode == 1 and "open elsewhere" in second.stderr, second.stderr
        first.stdin.write("1\n")
        first.stdin.close()
        assert first.wait(timeout=60) == 0
    finally:
        if first.poll() is None:
            first.kill()
    store = Store(private_home)
    assert [type(e).__name__ for e in store.events(sid)] == ["Chosen", "Chosen"]  # nothing from the second
    again = rehearse(private_home, "resume", sid, "--plain", stdin="")  # closed: free again (finished, so it says)
    assert "open elsewhere" not in again.stderr


# -- 11. exports are atomic: a failed write leaves the old file (or none), never an empty or partial one -------------
def test_a_failed_export_leaves_no_partial_file_and_says_why(tmp_path, private_home):
    assert _play_one(private_home, env={"REHEARSE_NO_CACHE": "1"}).returncode == 0
    sid = rehearse(private_home, "history", "--json").stdout.split('"id": "')[1].split('"')[0]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    old = out_dir / "old.md"
    old.write_text("the export from last week\n")
    script = ("import resource, sys\nresource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))\n"
              "from rehearse.cli import main\n"
              f"sys.exit(main(['export', {sid!r}, '-o', sys.argv[1]]))\n")
    for target in (out_dir / "new.md", old):  # a full disk: the write stops at 200 bytes
        out = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "REHEARSE_HOME": str(private_home), "REHEARSE_NO_CACHE": "1"})
        assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr[-800:]
        assert "could not write" in out.stderr and str(target) in out.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["old.md"]  # no empty new.md, no temporary file left
    assert old.read_text() == "the export from last week\n"
    missing = rehearse(private_home, "export", sid, "-o", str(tmp_path / "no" / "such" / "dir.md"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr and "could not write" in missing.stderr
    good = rehearse(private_home, "export", sid, "-o", str(out_dir / "new.md"))
    assert good.returncode == 0 and (out_dir / "new.md").read_text().startswith("# ")
    assert stat.S_IMODE((out_dir / "new.md").stat().st_mode) == 0o600


# -- 12. control characters and NUL bytes are located where they stand; no parser internals ---------------------------
def test_validate_locates_control_characters_and_nul_bytes(tmp_path, private_home):
    lines = MINI.split("\n")
    title = next(i for i, ln in enumerate(lines) if ln.startswith("title:"))
    say = next(i for i, ln in enumerate(lines) if "say:" in ln)
    lines[title] += " \x1b[31mred"
    lines[say] = lines[say].replace("say:", "say: a\x00b", 1)
    f = tmp_path / "ctl.yaml"
    f.write_bytes("\n".join(lines).encode())
    out = rehearse(private_home, "validate", str(f))
    assert out.returncode == 1 and "Traceback" not in out.stderr + out.stdout
    both = out.stdout + out.stderr
    assert f"ctl.yaml:{title + 1}:{len(lines[title]) - len(' [31mred') + 1}: error[control-character]" in both, both
    col = lines[say].index("\x00") + 1
    assert f"ctl.yaml:{say + 1}:{col}: error[control-character]: control character U+0000 (NUL)" in both, both
    assert "unicode string" not in both and "position" not in both and "\x1b" not in both
    utf16 = tmp_path / "wide.yaml"
    utf16.write_bytes(MINI.encode("utf-16-le"))
    assert "wide.yaml:1:1: error[not-text]" in rehearse(private_home, "validate", str(utf16)).stdout


# -- docs/SECURITY.md: the figures it promises are the ones the code enforces ----------------------------------------
def test_the_security_page_states_the_limits_the_code_enforces():
    from rehearse.engine.expr import MAX_OUTPUT, MAX_TEXT
    from rehearse.engine.expr.parse import FILTERS, MAX_BLOCKS, MAX_NESTING, MAX_NUMBER, MAX_TERMS
    from rehearse.engine.load.loader import MAX_INCLUDES
    from rehearse.engine.load.yamltree import Limits

    page = " ".join((ROOT / "docs" / "SECURITY.md").read_text(encoding="utf-8").split())
    words = {10: "ten"}
    lim = Limits()
    for claim in (f"{MAX_TERMS} terms", f"{MAX_NESTING} levels of nesting", f"{MAX_BLOCKS} blocks in a line",
                  f"10^{len(str(MAX_NUMBER)) - 1}", f"text stays within {MAX_TEXT:,} characters",
                  f"at most {MAX_INCLUDES}", f"{words[len(FILTERS)]} named filters",
                  f"{lim.max_bytes // 2**20} MiB", f"nesting {lim.max_depth} deep", f"{lim.max_alias_nodes:,} alias",
                  f"{lim.max_nodes:,} nodes", "A scenario file from someone else",
                  "A shared machine"):
        assert claim in page, claim
    assert MAX_OUTPUT == MAX_TEXT and MAX_NUMBER == 10 ** (len(str(MAX_NUMBER)) - 1)


def test_every_plain_prompt_reads_a_capped_reply(private_home):
    """The crisis pause and the drills read through the same capped reader as a reply (item 8)."""
    import io

    from rehearse.drillplain import PlainDriller
    from rehearse.engine.textnorm import MAX_REPLY
    from rehearse.plain import pause_for_help, read_reply

    inp = io.StringIO("y" * (3 * MAX_REPLY) + "\n:quit\n")
    assert read_reply(inp) == ("y" * MAX_REPLY, True) and read_reply(inp) == (":quit\n", False)
    out = io.StringIO()
    inp = io.StringIO("x" * 100_000 + "\n:quit\n")
    assert pause_for_help(lambda t="": out.write(t + "\n"), out, inp, 1)  # a long line is not :quit
    assert inp.readline() == ":quit\n"  # the rest of the long line was read and dropped, nothing more
    driller = PlainDriller.__new__(PlainDriller)
    driller.out, driller.inp = io.StringIO(), io.StringIO("z" * 100_000 + "\n")
    assert driller.ask() == "z" * MAX_REPLY and "longer than" in driller.out.getvalue()
