"""The key footer, redrawn only when the keys it shows change."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """Textual's Footer, but a focus change that leaves the same keys on show costs nothing."""

    # Textual rebuilds every key in the footer after each focus move or screen change, queueing one rebuild per
    # signal: three at start-up, one or more per key press in a conversation. The keys rarely change.
    _shown: tuple | None = None
    _queued = False

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen or self._queued:
            return
        self._queued = True
        self.call_after_refresh(self._recompose_if_changed)

    def _keys(self) -> tuple:
        return tuple((b.key, b.action, b.description, enabled, tooltip)
                     for (_, b, enabled, tooltip) in self.screen.active_bindings.values() if b.show)

    async def _recompose_if_changed(self) -> None:
        self._queued = False
        if not self.is_attached:  # its screen closed while the rebuild waited
            return
        keys = self._keys()
        if keys != self._shown:
            self._shown = keys
            await self.recompose()
