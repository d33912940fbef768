"""A round's lifecycle: the coordinator opens it, classes join it, the pool closes, and it is frozen."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from sqlmodel import Session, col, select

from council import join_codes, sessions
from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotAllowed, NotFound, WrongPhase
from council.models import CouncilSession, Phase, Role, School
from council.permissions import may_teach, require
from council.round_permissions import may_coordinate, may_open_round
from council.round_tables import CouncilRound, RoundStatus
from council.text import clean_text
from council.themes import checked_themes, default_themes

TITLE_LIMIT = 120
QUESTION_LIMIT = 500
MAX_QUESTIONS = 5
PER_CLASS = range(1, 11)
PER_GROUP = range(1, 51)
ATTACH_PHASES = {Phase.draft, Phase.learn, Phase.propose, Phase.discuss, Phase.vote}  # "before its vote closes"
FIELDS = (
    "title",
    "questions",
    "themes",
    "school_ids",
    "propose_until",
    "meeting_on",
    "answers_due",
    "per_class",
    "per_group",
)


def get(db: Session, round_id: int | str | None) -> CouncilRound:
    """One round by its id."""
    found = db.get(CouncilRound, int(str(round_id))) if str(round_id or "").isdigit() else None
    if found is None:
        raise NotFound("round.not_found")
    return found


def by_slug(db: Session, slug: str | None) -> CouncilRound:
    """One round by its public address name."""
    found = db.exec(select(CouncilRound).where(CouncilRound.slug == (slug or "")[:60])).first() if slug else None
    if found is None:
        raise NotFound("round.not_found")
    return found


def coordinated(db: Session, actor: Actor | None, round_id: int | str | None) -> CouncilRound:
    """A round this actor coordinates."""
    council_round = get(db, round_id)
    require(may_coordinate(actor, council_round))
    return council_round


def editable(council_round: CouncilRound) -> None:
    """Refuse every change to a round whose list is frozen."""
    if council_round.status in (RoundStatus.frozen, RoundStatus.forwarded):
        raise WrongPhase("round.frozen")


def slug_for(title: str, taken: set[str]) -> str:
    """A readable, unused address name from the title: 'Klimatrundan 2026' -> 'klimatrundan-2026'."""
    words = re.sub(r"[\W_]+", "-", title.casefold())  # before folding, so "4–9" keeps its break
    folded = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:50] or "runda"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def create(db: Session, actor: Actor | None, *, lang: str = "sv", **fields: object) -> CouncilRound:
    """The coordinator opens a round (fields as in FIELDS); it gets a holder session for its reports."""
    with unit_of_work(db):
        require(may_open_round(actor))
        assert actor is not None  # require() refused anyone not signed in
        checked = _checked(db, {"themes": None, "per_class": 3, "per_group": 10, **fields}, lang)
        taken = set(db.exec(select(CouncilRound.slug)))
        council_round = CouncilRound(slug=slug_for(checked["title"], taken), coordinator_id=actor.user_id, **checked)
        db.add(council_round)
        db.flush()
        db.add(_holder(db, actor, council_round))
        record(db, actor, "round.create", f"round:{council_round.id}")
    return council_round


def _holder(db: Session, actor: Actor, council_round: CouncilRound) -> CouncilSession:
    # A frozen report needs a session (report.session_id is NOT NULL): the round's list lives on this one, which
    # no pupil can join (slips only, and none are made) and no session list shows.
    return CouncilSession(
        kind="round",
        round_id=council_round.id,
        teacher_id=actor.user_id,
        school_id=actor.school_id,
        title=council_round.title,
        question=council_round.questions[0],
        one_time_codes=True,
        themes=list(council_round.themes),
        join_code=join_codes.unused_code(db),
    )


def update(db: Session, actor: Actor | None, round_id: int, **fields: object) -> CouncilRound:
    """The coordinator changes the round's title, questions, dates, schools or cap; never once it is frozen."""
    with unit_of_work(db):
        council_round = coordinated(db, actor, round_id)
        editable(council_round)
        current = {name: getattr(council_round, name) for name in FIELDS}
        for name, value in _checked(db, {**current, **fields}, "sv").items():
            setattr(council_round, name, value)
        db.add(council_round)
        record(db, actor, "round.update", f"round:{round_id}:" + ",".join(sorted(fields)))
    return council_round


