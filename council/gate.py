"""The pupils' ways in by code, throttled per client: joining, reading the progress page and rating the answers."""

from __future__ import annotations

from sqlmodel import Session

from council import onetime, progress, ratingcodes, throttle
from council.db import unit_of_work
from council.errors import InvalidInput
from council.join_codes import normalise_code
from council.models import CouncilSession
from council.sessions import Pupil


def join(db: Session, *, code: str, client: str | None) -> tuple[Pupil, str]:
    """Join with a slip's or the session's code, unless this client guessed or joined this code too often just now.

    Joins are counted per client and code: a municipality's schools behind one address run many classes at once,
    and a whole school in the assembly hall joins one code from one address, so the allowance grows with the
    session's expected size (throttle.join_policy). A script joining over and over meets a wait; the teacher is
    warned when more joined than expected (and one-time slips stop it altogether)."""
    throttle.check(db, throttle.CODE_CLIENT, client)
    subject = None if client is None else f"{client}|{normalise_code(code or '')}"
    throttle.check(db, throttle.JOIN_CLIENT, subject)
    try:
        joined = onetime.join(db, code=code)
    except InvalidInput:
        _count(db, throttle.CODE_CLIENT, client)
        raise
    council = db.get(CouncilSession, joined[0].session_id)
    _count(db, throttle.join_policy(council.expected_size if council else None), subject)
    return joined


def progress_for_code(db: Session, *, code: str, client: str | None) -> progress.Progress:
    """What the committees answered, unless this client tried too many wrong codes just now."""
    throttle.check(db, throttle.CODE_CLIENT, client)
    try:
        return progress.progress_for_code(db, code=code)
    except InvalidInput:
        _count(db, throttle.CODE_CLIENT, client)
        raise


def rate(db: Session, *, class_code: str, rating_code: str, score: int, client: str | None) -> None:
    """Rate the answers with one's rating code, unless this client tried too many wrong codes just now."""
    throttle.check(db, throttle.CODE_CLIENT, client)
    try:
        ratingcodes.rate(db, class_code=class_code, rating_code=rating_code, score=score)
    except InvalidInput as err:
        if err.key in {"rating.bad_code", "join.bad_code"}:
            _count(db, throttle.CODE_CLIENT, client)
        raise


def _count(db: Session, policy: throttle.Policy, client: str | None) -> None:
    if client is not None:
        with unit_of_work(db):
            throttle.count(db, policy, client)
