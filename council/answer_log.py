"""Reading the committees' answers: the latest per proposal, and every earlier one (a new row per change)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from council.forwarding_tables import Answer


def current_answers(db: Session, forwarding_id: int) -> dict[int, Answer]:
    """The latest answer per proposal of one forwarding."""
    rows = db.exec(
        select(Answer).where(Answer.forwarding_id == forwarding_id).order_by(col(Answer.answered_at), col(Answer.id))
    )
    return {a.proposal_id: a for a in rows}


def histories(db: Session, forwarding_id: int) -> dict[int, list[Answer]]:
    """Every answer of one forwarding, oldest first, grouped by proposal."""
    grouped: dict[int, list[Answer]] = {}
    query = (
        select(Answer).where(Answer.forwarding_id == forwarding_id).order_by(col(Answer.answered_at), col(Answer.id))
    )
    for found in db.exec(query):
        grouped.setdefault(found.proposal_id, []).append(found)
    return grouped


def answer_history(db: Session, forwarding_id: int, proposal_id: int) -> list[Answer]:
    """Every answer given to one proposal, oldest first."""
    query = select(Answer).where(Answer.forwarding_id == forwarding_id, Answer.proposal_id == proposal_id)
    return list(db.exec(query.order_by(col(Answer.answered_at), col(Answer.id))))
