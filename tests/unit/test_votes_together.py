"""Group commit (council/together.py): votes that arrive while another is being sealed are sealed together — one
transaction, one reseal, one commit — and each is still counted or refused on its own."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from council import secrecy, together, voting
from council.errors import AlreadyVoted, Busy, InvalidInput
from council.models import Participant, Phase

from ..conftest import on_postgres
from .helpers import session_at

KEY = ("test", "line")


def _in_threads(engine, calls):
    """Run each call(own_session) in a thread of its own, all released at once; outcomes in call order."""
    outcomes: list[object] = [None] * len(calls)
    barrier = threading.Barrier(len(calls))

    def run(i, call):
        with Session(engine, expire_on_commit=False) as own:
            barrier.wait()
            try:
                outcomes[i] = call(own)
            except Exception as err:  # noqa: BLE001 - the test compares the error itself
                outcomes[i] = err

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def _queued(key, count, within=10.0):
    """Wait until `count` runs wait in the line of `key` (behind a batch that is being done)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        with together._GUARD:
            line = together._LINES.get(key)
            if line is not None and len(line.pending) >= count:
                return
        time.sleep(0.005)
    raise AssertionError(f"{count} runs never queued")


class HeldFirstBatch:
    """Work that holds its first batch until the others have queued behind it, and records every batch."""

    def __init__(self, key, behind, work):
        self.key, self.behind, self.work = key, behind, work
        self.batches: list[list] = []

    def __call__(self, db, items):
        self.batches.append(list(items))
        if len(self.batches) == 1:
            _queued(self.key, self.behind)
        return self.work(db, items)


def test_what_waits_behind_a_batch_is_done_in_one_batch_each_item_with_its_own_outcome(engine):
    def work(db, items):
        return [InvalidInput("ballot_error.empty") if item == 3 else item * 10 for item in items]

    held = HeldFirstBatch(KEY, 5, work)
    emptied: list[int] = []
    afterwards = lambda db: emptied.append(len(held.batches))  # noqa: E731
    calls = [lambda db, i=i: together.together(db, KEY, i, held, after=afterwards) for i in range(6)]
    outcomes = _in_threads(engine, calls)
    assert [len(batch) for batch in held.batches] == [1, 5]
    assert emptied == [2]  # once, when nothing waited any more: not between the two batches
    assert sorted(item for batch in held.batches for item in batch) == list(range(6))
    assert [o for i, o in enumerate(outcomes) if i != 3] == [0, 10, 20, 40, 50]
    assert isinstance(outcomes[3], InvalidInput)
    assert KEY not in together._LINES  # nothing waits: the line is gone


def test_a_batch_that_fails_as_a_whole_fails_its_leader_and_tells_the_others_to_try_again(engine):
    def work(db, items):
        if len(items) > 1:
            raise RuntimeError("disk full")
        return list(items)

    held = HeldFirstBatch(KEY, 4, work)
    outcomes = _in_threads(engine, [lambda db, i=i: together.together(db, KEY, i, held) for i in range(5)])
    first, *rest = held.batches
    leader = rest[0][0]  # the first of the second batch led it
    assert isinstance(outcomes[leader], RuntimeError)
    others = [outcomes[i] for i in rest[0][1:]]
    assert len(others) == 3 and all(isinstance(o, Busy) and o.key == "server.busy" for o in others)
    assert all(isinstance(o.__cause__, RuntimeError) for o in others)
    assert outcomes[first[0]] == first[0]
    assert KEY not in together._LINES


def test_a_run_whose_batch_does_not_start_in_time_is_told_to_try_again_and_its_item_is_never_done(engine):
    release = threading.Event()
    done: list[int] = []

    def work(db, items):
        if items == [0]:
            release.wait(10)
        done.extend(items)
        return list(items)

    def late(db):
        while not together._LINES.get(KEY) or not together._LINES[KEY].busy:
            time.sleep(0.005)
        try:
            return together.together(db, KEY, 1, work, wait=0.2)
        finally:
            release.set()

    outcomes = _in_threads(engine, [lambda db: together.together(db, KEY, 0, work), late])
    assert outcomes[0] == 0
    assert isinstance(outcomes[1], Busy)
    assert done == [0]
    assert KEY not in together._LINES


def test_in_a_burst_the_next_batch_gathers_what_arrives_meanwhile_and_a_run_alone_never_waits(engine):
    batches: list[list[int]] = []
    first_done = threading.Event()

    def seen(db, items):
        if not batches:
            _queued(KEY, 2)  # the first batch is done once the two others wait behind it
        batches.append(list(items))
        first_done.set()
        return list(items)

    def late(db):  # comes after the first batch was done, while the next one's leader gathers
        first_done.wait(10)
        time.sleep(0.05)
        return together.together(db, KEY, 3, seen, gather=0.5)

    calls = [lambda db, i=i: together.together(db, KEY, i, seen, gather=0.5) for i in range(3)]
    outcomes = _in_threads(engine, [*calls, late])
    assert outcomes == [0, 1, 2, 3]
    assert [len(batch) for batch in batches] == [1, 3] and 3 in batches[1]
    with Session(engine) as db:
        started = time.monotonic()
        assert together.together(db, KEY, 7, seen, gather=0.5) == 7
        assert time.monotonic() - started < 0.4  # alone: sealed at once
    assert KEY not in together._LINES


