"""The unit of work: one write transaction, committed on success, rolled back on error, nested units join."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from council.db import UncommittedChanges, after_commit, in_unit_of_work, transactional, unit_of_work
from council.models import School


def _names(engine) -> list[str]:
    with Session(engine) as other:
        return sorted(other.exec(select(School.name)))


def test_a_unit_commits_what_it_wrote(engine, db):
    with unit_of_work(db):
        db.add(School(name="Norrstrandsskolan"))
    assert _names(engine) == ["Norrstrandsskolan"]


def test_an_error_in_a_unit_leaves_nothing_behind(engine, db):
    with pytest.raises(ValueError), unit_of_work(db):
        db.add(School(name="Kronoparksskolan"))
        db.flush()
        raise ValueError("refused")
    assert _names(engine) == []
    assert not in_unit_of_work(db)


def test_a_nested_unit_joins_the_outer_one_and_commits_nothing_itself(engine, db):
    with unit_of_work(db):
        with unit_of_work(db):
            school = School(name="Sundstaskolan")
            db.add(school)
        assert in_unit_of_work(db)
        assert school.id is not None  # flushed, as a service's caller expects of what it made
        assert _names(engine) == []
    assert _names(engine) == ["Sundstaskolan"]


def test_an_error_in_a_nested_unit_rolls_back_the_outer_one_too(engine, db):
    with pytest.raises(ValueError), unit_of_work(db):
        db.add(School(name="Rudsskolan"))
        with unit_of_work(db):
            db.add(School(name="Herrhagsskolan"))
            raise ValueError("refused")
    assert _names(engine) == []


def test_a_unit_refuses_to_start_over_changes_made_outside_one(engine, db):
    db.add(School(name="Ölmeskolan"))
    with pytest.raises(UncommittedChanges), unit_of_work(db):
        pass
    db.rollback()
    assert _names(engine) == []


def test_a_unit_ends_an_open_read_before_taking_the_write_lock(engine, db):
    db.exec(select(School)).all()  # a read transaction is open now
    with unit_of_work(db):
        db.add(School(name="Västerstrandsskolan"))
    assert _names(engine) == ["Västerstrandsskolan"]


def test_a_unit_holds_the_write_lock_from_its_start_on_sqlite(engine, db):
    if engine.dialect.name != "sqlite":
        pytest.skip("the write lock at BEGIN is SQLite's; PostgreSQL locks rows")
    import sqlite3

    path = engine.url.database
    with unit_of_work(db):
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


@transactional
def _add_school(db, name: str, *, refuse: bool = False) -> School:
    school = School(name=name)
    db.add(school)
    db.flush()
    if refuse:
        raise ValueError("refused")
    return school


def test_a_transactional_service_commits_on_its_own_and_keeps_its_name(engine, db):
    made = _add_school(db, "Nyeds skola")
    assert made.id is not None and not in_unit_of_work(db)
    assert _names(engine) == ["Nyeds skola"]
    assert _add_school.__name__ == "_add_school"


def test_a_refused_transactional_service_writes_nothing(engine, db):
    with pytest.raises(ValueError):
        _add_school(db, "Älvkulleskolan", refuse=True)
    assert _names(engine) == []


def test_two_transactional_services_in_one_unit_are_written_together_or_not_at_all(engine, db):
    with pytest.raises(ValueError), unit_of_work(db):
        _add_school(db, "Hultsbergsskolan")
        _add_school(db, "Vålbergsskolan", refuse=True)
    assert _names(engine) == []
    with unit_of_work(db):
        _add_school(db, "Hultsbergsskolan")
        assert _names(engine) == []
    assert _names(engine) == ["Hultsbergsskolan"]


def test_a_unit_whose_commit_fails_is_rolled_back_and_the_session_stays_usable(engine, db):
    from sqlalchemy.exc import IntegrityError

    from council.models import Committee

    with unit_of_work(db):
        db.add(Committee(name="Tekniska nämnden"))
    with pytest.raises(IntegrityError), unit_of_work(db):
        db.add(School(name="Stodene skola"))
        db.add(Committee(name="Tekniska nämnden"))  # the same name again: refused when the unit commits
    assert not in_unit_of_work(db)
    with unit_of_work(db):
        db.add(School(name="Gruvlyckeskolan"))
    assert _names(engine) == ["Gruvlyckeskolan"]


def test_a_vote_never_commits_what_its_caller_left_unsaved(engine, db, teacher):
    from council import voting
    from council.models import CouncilSession, Phase
    from council.secret_tables import Ballot

    from .helpers import session_at

    council, pupils, written = session_at(db, teacher, Phase.vote)
    council.title = "Ändrad men inte sparad"
    db.add(council)
    with pytest.raises(UncommittedChanges):
        voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    db.rollback()
    with Session(engine) as other:
        assert other.get(CouncilSession, council.id).title == "Transporter"
        assert other.exec(select(Ballot)).all() == []
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    assert voting.ballot_for(db, pupil=pupils[0]).has_voted


def test_the_audit_record_joins_the_callers_unit_and_goes_with_it(engine, db, teacher):
    from council.auth import record
    from council.models import AuditEvent

    with pytest.raises(ValueError), unit_of_work(db):
        record(db, teacher, "test.refused")
        raise ValueError("refused")
    record(db, teacher, "test.alone")  # outside any unit: a unit of its own
    with Session(engine) as other:
        actions = set(other.exec(select(AuditEvent.action)))
    assert "test.alone" in actions and "test.refused" not in actions


def test_what_waits_for_the_commit_runs_once_after_the_outermost_commit(engine, db):
    seen: list[list[str]] = []
    with unit_of_work(db):
        db.add(School(name="Rudsskolan"))
        for _ in range(3):  # three services ask; it runs once
            after_commit(db, "look", lambda: seen.append(_names(engine)))
        assert seen == []
    assert seen == [["Rudsskolan"]]  # it saw what was committed
    after_commit(db, "look", lambda: seen.append(["now"]))  # outside a unit of work: at once
    assert seen == [["Rudsskolan"], ["now"]]


def test_what_waits_for_the_commit_never_runs_after_a_rollback(engine, db):
    seen: list[str] = []
    with pytest.raises(ValueError), unit_of_work(db):
        after_commit(db, "look", lambda: seen.append("ran"))
        raise ValueError("refused")
    with unit_of_work(db):
        db.add(School(name="Herrhagsskolan"))
    assert seen == []


def test_closing_votes_inside_one_larger_unit_empties_the_wal_once_after_its_commit(tmp_path, monkeypatch):
    """The demo closes ten votes in one transaction: each close used to wait 10 s for that very transaction."""
    from council import db as council_db
    from council import demo, secrecy

    calls: list[int] = []
    real = secrecy.after_count
    monkeypatch.setattr(secrecy, "after_count", lambda engine: calls.append(1) or real(engine))
    engine = council_db.make_engine(f"sqlite:///{tmp_path / 'demo.db'}")
    with Session(engine) as session:
        assert demo.seed_if_empty(session)
    assert calls == [1]
    assert not (tmp_path / "demo.db-wal").exists() or (tmp_path / "demo.db-wal").stat().st_size == 0
    engine.dispose()
