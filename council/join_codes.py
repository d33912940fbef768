"""Join codes: making a new one no session has, reading one as typed, and finding the session it opens."""

from __future__ import annotations

import secrets

from sqlmodel import Session, select

from council.errors import InvalidInput
from council.models import CouncilSession

# No 0/O, 1/I/L: a code read off a projector must not be mistyped.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def new_join_code() -> str:
    """A random code from the unambiguous alphabet."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str:
    """Upper-case, without spaces or dashes."""
    return "".join(raw.split()).replace("-", "").upper()


def unused_code(db: Session) -> str:
    """A join code no session has."""
    for _ in range(50):
        code = new_join_code()
        if db.exec(select(CouncilSession.id).where(CouncilSession.join_code == code)).first() is None:
            return code
    raise RuntimeError("no free join code")


def session_by_code(db: Session, code: str) -> CouncilSession:
    """The session a join code opens; an unknown or archived code is refused."""
    normalised = normalise_code(code or "")
    if not normalised or len(normalised) > 12:
        raise InvalidInput("join.bad_code")
    council = db.exec(select(CouncilSession).where(CouncilSession.join_code == normalised)).first()
    if council is None:
        raise InvalidInput("join.bad_code")
    if council.archived:
        raise InvalidInput("join.expired_code")
    return council