def _flags_and_ballots(engine, session_id):
    with Session(engine) as db:
        flags = db.exec(
            select(func.count()).where(Participant.session_id == session_id, Participant.has_voted == True)  # noqa: E712
        ).one()[0]
        with db.connection() as connection:
            ballots = secrecy.ballots_in(connection, session_id)
    return flags, ballots


def test_forty_pupils_voting_at_once_are_counted_in_fewer_transactions_than_votes(engine, db, teacher, monkeypatch):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=40)
    db.commit()
    reseals: list[int] = []
    reseal = secrecy.reseal_votes
    monkeypatch.setattr(secrecy, "reseal_votes", lambda c, s: (reseals.append(s), reseal(c, s)))
    choices = [{written[i % 3].id: 1} for i in range(40)]
    outcomes = _in_threads(
        engine,
        [lambda own, p=p, c=c: voting.cast(own, pupil=p, choices=c) for p, c in zip(pupils, choices, strict=True)],
    )
    assert all(isinstance(code, str) and len(code) == 8 for code in outcomes), outcomes
    assert len(set(outcomes)) == 40  # every receipt has a rating code of its own
    assert len(reseals) < 40  # some votes shared a transaction
    flags, ballots = _flags_and_ballots(engine, council.id)
    assert flags == 40
    assert sorted(map(str, ballots)) == sorted(map(str, choices))


def held_votes(engine, db, teacher, monkeypatch, *, pupils, behind):
    """A session in the vote phase whose first vote batch is held until `behind` votes wait behind it."""
    council, joined, written = session_at(db, teacher, Phase.vote, pupils=pupils)
    db.commit()
    held = HeldFirstBatch(("vote", id(engine), council.id), behind, voting._seal)
    monkeypatch.setattr(voting, "_seal", held)
    return council, joined, written, held


def test_in_one_batch_a_double_vote_and_an_empty_ballot_are_refused_and_the_others_counted(
    engine, db, teacher, monkeypatch
):
    council, pupils, written, held = held_votes(engine, db, teacher, monkeypatch, pupils=5, behind=5)
    first, twice, empty, *rest = pupils
    calls = [
        lambda own: voting.cast(own, pupil=first, choices={written[0].id: 1}),
        lambda own: voting.cast(own, pupil=twice, choices={written[1].id: 1}),
        lambda own: voting.cast(own, pupil=twice, choices={written[2].id: 1}),
        lambda own: voting.cast(own, pupil=empty, choices={}),
        *[lambda own, p=p: voting.cast(own, pupil=p, choices={written[2].id: 1}) for p in rest],
    ]
    outcomes = _in_threads(engine, calls)
    assert sorted(len(batch) for batch in held.batches) == [1, 5]
    refused = [o for o in outcomes if not isinstance(o, str)]
    assert sorted(type(o).__name__ for o in refused) == ["AlreadyVoted", "InvalidInput"]
    assert isinstance(outcomes[3], InvalidInput)
    flags, ballots = _flags_and_ballots(engine, council.id)
    assert flags == 4 and len(ballots) == 4  # first, twice (once), and the two others; the empty ballot not
    assert any(isinstance(o, AlreadyVoted) for o in outcomes[1:3])


def test_a_pupil_whose_page_read_before_voting_sees_the_vote_after_it_was_sealed_in_another_runs_batch(
    engine, db, teacher, monkeypatch
):
    """The run that waited ends its read snapshot first: what it reads after cast() has its own ballot."""
    _, pupils, written, held = held_votes(engine, db, teacher, monkeypatch, pupils=3, behind=2)

    def read_vote_read(pupil):
        def call(own):
            assert voting.ballot_for(own, pupil=pupil).has_voted is False  # opens a read transaction
            voting.cast(own, pupil=pupil, choices={written[0].id: 1})
            return voting.ballot_for(own, pupil=pupil).has_voted

        return call

    assert _in_threads(engine, [read_vote_read(p) for p in pupils]) == [True, True, True]
    assert sorted(len(batch) for batch in held.batches) == [1, 2]


@pytest.mark.skipif(on_postgres(), reason="SQLite's -wal")
def test_after_a_batch_the_wal_is_empty_when_no_reader_holds_it(engine, db, teacher, database_url):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=20)
    db.commit()
    db.close()
    _in_threads(engine, [lambda own, p=p: voting.cast(own, pupil=p, choices={written[0].id: 1}) for p in pupils])
    wal = Path(database_url.removeprefix("sqlite:///") + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert _flags_and_ballots(engine, council.id)[0] == 20
