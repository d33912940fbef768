"""The pupils' progress page: what the committees answered, read with the session code; an anonymous rating."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from sqlalchemy import insert, update
from sqlmodel import Session, func, select

from council import secrecy
from council.committees import histories
from council.db import write_transaction
from council.errors import AlreadyVoted, InvalidInput, NotAllowed, WrongPhase
from council.models import Answer, AnswerRating, Committee, CouncilSession, Forwarding, Participant, Phase, Report
from council.sessions import Pupil, session_by_code
from council.smallgroups import SMALL_GROUP


@dataclass(frozen=True)
class ProposalNews:
    """One proposal as the pupils see it: their rank, each committee's latest answer, and the answers it replaced
    (newest first), so the class sees when a committee changed its mind."""

    title: str
    rank: int
    answers: list[tuple[str, Answer]]
    earlier: list[tuple[str, Answer]] = field(default_factory=list)


@dataclass(frozen=True)
class Progress:
    question: str
    class_label: str
    forwarded: bool
    proposals: list[ProposalNews]
    ratings: int
    mean_rating: float | None


def progress_for_code(db: Session, *, code: str) -> Progress:
    """Everything the class can read about its proposals' fate, even a year later."""
    council = session_by_code(db, code)
    report = db.exec(select(Report).where(Report.session_id == council.id).order_by(Report.version.desc())).first()
    forwardings = _forwardings(db, report.id) if report else []
    news = [_news(db, row, forwardings) for row in (report.data.get("results", []) if report else [])]
    count, mean = rating_summary(db, council.id)
    return Progress(council.question, council.class_label, council.phase == Phase.forwarded, news, count, mean)


def _forwardings(db: Session, report_id: int) -> list[tuple[Forwarding, str, dict[int, list[Answer]]]]:
    rows = db.exec(select(Forwarding, Committee).join(Committee).where(Forwarding.report_id == report_id)).all()
    return [(forwarding, committee.name, histories(db, forwarding.id)) for forwarding, committee in rows]


def _news(db: Session, row: dict, forwardings: list) -> ProposalNews:
    given = [(name, history[row["proposal_id"]]) for _, name, history in forwardings if row["proposal_id"] in history]
    answers = [(name, history[-1]) for name, history in given]
    earlier = sorted(
        ((name, older) for name, history in given for older in history[:-1]),
        key=lambda pair: pair[1].answered_at,
        reverse=True,
    )
    return ProposalNews(row["title"], row["rank"], answers, earlier)


def rate(db: Session, *, pupil: Pupil, score: int) -> None:
    """A pupil who voted rates the committees' answers 0–10, once; the rating is stored without them."""
    if not isinstance(score, int) or not 0 <= score <= 10:
        raise InvalidInput("rating.out_of_range")
    db.commit()
    with write_transaction(db.get_bind()) as connection:
        secrecy.lock_session_votes(connection, pupil.session_id)
        forwarded = connection.execute(
            select(Forwarding.id).join(Report).where(Report.session_id == pupil.session_id).limit(1)
        ).first()
        if forwarded is None:
            raise WrongPhase("rating.not_yet")
        voted = connection.execute(select(Participant.has_voted).where(Participant.id == pupil.participant_id)).first()
        if not voted or not voted[0]:
            raise NotAllowed("rating.only_voters")
        flipped = connection.execute(
            update(Participant)
            .where(
                Participant.id == pupil.participant_id,
                Participant.has_voted.is_(True),
                Participant.has_rated.is_(False),
            )
            .values(has_rated=True)
        )
        if flipped.rowcount != 1:
            raise AlreadyVoted("rating.already")
        connection.execute(
            insert(AnswerRating).values(id=secrets.token_hex(16), session_id=pupil.session_id, score=score)
        )
        secrecy.reseal_ratings(connection, pupil.session_id)
    secrecy.forget_recent_writes(db.get_bind())


def rating_summary(db: Session, session_id: int) -> tuple[int, float | None]:
    """How many rated and the mean — the mean only from SMALL_GROUP ratings up, so no one's score shows."""
    count, mean = db.exec(
        select(func.count(), func.avg(AnswerRating.score)).where(AnswerRating.session_id == session_id)
    ).one()
    return count, (float(mean) if count >= SMALL_GROUP else None)


def code_of(db: Session, *, pupil: Pupil) -> str:
    """The join code of the pupil's own session."""
    return db.get(CouncilSession, pupil.session_id).join_code
