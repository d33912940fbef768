"""A session's sealed ballot box: a table of its own that holds, until the vote is counted, what must never sit in
the shared tables beside the pupil who did it — each ballot cast and each one-time slip spent.

Why a table per session (see secrecy.py): the only way to erase a database's old row versions without locking
every class is to throw away a whole table, and a table that only ever holds one session's ballots can be thrown
away when that session's vote is counted. Rows are (kind, id, body): kind "b" is a ballot (a random id, its
choices as JSON), kind "r" the hash of a rating code handed out with a vote, kind "s" a spent slip (its code's
hash). After the count the box is made again for the ratings: kind "u" is a spent rating code's hash. The name
carries the session's id only.
"""

from __future__ import annotations

import json

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

PREFIX = "sealedbox_"
BALLOT, SPENT_SLIP, RATING_CODE, SPENT_RATING_CODE = "b", "s", "r", "u"


def name(session_id: int) -> str:
    """The box table of a session."""
    return f"{PREFIX}{int(session_id)}"


def exists(connection: Connection, session_id: int) -> bool:
    """Whether the session's box is there (it is made by the first ballot or slip, and dropped at the count)."""
    if connection.dialect.name == "postgresql":
        query = "SELECT to_regclass(:n) IS NOT NULL"
    else:
        query = "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n)"
    return bool(connection.execute(text(query), {"n": name(session_id)}).scalar_one())


def make(connection: Connection, session_id: int) -> None:
    """Create the session's box if it is not there yet (inside the caller's transaction)."""
    suffix = " WITHOUT ROWID" if connection.dialect.name == "sqlite" else ""
    connection.execute(
        text(
            f"CREATE TABLE IF NOT EXISTS {name(session_id)} (kind VARCHAR(1) NOT NULL, id VARCHAR(64) NOT NULL, "
            f"body TEXT NOT NULL, PRIMARY KEY (kind, id)){suffix}"
        )
    )


def put(connection: Connection, session_id: int, kind: str, key: str, body: str = "") -> bool:
    """Add one entry; False when an entry of that kind and id is there already (a slip spent twice)."""
    done = connection.execute(
        text(f"INSERT INTO {name(session_id)} (kind, id, body) VALUES (:k, :i, :b) ON CONFLICT DO NOTHING"),
        {"k": kind, "i": key, "b": body},
    )
    return done.rowcount == 1


def put_many(connection: Connection, session_id: int, kind: str, entries: list[tuple[str, str]]) -> None:
    """Add (id, body) entries of one kind in one statement (the caller knows their ids are new)."""
    put_rows(connection, session_id, [(kind, key, body) for key, body in entries])


def put_rows(connection: Connection, session_id: int, rows: list[tuple[str, str, str]]) -> None:
    """Add (kind, id, body) rows in as few statements as the driver allows (one per 1,000 rows): one step for
    SQLite, not one per row."""
    mark = _mark(connection)
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        values = ", ".join([f"({mark}, {mark}, {mark})"] * len(chunk))
        flat = tuple(value for row in chunk for value in row)
        connection.exec_driver_sql(f"INSERT INTO {name(session_id)} (kind, id, body) VALUES {values}", flat)


def holding(connection: Connection, session_id: int, kind: str, keys: list[str]) -> set[str]:
    """Which of these ids of one kind the box holds."""
    if not keys:
        return set()
    query = text(f"SELECT id FROM {name(session_id)} WHERE kind = :k AND id IN :keys").bindparams(
        bindparam("keys", expanding=True)
    )
    return set(connection.execute(query, {"k": kind, "keys": keys}).scalars())


