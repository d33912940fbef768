"""The secret ballot: what a pupil sees, and casting it under the double-envelope rule (DESIGN.md, secrecy.py)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, func, update
from sqlalchemy import cast as sql_cast
from sqlalchemy.engine import Connection, Engine, Row
from sqlmodel import Session, col, select

from council import live, ratingcodes, secrecy, tally
from council.db import in_unit_of_work, read_row, unit_of_work
from council.errors import AlreadyVoted, CouncilError, InvalidInput
from council.models import CouncilSession, Participant, Proposal, ProposalStatus
from council.permissions import require
from council.pupil_permissions import pupil_may_vote
from council.sessions import Pupil
from council.stored import id_of
from council.together import together


@dataclass(frozen=True)
class BallotPaper:
    """What the pupil's ballot shows: the method, its rules, and the proposals in the pupil's own order."""

    method: str
    params: dict
    proposals: list[Proposal]
    has_voted: bool
    kiosk: bool = False


def ballot_for(source: Engine | Session, *, pupil: Pupil, known_voted: bool = False) -> BallotPaper:
    """The ballot paper for this pupil, shuffled in an order that stays the same across reruns.

    The session row and the published proposals come from live.py's shelf (fixed once the vote has started, and
    read on every rerun of every pupil), through the connection a caller's database session holds; whether this
    pupil has voted is read from the database, unless the caller already saw it true (`known_voted`): the flag never
    turns back, so the receipt's reruns ask the database nothing. Given the engine, no database session is made:
    a warm shelf and one driver statement serve the page's every rerun.
    """
    council = live.council(source, pupil.session_id)
    require(pupil_may_vote(council))
    assert council is not None  # require() refused a missing session
    voted = known_voted or has_voted(source, pupil.participant_id)
    proposals = list(live.ballot(source, id_of(council)))
    random.Random(f"{council.id}:{pupil.participant_id}:{council.join_code}").shuffle(proposals)
    return BallotPaper(council.method, dict(council.method_params), proposals, voted, bool(council.kiosk))


def has_voted(source: Engine | Session, participant_id: int) -> bool:
    """Whether this pupil's ballot is counted (False for no such pupil). Every rerun of every pupil's ballot asks
    it until the answer is yes, so it goes straight to the driver (db.read_row)."""
    row = read_row(source, "SELECT has_voted FROM participant WHERE id = ?", (participant_id,))
    return row is not None and bool(row[0])


# A burst's next batch waits this long for more votes before it is sealed (together.py): a batch costs about the
# same whatever its size (the box truncated and written again, every participant row resealed on PostgreSQL). 150
# votes arriving over 1.5 s on PostgreSQL, no Streamlit (one run each, interleaved, a busy machine): sealed at once
# 76–91 batches, per vote 3.4–4.1 ms of Python and 3.3 ms of PostgreSQL CPU; gathering 25 ms 37–41 batches, 1.9 and
# 1.9–2.1 ms; 50 ms 22–27 batches, 1.4–1.6 and 1.2–1.3 ms; the burst's wall time the same. The whole app, 300 pupils
# at once on SQLite, three interleaved pairs: server CPU per vote 7.2–7.8 ms → 6.6–7.1 ms, p95 2.1–2.3 s → 1.9–2.1 s;
# on two PostgreSQL instances the p95 against the floor moved within the noise (1.31, 1.25 → 1.29, 1.22). A vote
# alone never waits.
GATHER = 0.05


@dataclass(frozen=True)
class _Vote:
    pupil: Pupil
    choices: dict[int, int]
    abstain: bool


def cast(db: Session, *, pupil: Pupil, choices: dict[int, int], abstain: bool = False) -> str:
    """Count one ballot: flip has_voted and seal the ballot and a new rating code's hash into the session's box, in
    one transaction. Returns the rating code, for the receipt shown after the commit.

    Votes of one session that arrive while another is being sealed are sealed together (together.py): one
    transaction, one reseal of the box, one commit for all of them, each refused or counted on its own. Inside a
    caller's unit of work the vote is sealed there, with the caller's commit. Either way, what the caller's
    session reads next has this ballot."""
    vote = _Vote(pupil, dict(choices), abstain)
    if in_unit_of_work(db):
        outcome = _seal(db, [vote])[0]
        secrecy.forget_recent_writes(db)  # once the caller's unit of work has committed
        if isinstance(outcome, CouncilError):
            raise outcome
        return outcome
    # The -wal is emptied once no vote waits to be sealed: after each vote one by one, after a burst's last batch.
    key = ("vote", id(db.get_bind().engine), pupil.session_id)
    return together(db, key, vote, _seal, after=secrecy.forget_recent_writes, gather=GATHER)


def _seal(db: Session, votes: Sequence[_Vote]) -> list[str | CouncilError]:
    """Seal a batch of votes of one session in one transaction, in a few statements whatever its size (under 300
    pupils' load the leading run gets a small share of the CPU, so statements per vote would make the batch the
    slowest part of the room). A refused vote writes nothing: every refusal comes before the writes."""
    session_id = votes[0].pupil.session_id
    outcomes: list[str | CouncilError | None] = [None] * len(votes)
    with unit_of_work(db):
        connection = db.connection()
        secrecy.lock_session_votes(connection, session_id)
        published = (
            select(_listed(Proposal.id))
            .where(Proposal.session_id == session_id, Proposal.status == ProposalStatus.published)
            .scalar_subquery()
            .label("published")
        )
        council = connection.execute(
            select(CouncilSession.phase, CouncilSession.method, CouncilSession.method_params, published).where(
                CouncilSession.id == session_id
            )
        ).one_or_none()
        ballots = _cleaned(council, _ids(council.published if council else None), votes, outcomes)
        counted = _flip(connection, session_id, votes, ballots, outcomes)
        if counted:
            secrecy.open_box_for_votes(connection, session_id)  # only in the vote phase: never a stray box
            codes = ratingcodes.issue_many(connection, session_id, len(counted))
            secrecy.put_ballots(connection, session_id, [ballots[i] for i in counted])
            for i, code in zip(counted, codes, strict=True):
                outcomes[i] = code
            secrecy.reseal_votes(connection, session_id)
    # Every vote was refused (_cleaned, _flip) or given its code above.
    return [outcome for outcome in outcomes if outcome is not None]


def _cleaned(
    council: Row | None, published: set[int], votes: Sequence[_Vote], outcomes: list[str | CouncilError | None]
) -> dict[int, dict[int, int]]:
    """Each vote's checked choices by its place in the batch; a refused vote gets its error in `outcomes`."""
    verdict = pupil_may_vote(council)  # type: ignore[arg-type]  # the row has the columns the rule reads
    cleaned = {}
    for i, vote in enumerate(votes):
        try:
            require(verdict)
            assert council is not None  # require() refused a missing session
            cleaned[i] = _checked(published, council.method, council.method_params, vote.choices, vote.abstain)
        except CouncilError as refused:
            outcomes[i] = refused
    return cleaned