def _checked(db: Session, fields: dict, lang: str) -> dict:
    """The round's fields cleaned, or a clear refusal of the first bad one."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise InvalidInput("round.bad_field")
    questions = [clean_text(q, limit=QUESTION_LIMIT, field="question") for q in fields.get("questions") or [] if q]
    if not 1 <= len(questions) <= MAX_QUESTIONS:
        raise InvalidInput("round.bad_questions", most=MAX_QUESTIONS)
    if int(fields.get("per_class") or 0) not in PER_CLASS:
        raise InvalidInput("round.bad_per_class", most=PER_CLASS[-1])
    if int(fields.get("per_group") or 0) not in PER_GROUP:
        raise InvalidInput("round.bad_per_group", most=PER_GROUP[-1])
    return {
        "title": clean_text(str(fields.get("title") or ""), limit=TITLE_LIMIT, field="round_title"),
        "questions": questions,
        "themes": checked_themes(list(fields.get("themes") or default_themes(lang))),
        "school_ids": _checked_schools(db, fields.get("school_ids") or []),
        **_checked_dates(fields.get("propose_until"), fields.get("meeting_on"), fields.get("answers_due")),
        "per_class": int(fields["per_class"]),
        "per_group": int(fields["per_group"]),
    }


def _checked_schools(db: Session, school_ids: list) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in school_ids))
    found = set(db.exec(select(School.id).where(col(School.id).in_(ids)))) if ids else set()
    if not ids or found != set(ids):
        raise InvalidInput("round.bad_schools")
    return ids


def _checked_dates(*dates: object) -> dict:
    given = [d for d in dates if d is not None]
    known = [d for d in given if isinstance(d, dt.date)]
    if len(known) < len(given) or known != sorted(known):
        raise InvalidInput("round.bad_dates")
    return dict(zip(("propose_until", "meeting_on", "answers_due"), dates, strict=True))


def for_coordinator(db: Session, actor: Actor | None) -> list[CouncilRound]:
    """The coordinator's own rounds (an admin's: every round), newest first."""
    require(may_open_round(actor))
    assert actor is not None  # require() refused anyone not signed in
    query = select(CouncilRound).order_by(col(CouncilRound.id).desc())
    if actor.role != Role.admin:
        query = query.where(CouncilRound.coordinator_id == actor.user_id)
    return list(db.exec(query))


def open_for_teacher(db: Session, actor: Actor | None) -> list[CouncilRound]:
    """Open rounds the teacher's school takes part in."""
    require(may_teach(actor))
    assert actor is not None  # require() refused anyone not signed in
    query = select(CouncilRound).where(CouncilRound.status == RoundStatus.open).order_by(col(CouncilRound.id).desc())
    return [r for r in db.exec(query) if actor.school_id in r.school_ids]


def joinable(db: Session, actor: Actor, round_id: int) -> CouncilRound:
    """An open round the teacher's school takes part in, or a clear refusal."""
    council_round = get(db, round_id)
    if council_round.status != RoundStatus.open:
        raise WrongPhase("round.pool_closed")
    if actor.school_id not in council_round.school_ids:
        raise NotAllowed("round.school_not_in_round")
    return council_round


def create_class_session(
    db: Session, actor: Actor | None, round_id: int, *, question_index: int = 0, **session_fields: Any
) -> CouncilSession:
    """A teacher creates a class session in the round: it takes the round's question and themes."""
    require(may_teach(actor))
    assert actor is not None  # require() refused anyone not signed in
    council_round = joinable(db, actor, round_id)
    if not 0 <= question_index < len(council_round.questions):
        raise InvalidInput("round.bad_questions", most=MAX_QUESTIONS)
    question, themes = council_round.questions[question_index], list(council_round.themes)
    council = sessions.create_session(
        db, actor, question=question, themes=themes, round_id=council_round.id, **session_fields
    )
    with unit_of_work(db):
        record(db, actor, "round.class_session", f"round:{round_id}:session:{council.id}")
    return council


def attach(db: Session, actor: Actor | None, session_id: int, round_id: int) -> CouncilSession:
    """A teacher puts an existing class session into a round, before its vote closes."""
    with unit_of_work(db):
        council = sessions.owned_session(db, actor, session_id)
        assert actor is not None  # owned_session() refused anyone not signed in
        council_round = joinable(db, actor, round_id)
        if council.kind != "class" or council.round_id is not None:
            raise InvalidInput("round.already_in_round")
        if Phase(council.phase) not in ATTACH_PHASES:
            raise WrongPhase("round.attach_too_late")
        council.round_id = council_round.id
        db.add(council)
        record(db, actor, "round.attach", f"round:{round_id}:session:{session_id}")
    return council


def class_sessions(db: Session, round_id: int) -> list[CouncilSession]:
    """Every class session in the round, oldest first."""
    query = select(CouncilSession).where(CouncilSession.round_id == round_id, CouncilSession.kind == "class")
    return list(db.exec(query.order_by(col(CouncilSession.id))))


def holder(db: Session, round_id: int) -> CouncilSession:
    """The session that holds the round's frozen reports."""
    query = select(CouncilSession).where(CouncilSession.round_id == round_id, CouncilSession.kind == "round")
    return db.exec(query).one()


def close_pool(db: Session, actor: Actor | None, round_id: int) -> CouncilRound:
    """The coordinator closes the pool: no class sends any more, and the theme groups can start."""
    with unit_of_work(db):
        council_round = coordinated(db, actor, round_id)
        if council_round.status != RoundStatus.open:
            raise WrongPhase("round.pool_closed")
        council_round.status = RoundStatus.groups
        db.add(council_round)
        record(db, actor, "round.close_pool", f"round:{round_id}")
    return council_round


def of_session(db: Session, council: CouncilSession) -> CouncilRound | None:
    """The round a session belongs to, if any."""
    return db.get(CouncilRound, council.round_id) if council.round_id else None
