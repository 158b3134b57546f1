"""`rehearse serve`: the same app in a browser, through textual-serve, one process and one data folder per browser.

textual-serve runs a command per websocket; here each browser gets a random cookie, and its process runs with
REHEARSE_HOME set to a folder named by the cookie's hash under the server's data folder: a student sees their own
history on reload and never anyone else's. The page is textual-serve's, changed to load nothing from other hosts.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shlex
import sys
from pathlib import Path

COOKIE = "rehearse_student"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def exposure_warning(host: str) -> str | None:
    """What to tell the lecturer when the server is reachable from beyond this machine; None for localhost."""
    if host in LOCAL_HOSTS:
        return None
    return (f"rehearse serve: WARNING: listening on {host}, so anyone who can reach this machine on the network can "
            "open the app. There is no login: put it behind a reverse proxy with authentication (docs/TEACHING.md "
            "shows how), or bind to 127.0.0.1.")


def student_folder(root: Path, token: str) -> Path:
    """The data folder of the browser holding `token` (named by its hash: the token itself is not on disk)."""
    return root / "students" / hashlib.sha256(token.encode()).hexdigest()[:32]


def session_command(home: Path, libraries: list[str]) -> str:
    """The shell command textual-serve runs for one browser: the app, with that browser's REHEARSE_HOME."""
    args = [sys.executable, "-m", "rehearse"]
    for lib in libraries:
        args += ["--library", lib]
    return f"REHEARSE_HOME={shlex.quote(str(home))} " + " ".join(shlex.quote(a) for a in args)


def make_server(host: str, port: int, root: Path, libraries: list[str], public_url: str | None = None):
    """A textual-serve Server that gives each browser its own process and data folder."""
    import asyncio

    from aiohttp import web
    from textual_serve.app_service import AppService
    from textual_serve.server import Server, log, to_int

    from rehearse.files import private_dir
    from rehearse.locations import templates_dir

    class RehearseServer(Server):
        """textual-serve's Server with a per-browser command and a page that loads nothing from elsewhere."""

        async def handle_index(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
            response: web.StreamResponse = await super().handle_index(request)  # the page, rendered
            if COOKIE not in request.cookies:  # this browser's key to its own data folder
                response.set_cookie(COOKIE, secrets.token_urlsafe(32), httponly=True, samesite="Strict",
                                    max_age=60 * 60 * 24 * 365)
            return response

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            # textual-serve's handler, but the command is this browser's own (its REHEARSE_HOME).
            token = request.cookies.get(COOKIE) or secrets.token_urlsafe(32)  # no cookie: a folder for this visit
            home = student_folder(root, token)
            private_dir(home)
            websocket = web.WebSocketResponse(heartbeat=15)
            width = to_int(request.query.get("width", "80"), 80)
            height = to_int(request.query.get("height", "24"), 24)
            app_service: AppService | None = None
            try:
                await websocket.prepare(request)
                app_service = AppService(session_command(home, libraries), write_bytes=websocket.send_bytes,
                                         write_str=websocket.send_str, close=websocket.close,
                                         download_manager=self.download_manager, debug=self.debug)
                await app_service.start(width, height)
                try:
                    await self._process_messages(websocket, app_service)
                finally:
                    await app_service.stop()
            except asyncio.CancelledError:
                await websocket.close()
            except Exception as error:  # as textual-serve does: one browser's failure must not stop the server
                log.exception(error)
            finally:
                if app_service is not None:
                    await app_service.stop()
            return websocket

    private_dir(root)
    return RehearseServer("rehearse", host=host, port=port, title="rehearse", public_url=public_url,
                          templates_path=templates_dir() / "serve")


def run(host: str, port: int, root: Path, libraries: list[str], public_url: str | None = None) -> int:
    """Serve until interrupted."""
    warning = exposure_warning(host)
    if warning:
        print(warning, file=sys.stderr)
    print(f"rehearse serve: students' data in {root / 'students'} (one folder per browser)", file=sys.stderr)
    os.environ.pop("REHEARSE_NO_CACHE", None)
    make_server(host, port, root, libraries, public_url.rstrip("/") if public_url else None).serve()
    return 0