def _mark(connection: Connection) -> str:
    """The driver's placeholder (SQLite's ?, psycopg's %s), for statements sent to it directly."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def holds(connection: Connection, session_id: int, kind: str, key: str) -> bool:
    """Whether the box holds this entry."""
    found = connection.execute(
        text(f"SELECT 1 FROM {name(session_id)} WHERE kind = :k AND id = :i"), {"k": kind, "i": key}
    )
    return found.first() is not None


def entries(connection: Connection, session_id: int, kind: str) -> list[tuple[str, str]]:
    """(id, body) of every entry of one kind, in id order."""
    rows = connection.execute(text(f"SELECT id, body FROM {name(session_id)} WHERE kind = :k ORDER BY id"), {"k": kind})
    return [(key, body) for key, body in rows]


def count(connection: Connection, session_id: int, kind: str) -> int:
    """How many entries of one kind the box holds."""
    query = text(f"SELECT count(*) FROM {name(session_id)} WHERE kind = :k")
    return int(connection.execute(query, {"k": kind}).scalar_one())


def rewrite(connection: Connection, session_id: int) -> None:
    """Write the whole box again in the order of its random ids, leaving no earlier version behind.

    On PostgreSQL TRUNCATE gives the box a new file (the old one, with every earlier row version, goes at commit)
    and the rows come back with this transaction's id; on SQLite the deleted cells are zeroed (secure_delete) and
    the rows come back in id order, so neither the place of a row nor a transaction id tells the order of voting.
    """
    table = name(session_id)
    if connection.dialect.name == "sqlite":
        # Through a copy in memory (temp_store=MEMORY: never in a file), in a few statements whatever the box holds.
        # Row by row through Python, the driver lets go of the interpreter's lock at every row; with 300 pupils'
        # runs waiting for it, a vote batch then waited its turn 1,200 times.
        connection.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {_COPY} (kind TEXT, id TEXT, body TEXT)")
        connection.exec_driver_sql(f"INSERT INTO temp.{_COPY} SELECT kind, id, body FROM {table} ORDER BY kind, id")
        connection.exec_driver_sql(f"DELETE FROM {table}")
        connection.exec_driver_sql(
            f"INSERT INTO {table} (kind, id, body) SELECT kind, id, body FROM temp.{_COPY} ORDER BY kind, id"
        )
        connection.exec_driver_sql(f"DELETE FROM temp.{_COPY}")
        return
    # PostgreSQL: in one round trip, on the server: the rows in key order into three arrays in the block's memory,
    # TRUNCATE, and back in that order. No temporary table, which would write the ballots to a temporary file (nor
    # a sort that spills to one: two short rows per pupil, a few hundred KB for an assembly, below work_mem's 4 MB),
    # and no row through Python: carried through the driver, the box's rows took a third to over half of the time
    # vote batches held the session's lock (two instances, 300 pupils, 3 runs: 0.45–0.96 s of 1.3–1.7 s).
    connection.exec_driver_sql(
        f"""DO $$
        DECLARE kinds text[]; ids text[]; bodies text[];
        BEGIN
            SELECT array_agg(kind ORDER BY kind, id), array_agg(id ORDER BY kind, id), array_agg(body ORDER BY kind, id)
                INTO kinds, ids, bodies FROM {table};
            TRUNCATE {table};
            INSERT INTO {table} (kind, id, body)
                SELECT k, i, b FROM unnest(kinds, ids, bodies) WITH ORDINALITY AS r (k, i, b, n) ORDER BY n;
        END $$"""
    )


_COPY = "box_reseal_copy"  # in the connection's temp schema, never in a file; not a box (no PREFIX)


def drop(connection: Connection, session_id: int) -> None:
    """Throw the box away (on SQLite its pages are zeroed as they are freed)."""
    connection.execute(text(f"DROP TABLE IF EXISTS {name(session_id)}"))


def choices_json(choices: dict[int, int]) -> str:
    """A ballot's choices as the box keeps them."""
    return json.dumps({str(pid): int(value) for pid, value in sorted(choices.items())})


def choices_of(body: str) -> dict[int, int]:
    """A ballot's choices from the box."""
    return {int(pid): int(value) for pid, value in json.loads(body).items()}
