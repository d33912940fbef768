"""Benchmark: one pupil floods the server with proposals while another class votes and a teacher moderates.

One app server (agent API on, its own SQLite file). Class F is in the propose phase with --pending proposals waiting
for the teacher (seeded through the services, 5 per pupil). One scripted pupil of class F sends --flood proposals
as fast as the agent API lets it (fill the form, press send, again). Meanwhile 30 pupils of class V join and vote
at once, and the teacher's control room for class F is drawn again and again (Streamlit's AppTest, in this
process, on the same database file: the time is the page's whole script run). The same 30-pupil vote is run once
before the flood, for comparison. The server's memory (RSS) is sampled throughout.

    python benchmarks/flood.py [--flood 3000] [--pending 1000] [--voters 30]

Prints what the flooder got stored and what was refused, the control room's render times, the voters' p95 with
and without the flood, and the server's peak memory. Goal: the flood refused past the cap, the control room under
2 s with 1,000 waiting proposals, voters unaffected, memory under 500 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil
from sqlmodel import Session, delete, func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import classroom_burst  # noqa: E402  (benchmarks/ is on the path when run as a script)
import harness  # noqa: E402
from classroom_burst import one_pupil, percentile  # noqa: E402

from council import auth, limits, proposals, sessions  # noqa: E402
from council import db as council_db  # noqa: E402
from council.models import Proposal, Role  # noqa: E402
from council.runtime_tables import Throttle  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def seed_flooded_class(db_url: str, pending: int) -> Any:
    """Class F in the propose phase with `pending` proposals waiting, the teacher, and the flooder's join code."""
    limits.PER_MINUTE = {kind: 10**6 for kind in limits.PER_MINUTE}  # seeding here only; the server keeps its rates
    engine = council_db.make_engine(db_url)
    with Session(engine, expire_on_commit=False) as db:
        admin = auth.create_first_admin(db, username="admin", password="x" * 10)
        user = auth.create_user(db, admin, username="teacher", password="x" * 10, role=Role.teacher)
        teacher = auth.actor_for(user)
        council = sessions.create_session(db, teacher, title="Klass F", question="Hur halverar vi utsläppen?")
        sessions.advance_phase(db, teacher, council.id)
        words = ["cykel", "buss", "sol", "skog", "mat", "tåg", "el", "skräp", "vatten", "ljus"]
        pupil = None
        for n in range(pending):
            if n % limits.PROPOSALS_PER_PUPIL == 0:
                pupil, _ = sessions.join(db, code=council.join_code)
            title = f"Mer {words[n % 10]} och {words[(n // 10) % 10]} i skolan {n}"
            proposals.submit(db, pupil=pupil, title=title, body="För klimatet")
        db.exec(delete(Throttle))  # the seeding's own counts: the flooder meets an unspent minute
        db.commit()
    engine.dispose()
    return teacher, council


def flood(base: str, code: str, sends: int, outcome: dict) -> None:
    """One scripted pupil: join, then fill the form and press send `sends` times as fast as it can."""
    agent = harness.Agent(base)
    page = agent.join(code)
    dont_know = last_option(page["tree"], "proposal_theme")  # "Vet inte": a pupil must pick a theme
    started = time.monotonic()
    for n in range(sends):
        try:
            page = agent.interact(
                widget_state={"proposal_title": f"Spam {n}", "proposal_body": "spam", "proposal_theme": dont_know},
                trigger={"key": "proposal_submit"},
            )
            said = next(iter(messages(page["tree"])), "the form again, no message")
            outcome["shown: " + said[:70]] = outcome.get("shown: " + said[:70], 0) + 1
        except RuntimeError as err:  # the agent API refuses to fill a form that is not on the page
            outcome["refused: " + str(err)[:70]] = outcome.get("refused: " + str(err)[:70], 0) + 1
    outcome["seconds"] = time.monotonic() - started


def last_option(node: dict, key: str) -> str | None:
    """The last option of the selectbox `key` on a page snapshot, as the agent API names it."""
    if node.get("key") == key:
        options = node.get("props", {}).get("options") or node.get("options") or []
        return str(options[-1]) if options else None
    return next((found for child in node.get("children", ()) if (found := last_option(child, key))), None)


def messages(node: dict) -> list[str]:
    """The texts of the error, warning and info boxes on a page snapshot."""
    found = [node.get("props", {}).get("body", "")] if node.get("type") in ("error", "warning", "info") else []
    return found + [text for child in node.get("children", ()) for text in messages(child)]


