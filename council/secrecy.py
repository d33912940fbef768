"""What a vote leaves in the database's files, and how the app keeps any of it from pairing a ballot with a pupil.

A vote must flip the pupil's `has_voted` and store their ballot in one transaction (the double envelope,
voting.py). Whatever the schema, the files then remember that pair: PostgreSQL stamps both rows with the same
transaction id (`xmin`) and keeps superseded row versions in its pages — after VACUUM too, which frees their
slots but not their bytes; SQLite keeps every commit's pages in the -wal file, and writes each new row below the
previous one in its page, so the byte order of the ballot cells is the order of voting, random keys or not.
A slip spent at a join pairs with the new participant in the same ways.

So nothing secret is ever written beside the pupil in a shared table:

1. Each ballot, the hash of the rating code its voter is given (ratingcodes.py), and each slip spent before
   the vote is counted, go into the session's own sealed box
   (ballot_box.py). Every write rewrites the whole box in the order of its random ids — on PostgreSQL by
   TRUNCATE, which leaves no earlier row version anywhere; on SQLite with secure_delete, which zeroes the old
   cells — so neither a transaction id nor the place of a row tells when a ballot came.
2. Counting the vote (closing it) moves the ballots into the ballot tables with fresh random ids, all in one
   transaction, in id order; the rating codes into `ratingcode` in hash order; marks the spent slips used, all
   at once; and drops the box. Nothing outside the
   box ever held a ballot paired with a time, and the box is gone. Only this session's rows are touched: no
   other class waits.
3. On PostgreSQL every vote and the count also rewrite the session's participant rows, so their live `xmin`
   tells nobody who voted when; votes in one session are serialised by an advisory lock (no row or table trace).
   Votes that arrive while another is being sealed share one transaction (voting.py, together.py): one rewrite
   of the box and of the participants for all of them, so a batch only widens the crowd a trace points into.
4. On SQLite the -wal is cut to zero bytes after each vote where no reader holds it (votes sealed back to back in
   batches: after the last batch), and at the count until it succeeds (wal.py); `journal_size_limit=0` cuts stale
   frames off at the next commit after any checkpoint.

What remains, and what docs/security.md tells deployments: someone who watches the files (or the server's
memory) while the vote runs can see one flag and one box change together; PostgreSQL's write-ahead log holds
every change until its segments are removed; the participant table's old row versions on PostgreSQL still say
in which order participants joined and voted — which pairs with no ballot, since no ballot ever had a time.

Ratings (0–10, after the report is forwarded) spend one rating code and add one score in a transaction. The score
goes into `answerrating`, whose session rows are all rewritten in id order, so their places and xmin tell nothing
of the order of ratings — though PostgreSQL's old row versions still show which score came when. The code is spent
into the session's box (made again after the count), never flipped in `ratingcode`: the box has no old versions,
so nothing dates the code, and no score pairs with a code. A code pairs with no participant and no ballot anyway.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Table, delete, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col

from council import ballot_box, wal
from council.db import after_commit
from council.models import Argument, OneTimeCode, Participant, Proposal
from council.secret_tables import AnswerRating, ArgumentMark, Ballot, BallotChoice, RatingCode

# First key of the two-key advisory lock; the second is the session id.
_VOTE_LOCK_CLASS = 8_020_512


def on_postgres(connection: Connection) -> bool:
    """True when this connection talks to PostgreSQL."""
    return connection.dialect.name == "postgresql"


def lock_session_votes(connection: Connection, session_id: int) -> None:
    """Let one vote, slip or count of this session at a time through, until its transaction ends (PostgreSQL)."""
    if on_postgres(connection):
        connection.execute(text("SELECT pg_advisory_xact_lock(:k, :s)"), {"k": _VOTE_LOCK_CLASS, "s": session_id})


def open_box_for_votes(connection: Connection, session_id: int) -> None:
    """Make the session's box if this is its first vote (once per vote transaction, before any put_ballot)."""
    ballot_box.make(connection, session_id)


def put_ballots(connection: Connection, session_id: int, ballots: list[dict[int, int]]) -> None:
    """Put ballots into the session's box, each under a random id (open_box_for_votes made the box); reseal_votes
    then reseals it, before the transaction commits."""
    entries = [(secrets.token_hex(16), ballot_box.choices_json(choices)) for choices in ballots]
    ballot_box.put_many(connection, session_id, ballot_box.BALLOT, entries)


