"""Rating codes: how a pupil who voted proves it on another day or device, with only the class code.

The vote transaction (voting.cast) seals a new random code's hash into the session's box with the ballot; the
count moves every code into `ratingcode` at once, in hash order — no participant, no time, keyed by the hash
(WITHOUT ROWID on SQLite) — so the stored rows pair a code with neither the ballot nor the pupil (secrecy.py).
The code itself is shown once, on the receipt after the commit.
Typed later with the class code, it lets one 0–10 rating in, once."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlmodel import Session, col

from council import secrecy
from council.db import unit_of_work
from council.errors import AlreadyVoted, InvalidInput, WrongPhase
from council.forwarding_tables import Forwarding
from council.join_codes import CODE_ALPHABET, normalise_code, session_by_code
from council.models import CouncilRound, CouncilSession, Report, RoundStatus
from council.secret_tables import AnswerRating, RatingCode
from council.stored import id_of

LENGTH = 8  # 31**8 ≈ 8.5·10**11: a class's thirty codes cannot be guessed, and a child can copy eight letters


def new_code() -> str:
    """Eight random characters from the unambiguous alphabet."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(LENGTH))


def shown(code: str) -> str:
    """The code as printed: ABCD-EFGH."""
    return f"{code[:4]}-{code[4:]}"


def code_hash(session_id: int, code: str) -> str:
    """The stored form: SHA-256 of the session and the code (so two classes may draw the same code)."""
    return hashlib.sha256(f"{session_id}:{normalise_code(code)}".encode()).hexdigest()


def issue_many(connection: Connection, session_id: int, count: int) -> list[str]:
    """Seal `count` new codes' hashes into the session's box in the caller's (vote) transaction, which made the box
    and holds the session's lock; return the codes, to show after the commit. Codes already stored or sealed for
    this session, or drawn twice now, are drawn again (31**8 codes: hardly ever)."""
    chosen: dict[str, str] = {}  # hash -> code
    while len(chosen) < count:
        drawn: dict[str, str] = {}
        while len(chosen) + len(drawn) < count:
            code = new_code()
            hashed = code_hash(session_id, code)
            if hashed not in chosen:
                drawn[hashed] = code
        candidates = list(drawn)
        stored = connection.execute(
            select(col(RatingCode.code_hash)).where(col(RatingCode.code_hash).in_(candidates))
        ).scalars()
        taken = set(stored) | secrecy.sealed_rating_codes(connection, session_id, candidates)
        chosen.update((hashed, code) for hashed, code in drawn.items() if hashed not in taken)
    secrecy.seal_rating_codes(connection, session_id, list(chosen))
    return list(chosen.values())


def rate(db: Session, *, class_code: str, rating_code: str, score: int) -> None:
    """Rate the committees' answers 0–10 with the class code and one's own rating code, once; stored without either."""
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
        raise InvalidInput("rating.out_of_range")
    council = session_by_code(db, class_code)
    typed = normalise_code(rating_code or "")
    if len(typed) != LENGTH:
        raise InvalidInput("rating.bad_code")
    session_id = id_of(council)
    with unit_of_work(db):
        connection = db.connection()
        secrecy.lock_session_votes(connection, session_id)
        if not _forwarded(connection, session_id):
            raise WrongPhase("rating.not_yet")
        _use(connection, session_id, code_hash(session_id, typed))
        connection.execute(insert(AnswerRating).values(id=secrets.token_hex(16), session_id=session_id, score=score))
        secrecy.reseal_ratings(connection, session_id)
    secrecy.forget_recent_writes(db)  # the commit's frames pair the code with its score


def _forwarded(connection: Connection, session_id: int) -> bool:
    query = select(col(Forwarding.id)).join(Report).where(col(Report.session_id) == session_id).limit(1)
    return connection.execute(query).first() is not None or _round_forwarded(connection, session_id)


def _round_forwarded(connection: Connection, session_id: int) -> bool:
    """A class in a municipal round may rate the answers once the round's list has been forwarded."""
    query = (
        select(col(CouncilRound.id))
        .join(CouncilSession, col(CouncilSession.round_id) == CouncilRound.id)
        .where(col(CouncilSession.id) == session_id, col(CouncilRound.status) == RoundStatus.forwarded)
    )
    return connection.execute(query).first() is not None


def _use(connection: Connection, session_id: int, hashed: str) -> None:
    # A code is spent into the session's sealed box, never by flipping its row beside the new score: the box has no
    # history a page reader could date (secrecy.py). `used` stays for codes spent before that. The caller holds the
    # session's lock, so of two tabs sending the same code at once exactly one rating counts.
    stored = connection.execute(
        select(col(RatingCode.used)).where(
            col(RatingCode.code_hash) == hashed, col(RatingCode.session_id) == session_id
        )
    ).first()
    if stored is None:
        raise InvalidInput("rating.bad_code")
    if stored.used or not secrecy.spend_rating_code(connection, session_id, hashed):
        raise AlreadyVoted("rating.code_used")
