"""Committees: the admin's list, forwarding frozen reports (all or some proposals), share links, the inbox, and
answers (with the decision: date, who decided, minutes paragraph)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from council import deadlines, notify, reports
from council.answer_log import answer_history, current_answers, histories
from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotAllowed, NotFound
from council.forwarding_permissions import forwardings_read_by, may_answer_proposal, may_read_forwarding, may_read_inbox
from council.forwarding_tables import Answer, AnswerStatus, Forwarding
from council.models import Committee, CouncilSession, Phase, Report, utcnow
from council.permissions import may_forward, may_manage_committees, require
from council.sharing import create_share_link, revoke_share_link, share_link_open, shared_report
from council.stored import existing, id_of
from council.text import clean_text

# Answer readings live in answer_log.py and share links in sharing.py; both are reached through this module too.
__all__ = [
    "answer_history",
    "create_share_link",
    "current_answers",
    "histories",
    "revoke_share_link",
    "share_link_open",
    "shared_report",
]

ANSWER_LIMIT = 2000
DEFAULT_DEADLINE_DAYS = 183  # six months, as for a medborgarförslag
DECIDERS = ("committee", "delegate")


def add_committee(db: Session, actor: Actor | None, *, name: str) -> Committee:
    """The admin adds a committee that reports can be sent to."""
    with unit_of_work(db):
        require(may_manage_committees(actor))
        name = clean_text(name, limit=200, field="committee_name")
        if db.exec(select(Committee).where(Committee.name == name)).first():
            raise InvalidInput("committee.name_taken")
        committee = Committee(name=name)
        db.add(committee)
        record(db, actor, "committee.create", name)
    return committee


def list_committees(db: Session) -> list[Committee]:
    """Every committee, by name."""
    return list(db.exec(select(Committee).order_by(col(Committee.name))))


def default_deadline(today: dt.date | None = None) -> dt.date:
    """The answer is due six months after forwarding."""
    return (today or dt.date.today()) + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)


def sent_proposals(forwarding: Forwarding, report: Report) -> list[dict]:
    """The report's result rows that were sent with this forwarding, in rank order."""
    rows = report.data.get("results", [])
    chosen = forwarding.proposal_ids
    return [row for row in rows if chosen is None or row["proposal_id"] in chosen]


def forward(
    db: Session,
    actor: Actor | None,
    report_id: int,
    *,
    committee_ids: list[int],
    deadline: dt.date | None = None,
    proposal_ids: list[int] | None = None,
    app_url: str = "",
) -> list[Forwarding]:
    """Send a frozen report (all its proposals, or the chosen ones) to committees; their members are e-mailed."""
    with unit_of_work(db):
        report = reports.get(db, actor, report_id, may=may_forward)
        if not committee_ids:
            raise InvalidInput("committee.none_chosen")
        deadline = deadline or default_deadline()
        if deadline < dt.date.today():
            raise InvalidInput("committee.deadline_past")
        chosen = _checked_selection(report, proposal_ids)
        assert actor is not None  # require() refused anyone not signed in
        made = [_forward_once(db, actor, report, committee_id, deadline, chosen) for committee_id in committee_ids]
        council = existing(db.get(CouncilSession, report.session_id))
        council.phase = Phase.forwarded
        db.add(council)
        record(db, actor, "report.forward", f"report:{report.id}:{committee_ids}")
        for forwarding in made:
            notify.forwarded(db, forwarding, report, app_url=app_url)
    return made


def _checked_selection(report: Report, proposal_ids: list[int] | None) -> list[int] | None:
    if proposal_ids is None:
        return None
    known = {row["proposal_id"] for row in report.data.get("results", [])}
    chosen = [int(pid) for pid in dict.fromkeys(proposal_ids)]
    if not chosen or not set(chosen) <= known:
        raise InvalidInput("forward.bad_selection")
    return None if set(chosen) == known else chosen


def _forward_once(
    db: Session, actor: Actor, report: Report, committee_id: int, deadline: dt.date, chosen: list[int] | None
) -> Forwarding:
    if db.get(Committee, committee_id) is None:
        raise InvalidInput("report.unknown_committee")
    existing = db.exec(
        select(Forwarding).where(Forwarding.report_id == report.id, Forwarding.committee_id == committee_id)
    ).first()
    forwarding = existing or Forwarding(report_id=id_of(report), committee_id=committee_id, deadline=deadline)
    if existing is not None and existing.withdrawn_at is not None:
        # Sent again after a withdrawal: a new sending, so the members are told again.
        forwarding.withdrawn_at, forwarding.withdrawn_by, forwarding.forwarded_at = None, None, utcnow()
    forwarding.deadline, forwarding.forwarded_by, forwarding.proposal_ids = deadline, actor.user_id, chosen
    db.add(forwarding)
    db.flush()
    return forwarding


@dataclass(frozen=True)
class InboxItem:
    forwarding: Forwarding
    report: Report
    committee: str
    answered: int
    total: int

    @property
    def state(self) -> deadlines.DeadlineState:
        return deadlines.state(
            self.forwarding.deadline,
            answered=self.answered >= self.total,
            today=dt.date.today(),
            withdrawn=self.forwarding.withdrawn_at is not None,
        )

    @property
    def overdue(self) -> bool:
        return self.state.standing == deadlines.Standing.overdue


