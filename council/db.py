"""The engine (SQLite by default, PostgreSQL by URL), its pragmas, and the schema (through Alembic)."""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, create_engine

from council import models, wal  # noqa: F401  (models registers the tables)

DEFAULT_URL = "sqlite:///data/council.db"
IMMEDIATE = "council_immediate"


def database_url() -> str:
    """COUNCIL_DATABASE_URL, or the SQLite file under data/."""
    return os.environ.get("COUNCIL_DATABASE_URL") or DEFAULT_URL


def make_engine(url: str | None = None, *, migrate: bool = True, **kwargs: object) -> Engine:
    """Create the engine (SQLite pragmas, IMMEDIATE transactions on request) and upgrade the schema to head."""
    url = url or database_url()
    if url.startswith("sqlite"):
        _ensure_folder(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60}, **kwargs)
        _configure_sqlite(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True, **kwargs)
    if migrate:
        from council.migrate import upgrade

        upgrade(engine)
    wal.truncate(engine)  # a crash may have left recent commits in SQLite's -wal
    return engine


def _ensure_folder(url: str) -> None:
    path = url.removeprefix("sqlite:///")
    if path and path != url and not path.startswith(":memory:") and "mode=memory" not in path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself, so a vote can ask for BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # Ballot secrecy in the files (secrecy.py): secure_delete zeroes what a delete frees; journal_size_limit=0
        # cuts stale -wal frames off at the first commit after a checkpoint; temp_store=MEMORY keeps sorts and
        # VACUUM's copy of the database out of temporary files.
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "busy_timeout=60000",
            "foreign_keys=ON",
            "secure_delete=ON",
            "journal_size_limit=0",
            "temp_store=MEMORY",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def is_sqlite(engine: Engine) -> bool:
    """True when the engine talks to SQLite."""
    return engine.dialect.name == "sqlite"


_UNIT_DEPTH = "council_unit_of_work_depth"  # db.info key: how deep in nested units of work this session is


class UncommittedChanges(RuntimeError):
    """A unit of work was opened over changes made outside one (a programming error, never a user's)."""


@contextmanager
def unit_of_work(db: Session) -> Iterator[Session]:
    """One write transaction: the write lock at its start (BEGIN IMMEDIATE on SQLite), commit on success,
    rollback on any error; a unit opened inside another joins the outer one: it flushes, never commits."""
    depth = db.info.get(_UNIT_DEPTH, 0)
    if depth == 0:
        _start_writing(db)
    db.info[_UNIT_DEPTH] = depth + 1
    try:
        yield db
        if depth == 0:
            db.commit()
        else:
            db.flush()  # what a nested service made has its id, as if it had committed
    except BaseException:
        if depth == 0:
            db.rollback()  # also after a failed commit, or the session refuses every later query
        raise
    finally:
        db.info[_UNIT_DEPTH] = depth


P = ParamSpec("P")
R = TypeVar("R")


def transactional(service: Callable[Concatenate[Session, P], R]) -> Callable[Concatenate[Session, P], R]:
    """Run a service (database session first) as one unit of work: all of it is written, or none of it."""

    @functools.wraps(service)
    def in_one_unit(db: Session, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with unit_of_work(db):
            return service(db, *args, **kwargs)

    return in_one_unit


def in_unit_of_work(db: Session) -> bool:
    """True while a unit of work is open on this database session."""
    return db.info.get(_UNIT_DEPTH, 0) > 0


def _start_writing(db: Session) -> None:
    # A read transaction left open by the caller must end first: on SQLite a transaction that read and then
    # writes cannot wait for another writer and fails at once with "database is locked". Ending a read loses
    # nothing; unsaved changes made outside a unit of work would be written silently, so they are refused.
    if db.new or db.dirty or db.deleted:
        raise UncommittedChanges("changes made outside a unit of work")
    if db.in_transaction():
        db.commit()
    db.connection(execution_options={IMMEDIATE: True})


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A database session for one script run or one action."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
