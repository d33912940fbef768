"""Benchmark: a whole school in the assembly hall — N pupils join one session and press vote at the same moment.

Each pupil is one agent-API session (no browser) running the real app; the floor is a near-empty Streamlit app
with the same form (classroom_burst.EMPTY_BALLOT_APP), started with the same server settings, in the same run.
SQLite by default (one instance); with --database-url postgresql+psycopg://… and --instances 2 the pupils are
shared out over two app instances on one PostgreSQL database (as behind the sticky load balancer).

    python benchmarks/assembly_burst.py [--pupils 300] [--proposals 12] [--instances 1] [--database-url URL]
                                        [--rounds 1]

Prints receipts, ballots, participants marked voted, p50/p95 of join and of submit -> receipt, the CPU per vote of
the servers (and of PostgreSQL, when it runs on this machine) once all are ready to vote, exceptions in the logs,
then the floor's receipts, p95 and CPU, and the same for a second floor that draws the app's own ballot and receipt
elements from constants (benchmarks/static_ballot_page.py: what Streamlit alone spends drawing these pages).
Goal: every pupil a receipt, 0 exceptions, p95 no worse than the floor's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import classroom_burst  # noqa: E402  (benchmarks/ is on the path when run as a script)
import harness  # noqa: E402
from classroom_burst import PupilRun, baseline_vote, one_pupil, percentile, print_times  # noqa: E402

RUN_SECONDS = 900
STATIC = "benchmarks/static_ballot_page.py"


def burst(servers: list, pupils: int, task: Any, *args: object) -> tuple[list[PupilRun], float, str]:
    """Every pupil in its own thread and agent session (pupil n on instance n mod len(servers)), starting together.
    Also the CPU per vote, from the moment every pupil is ready to press vote until the last answer, as a line."""
    classroom_burst.RUN_SECONDS = RUN_SECONDS  # the shared pupil steps read their deadline from there
    started = time.monotonic()
    addresses = bases(servers)
    agents = [harness.Agent(addresses[n % len(addresses)], deadline=started + RUN_SECONDS) for n in range(pupils)]
    runs = [PupilRun() for _ in agents]
    ready: list[tuple[float, float | None]] = []
    together = threading.Barrier(pupils, action=lambda: ready.append(cpu_now(servers)))
    with ThreadPoolExecutor(max_workers=pupils) as pool:
        for agent, run in zip(agents, runs, strict=True):
            pool.submit(task, agent, *args, together, run)
    used = cpu_used(ready, cpu_now(servers), pupils)
    resent = sum(agent.resent for agent in agents)
    if resent:
        print(f"requests sent again on a new connection (the server had closed an idle one): {resent}")
    return runs, time.monotonic() - started, used


def exceptions(logs: list[Path]) -> list[str]:
    """The last line of every traceback the servers wrote (what went wrong, one line each)."""
    found = []
    for log in logs:
        lines = log.read_text(errors="replace").splitlines() if log.exists() else []
        inside = False
        for number, line in enumerate(lines):
            if line.startswith("Traceback"):
                inside = True
            elif inside and line and not line.startswith((" ", "\t")):
                found.append(line[:160])
                inside = False
            if inside and number == len(lines) - 1:
                found.append("(traceback cut off)")
    return found


def start(db_url: str, instances: int, folder: Path, name: str, script: str = "app.py") -> tuple[list, list[Path]]:
    """`instances` servers on one database, each with its own log."""
    logs = [folder / f"{name}{n}.log" for n in range(instances)]
    servers = [harness.start_app(db_url, harness.free_port(), script=script, log=log) for log in logs]
    return servers, logs


def cpu_now(servers: list) -> tuple[float, float | None]:
    """CPU seconds so far of the app servers and of this machine's PostgreSQL server (None: none runs here)."""
    return harness.cpu_seconds([server.pid for server in servers]), harness.postgres_cpu_seconds()


def cpu_used(ready: list[tuple[float, float | None]], after: tuple[float, float | None], pupils: int) -> str:
    """The CPU per pupil from the moment every pupil was ready to press vote until the last answer, as a line."""
    if not ready:
        return "CPU per vote: not measured (the pupils never all got to the ballot)"
    before = ready[0]
    servers = (after[0] - before[0]) / pupils * 1000
    line = f"CPU per vote (from all ready to press it until the last answer): servers {servers:.1f} ms"
    if before[1] is not None and after[1] is not None:
        line += f", PostgreSQL {(after[1] - before[1]) / pupils * 1000:.1f} ms"
    return line


