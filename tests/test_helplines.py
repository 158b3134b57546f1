"""Help lines for where the user is: the bundled data, the region, a clinic's own lines and `rehearse help-lines`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from rehearse import helplines

REQUIRED = ("US", "CA", "GB", "IE", "AU", "NZ", "IN")


def test_bundled_lines_cover_the_required_regions_each_with_a_way_to_reach_and_hours():
    data = helplines.bundled()
    regions = [c for c in data if c != helplines.INTERNATIONAL]
    assert set(REQUIRED) <= set(regions) and len(regions) >= 12
    for code in regions:
        place = data[code]
        assert len(code) == 2 and place.emergency and place.lines, code
        for ln in place.lines:
            assert ln.name and (ln.phone or ln.text) and ln.hours and ln.web, (code, ln.name)


@pytest.mark.parametrize("region, expected", [("GB", "116 123"), ("IE", "116 123"), ("US", "988"),
                                              ("CA", "988.ca"), ("AU", "13 11 14"), ("NZ", "1737"), ("IN", "14416")])
def test_the_users_region_comes_first(region, expected):
    places = helplines.places_for(region)
    assert places[0].region == region and expected in places[0].lines[0].how()
    assert places[-1].region == helplines.INTERNATIONAL and len(places[-1].lines) == 1  # findahelpline only
    assert "findahelpline.com" in places[-1].lines[0].web


def test_no_region_gives_the_short_international_list():
    places = helplines.places_for(None)
    assert [p.region for p in places] == [helplines.INTERNATIONAL]
    text = "\n".join(helplines.as_text(places))
    assert "findahelpline.com" in text and "988" in text and "116 123" in text


def test_unknown_region_points_to_findahelpline_rather_than_guessing():
    places = helplines.places_for("JP")
    assert [p.region for p in places] == [helplines.INTERNATIONAL]


@pytest.mark.parametrize("env, region", [({"REHEARSE_REGION": "au"}, "AU"), ({"REHEARSE_REGION": "UK"}, "GB"),
                                         ({"LANG": "en_NZ.UTF-8"}, "NZ"),
                                         ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_GB"}, "CA"),
                                         ({"LANG": "C.UTF-8"}, None), ({"LANG": "en_IE.UTF-8@euro"}, "IE"),
                                         ({"REHEARSE_REGION": "GB", "LANG": "en_AU.UTF-8"}, "GB")])
def test_region_from_the_environment_then_the_locale(monkeypatch, env, region):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert helplines.current_region() == region


def test_a_clinics_own_line_comes_first(monkeypatch, private_home):
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "helplines.yaml").write_text(
        "lines:\n  - {name: Course wellbeing team, phone: 01234 567890, hours: 9am to 5pm weekdays}\n"
        "  - {name: Only in Australia, region: AU, phone: '000 000'}\n", encoding="utf-8")
    places = helplines.places_for("GB")
    assert places[0].place == helplines.LOCAL_PLACE and [ln.name for ln in places[0].lines] == ["Course wellbeing team"]
    assert places[0].lines[0].local and places[1].region == "GB"
    assert [ln.name for ln in helplines.places_for("AU")[0].lines] == ["Course wellbeing team", "Only in Australia"]


def test_a_named_file_is_read_and_a_broken_one_is_reported_not_raised(monkeypatch, tmp_path):
    f = tmp_path / "lines.yaml"
    monkeypatch.setenv("REHEARSE_HELPLINES", str(f))
    f.write_text("lines:\n  - {name: Clinic, phone: '123', colour: red}\n", encoding="utf-8")
    lines, problem = helplines.local_lines()
    assert lines == [] and "unknown field" in problem and str(f) in problem
    assert helplines.places_for("GB")[0].region == "GB"  # the bundled lines are still shown
    f.write_text("lines: [", encoding="utf-8")
    assert "not valid YAML" in helplines.local_lines()[1]


def _cli(*args, **env):
    full = {**os.environ, **env}
    return subprocess.run([sys.executable, "-m", "rehearse", "help-lines", *args], capture_output=True, text=True,
                          timeout=60, env=full)


@pytest.mark.parametrize("region, needle", [("GB", "Samaritans"), ("AU", "Lifeline"), ("NZ", "1737"), ("CA", "988"),
                                            ("US", "988 Suicide & Crisis Lifeline")])
def test_cli_prints_the_regions_lines(region, needle):
    out = _cli(REHEARSE_REGION=region)
    assert out.returncode == 0 and needle in out.stdout.splitlines()[3]  # the first line after the heading
    assert _cli("--region", region.lower()).stdout == out.stdout


def test_cli_json_and_bad_region():
    data = json.loads(_cli("--region", "IE", "--json").stdout)
    assert data["region"] == "IE" and data["places"][0]["lines"][0]["phone"] == "116 123"
    bad = _cli("--region", "Narnia")
    assert bad.returncode == 2 and "two-letter" in bad.stderr and "Traceback" not in bad.stderr
