"""Votes stored before migration 0004_secrecy — ballot cells in the order of voting on SQLite, old row versions
after VACUUM on PostgreSQL — are rewritten by the upgrade so their files keep neither."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, insert, text

from council import db as council_db
from council import migrate

from ..conftest import on_postgres
from .pg_attacks import gather
from .sqlite_attacks import apparent_insertion_order, stray_ballot_bytes
from .sqlite_file import Database, with_wal

VOTES = 12
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def store_the_old_way(engine: Any) -> tuple[list[str], list[str]]:
    """A closed session whose 12 ballots were written one after another, as before 0004 (and 12 more, deleted);
    the ids kept and the ids deleted."""
    tables = MetaData()
    tables.reflect(engine)
    kept = [secrets.token_hex(16) for _ in range(VOTES)]
    gone = [secrets.token_hex(16) for _ in range(VOTES)]
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA secure_delete=OFF")  # as every connection was before 0004
        row = {"name": "Skolan"}
        connection.execute(insert(tables.tables["school"]), [{"id": 1, **row}])
        user = {"id": 1, "username": "anna", "display_name": "", "password_hash": "x", "role": "teacher"}
        connection.execute(insert(tables.tables["user"]), [{**user, "active": True, "created_at": NOW}])
        session = {"teacher_id": 1, "title": "T", "question": "Q", "class_label": "", "expected_size": 0}
        session |= {"phase": "closed", "with_learn": False, "with_discuss": False, "method": "approval"}
        session |= {"method_params": {}, "archived": False, "created_at": NOW, "age_group": "4-6"}
        session |= {"one_time_codes": False, "kiosk": True, "themes": [], "countdown_phase": ""}
        session |= {"ballots_deleted": False}
        connection.execute(insert(tables.tables["councilsession"]), [{"id": 1, "join_code": "ABC234", **session}])
        proposal = {"session_id": 1, "title": "F", "body": "B", "theme": "", "status": "published"}
        proposal |= {"reject_reason": "", "created_at": NOW, "addressee": "school"}
        connection.execute(insert(tables.tables["proposal"]), [{"id": 1, **proposal}])
        for ballot_id in kept + gone:  # one vote after another
            connection.execute(insert(tables.tables["ballot"]), [{"id": ballot_id, "session_id": 1}])
            choice = {"ballot_id": ballot_id, "proposal_id": 1, "value": 1}
            connection.execute(insert(tables.tables["ballotchoice"]), [choice])
            if connection.dialect.name == "postgresql":  # the old per-vote re-seal left dead versions behind
                connection.execute(text("UPDATE ballot SET session_id = session_id"))
        for ballot_id in gone:
            connection.execute(text("DELETE FROM ballotchoice WHERE ballot_id = :b"), {"b": ballot_id})
            connection.execute(text("DELETE FROM ballot WHERE id = :b"), {"b": ballot_id})
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ballot"))
    return kept, gone


def test_the_upgrade_rewrites_earlier_votes_so_their_files_keep_no_order(empty_database_url):
    engine = council_db.make_engine(empty_database_url, migrate=False)
    migrate.upgrade(engine, "0003")
    kept, gone = store_the_old_way(engine)
    migrate.upgrade(engine)
    if on_postgres():
        with engine.connect() as connection:
            found = gather(connection)
            connection.commit()
        ballots = [v for v in found.ballots]
        assert sorted(v.values["id"] for v in ballots) == sorted(kept)  # no old version, no deleted ballot
        assert len({v.xmin for v in ballots + found.choices}) == 1
        assert [v.values["id"] for v in sorted(ballots, key=lambda v: (v.block, -v.offset))] == sorted(kept)
    else:
        path = Path(engine.url.database)
        wal = Path(f"{path}-wal")
        data = with_wal(path.read_bytes(), wal.read_bytes() if wal.exists() else b"")
        cells = apparent_insertion_order(Database(data).table("ballot"))
        assert [cell.values[0] for cell in cells] == sorted(kept)
        assert stray_ballot_bytes(data, set(kept)) == (set(), 0)
    engine.dispose()