def bases(servers: list) -> list[str]:
    return [f"http://127.0.0.1:{server.args[server.args.index('--server.port') + 1]}" for server in servers]


def run_app(db_url: str, args: argparse.Namespace, folder: Path) -> float | None:
    """The app's burst: prints its figures, returns its submit -> receipt p95 (None when nobody got one)."""
    # The teacher of an assembly says how many pupils come: the session's join rate grows with it (limits.join_rate).
    council = harness.seed(db_url, 1, proposals_each=args.proposals, expected_size=args.pupils)[0]
    servers, logs = start(db_url, args.instances, folder, "app")
    try:
        for base in bases(servers):
            harness.Agent(base).interact()  # each instance's first run imports the app, before the clock starts
        runs, seconds, used = burst(servers, args.pupils, one_pupil, council.code, args.picks)
    finally:
        for server in servers:
            harness.stop(server)
    ballots, voted = harness.counts(db_url).get(council.session_id, (0, 0))
    print(f"app: {args.pupils} pupils on {args.instances} instance(s), {args.proposals} proposals, {args.picks} ticks")
    classroom_burst.report(runs, ballots, voted, seconds)
    print(used)
    raised = exceptions(logs)
    print(f"exceptions in the server logs: {len(raised)}")
    for line in sorted(set(raised))[:5]:
        print(f"  {raised.count(line)}x {line}")
    times = [run.vote_ms for run in runs if run.receipt]
    return percentile(times, 0.95) if times else None


def run_floor(db_url: str, args: argparse.Namespace, folder: Path, *, same_elements: bool = False) -> float | None:
    """The same vote burst on the floor app (same form, same settings, same number of instances); with
    same_elements, on benchmarks/static_ballot_page.py: the app's ballot and receipt elements from constants."""
    if same_elements:
        script, title = STATIC, "same-elements floor (the app's ballot and receipt from constants, no database)"
    else:
        script, title = str(folder / "floor.py"), "floor (empty Streamlit app, same form)"
        root = str(Path(__file__).resolve().parents[1])
        Path(script).write_text(classroom_burst.EMPTY_BALLOT_APP.format(proposals=args.proposals, root=root))
    os.environ["STATIC_PROPOSALS"] = str(args.proposals)
    servers, _ = start(db_url, args.instances, folder, "floor", script=script)
    try:
        for base in bases(servers):
            harness.Agent(base).interact()
        runs, _, used = burst(servers, args.pupils, baseline_vote, args.picks)
    finally:
        for server in servers:
            harness.stop(server)
    times = [run.vote_ms for run in runs if run.receipt]
    print(f"{title}: {len(times)}/{len(runs)} receipts")
    print_times("submit -> receipt", times)
    print(used)
    return percentile(times, 0.95) if times else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=300)
    parser.add_argument("--proposals", type=int, default=12)
    parser.add_argument("--picks", type=int, default=3)
    parser.add_argument("--instances", type=int, default=1)
    parser.add_argument("--database-url", default="", help="e.g. a PostgreSQL URL (default: a fresh SQLite file)")
    parser.add_argument(
        "--rounds", type=int, default=1, help="app and floors again, in turn; prints the median of each ratio"
    )
    args = parser.parse_args()
    ratios: dict[str, list[float]] = {"floor": [], "same-elements floor": []}
    with tempfile.TemporaryDirectory(prefix="assembly-burst-") as name:
        folder = Path(name)
        db_url = args.database_url or f"sqlite:///{folder / 'council.db'}"
        for number in range(1, args.rounds + 1):
            if args.rounds > 1:
                print(f"--- round {number} of {args.rounds}")
            app = run_app(db_url, args, folder)
            floor = run_floor(db_url, args, folder)
            drawn = run_floor(db_url, args, folder, same_elements=True)
            for title, yardstick in (("floor", floor), ("same-elements floor", drawn)):
                if app is not None and yardstick is not None:
                    ratios[title].append(app / yardstick)
                    print(f"app p95 / {title} p95: {app / yardstick:.2f}")
    if args.rounds > 1:  # this machine's speed drifts between minutes: the median of rounds side by side
        for title, found in ratios.items():
            listed = ", ".join(f"{ratio:.2f}" for ratio in found)
            print(f"median app p95 / {title} p95 over {len(found)} rounds: {statistics.median(found):.2f} ({listed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
