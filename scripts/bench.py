#!/usr/bin/env python3
"""Measure every performance figure of issue 7 in one run and print figure, floor, ratio, target and verdict.

    scripts/bench.py            # the full run (a few minutes: it generates and validates a 100,000-node file)
    scripts/bench.py --quick    # a smoke run: fewer repeats, and 1,000 to 10,000 nodes for the linear row
    scripts/bench.py --json     # the same figures for machines
    scripts/bench.py --only startup,ui   # just some groups: validate, cache, linear, engine, safety, ui, startup

Each ratio is measured against its floor in the same run, because absolute times drift between machines and
between minutes on one machine. Processes are compared with processes, alternating floor and subject so that a
busy spell hits both, and the median of the repeats is reported. Every subject runs in its own child process
(this script calls itself with --child NAME), so nothing one measurement loads or caches helps another.

The rows (docs/PERFORMANCE.md explains each):
  start-up        `rehearse` to an interactive picker listing the whole library, headless, against a minimal
                  Textual app showing one Static; and the peak memory of each (a returning user's start; the very
                  first start, before the library index exists, is reported alongside)
  validate 10k    `rehearse validate FILE` (a fresh cache, so the file is parsed and checked) against a process
                  doing yaml.load(f, Loader=yaml.CSafeLoader) on the same generated 10,000-node file
  second load     `rehearse validate` of the same file again (served from the cache) against the yaml.load process;
                  and load_scenario on it again (the checked-model cache) against yaml.load in-process
  validate 100k   `rehearse validate` of a 100,000-node file against the 10,000-node time (linear is 10x)
  engine          choose, then the next turn ready; free-text matching at a six-choice node (first reply there,
                  and once its phrasings are prepared); the first typed reply of a process (lexicon read); the
                  installed size of rapidfuzz
  safety          the crisis check (rehearse.engine.safety.check_text) on one typed reply, cache cleared
  UI              in a Textual pilot, a key press to the reply bubble on screen, typing pause off
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
BIG = {"REHEARSE_MAX_BYTES": str(1 << 30), "REHEARSE_MAX_NODES": str(10_000_000)}


# ======================================================================================== children (one measurement)
def _ready_line(**fields) -> None:
    """Report to the parent on fd 1 directly (Textual may be capturing sys.stdout)."""
    import resource

    fields["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    os.write(1, ("BENCH " + json.dumps(fields) + "\n").encode())


def child_startup_minimal() -> None:
    """The floor: Python, the Textual import, one Static painted."""
    from textual.app import App
    from textual.widgets import Static

    class Minimal(App):
        def compose(self):
            yield Static("rehearse")

    async def ready(pilot):
        while not pilot.app.query(Static):
            await asyncio.sleep(0)
        _ready_line()
        pilot.app.exit()

    Minimal().run(headless=True, auto_pilot=ready)


def child_startup_rehearse() -> None:
    """`rehearse` with no arguments, as the console script runs it, until the picker lists the whole library."""
    import textual.app

    expected = int(os.environ["BENCH_EXPECTED"])
    run = textual.app.App.run

    def headless_run(self, *a, **kw):
        async def ready(pilot):
            from rehearse.tui.screens.picker import PickerScreen

            while not (isinstance(pilot.app.screen, PickerScreen) and len(pilot.app.screen.shown) >= expected
                       and pilot.app.screen.is_mounted):
                await asyncio.sleep(0)
            _ready_line(listed=len(pilot.app.screen.shown))
            pilot.app.exit()

        kw.update(headless=True, auto_pilot=ready)
        return run(self, *a, **kw)

    textual.app.App.run = headless_run
    from rehearse import cli

    cli._has_terminal = lambda: True  # headless, on the parent's pipes: the app runs as it would in a terminal
    cli.main([])


def child_yaml_floor(path: str) -> None:
    """The floor of the validate row, as the issue defines it (run with -c in the parent, kept here for reference)."""
    import yaml

    with open(path, "rb") as f:
        yaml.load(f, Loader=yaml.CSafeLoader)


def child_second_load(path: str, repeats: int) -> None:
    """In-process: yaml.load of the file, and load_scenario of it once cached."""
    import yaml

    from rehearse.engine.load.guidance import load_catalogue
    from rehearse.engine.load.library import limits_from_env
    from rehearse.engine.load.loader import load_scenario

    raw = Path(path).read_bytes()
    ids = set(load_catalogue())
    limits = limits_from_env()
    t0 = time.perf_counter()
    first, report = load_scenario(path, ids, limits)  # checks and fills the cache
    first_s = time.perf_counter() - t0
    assert first is not None, [str(d) for d in report.items[:5]]
    del first
    hits, floors = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        yaml.load(raw, Loader=yaml.CSafeLoader)
        floors.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        sc, report = load_scenario(path, ids, limits)
        hits.append(time.perf_counter() - t0)
        assert sc is not None
        del sc
    print(json.dumps({"first_s": first_s, "hit_s": statistics.median(hits), "yaml_s": statistics.median(floors)}))


def child_engine(samples: int) -> None:
    """Per-turn latency of the runner, and free-text matching at a six-choice node."""
    from rehearse.engine.load.guidance import load_catalogue
    from rehearse.engine.load.library import list_entries, load
    from rehearse.engine.hearing.matching import Matcher
    from rehearse.engine.play.runner import start

    ids = set(load_catalogue())
    scenarios = [load(e.id, ids) for e in list_entries()]
    # choose, then the next turn ready: walk every bundled scenario, always taking a different option in turn
    times = []
    i = 0
    while len(times) < samples:
        sc = scenarios[i % len(scenarios)]
        s = start(sc, None, i)
        k = 0
        while not s.finished and len(times) < samples:
            n = len(s.turn().options)
            t0 = time.perf_counter()
            s.choose(1 + (k % n))
            s.turn()
            times.append(time.perf_counter() - t0)
            k += 1
        i += 1
    choose_ms = statistics.median(times) * 1e3
    # the node with the most choices (six in the bundled library), and the replies a user might type there
    sc, node = max(((sc, n) for sc in scenarios for n in sc.nodes.values()), key=lambda p: len(p[1].choices))
    choices = node.choices
    typed = [e for c in choices for e in c.examples] or [c.text for c in choices]
    typed += ["I'm not sure what to say", "can we talk about something else", "ok",
              "i dont think thats rigth for me tbh", "What's your favourite part of this job?",
              "Oh yeah, it's SO helpful", "honestly I'd rather not, but maybe we could try something smaller"]
    t0 = time.perf_counter()
    Matcher().hear("warm up", choices)  # the lexicon's first read, and rapidfuzz's import: once per process
    first_ms = (time.perf_counter() - t0) * 1e3
    warm, cold = [], []
    m = Matcher()
    m.hear("warm up", choices)
    for j in range(samples):
        text = typed[j % len(typed)]
        t0 = time.perf_counter()
        m.hear(text, choices)
        warm.append(time.perf_counter() - t0)
        fresh = Matcher()  # a new node's first reply: its phrasings are prepared on the way
        t0 = time.perf_counter()
        fresh.hear(text, choices)
        cold.append(time.perf_counter() - t0)
    # replies no option's words reach: the sentence vectors decide whether to offer one (read on the first of them)
    from rehearse.engine.hearing import sense

    sense._vectors.cache_clear()
    t0 = time.perf_counter()
    sense._vectors()
    sense_load_ms = (time.perf_counter() - t0) * 1e3
    far = ["Some weeks I can barely get out of bed", "Then I won't be coming back after today",
           "I reckon we should call it a day", "My cat has been unwell all week", "Hmm. Let me sit with that"]
    far_times = []
    for j in range(samples):
        t0 = time.perf_counter()
        m.hear(f"{far[j % len(far)]} {j}", choices)  # a new reply each time: its vector is not cached
        far_times.append(time.perf_counter() - t0)
    vec_mb = sum(f.stat().st_size for f in (ROOT / "rehearse" / "engine" / "hearing" / "vectors").iterdir()) / 1e6
    print(json.dumps({"choose_ms": choose_ms, "match_ms": statistics.median(warm) * 1e3,
                      "sense_load_ms": sense_load_ms, "sense_ms": statistics.median(far_times) * 1e3,
                      "vectors_mb": vec_mb,
                      "match_cold_ms": statistics.median(cold) * 1e3, "choices": len(choices),
                      "first_ms": first_ms, "node": f"{sc.id}:{node.id}", "typed": len(typed),
                      "install_mb": _installed_mb("rapidfuzz")}))


def _installed_mb(dist: str) -> float:
    """The bytes a distribution installs, in MB (what a dependency adds to an install)."""
    from importlib.metadata import distribution

    files = distribution(dist).files or []
    return sum(f.locate().stat().st_size for f in files if f.locate().exists()) / 1e6


def child_safety(samples: int) -> None:
    """The crisis check on one typed reply: the tuning phrases and every reply the bundled scenarios offer."""
    import yaml

    from rehearse.engine.safety import check as safety
    from rehearse.engine.load.library import list_entries, load

    texts = [e["text"] for e in yaml.safe_load((ROOT / "tests" / "data" / "safety" / "tuning.yaml").read_text())]
    for e in list_entries():
        sc = load(e.id)
        texts += [t for n in sc.nodes.values() for c in n.choices for t in (c.text, *c.examples)]
    roles = ("client", "therapist")
    safety.check_text("warm up")  # the learned model's tables and the subword vectors: read once per process

    def run(learned: bool) -> list[float]:
        safety.LEARNED = learned
        times = []
        for j in range(max(samples, len(texts))):
            text = texts[j % len(texts)]
            safety._check.cache_clear()  # a reply is checked once: no help from an earlier identical check
            t0 = time.perf_counter()
            safety.check_text(text, roles[j % 2])
            times.append(time.perf_counter() - t0)
        return times

    rules, times = run(False), run(True)
    print(json.dumps({"check_ms": statistics.median(times) * 1e3, "p95_ms": sorted(times)[int(len(times) * .95)] * 1e3,
                      "rules_ms": statistics.median(rules) * 1e3, "replies": len(texts)}))


def child_ui(samples: int) -> None:
    """In a pilot: from a key press on an option to the frame that shows the other side's reply bubble."""
    from textual import events

    from rehearse.engine.load.library import list_entries
    from rehearse.tui.app import make_app
    from rehearse.tui.screens.conversation import ConversationScreen

    entry = next(e for e in list_entries() if e.user_role == "client")
    persona = next(iter(entry.personas))
    app = make_app(save=False, scenario=entry.id, persona=persona, seed=1, typing=0)
    state = {"target": None, "t_end": None}
    original = app._display

    def display(screen, renderable):
        # What a terminal would be sent is rendered too (headless skips it), so the figure includes it.
        if renderable is not None and hasattr(renderable, "render_segments"):
            renderable.render_segments(app.console)
        target = state["target"]
        if target is not None and state["t_end"] is None and isinstance(screen, ConversationScreen):
            rows = screen.query_one("#transcript").children
            # The frame counts once the reply's bubble is mounted and inside the visible part of the transcript.
            if (screen.displayed >= target and len(rows) >= target and all(r.is_mounted for r in rows[-2:])
                    and rows[-1] in screen._compositor.visible_widgets):
                state["t_end"] = time.perf_counter()
        return original(screen, renderable)

    app._display = display
    times: list[float] = []

    async def drive():
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ConversationScreen), type(screen).__name__
            while len(times) < samples:
                session = screen.session
                if session.finished or not session.turn().options:
                    break
                probe = session.fork()
                probe.choose(1)
                state.update(target=len(probe.transcript), t_end=None)
                from rehearse.tui.widgets.choices import ReplyBox

                if isinstance(app.focused, ReplyBox):  # "1" would be typed, not chosen: focus the options
                    screen.query_one("#choices").focus()
                    await pilot.pause()
                t0 = time.perf_counter()
                app._driver.send_message(events.Key("1", "1"))
                deadline = t0 + 5
                while state["t_end"] is None and time.perf_counter() < deadline:
                    await asyncio.sleep(0)
                if state["t_end"] is None:
                    raise RuntimeError("the reply bubble never appeared")
                times.append(state["t_end"] - t0)
                state["target"] = None
                await pilot.pause()
                await pilot.press("ctrl+z")  # take it back, to time the same step again
                await pilot.pause()
                screen = app.screen

    gc.freeze()  # as the CLI does just before the app runs (rehearse.cli._tui)
    asyncio.run(drive())
    print(json.dumps({"ui_ms": statistics.median(times) * 1e3, "samples": len(times), "scenario": entry.id}))


