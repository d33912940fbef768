"""Start and stop the real app (`streamlit run app.py`) on a free port with its own SQLite file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningApp:
    """A started app: where to reach it, its database file, its log and its process."""

    url: str
    db_path: Path
    log_path: Path
    process: subprocess.Popen

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_app(
    db_path: Path,
    log_path: Path,
    *extra_flags: str,
    script: Path = REPO / "app.py",
    port: int | None = None,
    env: dict[str, str] | None = None,
) -> RunningApp:
    """Run the app (or another script) headless on 127.0.0.1 and wait until /_stcore/health answers.

    `port` is for a test that must name the app's address before the start (an OIDC redirect_uri); default: a free one.
    `env` adds variables (e.g. COUNCIL_DEMO=1); COUNCIL_DEMO and COUNCIL_PUBLIC_URL are otherwise unset.
    """
    port = port or free_port()
    environment = {**os.environ, "COUNCIL_DATABASE_URL": f"sqlite:///{db_path.resolve()}"}
    for name in ("COUNCIL_DEMO", "COUNCIL_PUBLIC_URL"):
        environment.pop(name, None)
    environment.update(env or {})
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script.name,
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
        *extra_flags,
    ]
    log = log_path.open("wb")
    process = subprocess.Popen(command, cwd=script.parent, env=environment, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    app = RunningApp(f"http://127.0.0.1:{port}", db_path, log_path, process)
    try:
        _wait_healthy(app)
    except BaseException:
        app.stop()
        raise
    return app


def _wait_healthy(app: RunningApp) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if app.process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {app.process.returncode}:\n{app.log_tail()}")
        try:
            if requests.get(f"{app.url}/_stcore/health", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer /_stcore/health in {STARTUP_SECONDS} s:\n{app.log_tail()}")
