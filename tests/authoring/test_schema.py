"""The JSON Schemas: generated from spec.py, shipped in rehearse/schemas/, and agreeing with the loader."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from rehearse.authoring.schemas import SCHEMAS, schema, schema_path, schema_text

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
BROKEN = Path(__file__).parent / "broken"
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads(schema_path(name).read_text(encoding="utf-8")))


def bundled() -> list[tuple[Path, str]]:
    """Every bundled YAML file and the schema it should meet."""
    out = [(f, "guidance.schema.json" if f.name == "guidance.yaml" else "scenario.schema.json")
           for f in sorted(SCENARIOS.glob("*.yaml"))]
    out += [(f, "shared.schema.json") for f in sorted((SCENARIOS / "shared").glob("*.yaml"))]
    return out


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_shipped_schema_is_in_sync_with_spec(name):
    assert schema_path(name).read_text(encoding="utf-8") == schema_text(name), \
        "rehearse/schemas is stale: run `python scripts/gen_schemas.py`"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_valid_draft_2020_12(name):
    s = schema(name)
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(s)


def test_gen_script_check_passes():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_schemas.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_schema_command_prints_the_shipped_files():
    for flag, name in (([], "scenario"), (["--catalogue"], "guidance"), (["--shared"], "shared")):
        out = subprocess.run([sys.executable, "-m", "rehearse", "schema", *flag], capture_output=True, text=True)
        assert out.returncode == 0
        assert out.stdout == schema_path(f"{name}.schema.json").read_text(encoding="utf-8")


def test_schemas_ship_in_the_package():
    text = (ROOT / "pyproject.toml").read_text()
    assert '"schemas/*"' in text


@pytest.mark.parametrize("path,name", bundled(), ids=lambda v: v.name if isinstance(v, Path) else v)
def test_bundled_file_meets_its_schema(path, name):
    errors = sorted(validator(name).iter_errors(yaml.safe_load(path.read_text(encoding="utf-8"))), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


@pytest.mark.parametrize("path,name", bundled(), ids=lambda v: v.name if isinstance(v, Path) else v)
def test_bundled_file_has_the_modeline(path, name):
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    m = MODELINE.match(first)
    assert m, f"{path.name}: the first line should be the yaml-language-server modeline"
    target = (path.parent / m.group(1)).resolve()
    assert target == schema_path(name).resolve()


def _scenario() -> dict:
    return yaml.safe_load((SCENARIOS / "vague-ending.yaml").read_text(encoding="utf-8"))


def _break(doc: dict, how: str) -> dict:
    d = json.loads(json.dumps(doc))
    node = next(iter(d["nodes"].values()))
    if how == "missing title":
        del d["title"]
    elif how == "unknown key":
        d["tilte"] = "x"
    elif how == "bad difficulty":
        d["difficulty"] = "easy"
    elif how == "bad id":
        d["id"] = "Has Spaces"
    elif how == "minutes as text":
        d["minutes"] = "ten"
    elif how == "minutes zero":
        d["minutes"] = 0
    elif how == "no tags":
        d["tags"] = []
    elif how == "unknown node key":
        node["sayy"] = "x"
    elif how == "goto as number":
        next(n for n in d["nodes"].values() if "choices" in n)["choices"][0]["goto"] = 3
    elif how == "bad outcome":
        next(n for n in d["nodes"].values() if "ending" in n)["ending"]["outcome"] = "great"
    elif how == "bad red flag":
        node["say"] = [{"text": "x", "red_flag": "rude"}]
    elif how == "effects with a list":
        next(n for n in d["nodes"].values() if "choices" in n)["choices"][0]["effects"] = {"alliance": [1]}
    elif how == "bad node id":
        d["nodes"]["has space"] = node
    return d


@pytest.mark.parametrize("how", ["missing title", "unknown key", "bad difficulty", "bad id", "minutes as text",
                                 "minutes zero", "no tags", "unknown node key", "goto as number", "bad outcome",
                                 "bad red flag", "effects with a list", "bad node id"])
def test_broken_scenario_is_rejected(how):
    assert validator("scenario.schema.json").is_valid(_scenario())
    assert not validator("scenario.schema.json").is_valid(_break(_scenario(), how))


def test_broken_catalogue_is_rejected():
    cat = yaml.safe_load((SCENARIOS / "guidance.yaml").read_text(encoding="utf-8"))
    v = validator("guidance.schema.json")
    bad = json.loads(json.dumps(cat))
    bad["items"][0]["role"] = "coach"
    assert not v.is_valid(bad)
    bad = json.loads(json.dumps(cat))
    del bad["items"][0]["sources"]
    assert not v.is_valid(bad)
    assert not v.is_valid({"sources": {}, "items": []})


# The structural codes the loader reports are exactly the ones the schema can see: the schema rejects each example.
STRUCTURAL = ["wrong-type", "bad-value", "bad-id", "empty-list", "missing-field", "unknown-key"]


@pytest.mark.parametrize("code", STRUCTURAL)
def test_schema_agrees_with_loader_on_structural_examples(code):
    doc = yaml.safe_load((BROKEN / f"{code}.yaml").read_text(encoding="utf-8"))
    assert not validator("scenario.schema.json").is_valid(doc)
