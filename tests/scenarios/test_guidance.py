"""The guidance catalogue: big enough, every item sourced and taught, and docs/GUIDANCE.md in sync."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _gen():
    spec = importlib.util.spec_from_file_location("gen_guidance_doc", ROOT / "scripts" / "gen_guidance_doc.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_catalogue_has_at_least_30_sourced_items(catalogue):
    assert len(catalogue.items) >= 30
    for g in catalogue.items.values():
        assert g.sources and g.advice and g.example and g.title, g.id


def test_guidance_command_json():
    out = subprocess.run([sys.executable, "-m", "rehearse", "guidance", "--json"], capture_output=True, text=True)
    items = json.loads(out.stdout)
    assert len(items) >= 30 and all(i["sources"] and i["sources"][0]["title"] for i in items)


def test_every_item_is_taught_by_a_scenario(catalogue):
    teach = _gen().teaching_map()
    untaught = sorted(set(catalogue.items) - set(teach))
    assert not untaught, f"no scenario teaches: {untaught}"


def test_every_seed_article_is_cited(catalogue):
    files = {s.file for g in catalogue.items.values() for s in g.sources}
    for seed in ("000_e7d6c31b0480f0b1.txt", "001_9c79430c9f90592a.txt", "002_3f42b977feb73a8f.txt",
                 "003_aabffe94f3794e49.txt", "004_271f6f1546cba23b.txt"):
        assert seed in files


def test_guidance_doc_is_in_sync():
    doc = ROOT / "docs" / "GUIDANCE.md"
    assert doc.read_text() == _gen().render(), "run: python scripts/gen_guidance_doc.py"
