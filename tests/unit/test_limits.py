"""No pupil can slow the room: caps per pupil on proposals and arguments, per-minute rates per session for joins,
proposals and arguments (counted in the database, so they hold across instances), each with a clear reason."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlmodel import Session

from council import arguments, limits, proposals, sessions, throttle
from council import db as council_db
from council.errors import LimitReached
from council.models import Argument, Phase, Proposal
from council.runtime_tables import Throttle

from .helpers import session_at
from .test_themes_and_arguments import discussing


@pytest.fixture
def clock(monkeypatch):
    """The throttle's clock, moved on by hand: [now]."""
    now = [dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)]
    monkeypatch.setattr(throttle, "utcnow", lambda: now[0])
    return now


def writes_during(engine: Any, action: Any) -> list[str]:
    """The SQL statements that write or take the write lock, run while `action` ran."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: Any, *_rest: Any) -> None:
        if statement.split()[0].upper() in ("INSERT", "UPDATE", "DELETE") or "IMMEDIATE" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return seen


def test_a_pupil_writes_five_proposals_and_the_sixth_is_refused_with_the_reason(db, teacher, clock):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    for n in range(limits.PROPOSALS_PER_PUPIL):
        proposals.submit(db, pupil=pupils[0], title=f"Förslag {n}", body="b")
    with pytest.raises(LimitReached) as refused:
        proposals.submit(db, pupil=pupils[0], title="Ett till", body="b")
    assert (refused.value.key, refused.value.values) == ("limit.proposal_cap", {"most": 5})
    assert limits.allowance(db, "proposal", pupils[0]) == limits.Allowance(5, 5)
    proposals.submit(db, pupil=pupils[1], title="Mitt första", body="b")  # the others write on


def test_a_pupil_past_the_cap_is_refused_without_a_write_or_the_write_lock(engine, db, teacher, clock):
    _, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    for n in range(limits.PROPOSALS_PER_PUPIL):
        proposals.submit(db, pupil=pupils[0], title=f"Förslag {n}", body="b")

    def flood() -> None:
        with pytest.raises(LimitReached):
            proposals.submit(db, pupil=pupils[0], title="Ett till", body="b")

    assert writes_during(engine, flood) == []
    assert db.scalar(select(func.count()).select_from(Proposal)) == limits.PROPOSALS_PER_PUPIL


def test_a_pupil_writes_twenty_arguments_and_the_next_is_refused(db, teacher, clock):
    council, pupils, written = discussing(db, teacher)
    for n in range(limits.ARGUMENTS_PER_PUPIL):
        arguments.add(db, pupil=pupils[1], proposal_id=written[n % 2].id, side="for", text=f"Skäl {n}")
    with pytest.raises(LimitReached) as refused:
        arguments.add(db, pupil=pupils[1], proposal_id=written[0].id, side="against", text="Ett till")
    assert refused.value.key == "limit.argument_cap"
    assert db.scalar(select(func.count()).select_from(Argument)) == limits.ARGUMENTS_PER_PUPIL


def test_the_sessions_proposals_per_minute_are_limited_and_the_next_minute_opens_again(db, teacher, clock, monkeypatch):
    monkeypatch.setitem(limits.PER_MINUTE, "proposal", 3)
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=5)
    for pupil in pupils[:3]:
        proposals.submit(db, pupil=pupil, title="Cykelbanor", body="b")
    with pytest.raises(LimitReached) as refused:
        proposals.submit(db, pupil=pupils[3], title="Solpaneler", body="b")
    assert refused.value.key == "limit.proposal_rate"
    clock[0] += dt.timedelta(seconds=60)
    proposals.submit(db, pupil=pupils[3], title="Solpaneler", body="b")
    assert db.scalar(select(func.count()).select_from(Proposal)) == 4
    row = db.get(Throttle, throttle.key(limits.rate("proposal"), str(council.id)))
    assert (row.failures, row.last_at.replace(tzinfo=dt.UTC)) == (1, clock[0]), "one row, counting the new minute"


def test_a_refused_action_is_not_counted(db, teacher, clock, monkeypatch):
    monkeypatch.setitem(limits.PER_MINUTE, "argument", 2)
    council, pupils, written = discussing(db, teacher)
    for _ in range(2):
        arguments.add(db, pupil=pupils[0], proposal_id=written[0].id, side="for", text="Bra")
    for _ in range(3):
        with pytest.raises(LimitReached):
            arguments.add(db, pupil=pupils[1], proposal_id=written[0].id, side="for", text="Också bra")
    assert throttle.used(db, limits.rate("argument"), str(council.id)) == 2


def test_joins_per_minute_hold_across_two_app_instances(database_url, db, teacher, clock, monkeypatch):
    monkeypatch.setitem(limits.PER_MINUTE, "join", 4)
    # No class size given: the session's join rate is PER_MINUTE["join"] alone.
    council, _, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=2, expected_size=0)
    other_instance = council_db.make_engine(database_url, migrate=False)
    with Session(other_instance) as elsewhere:
        sessions.join(elsewhere, code=council.join_code)
        sessions.join(elsewhere, code=council.join_code)
        with pytest.raises(LimitReached) as refused:
            sessions.join(elsewhere, code=council.join_code)
    other_instance.dispose()
    assert refused.value.key == "limit.join_rate"
    with pytest.raises(LimitReached):
        sessions.join(db, code=council.join_code)
    clock[0] += dt.timedelta(seconds=60)
    sessions.join(db, code=council.join_code)


def test_a_session_expecting_many_pupils_takes_twice_that_many_joins_a_minute(db, teacher, clock, monkeypatch):
    monkeypatch.setitem(limits.PER_MINUTE, "join", 4)
    council, joined, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=2)  # expects 27 pupils
    assert limits.join_rate(council.expected_size).most == 54 > limits.PER_MINUTE["join"]
    for _ in range(54 - len(joined)):  # a whole assembly hall, and some reloads
        sessions.join(db, code=council.join_code)
    with pytest.raises(LimitReached) as refused:
        sessions.join(db, code=council.join_code)
    assert refused.value.key == "limit.join_rate"
    assert throttle.used(db, limits.join_rate(27), str(council.id)) == 54  # the refused join is not counted
    clock[0] += dt.timedelta(seconds=60)
    sessions.join(db, code=council.join_code)


def test_one_pupil_sending_at_once_from_many_tabs_still_stops_at_the_cap(engine, db, teacher, clock):
    _, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    outcomes: list[str] = []
    start = threading.Barrier(10)

    def send(n: int) -> None:
        start.wait()
        with council_db.session_scope(engine) as own:
            try:
                proposals.submit(own, pupil=pupils[0], title=f"Flik {n}", body="b")
                outcomes.append("ok")
            except LimitReached as err:
                outcomes.append(err.key)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["limit.proposal_cap"] * 5 + ["ok"] * 5
    db.rollback()
    assert db.scalar(select(func.count()).select_from(Proposal)) == limits.PROPOSALS_PER_PUPIL
