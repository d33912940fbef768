"""A vote of twelve known voters cast through the app's own services, with the ground truth an attacker wants.

Voter i approves proposal i alone, so a ballot's content names its voter: an attack that pairs a ballot with a
participant, or a participant with a slip, can be scored exactly.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from council import limits, onetime, proposals, ratingcodes, sessions, voting
from council.auth import token_hash
from council.models import CouncilSession

VOTERS = 12


@dataclass
class Voter:
    """One pupil as the teacher knows them: the slip handed over, when they joined and voted, what they chose, and
    the rating code their receipt showed (its stored hash)."""

    participant_id: int
    proposal_id: int
    slip_hash: str | None
    joined: int
    voted: int
    rating_code: str = ""
    rating_code_hash: str = ""


@dataclass
class Vote:
    """The ground truth of one finished vote."""

    session_id: int
    voters: list[Voter]
    writer_id: int
    writer_slip: str | None = None

    def voter_of_proposal(self, proposal_id: int) -> Voter | None:
        """The voter whose ballot holds exactly this proposal."""
        return next((v for v in self.voters if v.proposal_id == proposal_id), None)

    def by_participant(self, participant_id: int) -> Voter | None:
        return next((v for v in self.voters if v.participant_id == participant_id), None)

    def by_rating_code(self, code_hash: str) -> Voter | None:
        return next((v for v in self.voters if v.rating_code_hash == code_hash), None)

    def participant_of_slip(self, slip_hash: str) -> int | None:
        """Who joined with this slip (the pupil who wrote the proposals too)."""
        if slip_hash == self.writer_slip:
            return self.writer_id
        return next((v.participant_id for v in self.voters if v.slip_hash == slip_hash), None)

    @property
    def voting_order(self) -> list[Voter]:
        return sorted(self.voters, key=lambda v: v.voted)


def run_vote(db: Any, teacher: Any, *, kiosk: bool, slips: bool, close: bool = True, seed: int | None = None) -> Vote:
    """Twelve pupils join and vote through the services, in classroom mode (all join, then vote in an order of
    their own) or kiosk mode (join, vote, next pupil); with or without one-time slips; then the teacher closes."""
    order = random.Random(seed)
    council = sessions.create_session(
        db, teacher, title="Transporter", question="Hur halverar vi utsläppen?", one_time_codes=slips, kiosk=kiosk
    )
    codes = onetime.generate(db, teacher, council.id, count=VOTERS + 1) if slips else []

    def join(i: int) -> Any:
        return onetime.join(db, code=codes[i] if slips else council.join_code)[0]

    sessions.advance_phase(db, teacher, council.id)  # propose
    writer = join(VOTERS)
    cap, limits.PROPOSALS_PER_PUPIL = limits.PROPOSALS_PER_PUPIL, VOTERS  # one writer stands for the class here
    try:  # (the cap itself is tested in tests/unit/test_limits.py)
        written = [proposals.submit(db, pupil=writer, title=f"Förslag {i}", body="För klimatet") for i in range(VOTERS)]
    finally:
        limits.PROPOSALS_PER_PUPIL = cap
    for proposal in written:
        proposals.publish(db, teacher, proposal.id)
    voters: list[Voter] = []

    def vote(pupil: Any, i: int) -> None:
        code = voting.cast(db, pupil=pupil, choices={written[i].id: 1})
        slip = token_hash(codes[i]) if slips else None
        hashed = ratingcodes.code_hash(council.id, code)
        voters.append(Voter(pupil.participant_id, written[i].id, slip, joined[i], len(voters), code, hashed))

    joined: dict[int, int] = {}
    if kiosk:
        sessions.advance_phase(db, teacher, council.id)  # vote
        for i in range(VOTERS):
            joined[i] = i
            vote(join(i), i)
    else:
        pupils = []
        for i in range(VOTERS):
            joined[i] = i
            pupils.append(join(i))
        sessions.advance_phase(db, teacher, council.id)  # vote
        turns = list(range(VOTERS))
        order.shuffle(turns)
        for i in turns:
            vote(pupils[i], i)
    if close:
        sessions.advance_phase(db, teacher, council.id)
        db.commit()
    writer_slip = token_hash(codes[VOTERS]) if slips else None
    return Vote(council.id, voters, writer.participant_id, writer_slip)


def rate_answers(db: Any, admin: Any, teacher: Any, vote: Vote, *, seed: int | None = None) -> list[int]:
    """After the close: the report goes to a committee, and eleven voters rate with their codes, scores 0–10 in a
    random order (the score names the rating). Returns the scores in the order they were given."""
    from council import committees, reports

    body = committees.add_committee(db, admin, name="Tekniska nämnden")
    committees.forward(db, teacher, reports.freeze(db, teacher, vote.session_id).id, committee_ids=[body.id])
    scores = list(range(11))
    random.Random(seed).shuffle(scores)
    join_code = db.get(CouncilSession, vote.session_id).join_code
    for voter, score in zip(vote.voters, scores, strict=False):
        ratingcodes.rate(db, class_code=join_code, rating_code=voter.rating_code, score=score)
    return scores
