"""What a ballot write leaves behind on PostgreSQL, and how cast() and closing a vote wipe the trace.

On PostgreSQL every row a transaction writes carries that transaction's id in the hidden `xmin` column, and
new rows land at the end of the heap, so the physical order (`ctid`) is the order of voting. Naively, the
UPDATE that flips a pupil's `has_voted` and the INSERT of their ballot share one `xmin`: anyone who can run
`SELECT xmin, * FROM participant` and `... FROM ballot` links the pupil to the ballot (the flaw found in the
EvaP evaluation system). Splitting the write into two transactions or into subtransactions does not help:
their ids are adjacent and ordered, which links them just as well — and the double envelope needs one
atomic transaction anyway.

The defence chosen here is to re-seal the whole session inside every vote transaction:

1. votes in one session are serialised with a transaction-level advisory lock (no row or table trace);
2. after flipping the pupil's flag and inserting the ballot, every participant row of the session is
   rewritten, and every ballot and choice of the session is deleted and inserted again in the order of
   its random id;
3. so after each vote every participant row, every ballot and every choice of the session share one
   `xmin` (that of the latest vote), which tells nothing about who cast which ballot, and the heap order
   of the ballots is the order of their random ids, not of voting.

Rewriting a class's rows costs a few milliseconds per vote (O(session size)); sessions are classes of
tens of pupils, and even 1,000 in one session stay well inside the load goal. The rejected alternative,
rewriting only when the vote closes, would leave the link readable during the whole vote.

What remains: superseded row versions (dead tuples) still hold the old `xmin`/`xmax` until VACUUM removes
them, and reading them needs a superuser with pageinspect. `vacuum_ballots` runs when voting closes; the
tables are also small enough for autovacuum to clear them soon. The write-ahead log holds every
transaction until it is recycled: treat WAL archives, replication slots and statement logs
(`log_statement`) of the council database as secret as the ballots, and keep them short-lived. On SQLite
none of this applies: the ballot tables are WITHOUT ROWID (clustered by the random id) and rows carry no
transaction id.

Rating codes (ratingcodes.py) are written in the vote transaction and re-sealed with the ballots, in the order
of their hash; using one flips its `used` flag in the rating transaction, which re-seals the codes and ratings
the same way. During the vote, someone reading the WAL as it is written can pair a code with a ballot exactly
as they can pair a participant with one; the rows the app keeps cannot.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlmodel import col

from council.models import AnswerRating, Ballot, BallotChoice, Participant, RatingCode

# First key of the two-key advisory lock; the second is the session id.
_VOTE_LOCK_CLASS = 8_020_512


def on_postgres(connection: Connection) -> bool:
    """True when this connection talks to PostgreSQL."""
    return connection.dialect.name == "postgresql"


def lock_session_votes(connection: Connection, session_id: int) -> None:
    """Let one vote of this session at a time through, until its transaction ends (PostgreSQL)."""
    if on_postgres(connection):
        connection.execute(text("SELECT pg_advisory_xact_lock(:k, :s)"), {"k": _VOTE_LOCK_CLASS, "s": session_id})


def reseal(connection: Connection, session_id: int) -> None:
    """Rewrite every participant, ballot and choice row of the session in this transaction (PostgreSQL)."""
    if not on_postgres(connection):
        return
    connection.execute(
        update(Participant)
        .where(col(Participant.session_id) == session_id)
        .values(has_voted=col(Participant.has_voted))
    )
    ballots = select(col(Ballot.id)).where(col(Ballot.session_id) == session_id)
    ids = sorted(connection.execute(ballots).scalars())
    choices = connection.execute(
        select(col(BallotChoice.ballot_id), col(BallotChoice.proposal_id), col(BallotChoice.value))
        .where(col(BallotChoice.ballot_id).in_(ballots))
        .order_by(col(BallotChoice.ballot_id), col(BallotChoice.proposal_id))
    ).all()
    connection.execute(delete(BallotChoice).where(col(BallotChoice.ballot_id).in_(ballots)))
    connection.execute(delete(Ballot).where(col(Ballot.session_id) == session_id))
    connection.execute(insert(Ballot), [{"id": ballot_id, "session_id": session_id} for ballot_id in ids])
    if choices:
        connection.execute(insert(BallotChoice), [row._asdict() for row in choices])
    _reseal_rating_codes(connection, session_id)


def _reseal_rating_codes(connection: Connection, session_id: int) -> None:
    """Rewrite the session's rating codes in hash order: the newest code's row says nothing of when it came."""
    rows = connection.execute(
        select(col(RatingCode.code_hash), col(RatingCode.used))
        .where(col(RatingCode.session_id) == session_id)
        .order_by(col(RatingCode.code_hash))
    ).all()
    connection.execute(delete(RatingCode).where(col(RatingCode.session_id) == session_id))
    if rows:
        connection.execute(
            insert(RatingCode), [{"code_hash": r.code_hash, "session_id": session_id, "used": r.used} for r in rows]
        )


def reseal_ratings(connection: Connection, session_id: int) -> None:
    """The same re-seal for the pupils' 0–10 ratings and the rating codes they used (PostgreSQL)."""
    if not on_postgres(connection):
        return
    _reseal_rating_codes(connection, session_id)
    rows = connection.execute(
        select(col(AnswerRating.id), col(AnswerRating.score))
        .where(col(AnswerRating.session_id) == session_id)
        .order_by(col(AnswerRating.id))
    ).all()
    connection.execute(delete(AnswerRating).where(col(AnswerRating.session_id) == session_id))
    if rows:
        connection.execute(
            insert(AnswerRating), [{"id": r.id, "session_id": session_id, "score": r.score} for r in rows]
        )


def vacuum_ballots(engine: Engine) -> None:
    """Remove superseded row versions of participants and ballots (PostgreSQL; VACUUM runs outside transactions)."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in ("participant", "ballot", "ballotchoice", "ratingcode"):
            connection.execute(text(f"VACUUM {table}"))
