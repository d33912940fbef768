"""Which e-mails the app sends, queued in the outbox once each: to a committee's members when a report is
forwarded, 30 days before the deadline and when it is overdue (while proposals are unanswered), and to the
teacher when answers arrive. Only counts, dates and the teacher's and committee's own words — never pupil text.

Reminders go to User.notify_email, else User.email. The sign-on address (User.email) is an identity: unique,
and whoever controls it logs in; a notification address is only a delivery setting, so it may be a shared
registry mailbox and never lets anyone in."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from council import deadlines
from council.answer_log import current_answers
from council.db import unit_of_work
from council.forwarding_tables import Answer, Forwarding
from council.i18n import fmt_date, t
from council.models import Committee, CouncilSession, Report, Role, User, utcnow
from council.outbox import Mail, enqueue
from council.stored import existing, id_of

LANG = "sv"  # the municipality's working language
QUIET = dt.timedelta(minutes=10)  # answers given within this of each other go to the teacher in one e-mail


def address(user: User) -> str | None:
    """Where this account's notices go."""
    return user.notify_email or user.email


def member_addresses(db: Session, committee_id: int) -> list[tuple[int, str]]:
    """The active members of a committee who have an address."""
    query = select(User).where(User.committee_id == committee_id, User.role == Role.committee, User.active)
    return [(id_of(user), to) for user in db.exec(query) if (to := address(user))]


def _facts(db: Session, forwarding: Forwarding, report: Report, app_url: str) -> dict:
    data = report.data
    sent = forwarding.proposal_ids
    return {
        "committee": existing(db.get(Committee, forwarding.committee_id)).name,
        "title": report.title,
        "school": data.get("school") or "–",
        "klass": data.get("class_label") or "–",
        "count": len(sent) if sent is not None else len(data.get("results", [])),
        "deadline": fmt_date(forwarding.deadline, LANG),
        "dnr": forwarding.diarienummer or "–",
        "link": f"{app_url}/answer?forwarding={forwarding.id}" if app_url else t("mail.no_link", LANG),
    }


def _to_members(db: Session, kind: str, key: str, forwarding: Forwarding, facts: dict) -> int:
    made = 0
    for user_id, to in member_addresses(db, forwarding.committee_id):
        mail = Mail(kind, f"{key}:{user_id}", to, t(f"mail.{kind}.subject", LANG, **facts), _body(kind, facts))
        made += enqueue(db, mail)
    return made


def _body(kind: str, facts: dict) -> str:
    return "\n\n".join([t(f"mail.{kind}.body", LANG, **facts), t("mail.footer", LANG)])


def forwarded(db: Session, forwarding: Forwarding, report: Report, *, app_url: str = "") -> int:
    """Queue 'a report has arrived' to each member (in the forwarding's own transaction)."""
    key = f"forwarded:{forwarding.id}:{forwarding.forwarded_at:%Y%m%dT%H%M%S}"
    return _to_members(db, "forwarded", key, forwarding, _facts(db, forwarding, report, app_url))


def schedule(db: Session, *, now: dt.datetime | None = None, app_url: str = "", quiet: dt.timedelta = QUIET) -> int:
    """Queue every reminder and answer notice that is due now; running it again queues nothing twice."""
    now = now or utcnow()
    made = 0
    with unit_of_work(db):
        rows = db.exec(select(Forwarding, Report).join(Report).where(col(Forwarding.withdrawn_at).is_(None))).all()
        for forwarding, report in rows:
            made += _deadline_reminder(db, forwarding, report, now.date(), app_url)
            made += _answers_arrived(db, forwarding, report, now, app_url, quiet)
    return made


def _deadline_reminder(db: Session, forwarding: Forwarding, report: Report, today: dt.date, app_url: str) -> int:
    sent = forwarding.proposal_ids
    wanted = set(sent) if sent is not None else {row["proposal_id"] for row in report.data.get("results", [])}
    unanswered = len(wanted - current_answers(db, id_of(forwarding)).keys())
    state = deadlines.state(forwarding.deadline, answered=not unanswered, today=today)
    short_notice = (forwarding.deadline - forwarding.forwarded_at.date()).days <= deadlines.SOON_DAYS
    if state.standing == deadlines.Standing.due_soon and not short_notice:
        kind = "due_soon"  # a deadline set within 30 days was already named in the forwarding e-mail
    elif state.standing == deadlines.Standing.overdue:
        kind = "overdue"
    else:
        return 0
    facts = {**_facts(db, forwarding, report, app_url), "open": unanswered, "days": abs(state.days_left)}
    return _to_members(db, kind, f"{kind}:{forwarding.id}:{forwarding.deadline}", forwarding, facts)


def _answers_arrived(
    db: Session, forwarding: Forwarding, report: Report, now: dt.datetime, app_url: str, quiet: dt.timedelta
) -> int:
    news = db.exec(
        select(Answer).where(
            Answer.forwarding_id == forwarding.id, col(Answer.id) > forwarding.answers_notified_through
        )
    ).all()
    if not news or max(_aware(a.answered_at) for a in news) > now - quiet:
        return 0  # nothing new, or the committee is still answering: wait for a quiet moment
    council = db.get(CouncilSession, report.session_id)
    teacher = db.get(User, council.teacher_id) if council else None
    forwarding.answers_notified_through = max(id_of(a) for a in news)
    db.add(forwarding)
    if teacher is None or not (to := address(teacher)):
        return 0
    facts = {**_facts(db, forwarding, report, ""), "n": len({a.proposal_id for a in news})}
    facts["link"] = f"{app_url}/report?session={report.session_id}" if app_url else t("mail.no_link", LANG)
    key = f"answers:{forwarding.id}:{forwarding.answers_notified_through}"
    mail = Mail("answers", key, to, t("mail.answers.subject", LANG, **facts), _body("answers", facts))
    return int(enqueue(db, mail))


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
