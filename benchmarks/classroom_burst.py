"""Benchmark: a class of 30 joins and votes at the same moment, driven through Streamlit's agent API.

No browser per pupil: each pupil is one agent-API session (POST /_stcore/agent/interact) that runs the
real app script. The database is prepared through the council services (a session in the vote phase
with published proposals); the app runs on 127.0.0.1 only, with its own SQLite file, for a bounded time.

    python benchmarks/classroom_burst.py [--pupils 30] [--proposals 8] [--picks 3]

Prints: pupils ok, ballots in the database, and p50/p95 of join and of submit -> receipt in ms; then the
same vote burst against a near-empty Streamlit app, since the agent API has a cost of its own.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import harness  # noqa: E402
from harness import Agent, has_key  # noqa: E402  (benchmarks/ is on the path when run as a script)

from council import db as council_db
from council import proposals, sessions, voting
from tests.e2e.server import start_app

ROOT = Path(__file__).resolve().parents[1]
RUN_SECONDS = 240  # the whole burst, joins and votes together


@dataclass
class PupilRun:
    """What happened to one simulated pupil."""

    join_ms: float | None = None
    vote_ms: float | None = None
    receipt: bool = False
    join_workaround: str = ""
    join_tries: int = 0  # joins pressed again after "try again" (nothing was stored)
    error: str = ""
    requests: int = 0
    ids: list[str] = field(default_factory=list)


def action_keys(snapshot: dict) -> set[str]:
    return {action["key"] for action in snapshot.get("actions", [])}


def exception_text(node: dict) -> str:
    if node.get("type") == "exception":
        return node.get("props", {}).get("message", "")
    return next((text for child in node.get("children", []) if (text := exception_text(child))), "")


def shown(node: dict) -> str:
    """The first error or warning box on a page snapshot (e.g. the server's "try again")."""
    if node.get("type") in ("error", "warning"):
        return "shown: " + node.get("props", {}).get("body", "")
    return next((text for child in node.get("children", []) if (text := shown(child))), "")


JOIN_TRIES = 3  # presses of join a pupil makes before giving up


def one_pupil(agent: Agent, code: str, picks: int, joined: threading.Barrier, run: PupilRun) -> None:
    """Open the join page, join with the code, then (all together) tick some proposals and vote."""
    waited = False
    try:
        agent.interact(page="join")
        started = time.perf_counter()
        for attempt in range(JOIN_TRIES):  # a pupil told "try again" presses join again, as the message asks
            run.join_tries = attempt
            if attempt:
                agent.interact(page="join")
            page = agent.interact(widget_state={"join_code": code}, trigger={"key": "join_submit"})
            if "vote_submit" in action_keys(page):
                break
            # The join run raised instead of opening the pupil page (printed at the end). When the pupil was
            # stored before the raise, a rerun and the default page (the pupil page once joined) get there.
            run.join_workaround = (exception_text(page["tree"]) or shown(page["tree"]) or "nothing shown")[:200]
            agent.interact()
            page = agent.interact(page="")
            if "vote_submit" in action_keys(page):
                break
        run.join_ms = (time.perf_counter() - started) * 1000
        choices = sorted(key for key in action_keys(page) if key.startswith("vote_choice_"))
        if not choices:
            raise RuntimeError(f"no ballot after joining: {exception_text(page['tree']) or sorted(action_keys(page))}")
        waited = True
        joined.wait(timeout=RUN_SECONDS)
        ticked = random.sample(choices, k=min(picks, len(choices)))
        started = time.perf_counter()
        page = agent.interact(widget_state=dict.fromkeys(ticked, True), trigger={"key": "vote_submit"})
        run.vote_ms = (time.perf_counter() - started) * 1000
        run.receipt = has_key(page["tree"], "vote_receipt") and "vote_submit" not in action_keys(page)
        if not run.receipt:
            run.error = exception_text(page["tree"]) or shown(page["tree"]) or "no vote_receipt after vote_submit"
    except Exception as err:  # noqa: BLE001 - a benchmark reports every failure and carries on
        run.error = f"{type(err).__name__}: {err}"[:300]
        if not waited:  # the others still vote together
            joined.wait(timeout=RUN_SECONDS)
    finally:
        run.requests = agent.calls


EMPTY_BALLOT_APP = """
import sys

import streamlit as st

sys.path.insert(0, {root!r})
from pages import server_sockets  # as the app: Nagle off on Streamlit's socket

server_sockets.reply_without_delay_once()

if st.session_state.get("voted"):
    with st.container(key="vote_receipt"):
        st.success("Counted")
    st.stop()
with st.form("ballot"):
    for number in range({proposals}):
        st.checkbox(f"Proposal {{number}}", key=f"vote_choice_{{number}}")
    if st.form_submit_button("Vote", key="vote_submit"):
        st.session_state.voted = True
        st.rerun()
"""


def baseline_vote(agent: Agent, picks: int, ready: threading.Barrier, run: PupilRun) -> None:
    """The same form submit and rerun on a near-empty Streamlit app: what the agent API itself costs."""
    try:
        page = agent.interact()
        choices = sorted(key for key in action_keys(page) if key.startswith("vote_choice_"))
        ready.wait(timeout=RUN_SECONDS)
        started = time.perf_counter()
        page = agent.interact(
            widget_state=dict.fromkeys(random.sample(choices, k=picks), True), trigger={"key": "vote_submit"}
        )
        run.vote_ms = (time.perf_counter() - started) * 1000
        run.receipt = has_key(page["tree"], "vote_receipt")
    except Exception as err:  # noqa: BLE001
        run.error = f"{type(err).__name__}: {err}"[:300]
    finally:
        run.requests = agent.calls


def service_votes(db_path: Path, code: str, pupils: int, picks: int) -> list[float]:
    """The same number of ballots cast at once straight through voting.cast: the database's share, in ms."""
    engine = council_db.make_engine(f"sqlite:///{db_path}")
    with Session(engine) as db:
        joined = [sessions.join(db, code=code)[0] for _ in range(pupils)]
        ids = [p.id for p in proposals.published(db, joined[0].session_id)]
    together, times = threading.Barrier(pupils), []

    def cast(pupil: sessions.Pupil) -> None:
        together.wait(timeout=RUN_SECONDS)
        started = time.perf_counter()
        with Session(engine) as db:
            voting.cast(db, pupil=pupil, choices=dict.fromkeys(random.sample(ids, k=picks), 1))
        times.append((time.perf_counter() - started) * 1000)

    with ThreadPoolExecutor(max_workers=pupils) as pool:
        list(pool.map(cast, joined))
    engine.dispose()
    return times


def print_times(name: str, times: list[float]) -> None:
    if times:
        print(
            f"{name + ' ms:':22} p50 {statistics.median(times):6.0f}   p95 {percentile(times, 0.95):6.0f}"
            f"   max {max(times):6.0f}"
        )


def burst(base_url: str, pupils: int, task: Callable[..., None], *args: object) -> tuple[list[PupilRun], float]:
    """Run `task` for every pupil in its own thread and agent session, all starting together."""
    assert urlsplit(base_url).hostname == "127.0.0.1", "the benchmark only talks to 127.0.0.1"
    started = time.monotonic()
    agents = [Agent(base_url, deadline=started + RUN_SECONDS) for _ in range(pupils)]
    runs = [PupilRun() for _ in agents]
    together = threading.Barrier(pupils)
    with ThreadPoolExecutor(max_workers=pupils) as pool:
        for agent, run in zip(agents, runs, strict=True):
            pool.submit(task, agent, *args, together, run)
    return runs, time.monotonic() - started


def first_line(text: str) -> str:
    return text.strip().splitlines()[0][:160] if text.strip() else "?"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(runs: list[PupilRun], ballots: int, voted: int, seconds: float) -> bool:
    ok = [run for run in runs if run.receipt]
    print(f"pupils ok:             {len(ok)} / {len(runs)}")
    print(f"ballots in database:   {ballots}  (participants marked voted: {voted})")
    print_times("join", [run.join_ms for run in runs if run.join_ms])
    print_times("submit -> receipt", [run.vote_ms for run in ok])
    print(f"requests: {sum(r.requests for r in runs)}, wall time {seconds:.1f} s")
    raised = Counter(first_line(run.join_workaround) for run in runs if run.join_workaround)
    for problem, count in raised.most_common():
        print(f"join run raised ({count}x): {problem}")
    again = [run.join_tries for run in runs if run.join_tries]
    if again:
        print(f"pupils who pressed join again after 'try again': {len(again)} ({sum(again)} presses in all)")
    failed = Counter(first_line(run.error) for run in runs if not run.receipt)
    for problem, count in failed.most_common():
        print(f"pupil failed ({count}x): {problem}")
    return len(ok) == len(runs) == ballots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=30)
    parser.add_argument("--proposals", type=int, default=8)
    parser.add_argument("--picks", type=int, default=3)
    parser.add_argument(
        "--no-baseline",
        dest="baseline",
        action="store_false",
        help="skip the same burst against a near-empty Streamlit app",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="classroom-burst-") as folder:
        db_path, log_path = Path(folder) / "council.db", Path(folder) / "streamlit.log"
        council = harness.seed(f"sqlite:///{db_path}", 1, proposals_each=args.proposals)[0]
        code, session_id = council.code, council.session_id
        app = start_app(
            db_path,
            log_path,
            "--server.enableAgentApi",
            "true",
            "--server.agentMaxSessions",
            str(max(100, 2 * args.pupils)),
            "--logger.level",
            "warning",
        )
        try:
            runs, seconds = burst(app.url, args.pupils, one_pupil, code, args.picks)
        finally:
            app.stop()
        ballots, voted = harness.counts(f"sqlite:///{db_path}").get(session_id, (0, 0))
        print(f"{args.pupils} pupils, {args.proposals} proposals, {args.picks} ticks each (approval)")
        healthy = report(runs, ballots, voted, seconds)
        if args.baseline:
            script = Path(folder) / "empty_ballot.py"
            script.write_text(EMPTY_BALLOT_APP.format(proposals=args.proposals, root=str(ROOT)))
            empty = start_app(
                db_path,
                Path(folder) / "empty.log",
                "--server.enableAgentApi",
                "true",
                "--server.agentMaxSessions",
                str(max(100, 2 * args.pupils)),
                "--runner.postScriptGC",
                "false",  # as the app's .streamlit/config.toml, which this folder does not have
                script=script,
            )
            try:
                runs, _ = burst(empty.url, args.pupils, baseline_vote, args.picks)
            finally:
                empty.stop()
            times = [run.vote_ms for run in runs if run.receipt]
            print(f"baseline, a near-empty Streamlit app with the same form, {len(times)}/{len(runs)} ok:")
            print_times("submit -> receipt", times)
        print(f"database only, {args.pupils} x voting.cast at once (no Streamlit):")
        print_times("cast", service_votes(db_path, code, args.pupils, args.picks))
        return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
