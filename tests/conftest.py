"""Shared fixtures: a fresh database per test (SQLite file, or PostgreSQL by COUNCIL_TEST_DATABASE_URL), a teacher."""

from __future__ import annotations

import os
import shutil
import uuid

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from council import auth
from council import db as council_db
from council.models import Role

# postgresql+psycopg://user@host:port/anything — each test gets its own database on that server.
PG_URL = os.environ.get("COUNCIL_TEST_DATABASE_URL", "")


def on_postgres() -> bool:
    """True when this run of the suite uses PostgreSQL."""
    return PG_URL.startswith("postgresql")


def _server() -> Engine:
    return create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def template_database(tmp_path_factory):
    """The schema built once by the Alembic migrations; every test starts from a copy of it."""
    if not on_postgres():
        path = tmp_path_factory.mktemp("template") / "council.db"
        council_db.make_engine(f"sqlite:///{path}").dispose()
        yield path
        return
    name = f"council_template_{os.getpid()}"
    server = _server()
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    council_db.make_engine(make_url(PG_URL).set(database=name).render_as_string(hide_password=False)).dispose()
    yield name
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    server.dispose()


@pytest.fixture
def database_url(template_database, tmp_path):
    """The URL of this test's own database, copied from the migrated template."""
    if not on_postgres():
        shutil.copy(template_database, tmp_path / "council.db")
        yield f"sqlite:///{tmp_path / 'council.db'}"
        return
    name = f"council_test_{uuid.uuid4().hex[:12]}"
    server = _server()
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_database}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    server.dispose()


@pytest.fixture
def empty_database_url(tmp_path):
    """The URL of a database with no tables at all, for migration tests."""
    if not on_postgres():
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    name = f"council_empty_{uuid.uuid4().hex[:12]}"
    server = _server()
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    server.dispose()


@pytest.fixture
def engine(database_url):
    """The test's database with the app's engine settings."""
    engine = council_db.make_engine(database_url)
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
