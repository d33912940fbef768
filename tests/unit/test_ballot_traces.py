"""On PostgreSQL a ballot write leaves no trace that links it to the pupil (xmin, heap order, dead tuples).

During the vote the ballots are in the session's sealed box (council/ballot_box.py); tests/forensics reads every
page byte as well."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from council import ballot_box, secrecy, sessions, voting
from council.models import Phase

from ..conftest import on_postgres
from .helpers import session_at
from .test_voting import _concurrently

pytestmark = pytest.mark.skipif(not on_postgres(), reason="PostgreSQL only: bash scripts/with-postgres.sh …")


def traces(engine, session_id):
    """Hidden xmin of every participant and sealed ballot of the session, the ballots' heap order, and the xmin of
    the box's other rows (spent slips)."""
    box = ballot_box.name(session_id)
    with engine.connect() as connection:

        def rows(query):
            return connection.execute(text(query), {"s": session_id}).all()

        participants = rows("SELECT id, has_voted, xmin::text FROM participant WHERE session_id = :s")
        ballots = rows(f"SELECT id, xmin::text FROM {box} WHERE kind = 'b' ORDER BY ctid")
        others = rows(f"SELECT xmin::text FROM {box} WHERE kind <> 'b'")
    return participants, ballots, [xmin for (xmin,) in others]


def linked_ballots(participants, ballots) -> list[str]:
    """Ballots whose xmin narrows the voters down: shared with some voters but not with all of them."""
    voters = {pid for pid, voted, _ in participants if voted}
    linked = []
    for ballot_id, xmin in ballots:
        sharing = {pid for pid, _, p_xmin in participants if p_xmin == xmin}
        if sharing and not voters <= sharing:
            linked.append(ballot_id)
    return linked


def test_no_ballot_xmin_points_to_a_participant_after_several_votes(engine, db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=8)
    for i, pupil in enumerate(pupils[:5]):
        voting.cast(db, pupil=pupil, choices={written[i % 3].id: 1, written[(i + 1) % 3].id: 1})
    participants, ballots, choices = traces(engine, council.id)
    assert len(ballots) == 5
    assert linked_ballots(participants, ballots) == []
    # Stronger: every row of the session carries the same xmin, so xmin says nothing, not even the order.
    assert len({xmin for _, _, xmin in participants} | {xmin for _, xmin in ballots} | set(choices)) == 1


def test_heap_order_of_ballots_is_their_random_id_not_the_order_of_voting(engine, db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=12)
    for pupil in pupils:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    _, ballots, _ = traces(engine, council.id)
    in_heap_order = [ballot_id for ballot_id, _ in ballots]
    assert len(in_heap_order) == 12 and in_heap_order == sorted(in_heap_order)
    sessions.advance_phase(db, teacher, council.id)
    with engine.connect() as connection:
        counted = connection.execute(
            text("SELECT id FROM ballot WHERE session_id = :s ORDER BY ctid"), {"s": council.id}
        ).scalars()
        counted = list(counted)
    assert len(counted) == 12 and counted == sorted(counted)


def test_concurrent_votes_still_leave_one_shared_xmin(engine, db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=12)
    db.commit()
    assert _concurrently(engine, [(p, {written[i % 3].id: 1}) for i, p in enumerate(pupils)]) == ["ok"] * 12
    participants, ballots, choices = traces(engine, council.id)
    assert len(ballots) == 12 and linked_ballots(participants, ballots) == []
    assert len({xmin for _, _, xmin in participants} | {xmin for _, xmin in ballots} | set(choices)) == 1


def test_without_the_reseal_the_link_is_there(engine, db, teacher, monkeypatch):
    """The check above can fail: a naive ballot write shares its xmin with exactly one pupil."""
    monkeypatch.setattr(ballot_box, "rewrite", lambda connection, session_id: None)
    monkeypatch.setattr(secrecy, "_reseal_participants", lambda connection, session_id: None)
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=4)
    for pupil in pupils[:3]:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    participants, ballots, _ = traces(engine, council.id)
    assert len(linked_ballots(participants, ballots)) == 3


def test_closing_the_vote_vacuums_away_the_superseded_rows(engine, db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=6)
    for pupil in pupils:
        voting.cast(db, pupil=pupil, choices={written[1].id: 1})
    assert dead_row_versions(engine) > 0
    sessions.advance_phase(db, teacher, council.id)
    db.commit()
    assert dead_row_versions(engine) == 0


def dead_row_versions(engine) -> int:
    """Row versions still stored in the ballot and participant heaps but no longer visible (pageinspect)."""
    with engine.connect() as connection:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS pageinspect"))
        connection.commit()
        dead = 0
        for table in ("participant", "ballot", "ballotchoice"):
            pages = connection.execute(
                text("SELECT pg_relation_size(:t) / current_setting('block_size')::int"), {"t": table}
            ).scalar_one()
            stored = sum(
                connection.execute(
                    text("SELECT count(*) FROM heap_page_items(get_raw_page(:t, :n)) WHERE t_xmin IS NOT NULL"),
                    {"t": table, "n": page},
                ).scalar_one()
                for page in range(pages)
            )
            dead += stored - connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        return dead


def test_no_rating_xmin_points_to_the_code_that_rated(engine, db, admin, teacher):
    from council import committees, ratingcodes, reports

    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=6)
    codes = [voting.cast(db, pupil=pupil, choices={written[0].id: 1}) for pupil in pupils]
    sessions.advance_phase(db, teacher, council.id)
    body = committees.add_committee(db, admin, name="Tekniska nämnden")
    committees.forward(db, teacher, reports.freeze(db, teacher, council.id).id, committee_ids=[body.id])
    for score, code in zip((3, 7, 9), codes, strict=False):
        ratingcodes.rate(db, class_code=council.join_code, rating_code=code, score=score)
    with engine.connect() as connection:
        raters = (
            connection.execute(
                text("SELECT xmin::text FROM ratingcode WHERE session_id = :s AND used"), {"s": council.id}
            )
            .scalars()
            .all()
        )
        others = (
            connection.execute(
                text("SELECT xmin::text FROM ratingcode WHERE session_id = :s AND NOT used"), {"s": council.id}
            )
            .scalars()
            .all()
        )
        ratings = (
            connection.execute(text("SELECT xmin::text FROM answerrating WHERE session_id = :s"), {"s": council.id})
            .scalars()
            .all()
        )
    assert len(ratings) == 3 and len(set(ratings)) == 1  # every rating rewritten by the latest
    # A rating spends its code in the session's sealed box: no code row is written beside a score.
    assert raters == [] and len(others) == 6 and not set(others) & set(ratings)
