"""A council session's lifecycle: creation, advancing the phase, pupils joining (see join_codes.py, phase_order.py)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field, replace

from sqlmodel import Session, col, select

from council import limits, methods, secrecy
from council.auth import Actor, record, token_hash
from council.db import transactional, unit_of_work
from council.errors import InvalidInput, NotFound, WrongPhase
from council.join_codes import session_by_code, unused_code
from council.models import CouncilRound, CouncilSession, Participant, Phase, Role
from council.permissions import (
    OPEN_PHASES,
    Rule,
    may_list_sessions,
    may_run_session,
    may_teach,
    require,
    sessions_run_by,
)
from council.phase_order import can_advance, next_phase
from council.pupil_permissions import pupil_may_join, pupil_may_join_without_slip
from council.round_permissions import may_step_in
from council.stored import existing, id_of
from council.text import without_controls

LIMITS = {"title": 120, "question": 500, "class_label": 40}
AGE_GROUPS = ("f3", "4-6", "7-9", "gy")
EASY_READ_AGES = {"f3", "4-6"}


@dataclass(frozen=True)
class Pupil:
    """A joined pupil as the browser knows them: participant and session, no name; and a key derived from the
    pupil's secret token, which the database never sees, for marks that must not be traceable (council/marks.py)."""

    participant_id: int
    session_id: int
    mark_key: str = field(default="", repr=False, compare=False)


def mark_key_for(token: str) -> str:
    """The pupil's key for anonymous marks: unrelated to the stored token hash, so the database cannot make it."""
    return hmac.new(token.encode(), b"klimatradet: convincing arguments", hashlib.sha256).hexdigest()


@transactional
def create_session(
    db: Session,
    actor: Actor | None,
    *,
    title: str,
    question: str,
    class_label: str = "",
    expected_size: int = 0,
    method: str = methods.Method.approval,
    method_params: dict | None = None,
    with_learn: bool = False,
    with_discuss: bool = False,
    age_group: str = "4-6",
    one_time_codes: bool = False,
    kiosk: bool = False,
    themes: list[str] | None = None,
    round_id: int | None = None,
) -> CouncilSession:
    """A teacher opens a new session in the draft phase with a fresh join code (in a municipal round: the round's
    services check the round first and pass its id)."""
    require(may_teach(actor))
    fields = {
        name: without_controls(value)
        for name, value in (("title", title), ("question", question), ("class_label", class_label))
    }
    for name, value in fields.items():
        if len(value) > LIMITS[name] or (not value and name != "class_label"):
            raise InvalidInput(f"session.bad_{name}", limit=LIMITS[name])
    if not 0 <= int(expected_size) <= 2000:
        raise InvalidInput("session.bad_expected_size")
    if method not in methods.CATALOG:
        raise InvalidInput("session.bad_method")
    if age_group not in AGE_GROUPS:
        raise InvalidInput("session.bad_age_group")
    params = methods.describe(method).clean_params(method_params)
    assert actor is not None  # require() refused anyone not signed in
    council = CouncilSession(
        teacher_id=actor.user_id,
        school_id=actor.school_id,
        expected_size=int(expected_size),
        method=methods.as_method(method),  # type: ignore[arg-type]  # a method registered at run time stays text
        method_params=params,
        with_learn=with_learn,
        with_discuss=with_discuss,
        age_group=age_group,
        one_time_codes=one_time_codes,
        kiosk=kiosk,
        themes=list(themes or []),
        round_id=round_id,
        join_code=unused_code(db),
        title=fields["title"],
        question=fields["question"],
        class_label=fields["class_label"],
    )
    db.add(council)
    db.flush()
    record(db, actor, "session.create", f"session:{council.id}")
    return council


def owned_session(db: Session, actor: Actor | None, session_id: int, *, may: Rule = may_run_session) -> CouncilSession:
    """The session, if the rule (by default: may run it) lets this actor act on it now (a round's coordinator may
    step in for a theme group's facilitator)."""
    council = db.get(CouncilSession, session_id)
    if council is None:
        require(may_list_sessions(actor))  # a visitor learns nothing, not even that there is no such session
        raise NotFound("session.not_found")
    verdict = may(actor, council)
    # A round's coordinator may step in for a theme group's facilitator: the same rule, as the facilitator.
    if (
        not verdict.allowed
        and actor is not None
        and may_step_in(actor, council, db.get(CouncilRound, council.round_id or 0))
    ):
        verdict = may(replace(actor, user_id=council.teacher_id, role=Role.teacher), council)
    require(verdict)
    return council


