"""The connection pool: sized from settings, one connection per script run (never a second one nested inside the
first), and a run that cannot get a connection in time is told to try again with nothing changed."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import event, func, select

from council import db as council_db
from council import live, voting
from council.errors import Busy
from council.models import Participant, Phase
from council.secret_tables import Ballot

from .helpers import session_at


@pytest.fixture
def one_connection(database_url):
    """The app's engine on this test's database with a pool of one connection and no waiting for it."""
    engine = council_db.make_engine(database_url, migrate=False, pool_size=1, pool_timeout=0)
    yield engine
    engine.dispose()


def most_held_by_one_thread(engine: Any) -> Counter:
    """Watch the pool: the largest number of connections any one thread held at once, per thread."""
    held, most = Counter(), Counter()

    @event.listens_for(engine, "checkout")
    def _out(*_args: Any) -> None:
        held[threading.get_ident()] += 1
        most[threading.get_ident()] = max(most[threading.get_ident()], held[threading.get_ident()])

    @event.listens_for(engine, "checkin")
    def _in(*_args: Any) -> None:
        held[threading.get_ident()] -= 1

    return most


def test_pool_size_and_wait_come_from_the_environment(database_url, monkeypatch):
    monkeypatch.setenv("COUNCIL_POOL_SIZE", "3")
    monkeypatch.setenv("COUNCIL_POOL_TIMEOUT", "2.5")
    engine = council_db.make_engine(database_url, migrate=False)
    assert (engine.pool.size(), engine.pool.timeout(), engine.pool._max_overflow) == (3, 2.5, 0)
    engine.dispose()


def test_without_settings_the_pool_has_its_documented_defaults(database_url, monkeypatch):
    monkeypatch.delenv("COUNCIL_POOL_SIZE", raising=False)
    monkeypatch.delenv("COUNCIL_POOL_TIMEOUT", raising=False)
    engine = council_db.make_engine(database_url, migrate=False)
    assert (engine.pool.size(), engine.pool.timeout()) == (council_db.POOL_SIZE[1], council_db.POOL_TIMEOUT[1])
    engine.dispose()


def test_the_ballot_reads_the_shelf_through_the_one_connection_it_holds(db, teacher, one_connection, monkeypatch):
    """voting.ballot_for holds a connection (has this pupil voted?) while the shelf loads the ballot: the load must
    use that connection, not take a second one."""
    _, pupils, written = session_at(db, teacher, Phase.vote)
    monkeypatch.setattr(live, "TTL_SECONDS", 0.0)  # every read misses the shelf and loads
    most = most_held_by_one_thread(one_connection)
    with council_db.session_scope(one_connection) as small:
        paper = voting.ballot_for(small, pupil=pupils[0])
    assert sorted(p.id for p in paper.proposals) == sorted(p.id for p in written)
    assert max(most.values()) == 1


def test_shelf_rows_loaded_through_a_callers_connection_stay_out_of_its_session(db, teacher, one_connection):
    council, _, _ = session_at(db, teacher, Phase.vote)
    live._SHELF.forget(live._database(one_connection), council.id)
    with council_db.session_scope(one_connection) as small:
        shelved = live.council(small, council.id)
        assert shelved not in small
        assert small.in_transaction()  # the caller's read transaction goes on, untouched
    assert shelved.title == "Transporter"


def test_a_run_that_gets_no_connection_in_time_is_told_to_try_again(one_connection):
    # another run holds the only connection
    with one_connection.connect(), pytest.raises(Busy) as refused, council_db.session_scope(one_connection) as db:
        db.exec(select(1))
    assert refused.value.key == "server.busy"


def test_a_vote_refused_for_want_of_a_connection_changes_nothing_and_can_be_cast_again(db, teacher, one_connection):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    with one_connection.connect(), pytest.raises(Busy), council_db.session_scope(one_connection) as busy:
        voting.cast(busy, pupil=pupils[0], choices={written[0].id: 1})
    assert db.scalar(select(func.count()).select_from(Ballot)) == 0
    assert not db.get(Participant, pupils[0].participant_id).has_voted
    with council_db.session_scope(one_connection) as calm:
        voting.cast(calm, pupil=pupils[0], choices={written[0].id: 1})
    db.rollback()  # end the read snapshot taken before the vote
    assert db.get(Participant, pupils[0].participant_id).has_voted  # counted (in the sealed box until the close)


def test_a_write_that_waits_too_long_for_sqlites_lock_is_told_to_try_again(database_url, db, teacher, one_connection):
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's write lock")
    _, pupils, written = session_at(db, teacher, Phase.vote)
    with one_connection.connect() as connection:
        connection.exec_driver_sql("PRAGMA busy_timeout=100")  # this connection gives up after 0.1 s, not 60 s
    other_writer = sqlite3.connect(database_url.removeprefix("sqlite:///"))
    other_writer.isolation_level = None
    other_writer.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with pytest.raises(Busy), council_db.session_scope(one_connection) as impatient:
            voting.cast(impatient, pupil=pupils[0], choices={written[0].id: 1})
    finally:
        other_writer.execute("ROLLBACK")
        other_writer.close()
    assert not db.get(Participant, pupils[0].participant_id).has_voted


def test_once_a_pupil_is_seen_to_have_voted_the_receipts_reruns_ask_the_database_nothing(db, teacher, one_connection):
    """has_voted never turns back, so the page passes known_voted and a warm shelf serves the rest: no statement,
    no connection taken from the pool (300 receipts drawn at once take none)."""
    _, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    with council_db.session_scope(one_connection) as first:
        assert voting.ballot_for(first, pupil=pupils[0]).has_voted  # warms the shelf, asks the flag
    statements: list[str] = []
    event.listen(one_connection, "before_cursor_execute", lambda *args: statements.append(args[2]))
    most = most_held_by_one_thread(one_connection)
    with council_db.session_scope(one_connection) as again:
        assert voting.ballot_for(again, pupil=pupils[0], known_voted=True).has_voted
    assert statements == [] and not most
    with council_db.session_scope(one_connection) as unsure:
        assert voting.ballot_for(unsure, pupil=pupils[0]).has_voted  # without it the flag is read: one checkout
    assert statements == [] and most == {threading.get_ident(): 1}  # straight to the driver (council/db.py)


def test_the_has_voted_read_goes_straight_to_the_driver_and_uses_the_connection_the_session_holds(
    db, teacher, one_connection
):
    """Every rerun of every pupil's ballot asks whether the pupil has voted: one driver statement on a connection
    given back at once, or on the one the run already holds (never a second one), and right before and after a vote."""
    council, pupils, written = session_at(db, teacher, Phase.vote)
    most = most_held_by_one_thread(one_connection)
    with council_db.session_scope(one_connection) as small:
        assert not voting.has_voted(small, pupils[0].participant_id)
        assert not small.in_transaction()  # no read transaction left open by the check
        live._SHELF.forget(live._database(one_connection), council.id)
        live.council(small, council.id)  # the run now holds a connection
        assert not voting.has_voted(small, pupils[0].participant_id)
        assert small.in_transaction()
    assert max(most.values()) == 1
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    with council_db.session_scope(one_connection) as after:
        assert voting.has_voted(after, pupils[0].participant_id) is True
        assert voting.has_voted(after, pupils[1].participant_id) is False
        assert voting.has_voted(after, 123456789) is False  # no such pupil: not voted
    assert voting.has_voted(one_connection, pupils[0].participant_id) is True  # given the engine: no session at all


def test_the_ballot_drawn_from_the_engine_takes_one_connection_at_a_time_warm_or_cold(
    db, teacher, one_connection, monkeypatch
):
    """The pupil's page draws the ballot from the engine (no database session): cold, the shelf's load and the
    has-voted read each take the one connection in turn; when none is free in time the pupil is told to try again."""
    _, pupils, written = session_at(db, teacher, Phase.vote)
    most = most_held_by_one_thread(one_connection)
    monkeypatch.setattr(live, "TTL_SECONDS", 0.0)  # every read misses the shelf and loads
    paper = voting.ballot_for(one_connection, pupil=pupils[0])
    assert sorted(p.id for p in paper.proposals) == sorted(p.id for p in written) and not paper.has_voted
    assert max(most.values()) == 1
    with one_connection.connect(), pytest.raises(Busy) as refused:  # another run holds the only connection
        voting.has_voted(one_connection, pupils[0].participant_id)
    assert refused.value.key == "server.busy"