def _flip(
    connection: Connection,
    session_id: int,
    votes: Sequence[_Vote],
    ballots: dict[int, dict[int, int]],
    outcomes: list[str | CouncilError | None],
) -> list[int]:
    """Flip the flags of the batch's valid votes in one conditional UPDATE; the places of the votes that count (a
    pupil's first in the batch, if their flag was not set already). The others are refused as already voted."""
    first: dict[int, int] = {}
    for i in ballots:
        participant = votes[i].pupil.participant_id
        if participant in first:
            outcomes[i] = AlreadyVoted("vote.already_voted")  # the same pupil twice in one batch (two tabs)
        else:
            first[participant] = i
    if not first:
        return []
    # Which of them have not voted, as one row (a row per pupil would be a step of the driver each, and each step
    # lets go of the interpreter's lock the leading run then waits for again), then the flags in one UPDATE.
    unvoted = select(_listed(Participant.id)).where(
        col(Participant.id).in_(first),
        col(Participant.session_id) == session_id,
        col(Participant.has_voted) == False,  # noqa: E712
    )
    flipped = _ids(connection.execute(unvoted).scalar())
    if flipped:
        done = connection.execute(
            update(Participant)
            .where(col(Participant.id).in_(flipped), col(Participant.has_voted) == False)  # noqa: E712
            .values(has_voted=True)
        )
        if done.rowcount != len(flipped):  # cannot happen under the session's vote lock: refuse the whole batch
            raise RuntimeError("a flag changed under the session's vote lock")
    for participant, i in first.items():
        if participant not in flipped:
            outcomes[i] = AlreadyVoted("vote.already_voted")
    return sorted(first[participant] for participant in flipped)


def _listed(column: Any) -> Any:
    """The column's values of every matching row as one text, "1,2,3" (one row to fetch, whatever the count)."""
    return func.aggregate_strings(sql_cast(column, String), ",")


def _ids(listed: str | None) -> set[int]:
    return {int(value) for value in listed.split(",")} if listed else set()


def _checked(published: set[int], method: str, params: dict, choices: dict[int, int], abstain: bool) -> dict[int, int]:
    cleaned = tally.validate_choices(method, params, choices, published)
    if abstain and cleaned:
        raise InvalidInput("ballot_error.abstain_and_choices")
    if not abstain and not cleaned:
        raise InvalidInput("ballot_error.empty")
    return cleaned
