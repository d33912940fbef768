"""Near-duplicate suggestions for the teacher, kept in the database (table similarproposal).

Worked out once per change, inside the change's own unit of work: a proposal written, published again or made
by a merge gets its few most alike open proposals (similarity.TitleIndex: blocking by word stem, best few kept);
a proposal that leaves the open list (merged, rejected) is forgotten, and the proposals that had it among their
best few are worked out again. The control room only reads what is kept, page by page — never all pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import ColumnElement, delete, or_, text
from sqlmodel import Session, col, select

from council.auth import Actor
from council.models import Proposal, ProposalStatus, SimilarProposal
from council.sessions import owned_session
from council.similarity import TitleIndex
from council.stored import existing as id_of_key
from council.stored import id_of

OPEN = (ProposalStatus.pending, ProposalStatus.published)
SHOWN = 3
"""Look-alikes shown beside one proposal."""

_INDEX_LOCK_CLASS = 8_020_513  # PostgreSQL advisory lock: one change to a session's suggestions at a time


def note(db: Session, session_id: int, proposal_ids: Iterable[int]) -> None:
    """Work out and keep the few open proposals most like each of these (in the caller's unit of work)."""
    wanted = set(proposal_ids)
    if not wanted:
        return
    if db.get_bind().dialect.name == "postgresql":  # so two changes at once each see the other's proposal
        db.execute(text("SELECT pg_advisory_xact_lock(:k, :s)"), {"k": _INDEX_LOCK_CLASS, "s": session_id})
    titles = {
        id_of_key(pid): title for pid, title in db.exec(select(Proposal.id, Proposal.title).where(_open_in(session_id)))
    }
    index = TitleIndex(titles)
    db.exec(delete(SimilarProposal).where(col(SimilarProposal.proposal_id).in_(wanted)))
    for pid in wanted & titles.keys():
        for other, score in index.nearest(titles[pid], leave_out=pid):
            db.add(SimilarProposal(proposal_id=pid, similar_id=other, session_id=session_id, score=score))
    db.flush()


def forget(db: Session, session_id: int, proposal_ids: Iterable[int]) -> None:
    """Drop what is kept about proposals that left the open list, and work out again the look-alikes of the
    proposals that had one of them among their best few (in the caller's unit of work)."""
    gone = set(proposal_ids)
    had_them = set(db.exec(select(SimilarProposal.proposal_id).where(col(SimilarProposal.similar_id).in_(gone))))
    db.exec(
        delete(SimilarProposal).where(
            or_(col(SimilarProposal.proposal_id).in_(gone), col(SimilarProposal.similar_id).in_(gone))
        )
    )
    note(db, session_id, had_them - gone)


Pair = tuple[Proposal, Proposal, float]


def alike(db: Session, proposal_ids: Iterable[int]) -> dict[int, list[tuple[Proposal, float]]]:
    """The best few kept look-alikes of each of these proposals (found from either side), most alike first."""
    wanted = set(proposal_ids)
    either_side = or_(col(SimilarProposal.proposal_id).in_(wanted), col(SimilarProposal.similar_id).in_(wanted))
    scores: dict[int, dict[int, float]] = defaultdict(dict)
    for row in db.exec(select(SimilarProposal).where(either_side)):
        for mine, other in ((row.proposal_id, row.similar_id), (row.similar_id, row.proposal_id)):
            if mine in wanted:
                scores[mine][other] = row.score
    found = _open_by_id(db, {other for others in scores.values() for other in others})
    return {mine: _best(others, found) for mine, others in scores.items()}


def _best(scores: dict[int, float], found: dict[int, Proposal]) -> list[tuple[Proposal, float]]:
    ranked = sorted((score, -pid) for pid, score in scores.items() if pid in found)
    return [(found[-negative], score) for score, negative in reversed(ranked)][:SHOWN]


def best_pairs(db: Session, actor: Actor | None, session_id: int, *, limit: int = 10) -> list[Pair]:
    """The session's most alike open pairs among those kept, most alike first (each pair once)."""
    owned_session(db, actor, session_id)
    rows = db.exec(
        select(SimilarProposal)
        .where(SimilarProposal.session_id == session_id)
        .order_by(col(SimilarProposal.score).desc(), col(SimilarProposal.proposal_id), col(SimilarProposal.similar_id))
        .limit(2 * limit)  # a pair is kept at most twice, once from each side
    ).all()
    pairs = list(dict.fromkeys((*sorted((r.proposal_id, r.similar_id)), r.score) for r in rows))[:limit]
    pairs_typed: list[tuple[int, int, float]] = [(int(a), int(b), float(s)) for a, b, s in pairs]
    found = _open_by_id(db, {pid for a, b, _ in pairs_typed for pid in (a, b)})
    return [(found[a], found[b], score) for a, b, score in pairs_typed if a in found and b in found]


def _open_by_id(db: Session, ids: set[int]) -> dict[int, Proposal]:
    query = select(Proposal).where(col(Proposal.id).in_(ids), col(Proposal.status).in_(OPEN))
    return {id_of(p): p for p in db.exec(query)}


def _open_in(session_id: int) -> ColumnElement[bool]:
    return (col(Proposal.session_id) == session_id) & col(Proposal.status).in_(OPEN)
