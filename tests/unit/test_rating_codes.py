"""Rating codes: made with the vote, shown once, stored only as a hash with no pupil and no time, usable once,
only in their own class, only once the report has gone to a committee."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlmodel import select

from council import committees, ratingcodes, reports, sessions, voting
from council.errors import AlreadyVoted, InvalidInput, WrongPhase
from council.models import Phase
from council.secret_tables import RatingCode

from ..conftest import on_postgres
from .helpers import session_at


@pytest.fixture
def voted(db, admin, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=4)
    codes = [voting.cast(db, pupil=pupil, choices={written[0].id: 1}) for pupil in pupils]
    sessions.advance_phase(db, teacher, council.id)
    body = committees.add_committee(db, admin, name="Tekniska nämnden")
    report = reports.freeze(db, teacher, council.id)
    return council, codes, report, body


def test_each_vote_gives_a_fresh_code_and_only_its_hash_is_stored(db, voted):
    council, codes, _, _ = voted
    assert len(set(codes)) == 4 and all(len(c) == ratingcodes.LENGTH for c in codes)
    stored = db.exec(select(RatingCode)).all()
    assert {row.code_hash for row in stored} == {ratingcodes.code_hash(council.id, c) for c in codes}
    assert not any(code in row.code_hash for row in stored for code in codes)


def test_the_code_table_names_no_pupil_no_ballot_and_no_time(engine):
    columns = {column["name"] for column in inspect(engine).get_columns("ratingcode")}
    assert columns == {"code_hash", "session_id", "used"}
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            sql = connection.execute(text("SELECT sql FROM sqlite_master WHERE name = 'ratingcode'")).scalar_one()
        assert "WITHOUT ROWID" in sql.upper()


def test_a_code_rates_once_and_only_after_forwarding(db, teacher, voted):
    council, codes, report, body = voted
    with pytest.raises(WrongPhase):
        ratingcodes.rate(db, class_code=council.join_code, rating_code=codes[0], score=8)
    committees.forward(db, teacher, report.id, committee_ids=[body.id])
    ratingcodes.rate(db, class_code=council.join_code.lower(), rating_code=ratingcodes.shown(codes[0]), score=8)
    with pytest.raises(AlreadyVoted) as again:
        ratingcodes.rate(db, class_code=council.join_code, rating_code=codes[0], score=2)
    assert again.value.key == "rating.code_used"


def test_a_code_from_another_class_or_a_made_up_one_is_refused(db, teacher, voted):
    council, codes, report, body = voted
    committees.forward(db, teacher, report.id, committee_ids=[body.id])
    other, pupils, written = session_at(db, teacher, Phase.vote, pupils=1)
    foreign = voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    for wrong in (foreign, "AAAAAAAA", "", "ABC", "<b>ABCD-EFGH</b>", "=1+1" * 3):
        with pytest.raises(InvalidInput):
            ratingcodes.rate(db, class_code=council.join_code, rating_code=wrong, score=5)
    with pytest.raises(InvalidInput):
        ratingcodes.rate(db, class_code="NOPE12", rating_code=codes[0], score=5)
    for score in (-1, 11, True, "7"):
        with pytest.raises(InvalidInput):
            ratingcodes.rate(db, class_code=council.join_code, rating_code=codes[1], score=score)
    assert not any(row.used for row in db.exec(select(RatingCode).where(RatingCode.session_id == council.id)))


@pytest.mark.skipif(not on_postgres(), reason="PostgreSQL only: bash scripts/with-postgres.sh …")
def test_on_postgres_codes_share_one_xmin_with_the_ballots_and_lie_in_hash_order(engine, db, voted):
    council, _, _, _ = voted
    with engine.connect() as connection:
        codes = connection.execute(
            text("SELECT code_hash, xmin::text FROM ratingcode WHERE session_id = :s ORDER BY ctid"), {"s": council.id}
        ).all()
        ballots = connection.execute(
            text("SELECT xmin::text FROM ballot WHERE session_id = :s"), {"s": council.id}
        ).scalars()
        ballot_xmins = set(ballots)
    assert [c for c, _ in codes] == sorted(c for c, _ in codes)
    assert {x for _, x in codes} == ballot_xmins and len(ballot_xmins) == 1


def test_a_code_drawn_twice_or_already_sealed_is_drawn_again(db, teacher, monkeypatch):
    """Rating codes are drawn for a whole batch of votes at once: one already in the box, or the same one drawn
    twice in the batch, is never handed out twice."""
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=3)
    draws = iter(["AAAAAAAA", "BBBBBBBB", "BBBBBBBB", "AAAAAAAA", "CCCCCCCC", "DDDDDDDD"])
    monkeypatch.setattr(ratingcodes, "new_code", lambda: next(draws))
    first = voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    assert first == "AAAAAAAA"
    with db.connection() as connection, connection.begin_nested():  # as a batch of two inside the vote's lock
        codes = ratingcodes.issue_many(connection, council.id, 2)
    assert sorted(codes) == ["BBBBBBBB", "CCCCCCCC"]  # B once, A already sealed, then C
