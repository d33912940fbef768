from __future__ import annotations

import threading

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlmodel import Session, select

from council import live, results, sessions, voting
from council.errors import AlreadyVoted, InvalidInput, WrongPhase
from council.models import Participant, Phase
from council.secret_tables import Ballot, BallotChoice

from .helpers import ballots_of, session_at


def test_a_pupil_sees_every_published_proposal_in_an_order_of_their_own(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, titles=[f"Förslag {i}" for i in range(12)])
    orders = {tuple(p.id for p in voting.ballot_for(db, pupil=pupil).proposals) for pupil in pupils}
    assert all(sorted(order) == sorted(p.id for p in written) for order in orders)
    assert len(orders) > 1
    again = tuple(p.id for p in voting.ballot_for(db, pupil=pupils[0]).proposals)
    assert again in orders


def test_cast_seals_a_ballot_without_the_voter_and_the_close_counts_it(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1, written[2].id: 1})
    assert ballots_of(db, council.id) == [{written[0].id: 1, written[2].id: 1}]
    assert db.exec(select(Ballot)).all() == []  # sealed in the session's box until the count
    assert db.get(Participant, pupils[0].participant_id).has_voted
    sessions.advance_phase(db, teacher, council.id)
    ballot = db.exec(select(Ballot)).one()
    assert len(ballot.id) == 32 and ballot.session_id == council.id
    assert {c.proposal_id for c in db.exec(select(BallotChoice))} == {written[0].id, written[2].id}


