"""What a pupil may do in a session: join (with or without a slip), propose, argue and vote, each in its phase."""

from __future__ import annotations

from council.models import CouncilSession, Phase
from council.permissions import ALLOWED, OPEN_PHASES, PUPIL_PHASES, Verdict, all_of, in_phase


def pupil_may_join(council: CouncilSession) -> Verdict:
    """A pupil joins once the session has left its draft, and until its vote closes."""
    return all_of(in_phase(council, PUPIL_PHASES, "join.not_started"), in_phase(council, OPEN_PHASES, "join.closed"))


def pupil_may_join_without_slip(council: CouncilSession) -> Verdict:
    """A pupil joins with the shared code only when the session hands out no one-time slips."""
    return Verdict(False, "join.needs_slip") if council.one_time_codes else ALLOWED


def pupil_may_propose(council: CouncilSession | None) -> Verdict:
    """A pupil writes proposals in the propose phase."""
    return in_phase(council, {Phase.propose}, "proposal.not_now")


def pupil_may_argue(council: CouncilSession | None) -> Verdict:
    """A pupil writes arguments in the discuss phase."""
    return in_phase(council, {Phase.discuss}, "argument.not_now")


def pupil_may_vote(council: CouncilSession | None) -> Verdict:
    """A pupil sees the ballot and votes in the vote phase."""
    return in_phase(council, {Phase.vote}, "vote.not_now")
