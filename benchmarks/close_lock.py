"""Benchmark: what closing one class's vote costs the other classes of a municipality on PostgreSQL.

A municipality's shared tables are filled with other classes' counted votes; one class votes through the
services, and while its teacher closes the vote (the count: move the sealed box into the ballot tables, drop it),
a pupil of another class keeps voting and another keeps reading its ballot. Printed: how long the close takes,
and the other classes' slowest step meanwhile — against the same with the alternative the count avoids,
a VACUUM FULL of the shared tables (the only other way PostgreSQL erases old row versions' bytes).

    bash scripts/with-postgres.sh .venv/bin/python benchmarks/close_lock.py [--classes 2000] [--voters 30 1000]
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from council import auth, proposals, sessions, voting  # noqa: E402
from council import db as council_db  # noqa: E402
from council.models import Role  # noqa: E402

PUPILS_PER_CLASS = 30


def fill_municipality(engine: Any, classes: int, proposal_id: int, session_id: int) -> None:
    """Other classes' counted votes in the shared tables (bulk rows, as years of closed votes leave them)."""
    with engine.begin() as connection:
        for _ in range(classes):
            people = [
                {"id": secrets.randbelow(2**62) + 1, "s": session_id, "h": secrets.token_hex(32)}
                for _ in range(PUPILS_PER_CLASS)
            ]
            connection.execute(
                text(
                    "INSERT INTO participant (id, session_id, credential_hash, has_voted, has_rated) "
                    "VALUES (:id, :s, :h, true, false)"
                ),
                people,
            )
            ballots = [{"id": secrets.token_hex(16), "s": session_id} for _ in range(PUPILS_PER_CLASS)]
            connection.execute(text("INSERT INTO ballot (id, session_id) VALUES (:id, :s)"), ballots)
            choices = [{"b": b["id"], "p": proposal_id, "v": 1} for b in ballots]
            connection.execute(
                text("INSERT INTO ballotchoice (ballot_id, proposal_id, value) VALUES (:b, :p, :v)"), choices
            )


def open_class(db: Session, teacher: Any, voters: int, *, vote: bool = True) -> Any:
    """A class in the vote phase with `voters` pupils, who have voted if `vote`; its id and its pupils."""
    council = sessions.create_session(db, teacher, title="Klass", question="Hur?")
    sessions.advance_phase(db, teacher, council.id)
    writer = sessions.join(db, code=council.join_code)[0]
    ids = [proposals.submit(db, pupil=writer, title=f"Förslag {i}", body="Text").id for i in range(4)]
    for pid in ids:
        proposals.publish(db, teacher, pid)
    pupils = [sessions.join(db, code=council.join_code)[0] for _ in range(voters)]
    sessions.advance_phase(db, teacher, council.id)
    if vote:
        for i, pupil in enumerate(pupils):
            voting.cast(db, pupil=pupil, choices={ids[i % 4]: 1})
    return council.id, pupils, ids


class OtherClasses(threading.Thread):
    """A pupil of another class voting, one after another, and one reading their ballot; each step timed."""

    def __init__(self: Any, engine: Any, pupils: Any, ids: Any) -> None:
        super().__init__(daemon=True)
        self.engine, self.pupils, self.ids = engine, list(pupils), ids
        self.steps: list[tuple[float, float]] = []  # (start, seconds)
        self.stop = threading.Event()

    def run(self) -> None:
        with Session(self.engine) as db:
            while not self.stop.is_set() and self.pupils:
                pupil = self.pupils.pop()
                start = time.perf_counter()
                voting.ballot_for(db, pupil=pupil)
                voting.cast(db, pupil=pupil, choices={self.ids[0]: 1})
                self.steps.append((start, time.perf_counter() - start))

    def slowest_between(self, start: float, end: float) -> float:
        """The slowest step that overlapped [start, end], in seconds."""
        return max((s for t, s in self.steps if t < end and t + s > start), default=0.0)

    def typical(self) -> float:
        return statistics.median(s for _, s in self.steps) if self.steps else 0.0


def timed(engine: Any, db: Any, teacher: Any, action: Any) -> tuple[float, float, float]:
    """Run `action` while another class votes; its seconds, that class's slowest step meanwhile and its typical."""
    _, pupils, ids = open_class(db, teacher, 200, vote=False)
    others = OtherClasses(engine, pupils, ids)
    others.start()
    time.sleep(1.0)
    start = time.perf_counter()
    action()
    end = time.perf_counter()
    time.sleep(0.3)
    others.stop.set()
    others.join()
    return end - start, others.slowest_between(start, end), others.typical()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classes", type=int, default=2000)
    parser.add_argument("--voters", type=int, nargs="+", default=[30, 1000])
    args = parser.parse_args()
    url = os.environ.get("COUNCIL_DATABASE_URL", "")
    if not url.startswith("postgresql"):
        raise SystemExit("PostgreSQL only: bash scripts/with-postgres.sh .venv/bin/python benchmarks/close_lock.py")
    engine = council_db.make_engine(url)
    with Session(engine, expire_on_commit=False) as db:
        admin = auth.create_first_admin(db, username="admin", password="x" * 10)
        teacher = auth.actor_for(auth.create_user(db, admin, username="t", password="x" * 10, role=Role.teacher))
        bulk, _, bulk_ids = open_class(db, teacher, 0, vote=False)
        fill_municipality(engine, args.classes, bulk_ids[0], bulk)
        sizes = {
            t: engine.connect().execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("participant", "ballot", "ballotchoice")
        }
        print(f"shared tables: {sizes}")
        for voters in args.voters:
            council, _, _ = open_class(db, teacher, voters)
            took, slowest, typical = timed(
                engine, db, teacher, lambda c=council: sessions.advance_phase(db, teacher, c)
            )
            print(
                f"close of a class of {voters}: {took * 1000:.0f} ms; another class's slowest vote meanwhile "
                f"{slowest * 1000:.0f} ms (typical {typical * 1000:.0f} ms)"
            )

        def vacuum_full() -> None:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("VACUUM FULL participant, ballot, ballotchoice, onetimecode"))

        took, slowest, typical = timed(engine, db, teacher, vacuum_full)
        print(
            f"alternative, VACUUM FULL of the shared tables: {took * 1000:.0f} ms; another class's slowest vote "
            f"meanwhile {slowest * 1000:.0f} ms (typical {typical * 1000:.0f} ms)"
        )
    engine.dispose()


if __name__ == "__main__":
    main()
