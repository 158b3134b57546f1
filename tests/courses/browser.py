"""A little WebDriver client (the W3C protocol over HTTP, to Debian's chromedriver) and a served rehearse to drive.

Used by the headless-browser test and by scripts/measure_serve.py. No Selenium: a dozen endpoints are all it takes.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[PX^_].*?\x1b\\|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[@-Z\\-_]",
                   re.DOTALL)


def missing() -> str | None:
    """Why a browser test cannot run here, or None."""
    try:
        import textual_serve  # noqa: F401
    except ImportError:
        return "textual-serve is not installed (pip install -e '.[serve]')"
    for exe in ("chromium", "chromedriver"):
        if shutil.which(exe) is None:
            return f"{exe} is not installed (apt-get install chromium chromium-driver)"
    return None


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 30.0) -> None:
    """Wait until something accepts connections on the port."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on port {port}")


class Served:
    """`rehearse serve` on a free port with its own data folder, as a context manager."""

    def __init__(self, home: Path, extra_env: dict | None = None):
        self.home = home
        self.port = free_port()
        env = {k: v for k, v in os.environ.items() if k not in ("REHEARSE_LIBRARY", "REHEARSE_NO_CACHE")}
        env.update({"REHEARSE_HOME": str(home), "REHEARSE_TYPING": "0", **(extra_env or {})})
        self.proc = subprocess.Popen([sys.executable, "-m", "rehearse", "serve", "--port", str(self.port)],
                                     cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    @property
    def url(self) -> str:
        """The page's address."""
        return f"http://127.0.0.1:{self.port}/"

    def __enter__(self) -> Served:
        wait_port(self.port)
        return self

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.communicate()


class Browser:
    """One headless Chromium through chromedriver: navigate, run a script, press keys, read the websocket's frames."""

    def __init__(self, driver_port: int):
        self.base = f"http://127.0.0.1:{driver_port}"
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": shutil.which("chromium"),
                                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                                            "--disable-dev-shm-usage", "--window-size=1280,800"]},
            "goog:loggingPrefs": {"performance": "ALL"}}}}
        self.sid = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            out = json.loads(r.read() or b"{}")
        return out.get("value", out)

    def go(self, url: str) -> None:
        """Open a page."""
        self._call("POST", f"/session/{self.sid}/url", {"url": url})

    def js(self, script: str, *args):
        """Run a script in the page and return its value."""
        return self._call("POST", f"/session/{self.sid}/execute/sync", {"script": script, "args": list(args)})

    def wait(self, script: str, timeout: float = 30.0) -> float:
        """Wait until the script returns true; seconds waited."""
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            if self.js(script):
                return time.monotonic() - t0
            time.sleep(0.05)
        raise TimeoutError(script)

    def keys(self, text: str) -> None:
        """Type keys into the focused element (WebDriver key codes: \\ue007 is Enter)."""
        actions = [a for k in text for a in ({"type": "keyDown", "value": k}, {"type": "keyUp", "value": k})]
        self._call("POST", f"/session/{self.sid}/actions",
                   {"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})

    def requests(self) -> list[str]:
        """Every URL the page has asked for so far (from the performance log)."""
        return [m["params"]["request"]["url"] for m in self._log() if m.get("method") == "Network.requestWillBeSent"]

    def screen_text(self) -> str:
        """What the app has sent so far, as text: the websocket frames with the terminal's escape codes taken out."""
        out = []
        for m in self._log():
            if m.get("method") == "Network.webSocketFrameReceived":
                frame = m["params"]["response"]
                data = frame.get("payloadData", "")
                raw = base64.b64decode(data) if frame.get("opcode") == 2 else data.encode()
                out.append(raw.decode("utf-8", "replace"))
        return _ANSI.sub(" ", "".join(out))

    _seen: list | None = None

    def _log(self) -> list[dict]:
        entries = self._call("POST", f"/session/{self.sid}/se/log", {"type": "performance"})
        new = [json.loads(e["message"])["message"] for e in entries]
        self._seen = (self._seen or []) + new
        return self._seen

    def close(self) -> None:
        """End the browser."""
        try:
            self._call("DELETE", f"/session/{self.sid}")
        except OSError:
            pass


class Driver:
    """chromedriver on a free port, as a context manager; Chromium keeps its profile and caches under `home`."""

    def __init__(self, home: Path):
        self.home = home

    def __enter__(self) -> Driver:
        self.port = free_port()
        self.home.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "HOME": str(self.home), "XDG_CONFIG_HOME": str(self.home / ".config"),
               "XDG_CACHE_HOME": str(self.home / ".cache")}
        self.proc = subprocess.Popen([shutil.which("chromedriver") or "chromedriver", f"--port={self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        wait_port(self.port)
        return self

    def browser(self) -> Browser:
        """A new browser (its own profile, so its own cookie: a new student)."""
        return Browser(self.port)

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
