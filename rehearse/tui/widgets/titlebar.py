"""The one-line title at the top of each screen."""

from __future__ import annotations

from textual.widgets import Static

from rehearse.engine.textnorm import printable


class TitleBar(Static):
    """The screen's title and subtitle: what Textual's Header shows, as one widget instead of four."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        content-align: center middle;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self) -> None:
        super().__init__(markup=False)

    def on_mount(self) -> None:
        self.watch(self.screen, "title", self._retitle)
        self.watch(self.screen, "sub_title", self._retitle)

    def _retitle(self, _: object = None) -> None:
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        # Titles come from scenario files: an escape sequence in one must not retitle the terminal or move the cursor.
        self.update(app.format_title(printable(title), printable(sub_title)))
