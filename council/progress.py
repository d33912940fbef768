"""The pupils' progress page: where each proposal stands with each committee, read with the session code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, func, select

from council import deadlines
from council.answer_log import histories
from council.forwarding_tables import Answer, Forwarding
from council.join_codes import session_by_code
from council.models import Committee, CouncilSession, Phase, Report
from council.secret_tables import AnswerRating
from council.sessions import Pupil
from council.smallgroups import SMALL_GROUP
from council.stored import existing, id_of


@dataclass(frozen=True)
class Holder:
    """One committee that has the proposal: its deadline standing, its latest answer and the ones it replaced."""

    committee: str
    state: deadlines.DeadlineState
    answer: Answer | None
    earlier: list[Answer] = field(default_factory=list)


@dataclass(frozen=True)
class ProposalNews:
    """One proposal as the pupils see it: their rank, who has it and by when, each committee's latest answer, and
    the answers it replaced (newest first), so the class sees when a committee changed its mind."""

    title: str
    rank: int
    answers: list[tuple[str, Answer]]
    earlier: list[tuple[str, Answer]] = field(default_factory=list)
    holders: list[Holder] = field(default_factory=list)


@dataclass(frozen=True)
class Progress:
    question: str
    class_label: str
    forwarded: bool
    proposals: list[ProposalNews]
    ratings: int
    mean_rating: float | None


def progress_for_code(db: Session, *, code: str, today: dt.date | None = None) -> Progress:
    """Everything the class can read about its proposals' fate, even a year later."""
    council = session_by_code(db, code)
    report = db.exec(select(Report).where(Report.session_id == council.id).order_by(col(Report.version).desc())).first()
    forwardings = _forwardings(db, id_of(report)) if report else []
    rows = report.data.get("results", []) if report else []
    news = [_news(row, forwardings, today or dt.date.today()) for row in rows]
    count, mean = rating_summary(db, id_of(council))
    return Progress(council.question, council.class_label, council.phase == Phase.forwarded, news, count, mean)


def _forwardings(db: Session, report_id: int) -> list[tuple[Forwarding, str, dict[int, list[Answer]]]]:
    rows = db.exec(select(Forwarding, Committee).join(Committee).where(Forwarding.report_id == report_id)).all()
    return [(forwarding, committee.name, histories(db, id_of(forwarding))) for forwarding, committee in rows]


def _news(row: dict, forwardings: list, today: dt.date) -> ProposalNews:
    pid = row["proposal_id"]
    holders = [
        _holder(forwarding, name, history.get(pid, []), today)
        for forwarding, name, history in forwardings
        if (forwarding.proposal_ids is None or pid in forwarding.proposal_ids)
        and (forwarding.withdrawn_at is None or history.get(pid))
    ]
    answers = [(h.committee, h.answer) for h in holders if h.answer is not None]
    earlier = sorted(
        ((h.committee, older) for h in holders for older in h.earlier),
        key=lambda pair: pair[1].answered_at,
        reverse=True,
    )
    return ProposalNews(row["title"], row["rank"], answers, earlier, holders)


def _holder(forwarding: Forwarding, name: str, given: list[Answer], today: dt.date) -> Holder:
    state = deadlines.state(
        forwarding.deadline, answered=bool(given), today=today, withdrawn=forwarding.withdrawn_at is not None
    )
    return Holder(name, state, given[-1] if given else None, given[:-1])


def rating_summary(db: Session, session_id: int) -> tuple[int, float | None]:
    """How many rated and the mean — the mean only from SMALL_GROUP ratings up, so no one's score shows."""
    count, mean = db.exec(
        select(func.count(), func.avg(AnswerRating.score)).where(AnswerRating.session_id == session_id)
    ).one()
    return count, (float(mean) if count >= SMALL_GROUP else None)


def code_of(db: Session, *, pupil: Pupil) -> str:
    """The join code of the pupil's own session."""
    return existing(db.get(CouncilSession, pupil.session_id)).join_code
