"""The pupils' ways in by code, throttled per client: joining, reading the progress page and rating the answers."""

from __future__ import annotations

from sqlmodel import Session

from council import onetime, progress, ratingcodes, throttle
from council.db import unit_of_work
from council.errors import InvalidInput
from council.sessions import Pupil


def join(db: Session, *, code: str, client: str | None) -> tuple[Pupil, str]:
    """Join with a slip's or the session's code, unless this client guessed or joined too often just now."""
    throttle.check(db, throttle.CODE_CLIENT, client)
    throttle.check(db, throttle.JOIN_CLIENT, client)
    try:
        joined = onetime.join(db, code=code)
    except InvalidInput:
        _count(db, throttle.CODE_CLIENT, client)
        raise
    _count(db, throttle.JOIN_CLIENT, client)
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
