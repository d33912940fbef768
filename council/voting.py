"""The secret ballot: what a pupil sees, and casting it under the double-envelope rule (DESIGN.md, secrecy.py)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import bindparam, update
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from council import live, ratingcodes, secrecy, tally
from council.db import unit_of_work
from council.errors import AlreadyVoted, InvalidInput
from council.models import CouncilSession, Participant, Proposal, ProposalStatus
from council.permissions import pupil_may_vote, require
from council.sessions import Pupil
from council.stored import id_of


@dataclass(frozen=True)
class BallotPaper:
    """What the pupil's ballot shows: the method, its rules, and the proposals in the pupil's own order."""

    method: str
    params: dict
    proposals: list[Proposal]
    has_voted: bool
    kiosk: bool = False


# Built once: every rerun of every pupil's ballot asks it.
_HAS_VOTED = select(Participant.has_voted).where(Participant.id == bindparam("participant"))


def ballot_for(db: Session, *, pupil: Pupil) -> BallotPaper:
    """The ballot paper for this pupil, shuffled in an order that stays the same across reruns.

    The session row and the published proposals come from live.py's shelf (fixed once the vote has started, and
    read on every rerun of every pupil), through this run's one connection; whether this pupil has voted is always
    read from the database.
    """
    council = live.council(db, pupil.session_id)
    require(pupil_may_vote(council))
    assert council is not None  # require() refused a missing session
    has_voted = db.exec(_HAS_VOTED, params={"participant": pupil.participant_id}).first()
    proposals = list(live.ballot(db, id_of(council)))
    random.Random(f"{council.id}:{pupil.participant_id}:{council.join_code}").shuffle(proposals)
    return BallotPaper(council.method, dict(council.method_params), proposals, bool(has_voted), bool(council.kiosk))


def cast(db: Session, *, pupil: Pupil, choices: dict[int, int], abstain: bool = False) -> str:
    """Count one ballot: flip has_voted and seal the ballot and a new rating code's hash into the session's box, in
    one transaction. Returns the rating code, for the receipt shown after the commit."""
    with unit_of_work(db):  # its commit also ends the caller's read snapshot: what it reads next has this ballot
        connection = db.connection()
        secrecy.lock_session_votes(connection, pupil.session_id)
        council = connection.execute(
            select(CouncilSession.phase, CouncilSession.method, CouncilSession.method_params).where(
                CouncilSession.id == pupil.session_id
            )
        ).one_or_none()
        require(pupil_may_vote(council))  # type: ignore[arg-type]  # the row has the columns the rule reads
        assert council is not None  # require() refused a missing session
        cleaned = _checked(connection, pupil.session_id, council.method, council.method_params, choices, abstain)
        flipped = connection.execute(
            update(Participant)
            .where(
                col(Participant.id) == pupil.participant_id,
                col(Participant.session_id) == pupil.session_id,
                col(Participant.has_voted) == False,  # noqa: E712
            )
            .values(has_voted=True)
        )
        if flipped.rowcount != 1:
            raise AlreadyVoted("vote.already_voted")
        rating_code = ratingcodes.issue(connection, pupil.session_id)
        secrecy.seal_ballot(connection, pupil.session_id, cleaned)
    secrecy.forget_recent_writes(db)
    return rating_code


def _checked(
    connection: Connection, session_id: int, method: str, params: dict, choices: dict[int, int], abstain: bool
) -> dict[int, int]:
    published = set(
        connection.execute(
            select(Proposal.id).where(Proposal.session_id == session_id, Proposal.status == ProposalStatus.published)
        ).scalars()
    )
    cleaned = tally.validate_choices(method, params, choices, published)
    if abstain and cleaned:
        raise InvalidInput("ballot_error.abstain_and_choices")
    if not abstain and not cleaned:
        raise InvalidInput("ballot_error.empty")
    return cleaned
