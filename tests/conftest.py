"""Shared fixtures: a real SQLite file per test, and a ready-made teacher."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from council import auth
from council import db as council_db
from council.models import Role


@pytest.fixture
def engine(tmp_path):
    """A real SQLite database file with the app's pragmas."""
    engine = council_db.make_engine(f"sqlite:///{tmp_path / 'council.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
def db(engine):
    with Session(engine, expire_on_commit=False) as session:
        yield session


@pytest.fixture
def admin(db):
    return auth.create_first_admin(db, username="admin", password="admin-secret-1", school_name="Kroppkärrskolan")


@pytest.fixture
def teacher(db, admin):
    user = auth.create_user(db, admin, username="anna", password="anna-secret-1", role=Role.teacher)
    return auth.actor_for(user)
