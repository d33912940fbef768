"""AppTest fixtures: a fresh database per test (see tests/conftest.py), Streamlit's caches cleared between tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from council import auth
from council import db as council_db
from council.models import Role

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture(autouse=True)
def database(database_url, monkeypatch):
    """Point the app at its own database; no cached engine survives from another test."""
    url = database_url
    monkeypatch.setenv("COUNCIL_DATABASE_URL", url)
    monkeypatch.delenv("COUNCIL_DEMO", raising=False)
    st.cache_resource.clear()
    engine = council_db.make_engine(url)
    yield engine
    engine.dispose()
    st.cache_resource.clear()


@pytest.fixture
def db(database):
    with Session(database, expire_on_commit=False) as session:
        yield session


@pytest.fixture
def admin(db):
    return auth.create_first_admin(db, username="admin", password="admin-secret-1", school_name="Kroppkärrskolan")


@pytest.fixture
def teacher(db, admin):
    return auth.actor_for(auth.create_user(db, admin, username="anna", password="anna-secret-1", role=Role.teacher))


def app(**state) -> AppTest:
    """The app, with session_state preset (e.g. actor=..., pupil=...)."""
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in state.items():
        at.session_state[key] = value
    return at


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not [e for e in at.error], [e.value for e in at.error]
