"""AppTest fixtures: a fresh database per test (see tests/conftest.py), Streamlit's caches cleared between tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

if TYPE_CHECKING:
    from council.sessions import Pupil

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture(scope="session", autouse=True)
def settled_page_mode():
    """Settle Streamlit's old folder page mode before the first test, as the first visitor after a server start
    does (pages/startup.py, proven in a browser by tests/e2e/test_startup.py): settling reruns
    the app, which would drop the page switch of whichever test happens to run first."""
    from streamlit.runtime.pages_manager import PagesManager

    from pages import startup

    PagesManager.uses_pages_directory = False
    startup._FOLDER_MODE_CHECKED.set()
    startup._READY.set()  # no start screen: each test's engine is made on its first run


@pytest.fixture(autouse=True)
def app_database(engine, database_url, monkeypatch):
    """Point the app at this test's database (db, admin, teacher come from tests/conftest.py); no cached
    engine survives from another test."""
    monkeypatch.setenv("COUNCIL_DATABASE_URL", database_url)
    monkeypatch.delenv("COUNCIL_DEMO", raising=False)
    st.cache_resource.clear()
    yield engine
    st.cache_resource.clear()


def app(**state) -> AppTest:
    """The app, with session_state preset (e.g. actor=..., pupil=...)."""
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in state.items():
        at.session_state[key] = value
    return at


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not [e for e in at.error], [e.value for e in at.error]


def pupil_for(token: str) -> Pupil:
    """The pupil a join's token stands for, to put in session_state: an open tab of that pupil (AppTest cannot send
    the HttpOnly cookie a reload would carry; tests/e2e does)."""
    import os

    from sqlmodel import Session, select

    from council import db as council_db
    from council.auth import token_hash
    from council.models import Participant
    from council.sessions import Pupil, mark_key_for

    engine = council_db.make_engine(os.environ["COUNCIL_DATABASE_URL"], migrate=False)
    try:
        with Session(engine) as db:
            found = db.exec(select(Participant).where(Participant.credential_hash == token_hash(token))).one()
            return Pupil(found.id, found.session_id, mark_key_for(token))  # the key the browser's token gives
    finally:
        engine.dispose()
