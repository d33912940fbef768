"""Shared by the scale benchmarks and tests: start app instances, seed sessions, drive pupils by the agent API."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import requests
from sqlmodel import Session, func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from council import auth, limits, phase_order, proposals, secrecy, sessions  # noqa: E402
from council import db as council_db  # noqa: E402
from council.models import CouncilSession, Participant, Phase, Role, User  # noqa: E402

REQUEST_SECONDS = 120


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_app(db_url: str, port: int, *, script: str = "app.py", ttl: int = 900, log: Path | None = None):
    """One Streamlit instance with the agent API on (only here, never in config.toml), ready to answer."""
    args = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port)]
    args += ["--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"]
    args += ["--server.enableAgentApi", "true", "--server.agentMaxSessions", "2000"]
    args += ["--server.agentSessionTTL", str(ttl), "--browser.gatherUsageStats", "false"]
    env = {**os.environ, "COUNCIL_DATABASE_URL": db_url}
    env.pop("COUNCIL_DEMO", None)
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    wait_healthy(f"http://127.0.0.1:{port}", process)
    return process


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU these processes have used so far (0 for one that is gone)."""
    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def postgres_cpu_seconds() -> float | None:
    """CPU used so far by this machine's PostgreSQL server: its live processes, and the backends that have ended
    (the postmaster's children's time). None when no PostgreSQL server runs here."""
    found = {
        process.info["pid"]: process.info
        for process in psutil.process_iter(["pid", "ppid", "name", "cpu_times"])
        if process.info["name"] == "postgres" and process.info["cpu_times"] is not None
    }
    if not found:
        return None
    total = 0.0
    for info in found.values():
        times = info["cpu_times"]
        total += times.user + times.system
        if info["ppid"] not in found:  # the postmaster: add its ended children
            total += times.children_user + times.children_system
    return total