def test_second_ballot_from_same_code_is_refused(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    with pytest.raises(AlreadyVoted):
        voting.cast(db, pupil=pupils[0], choices={written[1].id: 1})
    assert ballots_of(db, council.id) == [{written[0].id: 1}]


def test_voting_outside_the_vote_phase_is_refused(db, teacher):
    _, pupils, written = session_at(db, teacher, Phase.propose)
    with pytest.raises(WrongPhase):
        voting.cast(db, pupil=pupils[0], choices={})
    assert db.exec(select(Ballot)).all() == []


@pytest.mark.parametrize("bad", [{999: 1}, {}, "too-many"])
def test_invalid_ballot_changes_nothing(db, teacher, bad):
    _, pupils, written = session_at(db, teacher, Phase.vote, method_params={"max_picks": 2})
    choices = {p.id: 1 for p in written} if bad == "too-many" else bad
    with pytest.raises(InvalidInput):
        voting.cast(db, pupil=pupils[0], choices=choices)
    db.expire_all()
    assert not db.get(Participant, pupils[0].participant_id).has_voted
    assert db.exec(select(Ballot)).all() == []


def test_blank_ballot_counts_in_turnout_only(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={}, abstain=True)
    voting.cast(db, pupil=pupils[1], choices={written[1].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    res = results.for_teacher(db, teacher, council.id)
    assert (res.ballots, res.blank) == (2, 1)
    top = res.table.iloc[0]
    assert top["proposal_id"] == written[1].id and top["share_of_voters"] == 1.0


def test_results_are_hidden_until_the_vote_is_closed(db, teacher):
    council, pupils, _ = session_at(db, teacher, Phase.vote)
    with pytest.raises(WrongPhase):
        results.for_teacher(db, teacher, council.id)
    with pytest.raises(WrongPhase):
        results.for_pupil(db, pupil=pupils[0])


def test_dots_ballot_is_tallied_by_points(db, teacher):
    council, pupils, written = session_at(
        db, teacher, Phase.vote, method="dots", method_params={"points": 5, "max_per_proposal": 3}
    )
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 3, written[1].id: 2})
    voting.cast(db, pupil=pupils[1], choices={written[1].id: 3, written[2].id: 2})
    with pytest.raises(InvalidInput):
        voting.cast(db, pupil=pupils[2], choices={written[0].id: 4})
    sessions.advance_phase(db, teacher, council.id)
    table = results.for_teacher(db, teacher, council.id).table.set_index("proposal_id")
    assert table.loc[written[1].id, "points"] == 5 and table.loc[written[1].id, "rank"] == 1
    assert table.loc[written[0].id, "voters_supporting"] == 1


# --- secrecy is a property of the schema -------------------------------------------------

BALLOT_TABLES = ("ballot", "ballotchoice")


def test_ballot_tables_have_no_participant_no_time_and_no_rowid(engine):
    inspector = inspect(engine)
    for table in BALLOT_TABLES:
        for column in inspector.get_columns(table):
            name, kind = column["name"].lower(), str(column["type"]).upper()
            assert "participant" not in name and "user" not in name and "author" not in name, (table, name)
            assert not any(word in kind for word in ("DATE", "TIME")), (table, name)
            assert not any(word in name for word in ("created", "time", "date", "_at", "order", "seq")), (table, name)
            assert name not in ("oid", "rowid", "ctid", "xmin"), (table, name)
        for fk in inspector.get_foreign_keys(table):
            assert fk["referred_table"] not in ("participant", "user"), (table, fk)
        with engine.connect() as connection:
            _assert_no_insertion_order(connection, table)


def _assert_no_insertion_order(connection, table):
    if connection.dialect.name == "sqlite":
        ddl = connection.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": table}).scalar_one()
        assert "WITHOUT ROWID" in ddl.upper()
        with pytest.raises(OperationalError):
            connection.execute(text(f"SELECT rowid FROM {table}"))
        return
    # PostgreSQL: no OID column, and no default drawn from a sequence or the clock (xmin, ctid: test_ballot_traces.py).
    with pytest.raises(ProgrammingError), connection.begin_nested():
        connection.execute(text(f"SELECT oid FROM {table}"))
    defaults = connection.execute(
        text("SELECT column_default FROM information_schema.columns WHERE table_name = :n"), {"n": table}
    ).scalars()
    assert all(default is None for default in defaults)


def test_has_voted_has_no_time_beside_it(engine):
    columns = {c["name"]: str(c["type"]).upper() for c in inspect(engine).get_columns("participant")}
    assert "has_voted" in columns
    assert not any("DATE" in kind or "TIME" in kind for kind in columns.values())
    assert not any(word in name for name in columns for word in ("voted_at", "time", "date", "_at"))


def test_two_concurrent_submits_from_one_participant_give_one_ballot(engine, db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    db.commit()
    outcomes = _concurrently(engine, [(pupils[0], {written[0].id: 1})] * 2)
    assert sorted(outcomes) == ["AlreadyVoted", "ok"]
    assert len(ballots_of(db, council.id)) == 1


def test_thirty_pupils_voting_at_once_give_thirty_ballots(engine, db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=30)
    db.commit()
    outcomes = _concurrently(engine, [(p, {written[i % 3].id: 1}) for i, p in enumerate(pupils)])
    assert outcomes == ["ok"] * 30
    assert len(ballots_of(db, council.id)) == 30
    sessions.advance_phase(db, teacher, council.id)
    assert len(db.exec(select(Ballot)).all()) == 30
    assert all(p.has_voted for p in db.exec(select(Participant)))


def _concurrently(engine, jobs):
    barrier = threading.Barrier(len(jobs))
    outcomes = []

    def vote(pupil, choices):
        with Session(engine) as own:
            barrier.wait()
            try:
                voting.cast(own, pupil=pupil, choices=choices)
                outcomes.append("ok")
            except AlreadyVoted:
                outcomes.append("AlreadyVoted")
            except Exception as err:  # noqa: BLE001 - the test reports any other failure by name
                outcomes.append(repr(err))

    threads = [threading.Thread(target=vote, args=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(outcomes)


def _at_once(count, action):
    """Run `action(i)` in `count` threads released together; return the errors they raised."""
    barrier = threading.Barrier(count)
    errors = []

    def run(i):
        barrier.wait()
        try:
            action(i)
        except Exception as err:  # noqa: BLE001 - the test lists every failure
            errors.append(repr(err))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_thirty_pupils_joining_and_proposing_at_once_all_succeed(engine, db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=0)
    db.commit()
    joined = []

    def join(_):
        with Session(engine) as own:
            joined.append(sessions.join(own, code=council.join_code)[0])

    assert _at_once(30, join) == []

    def propose(i):
        from council import proposals

        with Session(engine) as own:
            proposals.submit(own, pupil=joined[i], title=f"Förslag {i}", body="Text")

    assert _at_once(30, propose) == []
    assert live.counts(db, council.id).proposals == 30
