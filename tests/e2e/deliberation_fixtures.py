"""The real app on its own SQLite file, seeded through council services, and Debian's Chromium.

Kept apart from tests/e2e/conftest.py (another engineer's); the names here all start with delib_.
A missing browser skips on a developer's machine and fails when CI is set.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from council import auth, logins
from council import db as council_db
from council.auth import Actor
from council.models import Role

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class DelibApp:
    """A running app: its address, its database, and a teacher with a login token for the cookie."""

    url: str
    engine: Engine
    teacher: Actor
    login_token: str
    warm: bool = False

    def db(self) -> Session:
        return Session(self.engine, expire_on_commit=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def seed(engine: Engine) -> tuple[Actor, str]:
    """An admin, the teacher anna, and a login token for her browser."""
    with Session(engine, expire_on_commit=False) as db:
        admin = auth.create_first_admin(db, username="admin", password="admin-secret-1", school_name="Kroppkärrskolan")
        user = auth.create_user(db, admin, username="anna", password="anna-secret-1", role=Role.teacher)
        teacher = auth.actor_for(user)
        return teacher, logins.start_login(db, teacher)


@contextmanager
def running_app(folder: Path) -> Iterator[DelibApp]:
    """`streamlit run app.py` on a free port and a fresh SQLite file; stopped afterwards."""
    url = f"sqlite:///{(folder / 'e2e.db').resolve()}"
    engine = council_db.make_engine(url)
    teacher, token = seed(engine)
    port = free_port()
    env = {**os.environ, "COUNCIL_DATABASE_URL": url, "COUNCIL_DEMO": "0"}
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true"]
    command += ["--server.port", str(port), "--browser.gatherUsageStats", "false"]
    log = open(folder / "streamlit.log", "w")  # noqa: SIM115  (closed below)
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", server)
        yield DelibApp(f"http://127.0.0.1:{port}", engine, teacher, token)
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
        engine.dispose()


def wait_healthy(base: str, server: subprocess.Popen, timeout: float = 60) -> None:
    """Wait until Streamlit answers its health check."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("streamlit exited early")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not start")


@pytest.fixture(scope="module")
def delib_app(tmp_path_factory) -> Iterator[DelibApp]:
    with running_app(tmp_path_factory.mktemp("delib")) as app:
        yield app


@pytest.fixture
def delib_browser(chromium: Browser) -> Browser:
    """The suite's one Chromium (conftest.py): two sync Playwright sessions cannot run in one process."""
    return chromium


def warm_up(browser: Browser, app: DelibApp) -> None:
    """One visit right after the start, so no test meets Streamlit's first-run folder-page mode."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{app.url}/")
    page.locator(".st-key-join_code").wait_for(timeout=30_000)
    context.close()


@pytest.fixture
def new_context(delib_browser: Browser, delib_app: DelibApp) -> Iterator[Callable[..., BrowserContext]]:
    """Make browser contexts (a teacher's carries the login cookie); all closed after the test."""
    if not delib_app.warm:
        warm_up(delib_browser, delib_app)
        delib_app.warm = True
    made = []

    def make(*, teacher: bool = False) -> BrowserContext:
        context = delib_browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
        context.set_default_timeout(20_000)
        if teacher:
            context.add_cookies([{"name": "kr_login", "value": delib_app.login_token, "url": delib_app.url}])
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()
