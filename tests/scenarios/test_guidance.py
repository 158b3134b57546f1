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


def test_sources_are_published_works_a_reader_can_look_up(catalogue):
    cited = {s.key: s for g in catalogue.items.values() for s in g.sources}
    # Nothing cites the project's own research notes, which a user cannot read.
    assert all(s.file is None or not s.file.startswith("research") for s in cited.values())
    published = [s for s in cited.values() if s.year is not None]
    assert len(published) >= 4, [s.key for s in published]
    for s in published:
        assert s.published and str(s.year) in s.reference() and s.title in s.reference()
    # DEAR MAN is Linehan's, so the item about speaking from your own side must cite her, not only Medens.
    assert "Linehan2015" in [s.key for s in catalogue.get("use_i_statement").sources]


def test_every_item_says_what_each_source_supports(catalogue):
    for g in catalogue.items.values():
        assert [k for k, _ in g.basis] == [s.key for s in g.sources], g.id
        assert all(len(text.split()) >= 6 for _, text in g.basis), g.id


def test_every_red_flag_kind_cites_an_item():
    from rehearse.engine.load.guidance import load_catalogue
    from rehearse.engine.load.spec import RED_FLAGS

    cat = load_catalogue()
    for kind in RED_FLAGS:
        assert cat.flag_guidance(kind) is not None, kind
    # Medens names defensive, dismissive and blame-shifting replies; the other kinds rest on other sources.
    assert cat.flag_guidance("vague").id == "probe_vague_ending"


def test_guidance_json_links_published_sources():
    out = subprocess.run([sys.executable, "-m", "rehearse", "guidance", "--json"], capture_output=True, text=True)
    items = {i["id"]: i for i in json.loads(out.stdout)}
    src = items["t_nondefensive_ownership"]["sources"]
    assert any(s["link"] == "https://doi.org/10.1037/a0022140" and s["year"] == 2011 for s in src)
    assert set(items["t_nondefensive_ownership"]["basis"]) == {s["key"] for s in src}
