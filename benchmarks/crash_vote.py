"""Benchmark: kill the server with SIGKILL in the middle of a class's vote, again and again, and check the ballots.

Each round seeds a class of --pupils (30) with as many proposals, so pupil i votes for proposal i alone and an
acknowledged ballot can be found again. The pupils join, then all cast at once; once a random number of them (0 to
all but one) have their receipt, the server's whole process group gets SIGKILL, with the rest in flight. After a
restart the database must hold every ballot whose receipt a pupil saw, as many ballots as has_voted flags in every
session, and pass its integrity check.

    python benchmarks/crash_vote.py [--rounds 20] [--pupils 30] [--db URL]

Without --db a fresh SQLite file is used (synchronous=FULL); a postgresql+psycopg:// URL is checked with amcheck.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import harness
from sqlalchemy import text
from sqlalchemy.engine import Connection


def burst(base: str, council: harness.Seeded, kill_at: int, server: subprocess.Popen) -> tuple[set[int], int]:
    """Join the class, fire their ballots together, SIGKILL the server once `kill_at` receipts have been seen (so the
    kill lands inside the burst however fast it goes: the rest are in flight); the receipts seen, and failures."""
    agents = []
    for _ in council.proposal_ids:
        agent = harness.Agent(base)
        agent.join(council.code)
        agents.append(agent)
    acknowledged: set[int] = set()
    failed = [0]
    start = threading.Barrier(len(agents) + 1)

    def cast(agent: harness.Agent, proposal_id: int) -> None:
        start.wait()
        try:
            if harness.has_key(agent.vote([proposal_id])["tree"], "vote_receipt"):
                acknowledged.add(proposal_id)
        except Exception:  # noqa: BLE001 - a request cut off by the kill is simply not acknowledged
            failed[0] += 1

    threads = [threading.Thread(target=cast, args=(a, p)) for a, p in zip(agents, council.proposal_ids, strict=True)]
    for thread in threads:
        thread.start()
    start.wait()
    while len(acknowledged) + failed[0] < kill_at:
        time.sleep(0.001)
    os.killpg(server.pid, signal.SIGKILL)
    server.wait()
    for thread in threads:
        thread.join()
    return acknowledged, failed[0]


def check(db_url: str, council: harness.Seeded, acknowledged: set[int]) -> tuple[int, bool, str]:
    """Ballots of this class, whether all acknowledged ones are there, and the integrity check's verdict."""
    engine = harness.council_db.make_engine(db_url, migrate=False)
    with engine.connect() as connection:
        ballots = harness.secrecy.ballots_in(connection, council.session_id)  # sealed in the box during the vote
        stored = {pid for choices in ballots for pid in choices}
        integrity = integrity_check(connection)
    engine.dispose()
    return len(stored), acknowledged <= stored, integrity


def integrity_check(connection: Connection) -> str:
    """SQLite's integrity_check, or amcheck over every B-tree index on PostgreSQL."""
    if connection.dialect.name == "sqlite":
        return connection.execute(text("PRAGMA integrity_check")).scalar_one()
    connection.execute(text("CREATE EXTENSION IF NOT EXISTS amcheck"))
    indexes = (
        connection.execute(
            text(
                "SELECT c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public'"
            )
        )
        .scalars()
        .all()
    )
    for oid in indexes:
        connection.execute(text("SELECT bt_index_check(:o, true)"), {"o": oid})
    return f"ok ({len(indexes)} indexes)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pupils", type=int, default=30)
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="crash-vote-"))
    db_url = args.db or f"sqlite:///{work / 'council.db'}"
    classes = harness.seed(db_url, args.rounds, proposals_each=args.pupils)
    port = harness.free_port()
    base = f"http://127.0.0.1:{port}"
    totals = {"acknowledged": 0, "cut": 0, "missing": 0, "rounds_ok": 0}
    for n, council in enumerate(classes, start=1):
        server = harness.start_app(db_url, port, log=work / "server.log")
        acknowledged, cut = burst(base, council, random.randrange(args.pupils), server)
        ballots, all_there, integrity = check(db_url, council, acknowledged)
        flags_match = all(b == v for b, v in harness.counts(db_url).values())
        ok = all_there and flags_match and integrity.startswith("ok")
        totals["acknowledged"] += len(acknowledged)
        totals["cut"] += cut
        totals["missing"] += 0 if all_there else 1
        totals["rounds_ok"] += ok
        print(
            f"round {n:2d}: {len(acknowledged):3d} acknowledged, {cut:3d} cut off, {ballots:3d} ballots stored, "
            f"acknowledged all stored: {all_there}, ballots == has_voted everywhere: {flags_match}, "
            f"integrity: {integrity}"
        )
    server = harness.start_app(db_url, port, log=work / "server.log")  # and the app still starts afterwards
    harness.stop(server)
    print(
        f"{args.rounds} SIGKILLs; rounds passing every check: {totals['rounds_ok']} of {args.rounds}; "
        f"acknowledged ballots {totals['acknowledged']}, requests cut off {totals['cut']}, "
        f"rounds with an acknowledged ballot missing: {totals['missing']}"
    )


if __name__ == "__main__":
    main()
