"""Benchmark: the server time of the pupil's vote page next to an empty Streamlit page, in the same run.

Three servers start side by side: the app (a fresh SQLite file, a class in the vote phase, 8 proposals),
benchmarks/empty_page.py (nothing at all) and benchmarks/static_ballot_page.py (the yardstick: the vote page's
same elements with the same arguments and words — navigation of 23 pages, language picker, page script, style and
easy-read style, phase fragment, the ballot's fragment and form, the secrecy note — from constants, no database).
One agent-API session on each is rerun in turn, so all see the same machine load; a rerun request's time is the
server's time to run the page and return its snapshot.
All three switch off Nagle's algorithm on Streamlit's server socket (pages/server_sockets.py); without that
a kept-alive connection waits ~40 ms for the client's delayed ACK on many replies, which swamps everything else.

    python benchmarks/page_overhead.py [--runs 200]

Goal: the vote page's median within 1.25x the static page's: what Streamlit alone spends drawing these elements,
so the gap between the two is the app's own code (who is here, the shelf's reads, translations). The empty page
is printed for scale.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import harness

STATIC = "benchmarks/static_ballot_page.py"


def timed_reruns(agents: dict[str, harness.Agent], runs: int) -> dict[str, list[float]]:
    """Rerun each agent's page `runs` times, alternating, and time each request."""
    times: dict[str, list[float]] = {name: [] for name in agents}
    for _ in range(runs):
        for name, agent in agents.items():
            began = time.perf_counter()
            agent.interact()
            times[name].append(time.perf_counter() - began)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="page-overhead-"))
    db_url = f"sqlite:///{work / 'council.db'}"
    council = harness.seed(db_url, 1, proposals_each=8)[0]
    scripts = {"vote page": "app.py", "empty page": "benchmarks/empty_page.py", "static page": STATIC}
    servers = {
        name: harness.start_app(db_url, harness.free_port(), script=script, log=work / f"{name}.log")
        for name, script in scripts.items()
    }
    try:
        agents = {name: harness.Agent(f"http://127.0.0.1:{port_of(server)}") for name, server in servers.items()}
        agents["vote page"].join(council.code)
        for agent in agents.values():
            assert "error" not in agent.interact()["status"]
        assert harness.has_key(agents["vote page"].interact()["tree"], "vote_submit"), "the pupil sees the ballot"
        timed_reruns(agents, 20)  # warm up
        times = timed_reruns(agents, args.runs)
    finally:
        for server in servers.values():
            harness.stop(server)
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    for name, values in times.items():
        p95 = sorted(values)[int(0.95 * len(values)) - 1] * 1000
        print(f"{name:10s}: median {medians[name]:6.1f} ms, p95 {p95:6.1f} ms over {len(values)} reruns")
    for yardstick, goal in (("empty page", ""), ("static page", " (goal: within 1.25x)")):
        ratio = medians["vote page"] / medians[yardstick]
        extra = medians["vote page"] - medians[yardstick]
        print(f"vote page / {yardstick}: {ratio:.2f}x{goal}; difference {extra:.1f} ms")


def port_of(server: subprocess.Popen) -> str:
    """The port a server from harness.start_app listens on."""
    return server.args[server.args.index("--server.port") + 1]


if __name__ == "__main__":
    main()
