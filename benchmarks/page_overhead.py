"""Benchmark: the server time of the pupil's vote page next to an empty Streamlit page, in the same run.

Two servers start side by side (the app on a fresh SQLite file with a class in the vote phase, and
benchmarks/empty_page.py). One agent-API session on each is rerun in turn, so both see the same machine
load; the time of a rerun request is the server's time to run the page and return its snapshot.

    python benchmarks/page_overhead.py [--runs 200]

Goal: the vote page's median within 1.5x the empty page's.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import harness


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
    app = harness.start_app(db_url, harness.free_port(), log=work / "app.log")
    empty = harness.start_app(db_url, harness.free_port(), script="benchmarks/empty_page.py", log=work / "empty.log")
    try:
        pupil = harness.Agent(f"http://127.0.0.1:{app.args[app.args.index('--server.port') + 1]}")
        pupil.join(council.code)
        blank = harness.Agent(f"http://127.0.0.1:{empty.args[empty.args.index('--server.port') + 1]}")
        blank.interact()
        assert harness.has_key(pupil.interact()["tree"], "vote_submit"), "the pupil should see the ballot"
        timed_reruns({"vote page": pupil, "empty page": blank}, 20)  # warm up
        times = timed_reruns({"vote page": pupil, "empty page": blank}, args.runs)
    finally:
        harness.stop(app)
        harness.stop(empty)
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    for name, values in times.items():
        p95 = sorted(values)[int(0.95 * len(values)) - 1] * 1000
        print(f"{name:10s}: median {medians[name]:6.1f} ms, p95 {p95:6.1f} ms over {len(values)} reruns")
    ratio = medians["vote page"] / medians["empty page"]
    extra = medians["vote page"] - medians["empty page"]
    print(f"vote page / empty page: {ratio:.2f}x (goal within 1.5x); difference {extra:.1f} ms")


if __name__ == "__main__":
    main()
