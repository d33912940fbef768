"""The committees' latest answers to a round's list, read through the class loop's forwardings."""

from __future__ import annotations

from sqlmodel import Session, col, select

from council.committees import current_answers
from council.forwarding_tables import Answer, Forwarding
from council.models import Committee, Report
from council.rounds import rounds
from council.stored import id_of


def latest(db: Session, round_id: int) -> dict[int, tuple[str, Answer]]:
    """Per proposal of the round's list: the committee that answered and its latest answer."""
    holder = rounds.holder(db, round_id)
    query = (
        select(Forwarding, Committee.name)
        .join(Report, col(Report.id) == Forwarding.report_id)
        .join(Committee, col(Committee.id) == Forwarding.committee_id)
        .where(Report.session_id == holder.id)
    )
    found: dict[int, tuple[str, Answer]] = {}
    for forwarding, committee in db.exec(query):
        for proposal_id, answer in current_answers(db, id_of(forwarding)).items():
            if proposal_id not in found or found[proposal_id][1].answered_at < answer.answered_at:
                found[proposal_id] = (committee, answer)
    return found
