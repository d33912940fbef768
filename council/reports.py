"""Reports: the draft built from a closed session, frozen versions, and comparing two versions."""

from __future__ import annotations

from typing import Any

import pandas as pd
from sqlmodel import Session, col, func, select

from council import arguments, results
from council.auth import Actor, record
from council.db import transactional
from council.errors import InvalidInput, NotFound
from council.i18n import t
from council.models import Committee, CouncilSession, Proposal, Report, School, User, utcnow
from council.permissions import Rule, may_draft_report, may_view_report
from council.report_data import ArgumentLine, ReportContext, ReportData, Turnout
from council.sessions import owned_session
from council.text import clean_text

TITLE_LIMIT = 200
COMMENT_LIMIT = 4000


def draft(
    db: Session,
    actor: Actor | None,
    session_id: int,
    *,
    title: str = "",
    comment: str = "",
    committee_ids: list[int] | None = None,
    lang: str = "sv",
) -> ReportData:
    """The report as it would be frozen now (results, turnout, arguments, the teacher's words)."""
    council = owned_session(db, actor, session_id, may=may_draft_report)
    res = results.for_teacher(db, actor, session_id)
    return {
        **_context(db, council),
        "title": clean_text(title or council.title, limit=TITLE_LIMIT, field="report_title"),
        "teacher_comment": clean_text(comment, limit=COMMENT_LIMIT, field="comment", required=False, multiline=True),
        "committees": committee_names(db, committee_ids or []),
        "committee_ids": list(committee_ids or []),
        "method": res.method,
        "method_params": res.params,
        "turnout": Turnout(voted=res.ballots, expected=res.expected, joined=res.joined, blank=res.blank),
        "results": _result_rows(db, res, lang),
        "arguments": arguments_of(db, session_id),
        "ballots": res.choices.sample(frac=1).to_dict("records"),
        "small_group": res.small_group,
        "created_at": utcnow().isoformat(timespec="seconds"),
    }


def _context(db: Session, council: CouncilSession) -> ReportContext:
    school = db.get(School, council.school_id) if council.school_id else None
    teacher = db.get(User, council.teacher_id)
    return {
        "session_id": council.id,
        "question": council.question,
        "class_label": council.class_label,
        "school": school.name if school else "",
        "teacher": (teacher.display_name or teacher.username) if teacher else "",
    }


def _result_rows(db: Session, res: results.Results, lang: str) -> list[dict[str, Any]]:
    bodies = res.proposals.set_index("proposal_id")["body"].to_dict() if len(res.proposals) else {}
    rows = res.table.assign(body=res.table["proposal_id"].map(bodies).fillna(""))
    found = [{key: _plain(value) for key, value in row.items()} for row in rows.to_dict("records")]
    for row in found:
        proposal = db.get(Proposal, row["proposal_id"])
        # The addressee is frozen as words in the report's language: the committee reads it as it was sent.
        row["addressee"] = t(f"addressee.{proposal.addressee}", lang) if proposal and proposal.addressee else ""
    return found


def _plain(value: Any) -> Any:
    """numpy scalars to plain Python, so the snapshot is JSON."""
    return value.item() if hasattr(value, "item") else value


def arguments_of(db: Session, session_id: int) -> list[ArgumentLine]:
    """The published arguments for and against each proposal on the ballot (merged originals' included), in the
    order shown in the discussion, each with how many pupils marked it as convincing."""
    return [
        ArgumentLine(proposal_id=proposal_id, side=side, text=argument.text, marks=argument.marks)
        for proposal_id, found in arguments.all_sides(db, session_id).items()
        for side, listed in (("for", found.pros), ("against", found.cons))
        for argument in listed
    ]


def committee_names(db: Session, committee_ids: list[int]) -> list[str]:
    """The names of the chosen committees, in the order chosen."""
    committees = {c.id: c.name for c in db.exec(select(Committee).where(col(Committee.id).in_(committee_ids)))}
    missing = [cid for cid in committee_ids if cid not in committees]
    if missing:
        raise InvalidInput("report.unknown_committee")
    return [committees[cid] for cid in committee_ids]


def all_committees(db: Session) -> list[Committee]:
    """Every committee a report can be addressed to."""
    return list(db.exec(select(Committee).order_by(col(Committee.name))))


@transactional
def freeze(db: Session, actor: Actor | None, session_id: int, **edits: Any) -> Report:
    """Freeze the draft as the next version; earlier versions stay exactly as they were."""
    data = draft(db, actor, session_id, **edits)
    latest = db.exec(select(func.max(Report.version)).where(Report.session_id == session_id)).one() or 0
    data["version"] = latest + 1
    report = Report(
        session_id=session_id,
        version=latest + 1,
        title=data["title"],
        data=dict(data),
        created_by=actor.user_id if actor else None,
    )
    db.add(report)
    record(db, actor, "report.freeze", f"session:{session_id}:v{latest + 1}")
    return report


def versions(db: Session, actor: Actor | None, session_id: int) -> list[Report]:
    """The frozen versions of a session's report, newest first."""
    owned_session(db, actor, session_id, may=may_view_report)
    query = select(Report).where(Report.session_id == session_id).order_by(col(Report.version).desc())
    return list(db.exec(query))


def get(db: Session, actor: Actor | None, report_id: int, *, may: Rule = may_view_report) -> Report:
    """One frozen report of the teacher's own session, if the rule (by default: may read it) allows."""
    report = db.get(Report, report_id)
    if report is None:
        raise NotFound("report.not_found")
    owned_session(db, actor, report.session_id, may=may)
    return report


def compare(old: dict[str, Any], new: dict[str, Any]) -> pd.DataFrame:
    """Per proposal: rank and points in the two versions, and whether anything changed."""

    def frame(data: dict[str, Any], suffix: str) -> pd.DataFrame:
        rows = pd.DataFrame(data.get("results") or [], columns=["proposal_id", "title", "rank", "points"])
        return rows.rename(columns={c: f"{c}_{suffix}" for c in ("title", "rank", "points")})

    both = frame(old, "old").merge(frame(new, "new"), on="proposal_id", how="outer")
    both["changed"] = ~(
        both["title_old"].eq(both["title_new"])
        & both["rank_old"].eq(both["rank_new"])
        & both["points_old"].eq(both["points_new"])
    )
    return both.sort_values(["rank_new", "rank_old"]).reset_index(drop=True)


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Which of the teacher's fields differ between two versions."""
    return [name for name in ("title", "teacher_comment", "committees", "turnout") if old.get(name) != new.get(name)]
