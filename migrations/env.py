"""Alembic's environment: the app's own engine (COUNCIL_DATABASE_URL) or a connection handed in by council.migrate."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

# Every table module, so target_metadata holds every table (models registers round_tables).
from council import ballot_box, forwarding_tables, migrate, models, runtime_tables, secret_tables, wal  # noqa: F401

config = context.config


def run_migrations_online() -> None:
    """Migrate on the connection council.migrate passes, or on a new one to COUNCIL_DATABASE_URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from council.db import make_engine

    engine = make_engine(migrate=False)
    with engine.begin() as own:
        _run(own)
    if config.attributes.get(migrate.VACUUM_AFTER):  # SQLite's VACUUM cannot run inside the transaction
        wal.vacuum(engine)
    engine.dispose()


def include_name(name: Any, type_: Any, _parent_names: Any) -> bool:
    """Leave out the sealed ballot boxes: the app makes and drops one per session (council/ballot_box.py)."""
    return not (type_ == "table" and name and name.startswith(ballot_box.PREFIX))


def _run(connection: Connection) -> None:
    # Batch mode lets SQLite alter a table by copying it (SQLite's ALTER TABLE is limited).
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not used here; run them against a database.")
run_migrations_online()