def control_room_times(db_url: str, teacher: Any, session_id: int, stop: threading.Event) -> list[float]:
    """Draw the teacher's control room for class F again and again until `stop`: each whole run's time in s."""
    from streamlit.testing.v1 import AppTest

    os.environ["COUNCIL_DATABASE_URL"] = db_url
    times: list[float] = []
    warm = True  # the first draw imports the app into this process: not timed
    while warm or not stop.is_set() or not times:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.session_state["actor"] = teacher
        at.query_params["session"] = str(session_id)
        at.run()
        started = time.perf_counter()
        at.switch_page("pages/control_room.py").run()
        if not warm:
            times.append(time.perf_counter() - started)
        warm = False
        assert not at.exception, [e.value for e in at.exception]
        assert any(b.key == f"moderate_publish_{first_pending(db_url, teacher, session_id)}" for b in at.button)
    return times


def first_pending(db_url: str, teacher: Any, session_id: int) -> int:
    engine = council_db.make_engine(db_url, migrate=False)
    with Session(engine) as db:
        return proposals.queue(db, teacher, session_id)[0].id


def stored_by_flooder(db_url: str, session_id: int, pending: int) -> int:
    engine = council_db.make_engine(db_url, migrate=False)
    with Session(engine) as db:
        total = db.exec(select(func.count()).select_from(Proposal).where(Proposal.session_id == session_id)).one()
    return total - pending


def memory_sampler(process: psutil.Process, peak: list[int], stop: threading.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], process.memory_info().rss)
        time.sleep(0.2)


def vote_p95(base: str, code: str, voters: int) -> tuple[int, float]:
    """`voters` pupils join and vote at once: (receipts, submit -> receipt p95 in ms)."""
    runs, _ = classroom_burst.burst(base, voters, one_pupil, code, 3)
    times = [run.vote_ms for run in runs if run.receipt]
    return len(times), percentile(times, 0.95) if times else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flood", type=int, default=3000)
    parser.add_argument("--pending", type=int, default=1000)
    parser.add_argument("--voters", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="flood-") as name:
        db_url = f"sqlite:///{Path(name) / 'council.db'}"
        teacher, council = seed_flooded_class(db_url, args.pending)
        before, during = harness.seed(db_url, 2, proposals_each=8)
        server = harness.start_app(db_url, harness.free_port(), log=Path(name) / "server.log")
        base = f"http://127.0.0.1:{server.args[server.args.index('--server.port') + 1]}"
        process, peak, stop = psutil.Process(server.pid), [0], threading.Event()
        threading.Thread(target=memory_sampler, args=(process, peak, stop), daemon=True).start()
        try:
            harness.Agent(base).interact()
            calm = vote_p95(base, before.code, args.voters)
            outcome: dict = {}
            flooder = threading.Thread(target=flood, args=(base, council.join_code, args.flood, outcome))
            flooder.start()
            teacher_done, teacher_times = threading.Event(), []
            drawer = threading.Thread(
                target=lambda: teacher_times.extend(control_room_times(db_url, teacher, council.id, teacher_done))
            )
            drawer.start()
            stormy = vote_p95(base, during.code, args.voters)
            flooder.join()
            teacher_done.set()
            drawer.join()
        finally:
            stop.set()
            harness.stop(server)
        kept = stored_by_flooder(db_url, council.id, args.pending)
    print(f"flood: {args.flood} sends in {outcome.get('seconds', 0):.0f} s; stored {kept} "
          f"(cap {limits.PROPOSALS_PER_PUPIL} per pupil)")  # fmt: skip
    for what, count in sorted(outcome.items(), key=lambda item: str(item[1])):
        if what != "seconds":
            print(f"  {count}x {what}")
    drawn = f"median {statistics.median(teacher_times):.2f} s, max {max(teacher_times):.2f} s"
    print(f"control room with {args.pending} waiting, {len(teacher_times)} draws during the flood: {drawn} (goal: 2 s)")
    print(f"voters ({args.voters}) before the flood: {calm[0]} receipts, p95 {calm[1]:.0f} ms; "
          f"during it: {stormy[0]} receipts, p95 {stormy[1]:.0f} ms")  # fmt: skip
    print(f"server peak memory: {peak[0] / 2**20:.0f} MB (goal: under 500 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