CHILDREN = {"startup-minimal": child_startup_minimal, "startup-rehearse": child_startup_rehearse,
            "second-load": child_second_load, "engine": child_engine, "safety": child_safety, "ui": child_ui}


# ======================================================================================== the parent
def _env(home: Path, **extra) -> dict:
    env = dict(os.environ)
    env.update(BIG)
    env["REHEARSE_HOME"] = str(home)
    env.pop("REHEARSE_NO_CACHE", None)
    env.update(extra)
    return env


def _timed(cmd: list[str], env: dict) -> float:
    t0 = time.perf_counter()
    out = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - t0
    if out.returncode not in (0, 1):  # validate exits 1 on errors; the file is generated clean, checked below
        raise RuntimeError(f"{' '.join(cmd[:4])}... failed: {out.stderr.decode()[-500:]}")
    return elapsed


def _child_json(name: str, args: list[str], env: dict, timeout: float = 900) -> dict:
    out = subprocess.run([PY, __file__, "--child", name, *args], env=env, capture_output=True, text=True,
                         cwd=ROOT, timeout=timeout, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _startup_once(name: str, env: dict) -> tuple[float, float]:
    """Seconds from spawning the child to its ready line, and its peak RSS (MiB) at that moment."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([PY, __file__, "--child", name], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, cwd=ROOT)
    try:
        assert proc.stdout is not None
        for raw in proc.stdout:
            if raw.startswith(b"BENCH "):
                elapsed = time.perf_counter() - t0
                info = json.loads(raw[6:])
                proc.wait(timeout=60)
                return elapsed, info["maxrss_kib"] / 1024
        proc.wait(timeout=60)
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise RuntimeError(f"{name} never became ready: {err.strip()[-400:]}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _rehearse_cmd() -> list[str]:
    script = Path(PY).with_name("rehearse")
    return [str(script)] if script.exists() else [PY, "-m", "rehearse"]


class Table:
    def __init__(self):
        self.rows: list[dict] = []

    def ratio(self, figure: str, value: float, floor: float, unit: str, target: float, note: str = "",
              ratio: float | None = None):
        """A row judged by value / floor, or by `ratio` when the runs were paired and their ratios taken one by one."""
        r = ratio if ratio is not None else value / floor if floor else float("inf")
        self.rows.append({"figure": figure, "value": value, "floor": floor, "unit": unit, "ratio": r,
                          "target": f"<= {target:g}x", "verdict": "PASS" if r <= target else "FAIL", "note": note})

    def absolute(self, figure: str, value: float, unit: str, target: float, note: str = ""):
        self.rows.append({"figure": figure, "value": value, "floor": None, "unit": unit, "ratio": None,
                          "target": f"<= {target:g} {unit}", "verdict": "PASS" if value <= target else "FAIL",
                          "note": note})

    def error(self, figure: str, exc: Exception):
        self.rows.append({"figure": figure, "value": None, "floor": None, "unit": "", "ratio": None, "target": "",
                          "verdict": "ERROR", "note": f"{type(exc).__name__}: {exc}"})

    def info(self, figure: str, value: float, unit: str, note: str = ""):
        self.rows.append({"figure": figure, "value": value, "floor": None, "unit": unit, "ratio": None,
                          "target": "(info)", "verdict": "", "note": note})

    def print(self) -> None:
        def num(v, unit):
            if v is None:
                return "-"
            return f"{v:,.3f} {unit}" if v < 10 else f"{v:,.1f} {unit}"

        head = ("figure", "measured", "floor", "ratio", "target", "verdict")
        lines = [(r["figure"], num(r["value"], r["unit"]), num(r["floor"], r["unit"]),
                  "-" if r["ratio"] is None else f"{r['ratio']:.3f}x", r["target"], r["verdict"]) for r in self.rows]
        widths = [max(len(str(x[i])) for x in [head, *lines]) for i in range(len(head))]
        fmt = "  ".join(f"{{:<{w}}}" for w in widths)
        print(fmt.format(*head))
        print(fmt.format(*("-" * w for w in widths)))
        for ln in lines:
            print(fmt.format(*ln))
        for r in self.rows:
            if r["note"]:
                print(f"  {r['figure']}: {r['note']}")


def machine() -> dict:
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = None
    import textual
    import yaml

    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "platform": platform.platform(), "pyyaml": yaml.__version__, "libyaml": bool(yaml.__with_libyaml__),
            "textual": getattr(textual, "__version__", "?"), "loadavg_1min_at_start": load}


GROUPS = ("validate", "cache", "linear", "engine", "safety", "ui", "startup")


def run(args) -> dict:
    quick = args.quick
    only = set(GROUPS) if not args.only else {g.strip() for g in args.only.split(",")}
    if only - set(GROUPS):
        raise SystemExit(f"unknown group(s) {', '.join(sorted(only - set(GROUPS)))}; use {', '.join(GROUPS)}")
    # The validate and cache rows are defined at 10,000 nodes, so even a quick run uses that file; the linear row
    # compares 100,000 with 10,000 nodes, or in a quick run 10,000 with 1,000 (where start-up weighs more).
    small_n, big_n = 10_000, 100_000
    lo_n, hi_n = (1_000, 10_000) if quick else (small_n, big_n)
    repeats = args.repeats or (2 if quick else 5)
    samples = 200 if quick else 2000
    work = Path(tempfile.mkdtemp(prefix="rehearse-bench-"))
    table = Table()
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    try:
        # -- the files ----------------------------------------------------------------------------------------
        sizes = (({small_n} if only & {"validate", "cache", "linear"} else set())
                 | ({lo_n, hi_n} if "linear" in only else set()))
        files = {n: work / f"gen-{n}.yaml" for n in sorted(sizes)}
        small = files.get(small_n)
        log(f"generating {', '.join(f'{n:,}' for n in files)}-node scenarios in {work}")
        for n, f in files.items():
            subprocess.run([PY, str(ROOT / "scripts" / "gen_scenario.py"), "--nodes", str(n), "-o", str(f)],
                           check=True, cwd=ROOT)
        fresh = iter(range(10_000))

        def home() -> Path:
            h = work / f"home-{next(fresh)}"
            h.mkdir()
            (h / "welcome-seen").write_text("bench\n")
            return h

        check = subprocess.run([*_rehearse_cmd(), "validate", "--strict", str(small)], env=_env(home()),
                               capture_output=True, text=True, cwd=ROOT, check=False) if small else None
        if check is not None and check.returncode != 0:
            raise SystemExit("the generated file does not validate clean:\n"
                             f"{check.stdout[-2000:]}{check.stderr[-500:]}")

        # -- validate against a bare libyaml parse, process against process --------------------------------------
        floor_cmd = [PY, "-c", "import sys, yaml; f = open(sys.argv[1], 'rb'); yaml.load(f, Loader=yaml.CSafeLoader)"]
        if "validate" in only:
            floors, subjects = [], []
            log(f"validate {small_n:,} nodes vs yaml.load, {repeats} alternating runs")
            for _ in range(repeats):
                floors.append(_timed([*floor_cmd, str(small)], _env(home())))
                subjects.append(_timed([*_rehearse_cmd(), "validate", str(small)], _env(home())))
            v_small, y_small = statistics.median(subjects), statistics.median(floors)
            table.ratio(f"validate {small_n // 1000}k nodes ({small.stat().st_size / 1e6:.1f} MB), cold cache",
                        v_small, y_small, "s", 1.25, f"yaml.load process floor; runs {[round(x, 2) for x in subjects]} "
                        f"vs {[round(x, 2) for x in floors]}")
        if "cache" in only:
            # The same command again on the same file, process against process: served from the cache.
            warm_home = home()
            _timed([*_rehearse_cmd(), "validate", str(small)], _env(warm_home))
            floors, subjects = [], []
            log(f"second validate {small_n:,} nodes vs yaml.load, {repeats} alternating runs")
            for _ in range(repeats):
                floors.append(_timed([*floor_cmd, str(small)], _env(home())))
                subjects.append(_timed([*_rehearse_cmd(), "validate", str(small)], _env(warm_home)))
            table.ratio(f"validate {small_n // 1000}k nodes a second time (cache)", statistics.median(subjects),
                        statistics.median(floors), "s", 0.1, "yaml.load process floor; same output as the first run")

        # -- the second load, through the cache ------------------------------------------------------------------
        if "cache" in only:
            log("second load through the cache")
            try:
                r = _child_json("second-load", [str(small), str(max(3, repeats))], _env(home()))
                table.ratio(f"load {small_n // 1000}k nodes a second time, in-process (cache)", r["hit_s"] * 1e3,
                            r["yaml_s"] * 1e3, "ms", 0.1,
                            f"in-process yaml.load floor; first load {r['first_s']:.2f} s")
            except Exception as exc:  # noqa: BLE001 - one broken row must not hide the others
                table.error("load a second time (cache)", exc)

        # -- linear at 10x the nodes -----------------------------------------------------------------------------
        if "linear" in only:
            # Each run at 10x the nodes is bracketed by a run at 1x just before and just after it, and compared with
            # their mean: on a shared machine the speed drifts over minutes, and a big run measured against small
            # runs taken minutes earlier would mostly measure that drift. The same is done for the bare parse.
            rounds = max(1, repeats // 2) | 1  # odd, so the median is one round's figure

            def bracketed(cmd_for) -> tuple[list[float], list[float], list[float]]:
                ratios, his, los = [], [], []
                before = _timed(cmd_for(lo_n), _env(home()))
                for _ in range(rounds):
                    hi = _timed(cmd_for(hi_n), _env(home()))
                    after = _timed(cmd_for(lo_n), _env(home()))
                    ratios.append(hi / ((before + after) / 2))
                    his.append(hi)
                    los.extend((before, after))
                    before = after
                return ratios, his, los

            log(f"validate {hi_n:,} nodes, {rounds} run(s), each between two runs at {lo_n:,}")
            ratios, his, los = bracketed(lambda n: [*_rehearse_cmd(), "validate", str(files[n])])
            table.ratio(f"validate+lint {hi_n // 1000}k nodes vs {lo_n // 1000}k", statistics.median(his),
                        statistics.median(los), "s", 12,
                        f"{files[hi_n].stat().st_size / 1e6:.1f} MB; 10x the nodes, so linear is 10x; ratio is the "
                        f"median of {[round(r, 1) for r in ratios]}", ratio=statistics.median(ratios))
            # For context: how the floor itself, a bare libyaml parse, scales over the same files.
            log(f"yaml.load {hi_n:,} nodes, the same way")
            y_ratios, y_his, y_los = bracketed(lambda n: [*floor_cmd, str(files[n])])
            table.info(f"yaml.load alone, {hi_n // 1000}k nodes vs {lo_n // 1000}k", statistics.median(y_ratios), "x",
                       f"{statistics.median(y_his):.1f} s vs {statistics.median(y_los):.2f} s: the parse rehearse "
                       "validate is measured against")

        # -- engine ----------------------------------------------------------------------------------------------
        if "engine" in only:
            log("engine")
            try:
                e = _child_json("engine", [str(samples)], _env(home()))
                table.absolute("engine: choose, then the next turn ready (median)", e["choose_ms"], "ms", 0.2)
                table.absolute(f"free-text match, {e['choices']}-choice node, prepared (median)", e["match_ms"], "ms",
                               1, f"node {e['node']}, {e['typed']} different replies")
                table.absolute(f"free-text match, {e['choices']}-choice node, first reply there (median)",
                               e["match_cold_ms"], "ms", 2, "includes preparing the node's phrasings")
                table.info("first typed reply of a process (reads the lexicon, imports rapidfuzz)", e["first_ms"],
                           "ms", "once per run, on the first reply: start-up does not pay it")
                table.absolute("free-text match, a reply no option's words reach (sentence vectors, median)",
                               e["sense_ms"], "ms", 2, "prepared node; the reply's own vector computed each time")
                table.info("first reply the words cannot place (reads the sentence vectors)", e["sense_load_ms"],
                           "ms", "once per run: start-up and the usual reply do not pay it")
                table.absolute("install size added for hearing (rapidfuzz + sentence vectors)",
                               e["install_mb"] + e["vectors_mb"], "MB", 20,
                               "simplemma would add 19 MB more, lemminflect 73 MB of numpy, wordllama 33 MB + numpy")
            except Exception as exc:  # noqa: BLE001
                table.error("engine", exc)

        # -- safety ------------------------------------------------------------------------------------------------
        if "safety" in only:
            log("safety: crisis check per reply")
            try:
                c = _child_json("safety", [str(samples)], _env(home()))
                table.absolute("safety: check_text on one typed reply (median)", c["check_ms"], "ms", 0.2,
                               f"{c['replies']} different replies; 95th percentile {c['p95_ms']:.3f} ms")
                table.info("safety: the rules alone, same replies, same run (median)", c["rules_ms"], "ms",
                           f"the learned model adds {c['check_ms'] / c['rules_ms']:.2f}x")
            except Exception as exc:  # noqa: BLE001
                table.error("safety", exc)

        # -- UI ----------------------------------------------------------------------------------------------------
        if "ui" in only:
            log("UI: key press to reply bubble")
            try:
                u = _child_json("ui", [str(min(samples, 60 if quick else 200))], _env(home(), REHEARSE_TYPING="0"))
                table.absolute("UI: key press to reply bubble on screen (median)", u["ui_ms"], "ms", 30,
                               f"pilot, typing pause off, {u['samples']} presses in {u['scenario']}")
            except Exception as exc:  # noqa: BLE001
                table.error("UI: key press to reply bubble", exc)

        # -- start-up ----------------------------------------------------------------------------------------------
        if "startup" in only:
            log(f"start-up, {repeats * 2} alternating runs")
            try:
                from rehearse.engine.load.library import scenario_files

                expected = str(len(scenario_files()))
                # A returning user's start: one untimed start first builds the library index and the history
                # database, as any earlier start would have. The very first start (a fresh home) is reported too.
                returning = home()
                _startup_once("startup-rehearse", _env(returning, BENCH_EXPECTED=expected))
                mins, subs, firsts = [], [], []
                for _ in range(repeats * 2):
                    mins.append(_startup_once("startup-minimal", _env(home())))
                    subs.append(_startup_once("startup-rehearse", _env(returning, BENCH_EXPECTED=expected)))
                    firsts.append(_startup_once("startup-rehearse", _env(home(), BENCH_EXPECTED=expected)))
                floor = statistics.median(s for s, _ in mins)
                table.ratio(f"start-up to the picker ({expected} scenarios), headless, returning user",
                            statistics.median(s for s, _ in subs), floor, "s", 1.3,
                            "floor: a minimal Textual app showing one Static")
                table.ratio("start-up peak memory", statistics.median(m for _, m in subs),
                            statistics.median(m for _, m in mins), "MiB", 1.5)
                first = statistics.median(s for s, _ in firsts)
                table.info("start-up, very first run (no library index yet)", first, "s",
                           f"{first / floor:.2f}x the floor: parses every scenario's head once")
            except Exception as exc:  # noqa: BLE001
                table.error("start-up", exc)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return {"machine": machine(), "quick": quick, "repeats": repeats, "rows": table.rows, "_table": table}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--quick", action="store_true",
                    help="a fast smoke run: fewer repeats, and the linear row from 1,000 to 10,000 nodes")
    ap.add_argument("--repeats", type=int, help="runs per process-level figure (default: 5, or 2 with --quick)")
    ap.add_argument("--keep", action="store_true", help="keep the generated files and homes")
    ap.add_argument("--only", help=f"comma-separated groups to run, of: {', '.join(GROUPS)} (default: all)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        CHILDREN[args.child](*[int(x) if x.isdigit() else x for x in args.rest])
        return 0
    result = run(args)
    table = result.pop("_table")
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        m = result["machine"]
        print(f"\nrehearse benchmark{' (quick)' if result['quick'] else ''}: {m['nproc']} CPUs, {m['cpu']}, "
              f"Python {m['python']}, PyYAML {m['pyyaml']} (libyaml {m['libyaml']}), Textual {m['textual']}\n")
        table.print()
    return 1 if any(r["verdict"] in ("FAIL", "ERROR") for r in result["rows"]) else 0


if __name__ == "__main__":
    sys.exit(main())
