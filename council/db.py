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
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, create_engine

# Every table module, so SQLModel.metadata holds every table (models registers round_tables).
from council import forwarding_tables, models, runtime_tables, secret_tables, wal  # noqa: F401
from council.errors import Busy

DEFAULT_URL = "sqlite:///data/council.db"
IMMEDIATE = "council_immediate"
POOL_SIZE = ("COUNCIL_POOL_SIZE", 8)
POOL_TIMEOUT = ("COUNCIL_POOL_TIMEOUT", 30.0)


def database_url() -> str:
    """COUNCIL_DATABASE_URL, or the SQLite file under data/."""
    return os.environ.get("COUNCIL_DATABASE_URL") or DEFAULT_URL


def pool_settings() -> dict[str, float]:
    """How many connections one app process keeps, and how long a script run waits for one (from the environment).

    Every script run uses at most one connection at a time (never two nested), so the pool bounds how many runs
    touch the database at once; the others queue for a connection in arrival order instead of piling onto the
    database (SQLite's busy handler polls and is unfair). A run that waits longer than the timeout gets Busy: the
    pupil is asked to try again, and nothing was changed.
    """
    (size_name, size), (timeout_name, timeout) = POOL_SIZE, POOL_TIMEOUT
    return {
        "pool_size": int(os.environ.get(size_name) or size),
        "max_overflow": 0,
        "pool_timeout": float(os.environ.get(timeout_name) or timeout),
    }


def make_engine(url: str | None = None, *, migrate: bool = True, **kwargs: object) -> Engine:
    """Create the engine (SQLite pragmas, IMMEDIATE transactions on request) and upgrade the schema to head."""
    url = url or database_url()
    if url.startswith("sqlite"):
        _ensure_folder(url)
        pool = {} if _in_memory(url) else pool_settings()
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60}, **{**pool, **kwargs})
        _configure_sqlite(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True, **{**pool_settings(), **kwargs})
    if migrate:
        from council.migrate import upgrade

        upgrade(engine)
    wal.truncate(engine)  # a crash may have left recent commits in SQLite's -wal
    return engine


def _in_memory(url: str) -> bool:
    path = url.removeprefix("sqlite:///")
    return path == url or not path or path.startswith(":memory:") or "mode=memory" in path


def _ensure_folder(url: str) -> None:
    if not _in_memory(url):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)


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
        # Straight to the driver: every script run's read begins here, and SQLAlchemy's statement machinery
        # (execution context, events, cursor result) cost more than SQLite's BEGIN itself.
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        statement = "BEGIN IMMEDIATE" if immediate else "BEGIN"
        driver = connection.connection.driver_connection
        assert driver is not None  # a connection being begun is checked out
        try:
            driver.execute(statement)
        except sqlite3.Error as err:  # wrapped as SQLAlchemy wraps its own ("database is locked" means Busy)
            raise sa_exc.DBAPIError.instance(statement, None, err, sqlite3.Error) from err


def is_sqlite(engine: Engine) -> bool:
    """True when the engine talks to SQLite."""
    return engine.dialect.name == "sqlite"


_UNIT_DEPTH = "council_unit_of_work_depth"  # db.info key: how deep in nested units of work this session is
_AFTER_COMMIT = "council_after_commit"  # db.info key: what runs once the outermost unit of work has committed


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
            db.info.pop(_AFTER_COMMIT, None)
        raise
    finally:
        db.info[_UNIT_DEPTH] = depth
    if depth == 0:
        for action in db.info.pop(_AFTER_COMMIT, {}).values():
            action()


def after_commit(db: Session, name: str, action: Callable[[], object]) -> None:
    """Run `action` once what the caller wrote is committed: now, or, inside a unit of work, after its outermost
    commit (once per `name`, however many services asked). E.g. emptying SQLite's -wal after a vote: tried inside
    a larger transaction (the demo closes ten votes in one) it could only wait for that transaction to end."""
    if in_unit_of_work(db):
        db.info.setdefault(_AFTER_COMMIT, {})[name] = action
    else:
        action()


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


def end_reads(db: Session) -> None:
    """End the read transaction the caller left open, so what it reads next is new (outside a unit of work).

    Ending a read loses nothing; unsaved changes made outside a unit of work would be written silently, so they
    are refused. The connection goes back to the pool until the session is used again."""
    if in_unit_of_work(db):
        return
    if db.new or db.dirty or db.deleted:
        raise UncommittedChanges("changes made outside a unit of work")
    if db.in_transaction():
        db.commit()


def _start_writing(db: Session) -> None:
    # A read transaction left open by the caller must end first: on SQLite a transaction that read and then
    # writes cannot wait for another writer and fails at once with "database is locked".
    end_reads(db)
    db.connection(execution_options={IMMEDIATE: True})


@contextmanager
def busy_means_try_again() -> Iterator[None]:
    """Turn "no connection in time" and SQLite's lock timeout into Busy, which pages show as "try again"."""
    try:
        yield
    except sa_exc.TimeoutError as err:  # the pool: every connection in use for longer than the timeout
        raise Busy("server.busy") from err
    except sa_exc.OperationalError as err:
        if "database is locked" in str(err.orig):  # SQLite waited its whole busy_timeout for the write lock
            raise Busy("server.busy") from err
        raise


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A database session for one script run or one action (Busy when the server cannot serve it in time)."""
    with busy_means_try_again(), Session(engine, expire_on_commit=False) as session:
        yield session


def read_row(source: Engine | Session, statement: str, params: tuple[object, ...]) -> tuple | None:
    """The first row of one plain statement (placeholders written `?`), sent straight to the driver: through the
    connection a database session holds, or when it holds none (or given the engine) through one taken from the
    pool and given back at once (never a second one). For the hottest reads only: on every rerun of every pupil's
    page SQLAlchemy's session, transaction and statement machinery cost ten times what SQLite's own lookup does.
    No ORM, no events, no type conversion: the driver's own values come back."""
    bind = source.get_bind() if isinstance(source, Session) else source
    dbapi = bind.dialect.loaded_dbapi
    if bind.dialect.paramstyle != "qmark":
        statement = statement.replace("?", "%s")
    with busy_means_try_again():
        held = None
        if isinstance(source, Session) and (source.in_transaction() or isinstance(bind, Connection)):
            held = source.connection().connection  # (a session bound to a connection holds it)
        raw = held or bind.engine.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                cursor.execute(statement, params)
                return cursor.fetchone()
            finally:
                cursor.close()
        except dbapi.Error as err:  # wrapped as SQLAlchemy wraps its own (SQLite's "database is locked": Busy)
            raise sa_exc.DBAPIError.instance(statement, params, err, dbapi.Error) from err
        finally:
            if held is None:
                raw.close()  # back to the pool, its reset ending what the driver began
