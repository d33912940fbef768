"""Benchmark: tally 100,000 ballots over 50 proposals with every method; prints seconds per tally."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from council.tally import compare_methods, tally

BALLOTS, PROPOSALS, REPEATS = 100_000, 50, 3
rng = np.random.default_rng(2026)


def proposals() -> pd.DataFrame:
    """50 published proposals."""
    ids = np.arange(1, PROPOSALS + 1)
    return pd.DataFrame({"proposal_id": ids, "title": [f"Förslag {i}" for i in ids], "theme": ids % 5})


def _long(picks: np.ndarray, values: np.ndarray, keep: np.ndarray) -> pd.DataFrame:
    """Choices table from per-ballot columns of proposal indices and values, keeping cells where `keep`."""
    ballot_ids = np.array([f"{x:016x}{y:016x}" for x, y in rng.integers(0, 2**63, size=(BALLOTS, 2))], dtype=object)
    rows, cols = np.nonzero(keep)
    frame = pd.DataFrame(
        {"ballot_id": ballot_ids[rows], "proposal_id": picks[rows, cols] + 1, "value": values[rows, cols]}
    )
    return frame.astype({"ballot_id": "str", "proposal_id": "int64", "value": "int64"})


def _orders() -> np.ndarray:
    return np.argsort(rng.random((BALLOTS, PROPOSALS)), axis=1)


def approval() -> pd.DataFrame:
    """Each pupil ticks 0-10 proposals."""
    ticks = rng.integers(0, 11, BALLOTS)[:, None] > np.arange(PROPOSALS)
    return _long(_orders(), np.ones((BALLOTS, PROPOSALS), dtype=np.int64), ticks)


def dots() -> pd.DataFrame:
    """Each pupil spreads 5 points, at most 3 on one proposal."""
    patterns = np.array([[3, 2, 0, 0, 0], [3, 1, 1, 0, 0], [2, 2, 1, 0, 0], [2, 1, 1, 1, 0], [1, 1, 1, 1, 1]])
    values = np.zeros((BALLOTS, PROPOSALS), dtype=np.int64)
    values[:, :5] = patterns[rng.integers(0, len(patterns), BALLOTS)]
    return _long(_orders(), values, values > 0)


def ranked(top_k: int = 3) -> pd.DataFrame:
    """Each pupil ranks 1..top_k proposals."""
    values = np.broadcast_to(np.arange(1, PROPOSALS + 1), (BALLOTS, PROPOSALS))
    return _long(_orders(), values, values <= rng.integers(1, top_k + 1, BALLOTS)[:, None])


def score() -> pd.DataFrame:
    """Each pupil scores every proposal -2..+2 (the stored ballot lists all of them)."""
    values = rng.integers(-2, 3, (BALLOTS, PROPOSALS))
    return _long(_orders(), values, np.ones_like(values, dtype=bool))


def timed(label: str, run, *args) -> None:
    """Print the median wall time of REPEATS calls of run(*args)."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run(*args)
        times.append(time.perf_counter() - start)
    print(f"{label:<56} {statistics.median(times):7.3f} s  (median of {REPEATS})", flush=True)


def main() -> None:
    """Build each method's ballots once and time its tally."""
    table = proposals()
    cases = [
        ("approval", approval(), None),
        ("dots", dots(), None),
        ("ranked (Borda rule, top 3)", ranked(), {"rule": "borda"}),
        ("ranked (Schulze rule, top 3)", ranked(), {"rule": "schulze"}),
        ("score (every proposal scored)", score(), None),
    ]
    print(f"{BALLOTS:,} ballots, {PROPOSALS} proposals")
    for label, choices, params in cases:
        method = label.split()[0]
        timed(f"tally {label} [{len(choices):,} rows]", tally, method, choices, table, params)
    full = ranked(top_k=10)
    timed(f"tally ranked (top 10) [{len(full):,} rows]", tally, "ranked", full, table, {"top_k": 10})
    timed("compare_methods ranked (top 3)", compare_methods, "ranked", cases[2][1], table)
    # Beyond the goal: a full ranking of all 50 is unrealistic on a pupil's ballot but shows how pairs scale.
    every = ranked(top_k=PROPOSALS)
    timed(f"tally ranked (top 50, stress) [{len(every):,} rows]", tally, "ranked", every, table, {"top_k": 50})


if __name__ == "__main__":
    main()
