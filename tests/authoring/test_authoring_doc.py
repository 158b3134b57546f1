"""docs/AUTHORING.md cannot drift: its YAML parses or loads, and the command output it shows is what rehearse prints.

Conventions (also noted in a comment at the top of the tutorial), read from the leading comment lines of a block:
- ```yaml with `# fragment`: a piece of a scenario; it must parse as a YAML mapping.
- ```yaml with `# file: NAME`: a whole scenario; it must load without errors, and is saved as NAME.
- ```text starting with `$ rehearse ...`: run in the folder of saved files; the output must match the block.
- ```mermaid: must equal `rehearse graph` of the saved scenario it names in its first line.
- ```sh: every `rehearse` command must name a real subcommand.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

from rehearse.engine.load.guidance import load_catalogue
from rehearse.engine.load.loader import parse_scenario

DOC = Path(__file__).resolve().parents[2] / "docs" / "AUTHORING.md"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks() -> list[tuple[str, str, int]]:
    """(language, body, line) of every fenced block, in order."""
    text = DOC.read_text(encoding="utf-8")
    return [(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 1) for m in BLOCK.finditer(text)]


def _leading_comments(body: str) -> list[str]:
    out = []
    for line in body.splitlines():
        if not line.startswith("#"):
            break
        out.append(line)
    return out


def _kind(body: str) -> tuple[str, str | None]:
    for line in _leading_comments(body):
        if line.startswith("# fragment"):
            return "fragment", None
        if m := re.match(r"# file: (\S+)", line):
            return "file", m.group(1)
    return "unmarked", None


def _run(command: str, cwd: Path) -> str:
    args = shlex.split(command)
    assert args[0] == "rehearse"
    env = {**os.environ, "COLUMNS": "200"}
    out = subprocess.run([sys.executable, "-m", "rehearse", *args[1:]], cwd=cwd, capture_output=True, text=True,
                         env=env, timeout=120)
    return (out.stdout + out.stderr).rstrip("\n")


def test_the_tutorial_has_examples_of_every_kind():
    kinds = [(lang, _kind(body)[0]) for lang, body, _ in blocks()]
    assert ("yaml", "fragment") in kinds and ("yaml", "file") in kinds
    assert any(lang == "text" for lang, _ in kinds) and any(lang == "mermaid" for lang, _ in kinds)


def test_every_yaml_block_is_marked():
    for lang, body, line in blocks():
        if lang == "yaml":
            assert _kind(body)[0] != "unmarked", \
                f"AUTHORING.md line {line}: mark the block '# fragment' or '# file: NAME'"


def test_fragments_parse():
    for lang, body, line in blocks():
        if lang == "yaml" and _kind(body)[0] == "fragment":
            data = yaml.safe_load(body)
            assert isinstance(data, dict), f"AUTHORING.md line {line}: a fragment should be a mapping"


def test_files_load_and_shown_output_is_real(tmp_path):
    """Walk the tutorial in order, as a reader would: save each file, run each command, compare the output."""
    guidance = set(load_catalogue())
    saved: dict[str, Path] = {}
    checked = 0
    for lang, body, line in blocks():
        kind, name = _kind(body)
        if lang == "yaml" and kind == "file":
            path = tmp_path / name
            path.write_text(body, encoding="utf-8")
            sc, report = parse_scenario(body.encode(), name, guidance)
            assert sc is not None, f"AUTHORING.md line {line}: " + "; ".join(str(d) for d in report.errors)
            saved[sc.id] = path
        elif lang == "text" and body.startswith("$ rehearse"):
            command, _, expected = body.partition("\n")
            assert _run(command[2:], tmp_path) == expected.rstrip("\n"), f"AUTHORING.md line {line}: {command}"
            checked += 1
        elif lang == "mermaid":
            scenario_id = re.match(r"%% rehearse graph: (\S+)", body).group(1)
            assert _run(f"rehearse graph {saved[scenario_id].name}", tmp_path) == body.rstrip("\n"), \
                f"AUTHORING.md line {line}: the map is out of date"
            checked += 1
    assert checked >= 4


def test_final_scenario_is_strictly_clean_and_playable(tmp_path):
    last = [body for lang, body, _ in blocks() if lang == "yaml" and _kind(body)[0] == "file"][-1]
    f = tmp_path / "final.yaml"
    f.write_text(last, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "rehearse", "validate", "--strict", str(f)], capture_output=True,
                         text=True)
    assert out.returncode == 0 and out.stdout == "", out.stdout
    play = subprocess.run([sys.executable, "-m", "rehearse", "play", str(f), "--plain", "--no-save",
                           "--persona", "curious"], input="2\n1\n1\n", capture_output=True, text=True,
                          env={**os.environ, "REHEARSE_TYPING": "0"}, timeout=60)
    assert play.returncode == 0 and "Ending: A plan that fits" in play.stdout, play.stdout[-1500:]


def test_shell_examples_name_real_commands():
    from rehearse.cli import _parser

    commands = set(_parser()._subparsers._group_actions[0].choices)
    for lang, body, line in blocks():
        if lang != "sh":
            continue
        for cmd in body.splitlines():
            words = shlex.split(cmd)
            if words and words[0] == "rehearse":
                assert words[1] in commands, f"AUTHORING.md line {line}: no command 'rehearse {words[1]}'"
