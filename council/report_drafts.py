"""The report's draft: the title, the teacher's comment and the chosen committees, kept between visits so nothing
the teacher wrote is lost before (or after) a version is frozen."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from council.auth import Actor
from council.db import unit_of_work
from council.models import Report, ReportDraft, utcnow
from council.reports import COMMENT_LIMIT, TITLE_LIMIT, committee_names
from council.sessions import owned_session
from council.text import clean_text


def current(db: Session, actor: Actor | None, session_id: int) -> dict[str, Any]:
    """The draft as the teacher left it; without one, the latest frozen version's words, or the session title."""
    council = owned_session(db, actor, session_id)
    draft = db.get(ReportDraft, session_id)
    if draft is not None:
        return {
            "title": draft.title or council.title,
            "comment": draft.comment,
            "committee_ids": list(draft.committee_ids),
        }
    latest = db.exec(select(Report).where(Report.session_id == session_id).order_by(col(Report.version).desc())).first()
    data = latest.data if latest else {}
    return {
        "title": data.get("title", council.title),
        "comment": data.get("teacher_comment", ""),
        "committee_ids": list(data.get("committee_ids", [])),
    }


def save(
    db: Session, actor: Actor | None, session_id: int, *, title: str, comment: str, committee_ids: list[int]
) -> None:
    """Keep the teacher's words and choice of committees (not an audited act: freezing a version is)."""
    with unit_of_work(db):
        owned_session(db, actor, session_id)
        committee_names(db, list(committee_ids))  # refuses a committee that does not exist
        draft = db.get(ReportDraft, session_id) or ReportDraft(session_id=session_id)
        draft.title = clean_text(title, limit=TITLE_LIMIT, field="report_title", required=False)
        draft.comment = clean_text(comment, limit=COMMENT_LIMIT, field="comment", required=False, multiline=True)
        draft.committee_ids = [int(cid) for cid in committee_ids]
        draft.updated_at = utcnow()
        db.add(draft)


def freeze_edits(db: Session, actor: Actor | None, session_id: int) -> dict[str, Any]:
    """The draft as reports.freeze and reports.draft take it."""
    words = current(db, actor, session_id)
    return {"title": words["title"], "comment": words["comment"], "committee_ids": words["committee_ids"]}