def wait_healthy(base: str, process: subprocess.Popen | None = None, seconds: float = 60) -> None:
    """Wait until the server answers its health check."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if requests.get(f"{base}/_stcore/health", timeout=2).ok:
                return
        except (requests.ConnectionError, requests.Timeout):  # the socket listens before the app has loaded
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{base} did not start")


def stop(process: subprocess.Popen) -> None:
    """Stop one server we started (its own process group)."""
    if process.poll() is None:
        os.killpg(process.pid, 15)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()


@dataclass
class Seeded:
    """A council session in the vote phase: its join code and published proposal ids."""

    session_id: int
    code: str
    proposal_ids: list[int]


def seed(db_url: str, councils: int, *, proposals_each: int = 4, expected_size: int = 0) -> list[Seeded]:
    """An admin, a teacher and `councils` sessions in the vote phase, each with published proposals (and the number
    of pupils the teacher said to expect, which sizes the session's join rate)."""
    engine = council_db.make_engine(db_url)
    made = []
    rates, limits.PER_MINUTE = limits.PER_MINUTE, dict.fromkeys(limits.PER_MINUTE, 10**6)  # seeding is not measured
    with Session(engine, expire_on_commit=False) as db:
        existing = db.exec(select(User).where(User.role == Role.admin)).first()
        admin = (
            auth.actor_for(existing) if existing else auth.create_first_admin(db, username="admin", password="x" * 10)
        )
        teacher = auth.actor_for(
            auth.create_user(db, admin, username=f"t{time.time_ns()}", password="x" * 10, role=Role.teacher)
        )
        for n in range(councils):
            council = sessions.create_session(
                db, teacher, title=f"Klass {n}", question="Hur halverar vi utsläppen?", expected_size=expected_size
            )
            sessions.advance_phase(db, teacher, council.id)
            ids = []
            for i in range(proposals_each):
                if i % limits.PROPOSALS_PER_PUPIL == 0:  # a pupil writes at most that many
                    writer, _ = sessions.join(db, code=council.join_code)
                ids.append(proposals.submit(db, pupil=writer, title=f"Förslag {i}", body="För klimatet").id)
            for pid in ids:
                proposals.publish(db, teacher, pid)
            while phase_order.next_phase(council) is not None and council.phase != Phase.vote:
                sessions.advance_phase(db, teacher, council.id)
            made.append(Seeded(council.id, council.join_code, ids))
    limits.PER_MINUTE = rates
    engine.dispose()
    return made


def counts(db_url: str) -> dict[int, tuple[int, int]]:
    """Per session: (ballots, sealed in its box or counted; participants with has_voted)."""
    engine = council_db.make_engine(db_url, migrate=False)
    with Session(engine) as db:
        voted = dict(
            db.exec(
                select(Participant.session_id, func.count())
                .where(Participant.has_voted)
                .group_by(Participant.session_id)
            ).all()
        )
        ids = db.exec(select(CouncilSession.id)).all()
        ballots = {sid: len(secrecy.ballots_in(db.connection(), sid)) for sid in ids}
    engine.dispose()
    return {sid: (ballots.get(sid, 0), voted.get(sid, 0)) for sid in set(ballots) | set(voted)}


class Agent:
    """One browser-less visitor: an agent-API session on one instance (or through a proxy)."""

    def __init__(self, base: str, cookies: dict | None = None, *, deadline: float | None = None) -> None:
        self.url = f"{base}/_stcore/agent/interact"
        self.http = requests.Session()
        self.http.trust_env = False  # no proxies from the environment: traffic stays local
        self.http.cookies.update(cookies or {})
        self.session_id: str | None = None
        self.deadline = deadline  # time.monotonic() after which interact gives up
        self.calls = 0
        self.resent = 0  # requests sent again after the server closed an idle kept-alive connection

    def interact(self, **request: object) -> dict:
        """One transition; a run still going (202, wait_timed_out, session_busy) is collected until it settles."""
        body = {"session_id": self.session_id, **request} if self.session_id else dict(request)
        while True:
            if self.deadline is not None and time.monotonic() > self.deadline:
                raise TimeoutError("the benchmark ran out of time")
            self.calls += 1
            answer = self._post(body)
            data = answer.json()
            self.session_id = data.get("session_id", self.session_id)
            code = data.get("error", {}).get("code")
            if answer.status_code == 202 or code in ("wait_timed_out", "session_busy"):
                body = {"session_id": self.session_id}  # collect the run that is still going
                time.sleep(0.05 if code == "session_busy" else 0)
                continue
            if "error" in data:
                raise RuntimeError(f"{code}: {data['error'].get('message', '')[:300]}")
            return data

    def _post(self, body: dict) -> requests.Response:
        """POST on the kept-alive connection; once more on a new one when the server had closed it unread.

        The server (uvicorn) closes a connection that was idle for 5 s; a pupil who waited longer than that for the
        others (the burst's barrier) may send on a connection the server is just closing, and gets no answer at
        all (or a reset). A browser sends such a request again on a new connection; so does this agent, once. Were
        the request read after all, the page the retry gets says so (a vote: "already voted", not a receipt), so
        no failure is hidden."""
        try:
            return self.http.post(self.url, json=body, timeout=REQUEST_SECONDS)
        except requests.ConnectionError as err:
            if "RemoteDisconnected" not in str(err) and "Connection reset by peer" not in str(err):
                raise  # a refused or timed-out request is reported as it is
            self.http.close()  # drop the pool's stale connections
            self.resent += 1
            return self.http.post(self.url, json=body, timeout=REQUEST_SECONDS)

    def join(self, code: str) -> dict:
        """Open the app (the join page is a visitor's default), type the code, press the button."""
        opened = self.interact()
        if not has_key(opened["tree"], "join_code"):
            raise RuntimeError(f"no join page: {opened['status']} {opened['page']} {str(opened['tree'])[:600]}")
        return self.interact(widget_state={"join_code": code}, trigger={"key": "join_submit"})

    def vote(self, picks: list[int]) -> dict:
        """Tick the picked proposals and cast the ballot."""
        ticks = {f"vote_choice_{pid}": True for pid in picks}
        return self.interact(widget_state=ticks, trigger={"key": "vote_submit"})


def has_key(node: dict, key: str) -> bool:
    """True when the snapshot's tree holds an element with this key."""
    if node.get("key") == key:
        return True
    return any(has_key(child, key) for child in node.get("children", ()))
