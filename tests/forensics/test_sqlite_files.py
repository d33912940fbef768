"""Forensics on SQLite: after the vote closes, nothing in the database file, its -wal or a backup pairs a ballot
with a participant or a participant with a slip, and no order in the file follows the order of voting."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from council import backup, onetime, sessions
from council.secret_tables import Ballot

from ..conftest import on_postgres
from .scenario import rate_answers, run_vote
from .scoring import MOST_FIXED_POINTS_BY_CHANCE, beats_chance, order_leak, score_ballot_pairs, score_slip_pairs
from .sqlite_attacks import (
    ballot_orders,
    participant_order,
    rating_code_orders,
    rating_orders,
    replay_wal,
    stray_ballot_bytes,
)
from .sqlite_file import WAL_HEADER, Database, with_wal

pytestmark = pytest.mark.skipif(on_postgres(), reason="SQLite's files (the PostgreSQL pass reads its pages)")

MODES = [
    pytest.param(False, False, id="classroom"),
    pytest.param(False, True, id="classroom-slips"),
    pytest.param(True, False, id="kiosk"),
    pytest.param(True, True, id="kiosk-slips"),
]


def files(engine: Any) -> tuple[Path, bytes, bytes]:
    """The database file's path, its bytes as SQLite reads them (the -wal's commits laid over the main file) and
    the -wal's own bytes, as an attacker copying the files would have them."""
    path = Path(engine.url.database)
    wal_path = Path(f"{path}-wal")
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    return path, with_wal(path.read_bytes(), wal), wal


def usable(main: bytes) -> int:
    return Database(main).page_size - main[20]


@pytest.mark.parametrize(("kiosk", "slips"), MODES)
def test_after_the_close_the_wal_is_empty(engine, db, teacher, kiosk, slips):
    run_vote(db, teacher, kiosk=kiosk, slips=slips)
    _, main, wal = files(engine)
    assert len(wal) <= WAL_HEADER
    found = replay_wal(wal, usable(main))
    assert (found.ballot_pairs, found.slip_pairs, found.code_pairs) == ([], [], [])


@pytest.mark.parametrize(("kiosk", "slips"), MODES)
def test_after_the_close_no_cell_order_follows_the_voting(engine, db, teacher, kiosk, slips):
    vote = run_vote(db, teacher, kiosk=kiosk, slips=slips)
    database = Database(files(engine)[1])
    truth = [v.proposal_id for v in vote.voting_order]
    orders = ballot_orders(database)
    assert set(orders) == {"ballot", "ballotchoice", "ix_ballot_session_id"}  # no sealed box is left
    for name, order in orders.items():
        assert sorted(order) == sorted(truth), name  # the reader found every ballot
        assert not beats_chance(order, truth), (name, order_leak(order, truth))
    codes = rating_code_orders(database)
    assert set(codes) == {"ratingcode", "ix_ratingcode_session_id"}
    for name, hashes in codes.items():
        order = [vote.by_rating_code(h).proposal_id for h in hashes]  # the reader found every code
        assert sorted(order) == sorted(truth), name
        assert not beats_chance(order, truth), (name, order_leak(order, truth))


@pytest.mark.parametrize("slips", [False, True], ids=["kiosk", "kiosk-slips"])
def test_at_a_kiosk_the_order_pupils_joined_pairs_with_no_ballot(engine, db, teacher, slips):
    vote = run_vote(db, teacher, kiosk=True, slips=slips)
    database = Database(files(engine)[1])
    joined = [pid for pid in participant_order(database) if vote.by_participant(pid)]
    assert len(joined) == 12
    for name, order in ballot_orders(database).items():
        guess = score_ballot_pairs(vote, list(zip(joined, order, strict=True)))
        assert guess.right <= MOST_FIXED_POINTS_BY_CHANCE, name


@pytest.mark.parametrize(("kiosk", "slips"), MODES)
def test_after_the_close_no_bytes_of_earlier_ballot_rows_remain(engine, db, teacher, kiosk, slips):
    run_vote(db, teacher, kiosk=kiosk, slips=slips)
    _, main, _ = files(engine)
    live = set(db.exec(select(Ballot.id)).all())
    assert len(live) == 12
    assert stray_ballot_bytes(main, live) == (set(), 0)
    database = Database(main)
    for number in database.free_pages():
        assert database.page(number)[8:].count(0) == database.page_size - 8, f"free page {number} holds bytes"


def test_during_the_vote_each_vote_leaves_the_wal_empty_when_no_reader_holds_it(engine, db, teacher):
    vote = run_vote(db, teacher, kiosk=False, slips=True, close=False)
    _, main, wal = files(engine)
    assert len(vote.voters) == 12 and len(wal) <= WAL_HEADER


def test_a_reader_that_holds_the_wal_lets_it_link_until_it_lets_go(engine, db, teacher, tmp_path):
    """The attack works (12 of 12) while a reader pins the -wal; once it lets go, closing leaves nothing."""
    path = Path(engine.url.database)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM participant").fetchone()
    vote = run_vote(db, teacher, kiosk=False, slips=True, close=False)
    _, main, wal = files(engine)
    found = replay_wal(wal, usable(main))
    assert score_ballot_pairs(vote, found.ballot_pairs).right == 12
    assert score_slip_pairs(vote, found.slip_pairs).right == 13
    assert sum(vote.by_participant(pid).rating_code_hash == code for pid, code in found.code_pairs) == 12
    reader.execute("COMMIT")
    reader.close()
    sessions.advance_phase(db, teacher, vote.session_id)
    assert len(files(engine)[2]) <= WAL_HEADER


@pytest.mark.parametrize("close", [False, True], ids=["during", "after"])
def test_a_backup_copies_no_wal_history_and_no_order(engine, db, teacher, tmp_path, database_url, close):
    vote = run_vote(db, teacher, kiosk=True, slips=True, close=close)
    onetime.generate(db, teacher, vote.session_id, count=1)  # a write that leaves its pages in the -wal
    assert len(files(engine)[2]) > WAL_HEADER
    target = tmp_path / "backup" / "copy.db"
    backup.backup_sqlite(database_url, target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.db"]
    copy = target.read_bytes()
    assert copy[18:20] == b"\x01\x01"  # a rollback-journal file: it never looks for a -wal
    truth = [v.proposal_id for v in vote.voting_order]
    orders = ballot_orders(Database(copy))
    assert orders and all(sorted(order) == sorted(truth) for order in orders.values() if order)
    for name, order in orders.items():
        assert not beats_chance(order, truth), (name, order_leak(order, truth))
    assert len(files(engine)[2]) <= WAL_HEADER  # and the live database's own -wal holds no history either


@pytest.mark.parametrize("kiosk", [False, True], ids=["classroom", "kiosk"])
def test_ratings_keep_no_order_and_no_wal(engine, db, admin, teacher, kiosk):
    """Ratings come one by one (a teacher may watch who rates when): no cell order follows them, and each rating's
    commit, which pairs a rating code with its score, is cut from the -wal."""
    vote = run_vote(db, teacher, kiosk=kiosk, slips=False)
    given = rate_answers(db, admin, teacher, vote)
    _, main, wal = files(engine)
    assert len(wal) <= WAL_HEADER
    database = Database(main)
    score_of = {c.values[0]: c.values[2] for c in database.table("answerrating")}
    for name, ids in rating_orders(database).items():
        order = [score_of[i] for i in ids]
        assert sorted(order) == sorted(given), name
        assert not beats_chance(order, given), (name, order_leak(order, given))
