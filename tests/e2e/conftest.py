"""Browser fixtures: Debian's Chromium through Playwright, and the real app started per test.

A missing browser skips these tests on a developer's machine but fails them when CI is set.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlmodel import Session

from council import auth
from council import db as council_db
from council.models import Role

from .server import RunningApp, start_app

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MAX_CONTEXTS = 5
TEACHER = {"username": "anna", "password": "anna-secret-1"}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """One headless Chromium for the whole run."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not Path(CHROMIUM).is_file():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)")
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except PlaywrightError as err:
            _unavailable(f"Chromium at {CHROMIUM} did not start: {err}")
        yield browser
        browser.close()


@pytest.fixture
def dialogs() -> list[str]:
    """Every alert/confirm/prompt any page of the test opened (there should be none)."""
    return []


@pytest.fixture
def new_page(chromium: Browser, dialogs: list[str]) -> Iterator[Callable[[], Page]]:
    """Open a page in a fresh browser context (own cookies: one person); at most five at once."""
    contexts = []

    def open_page() -> Page:
        open_now = [c for c in contexts if c.pages]
        assert len(open_now) < MAX_CONTEXTS, "keep to five browser contexts at once on this machine"
        context = chromium.new_context(accept_downloads=True, locale="sv-SE", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(20_000)
        contexts.append(context)
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def app_server(tmp_path) -> Iterator[Callable[..., RunningApp]]:
    """Start the app on a fresh database; optionally seed it first through the council services."""
    started: list[RunningApp] = []

    def start(seed: Callable[[Session], None] | None = None, env: dict[str, str] | None = None) -> RunningApp:
        db_path = tmp_path / "council.db"
        if seed is not None:
            engine = council_db.make_engine(f"sqlite:///{db_path}")
            with Session(engine, expire_on_commit=False) as db:
                seed(db)
            engine.dispose()
        app = start_app(db_path, tmp_path / "streamlit.log", env=env)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()
        # Captured, so pytest shows it only when the test failed.
        print(f"--- streamlit log ({app.url}) ---\n{app.log_tail()}")


def seed_teacher(db: Session) -> None:
    """An admin and the teacher anna, made through the services."""
    admin = auth.create_first_admin(db, username="admin", password="admin-secret-1", school_name="Kroppkärrskolan")
    auth.create_user(db, admin, role=Role.teacher, display_name="Anna Lind", **TEACHER)