def reseal_votes(connection: Connection, session_id: int) -> None:
    """After the ballots of one transaction (one vote, or every vote of a batch) are in the box: write the box again
    in key order (and, on PostgreSQL, every participant row of the session)."""
    ballot_box.rewrite(connection, session_id)
    _reseal_participants(connection, session_id)


def sealed_rating_codes(connection: Connection, session_id: int, code_hashes: list[str]) -> set[str]:
    """Which of these rating codes' hashes the session's box holds already (the caller holds the session's lock)."""
    return ballot_box.holding(connection, session_id, ballot_box.RATING_CODE, code_hashes)


def seal_rating_codes(connection: Connection, session_id: int, code_hashes: list[str]) -> None:
    """Put new rating codes' hashes into the session's box (open_box_for_votes made it; the caller checked they are
    new). The vote's reseal_votes then reseals the box."""
    ballot_box.put_many(connection, session_id, ballot_box.RATING_CODE, [(code, "") for code in code_hashes])


def spend_rating_code(connection: Connection, session_id: int, code_hash: str) -> bool:
    """Mark a rating code spent in the session's box (made again after the count); False when it was spent."""
    ballot_box.make(connection, session_id)
    spent = ballot_box.put(connection, session_id, ballot_box.SPENT_RATING_CODE, code_hash)
    ballot_box.rewrite(connection, session_id)
    return spent


def spend_slip(connection: Connection, session_id: int, code_hash: str) -> bool:
    """Mark a slip spent in the session's box; False when it was spent already."""
    lock_session_votes(connection, session_id)
    ballot_box.make(connection, session_id)
    spent = ballot_box.put(connection, session_id, ballot_box.SPENT_SLIP, code_hash)
    ballot_box.rewrite(connection, session_id)
    return spent


def slip_spent(connection: Connection, session_id: int, code_hash: str) -> bool:
    """Whether the box says this slip was spent (the caller holds the session's lock)."""
    return ballot_box.exists(connection, session_id) and ballot_box.holds(
        connection, session_id, ballot_box.SPENT_SLIP, code_hash
    )


def spent_slips(connection: Connection, session_id: int) -> list[str]:
    """The hashes of the slips the box says were spent (the caller holds the session's lock)."""
    if not ballot_box.exists(connection, session_id):
        return []
    return [key for key, _ in ballot_box.entries(connection, session_id, ballot_box.SPENT_SLIP)]


def spent_slip_count(connection: Connection, session_id: int) -> int:
    """How many slips the box holds as spent; 0 once it is gone, even if it goes while this reads."""
    if not ballot_box.exists(connection, session_id):
        return 0
    if not on_postgres(connection):  # SQLite reads one snapshot: the box cannot vanish under it
        return ballot_box.count(connection, session_id, ballot_box.SPENT_SLIP)
    try:
        with connection.begin_nested():
            return ballot_box.count(connection, session_id, ballot_box.SPENT_SLIP)
    except DBAPIError:  # dropped by the count meanwhile: its slips are marked used in onetimecode now
        return 0


def count_votes(connection: Connection, session_id: int) -> None:
    """At the close: move the box's ballots into the ballot tables with fresh ids in id order and its rating codes
    into `ratingcode` in hash order, mark its slips used, drop it, and reseal the participants — all in the caller's
    transaction, touching this session only."""
    lock_session_votes(connection, session_id)
    if ballot_box.exists(connection, session_id):
        _move_ballots(connection, session_id)
        codes = [key for key, _ in ballot_box.entries(connection, session_id, ballot_box.RATING_CODE)]
        if codes:
            connection.execute(
                insert(RatingCode), [{"code_hash": code, "session_id": session_id, "used": False} for code in codes]
            )
        spent = spent_slips(connection, session_id)
        if spent:
            connection.execute(
                update(OneTimeCode)
                .where(col(OneTimeCode.session_id) == session_id, col(OneTimeCode.code_hash).in_(spent))
                .values(used=True)
            )
        ballot_box.drop(connection, session_id)
    _reseal_participants(connection, session_id)


def _move_ballots(connection: Connection, session_id: int) -> None:
    sealed = [ballot_box.choices_of(body) for _, body in ballot_box.entries(connection, session_id, ballot_box.BALLOT)]
    counted = sorted((secrets.token_hex(16), choices) for choices in sealed)
    if not counted:
        return
    connection.execute(insert(Ballot), [{"id": ballot_id, "session_id": session_id} for ballot_id, _ in counted])
    rows = [
        {"ballot_id": ballot_id, "proposal_id": pid, "value": value}
        for ballot_id, choices in counted
        for pid, value in sorted(choices.items())
    ]
    if rows:
        connection.execute(insert(BallotChoice), rows)


