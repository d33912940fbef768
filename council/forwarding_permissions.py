"""Who may do what with a forwarded report: the committees' inbox, reading and answering it, registering it, and
the teacher's withdrawal (the reach of each role is permissions.FORWARDINGS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement

from council.forwarding_tables import Forwarding
from council.models import CouncilSession, Role
from council.permissions import (
    ALLOWED,
    FORWARDINGS,
    NOT_ALLOWED,
    Verdict,
    all_of,
    may_run_session,
    reached_rows,
    reaches,
)

if TYPE_CHECKING:
    from council.auth import Actor


def may_read_inbox(actor: Actor | None) -> Verdict:
    """Have an inbox of forwarded reports and the priorities dashboard: committee members and admins."""
    return ALLOWED if actor is not None and actor.role in FORWARDINGS else Verdict(False, NOT_ALLOWED)


def forwardings_read_by(actor: Actor) -> ColumnElement[bool]:
    """The forwarded reports this actor reads, as a query condition (the same rule as may_answer)."""
    return reached_rows(FORWARDINGS, actor)


def may_answer(actor: Actor | None, forwarding: Forwarding) -> Verdict:
    """Read and answer one forwarded report: a member of the committee it was sent to, or an admin."""
    return reaches(FORWARDINGS, actor, forwarding)


def may_read_forwarding(actor: Actor | None, forwarding: Forwarding) -> Verdict:
    """Read a forwarded report: may_answer's reach, saying "another committee's" to a member of the wrong one."""
    verdict = may_answer(actor, forwarding)
    if not verdict.allowed and actor is not None and actor.role == Role.committee:
        return Verdict(False, "answer.other_committee")
    return verdict


def may_answer_proposal(actor: Actor | None, forwarding: Forwarding, proposal_id: int, sent: set[int]) -> Verdict:
    """Answer one proposal: a reader of the forwarding, while it is not withdrawn, for a proposal sent to it."""
    withdrawn = Verdict(False, "answer.withdrawn") if forwarding.withdrawn_at is not None else ALLOWED
    sent_here = ALLOWED if proposal_id in sent else Verdict(False, "answer.not_sent_here")
    return all_of(may_read_forwarding(actor, forwarding), withdrawn, sent_here)


def may_register(actor: Actor | None, forwarding: Forwarding) -> Verdict:
    """The receiving committee records its diarienummer, also after a withdrawal (the diary keeps everything)."""
    return may_read_forwarding(actor, forwarding)


def may_withdraw(actor: Actor | None, forwarding: Forwarding, council: CouncilSession) -> Verdict:
    """Withdraw a forwarding, once: whoever runs the session."""
    done = Verdict(False, "forward.already_withdrawn") if forwarding.withdrawn_at is not None else ALLOWED
    return all_of(may_run_session(actor, council), done)
