"""Suggesting near-duplicate proposals and merging them into one, keeping where each came from."""

from __future__ import annotations

from sqlmodel import Session, col, select

from council import duplicates, live
from council.auth import Actor, record
from council.db import transactional
from council.errors import InvalidInput, NotFound
from council.models import Proposal, ProposalStatus
from council.permissions import may_merge
from council.proposals import BODY_LIMIT, TITLE_LIMIT
from council.sessions import Pupil, owned_session
from council.stored import id_of
from council.text import clean_text
from council.themes import checked_choice

OPEN = duplicates.OPEN


def already_there(db: Session, *, pupil: Pupil, title: str, limit: int = 3) -> list[Proposal]:
    """Published proposals like the one the pupil is writing ("Finns redan: …"), from the shared shelf."""
    shown = {p.id: p for p in live.ballot(db, pupil.session_id)}
    nearest = live.published_titles(db, pupil.session_id).nearest(title, k=limit)
    return [shown[pid] for pid, _ in nearest if pid in shown]


def suggestions(db: Session, actor: Actor | None, session_id: int, *, limit: int = 10) -> list[duplicates.Pair]:
    """The most alike pairs of waiting or published proposals, most alike first (kept by duplicates.py)."""
    return duplicates.best_pairs(db, actor, session_id, limit=limit)


@transactional
def merge(
    db: Session,
    actor: Actor | None,
    session_id: int,
    *,
    originals: list[int],
    title: str,
    body: str,
    theme: str,
    addressee: str,
) -> Proposal:
    """Replace two or more proposals by one new, published wording; the originals point to it."""
    council = owned_session(db, actor, session_id, may=may_merge)
    found = [db.get(Proposal, pid) for pid in dict.fromkeys(originals)]
    if len(found) < 2:
        raise InvalidInput("merge.need_two")
    chosen = [p for p in found if p is not None and p.session_id == session_id and p.status in OPEN]
    if len(chosen) < len(found):
        raise NotFound("merge.not_mergeable")
    theme, addressee = checked_choice(council, theme=theme, addressee=addressee)
    merged = Proposal(
        session_id=session_id,
        title=clean_text(title, limit=TITLE_LIMIT, field="title"),
        body=clean_text(body, limit=BODY_LIMIT, field="body", multiline=True),
        theme=theme,
        addressee=addressee,
        status=ProposalStatus.published,
    )
    db.add(merged)
    db.flush()
    for original in chosen:
        original.status, original.merged_into = ProposalStatus.merged, merged.id
        db.add(original)
    db.flush()
    duplicates.forget(db, session_id, [id_of(p) for p in chosen])
    duplicates.note(db, session_id, [id_of(merged)])
    record(db, actor, "proposal.merge", f"proposal:{merged.id}<" + ",".join(str(p.id) for p in chosen))
    return merged


def originals(db: Session, proposal_id: int) -> list[Proposal]:
    """The proposals merged straight into this one."""
    return list(db.exec(select(Proposal).where(Proposal.merged_into == proposal_id).order_by(col(Proposal.id))))


def destination(db: Session, proposal: Proposal) -> Proposal | None:
    """Where a merged proposal went in the end (following merges of merges); None if not merged."""
    if proposal.merged_into is None:
        return None
    current = db.get(Proposal, proposal.merged_into)
    for _ in range(100):
        if current is None or current.merged_into is None:
            return current
        current = db.get(Proposal, current.merged_into)
    raise NotFound("proposal.not_found")