def ballots_in(connection: Connection, session_id: int) -> list[dict[int, int]]:
    """Every ballot of the session, sealed or counted, as its choices (integrity checks; results wait for the
    close)."""
    sealed = []
    if ballot_box.exists(connection, session_id):
        sealed = [ballot_box.choices_of(b) for _, b in ballot_box.entries(connection, session_id, ballot_box.BALLOT)]
    of_session = select(col(Ballot.id)).where(col(Ballot.session_id) == session_id)
    ids = connection.execute(of_session).scalars()
    counted: dict[str, dict[int, int]] = {ballot_id: {} for ballot_id in ids}
    choices = select(col(BallotChoice.ballot_id), col(BallotChoice.proposal_id), col(BallotChoice.value)).where(
        col(BallotChoice.ballot_id).in_(of_session)
    )
    for ballot_id, pid, value in connection.execute(choices):
        counted[ballot_id][pid] = value
    return sealed + list(counted.values())


def _reseal_participants(connection: Connection, session_id: int) -> None:
    # PostgreSQL: every participant row of the session gets this transaction's xmin, so no flag change stands out.
    if on_postgres(connection):
        connection.execute(
            update(Participant)
            .where(col(Participant.session_id) == session_id)
            .values(has_voted=col(Participant.has_voted))
        )


def reseal_ratings(connection: Connection, session_id: int) -> None:
    """Rewrite the session's 0–10 ratings in id order in this transaction, so neither a row's place nor its xmin
    tells which rating came last."""
    _rewrite_in_key_order(connection, AnswerRating.__table__, session_id)  # type: ignore[attr-defined]


def _rewrite_in_key_order(connection: Connection, table: Table, session_id: int) -> None:
    # Delete and insert again in key order: on SQLite secure_delete zeroes the old cells and the new ones are laid
    # down in key order; on PostgreSQL every row gets this transaction's xmin.
    of_session = table.c.session_id == session_id
    rows = connection.execute(select(table).where(of_session).order_by(*table.primary_key.columns)).all()
    connection.execute(delete(table).where(of_session))
    if rows:
        connection.execute(insert(table), [row._asdict() for row in rows])


def reseal_marks(connection: Connection, session_id: int) -> None:
    """The same re-seal for arguments marked as convincing: every tag and every count of the session (PostgreSQL)."""
    if not on_postgres(connection):
        return
    in_session = select(col(Proposal.id)).where(col(Proposal.session_id) == session_id)
    connection.execute(update(Argument).where(col(Argument.proposal_id).in_(in_session)).values(marks=Argument.marks))
    of_session = col(ArgumentMark.session_id) == session_id
    tags = sorted(connection.execute(select(col(ArgumentMark.tag)).where(of_session)).scalars())
    connection.execute(delete(ArgumentMark).where(of_session))
    if tags:
        connection.execute(insert(ArgumentMark), [{"tag": tag, "session_id": session_id} for tag in tags])


def forget_recent_writes(db: Session) -> None:
    """After a vote, a slip or a rating is committed: cut SQLite's -wal to nothing if no reader holds it
    (PostgreSQL: nothing). Inside a larger unit of work, once that has committed."""
    engine = db.get_bind().engine
    after_commit(db, "secrecy.forget_recent_writes", lambda: wal.truncate(engine))


def counted(db: Session) -> None:
    """After the close is committed: after_count (inside a larger unit of work, once that has committed)."""
    engine = db.get_bind().engine
    after_commit(db, "secrecy.after_count", lambda: after_count(engine))


def after_count(engine: Engine) -> None:
    """After the close: empty SQLite's -wal, patiently. On PostgreSQL free the superseded participant versions,
    then start a new WAL segment and checkpoint, so that (with wal_recycle off) the segments that saw the vote
    are deleted now rather than whenever the current one fills up."""
    if engine.dialect.name != "postgresql":
        wal.truncate_patiently(engine)
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in ("participant", "ballot", "ballotchoice", "onetimecode", "ratingcode"):
            connection.execute(text(f"VACUUM {table}"))
        for statement in ("SELECT pg_switch_wal()", "CHECKPOINT"):
            try:
                connection.execute(text(statement))
            except DBAPIError:  # the app's role may lack the right: deploy/README.md says what to grant or run
                return
