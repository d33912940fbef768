"""Who may do what, as predicates that also say why not: (allowed, translation key of the reason)."""

from __future__ import annotations

from council.auth import Actor
from council.models import CouncilSession, Forwarding, Role

Verdict = tuple[bool, str]
YES: Verdict = (True, "")


def may_read_forwarding(actor: Actor | None, forwarding: Forwarding) -> Verdict:
    """A member of the receiving committee, or an admin, reads a forwarded report."""
    if actor is None or actor.role not in (Role.committee, Role.admin):
        return False, "auth.not_allowed"
    if actor.role == Role.committee and actor.committee_id != forwarding.committee_id:
        return False, "answer.other_committee"
    return YES


def may_answer(actor: Actor | None, forwarding: Forwarding, proposal_id: int, sent: set[int]) -> Verdict:
    """A member of the receiving committee (or an admin) answers a proposal sent to it, while not withdrawn."""
    allowed, why = may_read_forwarding(actor, forwarding)
    if not allowed:
        return allowed, why
    if forwarding.withdrawn_at is not None:
        return False, "answer.withdrawn"
    if proposal_id not in sent:
        return False, "answer.not_sent_here"
    return YES


def may_register(actor: Actor | None, forwarding: Forwarding) -> Verdict:
    """The receiving committee records its diarienummer, also after a withdrawal (the diary keeps everything)."""
    return may_read_forwarding(actor, forwarding)


def may_withdraw(actor: Actor | None, forwarding: Forwarding, council: CouncilSession) -> Verdict:
    """The teacher who runs the session (or an admin of its school) withdraws a forwarding once."""
    if actor is None or actor.role not in (Role.teacher, Role.admin):
        return False, "auth.not_allowed"
    if council.teacher_id != actor.user_id and not (actor.is_admin and actor.school_id == council.school_id):
        return False, "auth.not_allowed"
    if forwarding.withdrawn_at is not None:
        return False, "forward.already_withdrawn"
    return YES
