"""Benchmark: a whole school — 1,000 pupils arriving over two minutes — joins and votes on one app instance.

Each pupil is one agent-API session (no browser): open the app, type the class's join code, tick one or two
proposals and cast the ballot. Pupils are spread over classes of 30 in the vote phase. The server's memory
is sampled throughout and again after the pupils' sessions have expired.

    python benchmarks/school_load.py [--pupils 1000] [--seconds 120] [--db URL] [--ttl 60]

Without --db a fresh SQLite file is used; pass a postgresql+psycopg:// URL (an empty database) for PostgreSQL.
Prints: pupils ok, ballots in the database, p50/p95 per step, server memory per 50 pupils, memory after leaving.
Goals: 0 lost, p95 < 2 s, growth < 100 MB per 50 pupils, memory back down after the sessions end.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import harness
import psutil

STEPS = ("open", "join", "vote")


def rss_mb(pid: int) -> float:
    """Resident memory of the server process and its children, in MB."""
    process = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]) / 2**20


def one_pupil(base: str, council: harness.Seeded, start_at: float, timings: dict, done: list) -> None:
    """Arrive at `start_at`, join the class, vote; record each step's time and whether the receipt showed."""
    time.sleep(max(0.0, start_at - time.monotonic()))
    agent = harness.Agent(base)
    try:
        for step, action in (
            ("open", agent.interact),
            ("join", lambda: agent.interact(widget_state={"join_code": council.code}, trigger={"key": "join_submit"})),
            ("vote", lambda: agent.vote(random.sample(council.proposal_ids, 2))),
        ):
            began = time.monotonic()
            snapshot = action()
            timings[step].append(time.monotonic() - began)
        done.append(harness.has_key(snapshot["tree"], "vote_receipt"))
    except Exception as err:  # noqa: BLE001 - a failed pupil is counted, the run goes on
        done.append(False)
        print(f"  pupil failed: {err!s:.160}")


def sample_memory(pid: int, done: list, every: int, samples: list, stop: threading.Event) -> None:
    """Note the server's memory each time another `every` pupils have finished."""
    next_mark = 0
    while not stop.is_set():
        if len(done) >= next_mark:
            samples.append((next_mark, rss_mb(pid)))
            next_mark += every
        time.sleep(0.2)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--class-size", type=int, default=30)
    parser.add_argument("--db", default="")
    parser.add_argument("--ttl", type=int, default=60, help="agent session idle TTL: when a pupil has 'left'")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="school-load-"))
    db_url = args.db or f"sqlite:///{work / 'council.db'}"
    classes = harness.seed(db_url, math.ceil(args.pupils / args.class_size))
    port = harness.free_port()
    server = harness.start_app(db_url, port, ttl=args.ttl, log=work / "server.log")
    base = f"http://127.0.0.1:{port}"
    try:
        harness.Agent(base).interact()  # the first run imports the app; a teacher would have opened it already
        baseline = rss_mb(server.pid)
        timings: dict[str, list[float]] = {step: [] for step in STEPS}
        done: list[bool] = []
        samples: list[tuple[int, float]] = []
        stop = threading.Event()
        sampler = threading.Thread(target=sample_memory, args=(server.pid, done, 50, samples, stop))
        sampler.start()
        began = time.monotonic()
        arrivals = sorted(random.uniform(0, args.seconds) for _ in range(args.pupils))
        with ThreadPoolExecutor(max_workers=400) as pool:
            for n, offset in enumerate(arrivals):
                pool.submit(one_pupil, base, classes[n // args.class_size], began + offset, timings, done)
        took = time.monotonic() - began
        stop.set()
        sampler.join()
        peak = rss_mb(server.pid)
        samples.append((len(done), peak))
        time.sleep(args.ttl + 20)  # every pupil's session idles out
        # Streamlit reclaims idle agent sessions when a request comes in: the next visitor (a teacher) does it.
        harness.Agent(base).interact()
        after = [rss_mb(server.pid)]
        time.sleep(15)
        harness.Agent(base).interact()
        after.append(rss_mb(server.pid))
    finally:
        harness.stop(server)
    report(args, db_url, done, timings, took, baseline, samples, peak, after)


def report(
    args: argparse.Namespace,
    db_url: str,
    done: list[bool],
    timings: dict[str, list[float]],
    took: float,
    baseline: float,
    samples: list[tuple[int, float]],
    peak: float,
    after: list[float],
) -> None:
    """Print the figures."""
    stored = harness.counts(db_url)
    ballots = sum(b for b, _ in stored.values())
    flags = sum(v for _, v in stored.values())
    print(f"database: {db_url.split('://')[0]}, {args.pupils} pupils over {args.seconds:.0f} s, took {took:.0f} s")
    print(f"pupils ok (receipt shown): {sum(done)} of {args.pupils}")
    print(f"ballots in the database: {ballots}; has_voted flags: {flags}; lost: {sum(done) - ballots}")
    for step in STEPS:
        values = timings[step]
        print(
            f"  {step:5s} n={len(values):4d}  p50 {statistics.median(values) * 1000:6.0f} ms"
            f"  p95 {percentile(values, 0.95) * 1000:6.0f} ms  max {max(values) * 1000:6.0f} ms"
        )
    print(f"server memory: {baseline:.0f} MB before, {peak:.0f} MB at the end of arrivals")
    previous = None
    for mark, mb in samples:
        growth = "" if previous is None else f"  (+{mb - previous:.1f} MB per 50)"
        print(f"  after {mark:4d} pupils: {mb:6.0f} MB{growth}")
        previous = mb
    growths = [b - a for (_, a), (_, b) in zip(samples, samples[1:], strict=False)]
    if growths:
        print(f"  growth per 50 pupils: mean {statistics.mean(growths):.1f} MB, max {max(growths):.1f} MB")
    print(
        f"memory after the pupils left (TTL {args.ttl} s, then one new visitor): {after[0]:.0f} MB, "
        f"15 s later {after[1]:.0f} MB"
    )


if __name__ == "__main__":
    main()
