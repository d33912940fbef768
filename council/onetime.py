"""How pupils get in: one-time codes (printed slips that each let one pupil in, once; only their hashes are
stored), and switching slips or kiosk mode on or off after the session was made."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import case, update
from sqlmodel import Session, col, func, select

from council import secrecy, sessions
from council.auth import Actor, record, token_hash
from council.db import transactional
from council.errors import InvalidInput, NotFound
from council.join_codes import CODE_ALPHABET, normalise_code
from council.models import CouncilSession, OneTimeCode, Phase
from council.permissions import RESULT_PHASES, may_change_join_options
from council.sessions import Pupil, owned_session
from council.stored import existing, id_of

SLIP_CODE_LENGTH = 10  # 31**10 ≈ 8·10**14: unguessable, so a plain SHA-256 is enough
MAX_BATCH = 200
MAX_PER_SESSION = 2000


@dataclass(frozen=True)
class CodeCounts:
    made: int
    used: int
    revoked: int

    @property
    def unused(self) -> int:
        return self.made - self.used - self.revoked


def new_slip_code() -> str:
    """A random ten-character code from the unambiguous alphabet."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(SLIP_CODE_LENGTH))


@transactional
def generate(db: Session, actor: Actor | None, session_id: int, *, count: int) -> list[str]:
    """Make `count` new codes; the plain codes are returned once, for the slips, and never stored."""
    owned_session(db, actor, session_id)
    if not 1 <= int(count) <= MAX_BATCH:
        raise InvalidInput("codes.bad_count", most=MAX_BATCH)
    if counts(db, actor, session_id).made + int(count) > MAX_PER_SESSION:
        raise InvalidInput("codes.too_many", most=MAX_PER_SESSION)
    codes = [new_slip_code() for _ in range(int(count))]
    db.add_all(OneTimeCode(code_hash=token_hash(code), session_id=session_id) for code in codes)
    record(db, actor, "codes.generate", f"session:{session_id}:{count}")
    return codes


def counts(db: Session, actor: Actor | None, session_id: int) -> CodeCounts:
    """How many codes were made, used (marked so, or spent into the session's sealed box) and revoked."""
    owned_session(db, actor, session_id)
    ones = [
        func.coalesce(func.sum(case((flag, 1), else_=0)), 0)
        for flag in (col(OneTimeCode.used), col(OneTimeCode.revoked))
    ]
    query = select(func.count(), ones[0], ones[1]).where(col(OneTimeCode.session_id) == session_id)
    made, used, revoked = db.exec(query).one()
    spent = secrecy.spent_slip_count(db.connection(), session_id)
    return CodeCounts(int(made or 0), int(used or 0) + spent, int(revoked or 0))


@transactional
def revoke_unused(db: Session, actor: Actor | None, session_id: int) -> int:
    """Revoke every code not used yet; returns how many."""
    owned_session(db, actor, session_id)
    secrecy.lock_session_votes(db.connection(), session_id)
    spent = secrecy.spent_slips(db.connection(), session_id)
    unused = (
        col(OneTimeCode.session_id) == session_id,
        col(OneTimeCode.used) == False,  # noqa: E712
        col(OneTimeCode.revoked) == False,  # noqa: E712
    )
    done = db.exec(update(OneTimeCode).where(*unused, col(OneTimeCode.code_hash).not_in(spent)).values(revoked=True))
    record(db, actor, "codes.revoke_unused", f"session:{session_id}")
    return done.rowcount


@transactional
def revoke(db: Session, actor: Actor | None, session_id: int, *, code: str) -> None:
    """Revoke one code (a lost slip), if it is not used yet."""
    owned_session(db, actor, session_id)
    secrecy.lock_session_votes(db.connection(), session_id)
    row = db.get(OneTimeCode, token_hash(normalise_code(code or "")))
    if row is None or row.session_id != session_id:
        raise NotFound("codes.not_found")
    if row.used or secrecy.slip_spent(db.connection(), session_id, row.code_hash):
        raise InvalidInput("join.code_used")
    row.revoked = True
    db.add(row)
    record(db, actor, "codes.revoke", f"session:{session_id}")


def join(db: Session, *, code: str) -> tuple[Pupil, str]:
    """Join with a slip's one-time code, or else with the session's shared code."""
    joined = _join(db, code=code)
    secrecy.forget_recent_writes(db)  # the commit's frames pair the slip with the participant
    return joined


@transactional
def _join(db: Session, *, code: str) -> tuple[Pupil, str]:
    normalised = normalise_code(code or "")
    row = db.get(OneTimeCode, token_hash(normalised)) if len(normalised) == SLIP_CODE_LENGTH else None
    if row is None:
        return sessions.join(db, code=code)
    if row.revoked:
        raise InvalidInput("join.code_revoked")
    council = existing(db.get(CouncilSession, row.session_id))
    pupil, token = sessions.add_participant(db, council)
    if not _spend(db, council, row.code_hash):
        raise InvalidInput("join.code_used")
    return pupil, token


def _spend(db: Session, council: CouncilSession, code_hash: str) -> bool:
    # Until the vote is counted a spent slip goes into the session's sealed box, never beside the new participant
    # (secrecy.py). After that a joining pupil can no longer vote, so nothing secret pairs with the slip.
    # Either way, of two pupils typing the same slip at once exactly one gets in.
    unspent = (
        col(OneTimeCode.code_hash) == code_hash,
        col(OneTimeCode.used) == False,  # noqa: E712
        col(OneTimeCode.revoked) == False,  # noqa: E712
    )
    if Phase(council.phase) in RESULT_PHASES:
        return db.exec(update(OneTimeCode).where(*unspent).values(used=True)).rowcount == 1
    if db.exec(select(OneTimeCode.code_hash).where(*unspent)).first() is None:
        return False
    return secrecy.spend_slip(db.connection(), id_of(council), code_hash)


@transactional
def set_join_options(
    db: Session, actor: Actor | None, session_id: int, *, one_time_codes: bool, kiosk: bool
) -> CouncilSession:
    """Change how pupils get in after the session was made, until the vote is closed.

    Slips on: the shared code lets nobody new in (who joined before keeps their place). Slips off: the shared
    code opens again, and slips already handed out still work once each. Kiosk mode changes what the next
    pupil's turn looks like on a shared computer.
    """
    council = owned_session(db, actor, session_id, may=may_change_join_options)
    council.one_time_codes, council.kiosk = bool(one_time_codes), bool(kiosk)
    db.add(council)
    record(
        db, actor, "session.join_options", f"session:{session_id}:slips={council.one_time_codes}:kiosk={council.kiosk}"
    )
    return council
