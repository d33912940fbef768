"""Forensics on PostgreSQL: after the vote closes, no row version left in any page — live, dead, or in space VACUUM
freed — pairs a ballot with a participant or a participant with a slip, and no heap order follows the voting."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text

from council import sessions

from ..conftest import on_postgres
from .pg_attacks import (
    ballot_pairs,
    ballot_pairs_by_rank,
    code_pairs,
    code_pairs_by_rank,
    gather,
    heap_orders,
    rating_code_heap_order,
    score_pairs,
    slip_pairs,
    slip_pairs_by_rank,
    vote_times,
)
from .scenario import rate_answers, run_vote
from .scoring import MOST_FIXED_POINTS_BY_CHANCE, beats_chance, order_leak, score_ballot_pairs, score_slip_pairs

pytestmark = pytest.mark.skipif(not on_postgres(), reason="PostgreSQL only: bash scripts/with-postgres.sh …")

MODES = [
    pytest.param(False, False, id="classroom"),
    pytest.param(False, True, id="classroom-slips"),
    pytest.param(True, False, id="kiosk"),
    pytest.param(True, True, id="kiosk-slips"),
]


def evidence(engine: Any) -> Any:
    with engine.connect() as connection:
        found = gather(connection)
        connection.commit()
    return found


@pytest.mark.parametrize(("kiosk", "slips"), MODES)
def test_after_the_close_no_row_version_pairs_a_ballot_with_its_voter(engine, db, teacher, kiosk, slips):
    vote = run_vote(db, teacher, kiosk=kiosk, slips=slips)
    found = evidence(engine)
    assert len({v.values["id"] for v in found.ballots}) >= 12  # the reader sees the ballots
    assert found.boxes == []  # no sealed box outlives the close
    assert score_ballot_pairs(vote, ballot_pairs(found)).right == 0
    assert score_ballot_pairs(vote, ballot_pairs_by_rank(found)).right <= MOST_FIXED_POINTS_BY_CHANCE


@pytest.mark.parametrize(("kiosk", "slips"), MODES)
def test_after_the_close_no_row_version_pairs_a_rating_code_with_its_voter(engine, db, teacher, kiosk, slips):
    vote = run_vote(db, teacher, kiosk=kiosk, slips=slips)
    found = evidence(engine)
    assert {v.values["code_hash"] for v in found.rating_codes} >= {v.rating_code_hash for v in vote.voters}
    assert score_code_pairs(vote, code_pairs(found)) == 0
    assert score_code_pairs(vote, code_pairs_by_rank(found)) <= MOST_FIXED_POINTS_BY_CHANCE
    with engine.connect() as connection:
        hashes = rating_code_heap_order(connection, vote.session_id)
    truth = [v.proposal_id for v in vote.voting_order]
    order = [vote.by_rating_code(h).proposal_id for h in hashes]
    assert sorted(order) == sorted(truth)
    assert not beats_chance(order, truth), order_leak(order, truth)


def score_code_pairs(vote: Any, pairs: list[tuple[int, str]]) -> int:
    """How many (participant, rating code hash) pairs are true."""
    return sum(1 for pid, code in pairs if (v := vote.by_participant(pid)) and v.rating_code_hash == code)


@pytest.mark.parametrize("kiosk", [False, True], ids=["classroom", "kiosk"])
def test_after_the_close_no_row_version_pairs_a_slip_with_its_participant(engine, db, teacher, kiosk):
    vote = run_vote(db, teacher, kiosk=kiosk, slips=True)
    found = evidence(engine)
    assert len({v.values["code_hash"] for v in found.slips}) == 13
    assert score_slip_pairs(vote, slip_pairs(found)).right == 0
    for name, pairs in slip_pairs_by_rank(found).items():
        assert score_slip_pairs(vote, pairs).right <= MOST_FIXED_POINTS_BY_CHANCE, name


@pytest.mark.parametrize(("kiosk", "slips"), MODES)
def test_after_the_close_no_heap_order_follows_the_voting(engine, db, teacher, kiosk, slips):
    vote = run_vote(db, teacher, kiosk=kiosk, slips=slips)
    truth = [v.proposal_id for v in vote.voting_order]
    with engine.connect() as connection:
        orders = heap_orders(connection, vote.session_id)
    joined = [pid for pid in orders.pop("participant") if vote.by_participant(pid)]
    for name, order in orders.items():
        assert sorted(order) == sorted(truth), name
        assert not beats_chance(order, truth), (name, order_leak(order, truth))
        guess = score_ballot_pairs(vote, list(zip(joined, order, strict=True)))
        assert guess.right <= MOST_FIXED_POINTS_BY_CHANCE, name


@pytest.mark.parametrize("slips", [False, True], ids=["plain", "slips"])
def test_after_the_close_every_ballot_row_was_written_at_once(engine, db, teacher, slips):
    """Stronger than no pair: every version of every ballot and choice of the session shares one xmin."""
    vote = run_vote(db, teacher, kiosk=True, slips=slips)
    found = evidence(engine)
    with engine.connect() as connection:
        ids = set(
            connection.execute(text("SELECT id FROM ballot WHERE session_id = :s"), {"s": vote.session_id}).scalars()
        )
    mine = [v for v in found.ballots if v.values["id"] in ids] + [
        v for v in found.choices if v.values["ballot_id"] in ids
    ]
    assert len(mine) >= 24 and len({v.xmin for v in mine}) == 1


def test_during_the_vote_the_box_keeps_no_history_a_page_reader_could_date(engine, db, teacher):
    """While the vote is open the reader sees the box and the participants' old row versions, which date some
    votes (so it works), yet it pins no ballot: every box row was written by the latest vote."""
    vote = run_vote(db, teacher, kiosk=True, slips=True, close=False)
    found = evidence(engine)
    assert len([v for v in found.boxes if v.values["kind"] == "b"]) == 12
    assert len({v.xmin for v in found.boxes}) == 1
    assert len(found.participants) > 13 and len(set(vote_times(found).values())) >= 3
    assert score_ballot_pairs(vote, ballot_pairs(found)).claimed == 0
    assert score_slip_pairs(vote, slip_pairs(found)).claimed == 0
    assert code_pairs(found) == []


def test_after_the_close_no_wal_segment_holds_the_vote(engine, db, teacher):
    """With wal_recycle off (deploy/README.md), the close's WAL switch and checkpoint delete every segment that saw
    a ballot, instead of renaming it for reuse with the ballot still inside."""
    server = create_engine(make_url(str(engine.url)).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text("ALTER SYSTEM SET wal_recycle = off"))
        connection.execute(text("SELECT pg_reload_conf()"))
        folder = Path(connection.execute(text("SHOW data_directory")).scalar_one()) / "pg_wal"
    server.dispose()
    vote = run_vote(db, teacher, kiosk=True, slips=True, close=False)
    bodies = re.compile(rb'\{"\d+": -?\d+\}')
    assert any(bodies.search(segment.read_bytes()) for segment in folder.glob("0*"))  # the vote is in the WAL
    sessions.advance_phase(db, teacher, vote.session_id)
    assert [segment.name for segment in folder.glob("0*") if bodies.search(segment.read_bytes())] == []


def test_after_ratings_no_row_version_pairs_a_rating_code_with_its_score(engine, db, admin, teacher):
    """A rating flips its code's `used` and adds a score in one transaction; after it, the pages pin no code to a
    score — by transaction id or by rank — so a code seen on a kiosk screen tells nobody its holder's score."""
    vote = run_vote(db, teacher, kiosk=True, slips=False)
    given = rate_answers(db, admin, teacher, vote)
    found = evidence(engine)
    assert len(found.ratings) >= 11 and len(found.rating_codes) >= 12
    truth = {v.rating_code_hash: score for v, score in zip(vote.voters, given, strict=False)}
    right = {name: sum(truth.get(code) == score for code, score in pairs) for name, pairs in score_pairs(found).items()}
    assert right["time"] == 0 and right["rank"] <= MOST_FIXED_POINTS_BY_CHANCE, right
