"""The app's picker lists a course folder's scenarios under the course's title, in the course's order."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import OptionList

from tests.tui.conftest import app_factory, library, seen  # noqa: F401  (fixtures)

COURSE = Path(__file__).resolve().parent.parent / "data" / "course"


async def test_picker_groups_a_course_under_its_title(app_factory, tmp_path, monkeypatch):  # noqa: F811
    course = tmp_path / "course"
    shutil.copytree(COURSE, course)
    second = (course / "lateness-talk.yaml").read_text().replace("id: lateness-talk", "id: lateness-first")
    (course / "first.yaml").write_text(second.replace('title: "Arriving late, again"', 'title: "Zed comes first"'))
    (course / "course.yaml").write_text("title: Skills 2\ntags: [lateness]\norder: [lateness-first, lateness-talk]\n")
    monkeypatch.setenv("REHEARSE_LIBRARY", str(course))
    app = app_factory()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        ol = app.screen.query_one("#entries", OptionList)
        ids = [ol.get_option_at_index(i).id for i in range(ol.option_count)]
        heading = f"course:{course}"
        assert heading in ids
        # the bundled entries come first, then the course heading and its scenarios in the course's order
        assert ids.index("mini") < ids.index(heading)
        assert ids[ids.index(heading) + 1:] == ["lateness-first", "lateness-talk"]
        assert "Skills 2" in str(ol.get_option_at_index(ids.index(heading)).prompt)
