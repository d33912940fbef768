"""The unit of work: one write transaction, committed on success, rolled back on error, nested units join."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from council.db import UncommittedChanges, in_unit_of_work, unit_of_work
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
            db.add(School(name="Sundstaskolan"))
        assert in_unit_of_work(db)
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
