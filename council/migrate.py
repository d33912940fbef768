"""Schema migrations with Alembic: upgrade on start, and a check that the models match the head revision."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Enum, String, UniqueConstraint, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

from council import ballot_box, wal

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
BASELINE = "0001"
VACUUM_AFTER = "vacuum_after"  # a revision (0004_secrecy) sets this config attribute to have SQLite VACUUMed after
# Two instances starting at once must not both migrate: PostgreSQL serialises them on this advisory lock.
_LOCK_KEY = 8_020_511


def config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, pointed at migrations/ and (optionally) at an open connection."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def head_revision() -> str:
    """The newest revision in migrations/versions."""
    head = ScriptDirectory.from_config(config()).get_current_head()
    assert head is not None, "migrations/versions holds no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; a database made before Alembic is first stamped at the baseline."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        cfg = config(connection)
        if _made_before_alembic(connection):
            command.stamp(cfg, BASELINE)
        command.upgrade(cfg, revision)
    if cfg.attributes.get(VACUUM_AFTER):  # SQLite's VACUUM cannot run inside the upgrade's transaction
        wal.vacuum(engine)


def _made_before_alembic(connection: Connection) -> bool:
    tables = set(inspect(connection).get_table_names())
    return "councilsession" in tables and "alembic_version" not in tables


def differences(engine: Engine) -> list:
    """What the models have that the database lacks, or the other way round (empty when they agree)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _not_a_ballot_box})
        found = compare_metadata(context, SQLModel.metadata)
    sqlite = engine.dialect.name == "sqlite"
    return [diff for diff in found if not _repeats_primary_key(diff) and not (sqlite and _enum_length_only(diff))]


def _enum_length_only(diff: tuple | list) -> bool:
    # An enum that gained a longer value (role: "coordinator") is a wider VARCHAR on SQLite, which SQLite never
    # enforces; widening it would rebuild the table, and a rebuild of a table others point to fails on foreign keys.
    if not isinstance(diff, list) or len(diff) != 1 or diff[0][0] != "modify_type":
        return False
    old, new = diff[0][-2], diff[0][-1]
    return isinstance(new, Enum) and isinstance(old, String) and not isinstance(old, Enum)


def _not_a_ballot_box(name: str | None, type_: str, _parents: dict) -> bool:
    # The app makes and drops one sealed box per session (ballot_box.py); migrations never see them.
    return not (type_ == "table" and name and name.startswith(ballot_box.PREFIX))


def _repeats_primary_key(diff: tuple) -> bool:
    # PostgreSQL drops a UNIQUE that repeats the primary key (BallotChoice has one); nothing is missing.
    if diff[0] != "add_constraint" or not isinstance(diff[1], UniqueConstraint):
        return False
    table = SQLModel.metadata.tables[diff[1].table.name]
    return {c.name for c in diff[1].columns} == {c.name for c in table.primary_key.columns}
