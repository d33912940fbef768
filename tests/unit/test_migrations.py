"""Alembic builds and upgrades the schema; the models never drift from the head revision."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import MetaData, insert, select, text

from council import db as council_db
from council import migrate, results
from council.models import CouncilSession, User
from council.sessions import Pupil, resume_pupil

NOW = dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.UTC)
ROWS = {
    "school": [{"id": 1, "name": "Kroppkärrskolan"}],
    "user": [
        {
            "id": 1,
            "username": "admin",
            "display_name": "Rektor",
            "password_hash": "x",
            "role": "admin",
            "school_id": 1,
            "committee_id": None,
            "active": True,
            "created_at": NOW,
        },
        {
            "id": 2,
            "username": "anna",
            "display_name": "Anna",
            "password_hash": "x",
            "role": "teacher",
            "school_id": 1,
            "committee_id": None,
            "active": True,
            "created_at": NOW,
        },
    ],
    "councilsession": [
        {
            "id": 1,
            "school_id": 1,
            "teacher_id": 2,
            "title": "Transporter",
            "question": "Hur?",
            "class_label": "6B",
            "expected_size": 3,
            "phase": "closed",
            "with_learn": False,
            "with_discuss": False,
            "join_code": "ABC234",
            "method": "approval",
            "method_params": {"max_picks": None},
            "archived": False,
            "created_at": NOW,
        },
    ],
    "participant": [{"id": i, "session_id": 1, "credential_hash": f"{i:064d}", "has_voted": i < 3} for i in (1, 2, 3)],
    "proposal": [
        {
            "id": i,
            "session_id": 1,
            "author_id": 1,
            "title": f"Förslag {i}",
            "body": "Cykelbanor – för klimatet",
            "theme": "",
            "status": "published",
            "reject_reason": "",
            "merged_into": None,
            "created_at": NOW,
        }
        for i in (1, 2)
    ],
    "ballot": [{"id": "a" * 32, "session_id": 1}, {"id": "b" * 32, "session_id": 1}],
    "ballotchoice": [
        {"ballot_id": "a" * 32, "proposal_id": 1, "value": 1},
        {"ballot_id": "b" * 32, "proposal_id": 1, "value": 1},
        {"ballot_id": "b" * 32, "proposal_id": 2, "value": 1},
    ],
    "auditevent": [{"id": 1, "user_id": 2, "action": "session.create", "target": "session:1", "at": NOW}],
    "loginsession": [{"token_hash": "f" * 64, "user_id": 2, "expires_at": NOW}],
    "committee": [{"id": 1, "name": "Klimatnämnden"}],
}


def fill_at_first_revision(engine) -> None:
    """Rows in every table, written with the first revision's columns (not today's models)."""
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        for name in (
            "school",
            "committee",
            "user",
            "councilsession",
            "participant",
            "proposal",
            "ballot",
            "ballotchoice",
            "auditevent",
            "loginsession",
        ):
            connection.execute(insert(tables.tables[name]), ROWS[name])
        if engine.dialect.name == "postgresql":  # explicit ids leave the sequences behind
            for name in ("school", "committee", "user", "councilsession", "participant", "proposal", "auditevent"):
                quoted = f'"{name}"'
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{quoted}', 'id'), 100)"))


def test_models_and_the_head_revision_agree(engine):
    """Fails when a model changes without a migration: see migrations/README for how to add one."""
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert migrate.differences(engine) == []


def test_upgrading_from_the_first_revision_keeps_every_row(empty_database_url):
    engine = council_db.make_engine(empty_database_url, migrate=False)
    migrate.upgrade(engine, migrate.BASELINE)
    fill_at_first_revision(engine)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    tables = MetaData()
    tables.reflect(engine)
    with engine.connect() as connection:
        for name, rows in ROWS.items():
            assert len(connection.execute(select(tables.tables[name])).all()) == len(rows), name
        assert connection.execute(select(User.email)).scalars().all() == [None, None]
        assert connection.execute(select(CouncilSession.ballots_deleted)).scalar_one() is False
    with council_db.session_scope(engine) as db:
        assert resume_pupil(db, None) is None
        res = results.for_pupil(db, pupil=Pupil(1, 1))
        assert (res.ballots, res.voters, res.table.iloc[0]["proposal_id"]) == (2, 2, 1)
    engine.dispose()


def test_a_database_made_before_migrations_is_adopted_and_upgraded(empty_database_url):
    engine = council_db.make_engine(empty_database_url, migrate=False)
    migrate.upgrade(engine, migrate.BASELINE)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))  # as create_all left it before Alembic
    fill_at_first_revision(engine)
    council_db.make_engine(empty_database_url).dispose()
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert migrate.differences(engine) == []
    engine.dispose()


def test_every_revision_can_be_undone_and_redone(empty_database_url):
    engine = council_db.make_engine(empty_database_url)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), "base")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.differences(engine) == []
    engine.dispose()


def test_ranked_sessions_from_before_the_counting_choice_keep_borda(empty_database_url):
    """They were counted by Borda: Schulze, the new default, must not reorder a closed session's results."""
    engine = council_db.make_engine(empty_database_url, migrate=False)
    migrate.upgrade(engine, "0003")
    tables = MetaData()
    tables.reflect(engine)
    before = {**ROWS["councilsession"][0], "method": "ranked", "method_params": {"top_k": 2}}
    chosen = {**before, "id": 2, "join_code": "DEF567", "method_params": {"top_k": 2, "rule": "schulze"}}
    with engine.begin() as connection:
        for name in ("school", "user"):
            connection.execute(insert(tables.tables[name]), ROWS[name])
        connection.execute(insert(tables.tables["councilsession"]), [before, chosen])
    migrate.upgrade(engine)
    with engine.connect() as connection:
        stored = dict(connection.execute(select(CouncilSession.id, CouncilSession.method_params)).all())
    assert stored == {1: {"top_k": 2, "rule": "borda"}, 2: {"top_k": 2, "rule": "schulze"}}
    engine.dispose()