def sessions_for(db: Session, actor: Actor | None) -> list[CouncilSession]:
    """The sessions this teacher runs, newest first (an admin sees the school's); a round's own holder never shows."""
    require(may_list_sessions(actor))
    assert actor is not None  # require() refused anyone not signed in
    query = select(CouncilSession).where(
        CouncilSession.archived == False,  # noqa: E712
        CouncilSession.kind != "round",
        sessions_run_by(actor),
    )
    return list(db.exec(query.order_by(col(CouncilSession.id).desc())))


def easy_read(council: CouncilSession) -> bool:
    """Younger classes (F–3, 4–6) get easy-read wording, larger buttons and icons on the pupil screens."""
    return council.age_group in EASY_READ_AGES


def advance_phase(db: Session, actor: Actor | None, session_id: int, *, expected: Phase | None = None) -> Phase:
    """Move the session to its next phase; `expected` guards against a double click."""
    with unit_of_work(db):  # live.py's shelf forgets the old phase on its commit
        council = owned_session(db, actor, session_id)
        if expected is not None and council.phase != expected:
            raise WrongPhase("phase.changed_meanwhile")
        allowed, why = can_advance(db, council)
        if not allowed:
            raise WrongPhase(why)
        leaving = Phase(council.phase)
        council.phase = existing(next_phase(council))  # can_advance() said there is one
        db.add(council)
        record(db, actor, "session.phase", f"session:{council.id}:{council.phase}")
        if leaving == Phase.vote:
            secrecy.count_votes(db.connection(), id_of(council))
    if leaving == Phase.vote:
        secrecy.counted(db)
    return Phase(council.phase)


@transactional
def join(db: Session, *, code: str) -> tuple[Pupil, str]:
    """A pupil joins with the session's code: a new participant and its secret token for the URL."""
    council = session_by_code(db, code)
    require(pupil_may_join_without_slip(council))
    pupil, token = add_participant(db, council)
    return pupil, token


def add_participant(db: Session, council: CouncilSession) -> tuple[Pupil, str]:
    """A new participant in a session pupils may join (in the caller's unit of work)."""
    require(pupil_may_join(council))
    limits.count_join(db, council)
    token = secrets.token_urlsafe(24)
    participant = Participant(session_id=id_of(council), credential_hash=token_hash(token))
    db.add(participant)
    db.flush()
    return Pupil(id_of(participant), id_of(council), mark_key_for(token)), token


def more_joined_than_expected(council: CouncilSession, joined: int) -> bool:
    """True when more joined with the shared code than the class has pupils: someone may have joined twice."""
    return 0 < council.expected_size < joined and not council.one_time_codes


def resume_pupil(db: Session, token: str | None) -> Pupil | None:
    """The participant behind a reloaded pupil's cookie, until the vote closes; never in kiosk mode, where the next
    pupil at the shared computer must not become the previous one."""
    if not isinstance(token, str) or not token or len(token) > 100:
        return None
    found = db.exec(
        select(Participant, CouncilSession.kiosk, CouncilSession.phase, CouncilSession.kind)
        .join(CouncilSession, col(CouncilSession.id) == Participant.session_id)
        .where(Participant.credential_hash == token_hash(token))
    ).first()
    # A theme group's representatives come back after their vote to approve the wording (issue 12, item 4).
    phases = OPEN_PHASES | {Phase.closed} if found is not None and found[3] == "group" else OPEN_PHASES
    if found is None or found[1] or Phase(found[2]) not in phases:
        return None
    return Pupil(id_of(found[0]), found[0].session_id, mark_key_for(token))


def new_credential(db: Session, participant_id: int) -> str | None:
    """A fresh secret for the pupil's cookie; the one before stops working (in the caller's unit of work)."""
    participant = db.get(Participant, participant_id)
    if participant is None:
        return None
    token = secrets.token_urlsafe(24)
    participant.credential_hash = token_hash(token)
    db.add(participant)
    db.flush()
    return token


def session_for_pupil(db: Session, *, pupil: Pupil) -> CouncilSession:
    """The session a joined pupil takes part in."""
    council = db.get(CouncilSession, pupil.session_id)
    if council is None:
        raise NotFound("session.not_found")
    return council