def inbox(db: Session, actor: Actor | None) -> list[InboxItem]:
    """The reports forwarded to the member's committee (all, for an admin), newest first."""
    require(may_read_inbox(actor))
    assert actor is not None  # require() refused anyone not signed in
    query = select(Forwarding, Report, Committee).join(Report).join(Committee).where(forwardings_read_by(actor))
    rows = db.exec(query.order_by(col(Forwarding.forwarded_at).desc(), col(Forwarding.id).desc())).all()
    return [_item(db, f, r, c.name) for f, r, c in rows]


def _item(db: Session, forwarding: Forwarding, report: Report, committee: str) -> InboxItem:
    sent = {row["proposal_id"] for row in sent_proposals(forwarding, report)}
    answered = len(sent & current_answers(db, id_of(forwarding)).keys())
    return InboxItem(forwarding, report, committee, answered, len(sent))


def forwarding_for(db: Session, actor: Actor | None, forwarding_id: int) -> tuple[Forwarding, Report]:
    """One forwarded report, if it was sent to the member's committee."""
    require(may_read_inbox(actor))
    forwarding = db.get(Forwarding, forwarding_id)
    if forwarding is None:
        raise NotFound("report.not_found")
    require(may_read_forwarding(actor, forwarding))
    return forwarding, existing(db.get(Report, forwarding.report_id))


@dataclass(frozen=True)
class Decision:
    """The formal decision behind an answer, all optional: when, who (committee or delegate), the § in the minutes."""

    decided_on: dt.date | None = None
    by_kind: str = ""
    by: str = ""
    minutes: str = ""


def answer(
    db: Session,
    actor: Actor | None,
    forwarding_id: int,
    *,
    proposal_id: int,
    status: AnswerStatus | str | None,
    text: str,
    passed_to: str = "",
    decision: Decision | None = None,
    replaces: int | None = None,
) -> Answer:
    """The committee answers one proposal sent to it; `replaces` names the answer the member saw and chose to
    change (None for a first answer), so a change is always deliberate and earlier answers stay as history."""
    with unit_of_work(db):
        forwarding, report = forwarding_for(db, actor, forwarding_id)
        sent = {row["proposal_id"] for row in sent_proposals(forwarding, report)}
        allowed, why = may_answer_proposal(actor, forwarding, proposal_id, sent)
        if not allowed:
            raise NotAllowed(why) if why.startswith("auth.") else InvalidInput(why)
        assert actor is not None  # forwarding_for() refused anyone not signed in
        made = _new_answer(db, actor, forwarding, proposal_id, status, text, passed_to, decision or Decision())
        current = current_answers(db, id_of(forwarding)).get(proposal_id)
        _check_replacing(current, replaces, made)
        db.add(made)
        record(db, actor, "answer.give", f"forwarding:{forwarding.id}:proposal:{proposal_id}")
    return made


def _new_answer(
    db: Session,
    actor: Actor,
    forwarding: Forwarding,
    proposal_id: int,
    status: AnswerStatus | str | None,
    text: str,
    passed_to: str,
    decision: Decision,
) -> Answer:
    if status is None or status not in AnswerStatus.__members__:
        raise InvalidInput("answer.bad_status")
    status = AnswerStatus(status)
    passed_to = clean_text(passed_to, limit=200, field="passed_to", required=status == AnswerStatus.not_ours)
    by_kind, by = _decider(db, forwarding, decision)
    if decision.decided_on is not None and decision.decided_on > dt.date.today():
        raise InvalidInput("answer.decided_in_future")
    return Answer(
        forwarding_id=id_of(forwarding),
        proposal_id=proposal_id,
        status=status,
        passed_to=passed_to,
        text=clean_text(text, limit=ANSWER_LIMIT, field="answer", multiline=True),
        answered_by=actor.user_id,
        answered_at=utcnow(),
        decided_on=decision.decided_on,
        decided_by_kind=by_kind,
        decided_by=by,
        minutes_paragraph=clean_text(decision.minutes, limit=20, field="minutes", required=False),
    )


def _decider(db: Session, forwarding: Forwarding, decision: Decision) -> tuple[str, str]:
    if decision.by_kind not in ("", *DECIDERS):
        raise InvalidInput("answer.bad_decider")
    if decision.by_kind == "committee":
        return "committee", existing(db.get(Committee, forwarding.committee_id)).name
    if decision.by_kind == "delegate":
        return "delegate", clean_text(decision.by, limit=200, field="delegate")
    return "", ""


def _check_replacing(current: Answer | None, replaces: int | None, made: Answer) -> None:
    if (current.id if current else None) != replaces:
        raise InvalidInput("answer.changed_meanwhile")
    same = ("status", "text", "passed_to", "decided_on", "decided_by_kind", "decided_by", "minutes_paragraph")
    if current is not None and all(getattr(current, name) == getattr(made, name) for name in same):
        raise InvalidInput("answer.unchanged")
