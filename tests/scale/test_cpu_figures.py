"""The benchmarks' CPU figures (benchmarks/harness.py) read what the processes really used."""

from __future__ import annotations

import os
import time

import pytest
from sqlalchemy import create_engine, text

from benchmarks import harness

from ..conftest import PG_URL, on_postgres


def test_cpu_seconds_grow_with_work_and_a_process_that_is_gone_counts_nothing():
    before = harness.cpu_seconds([os.getpid()])
    started = time.process_time()
    while time.process_time() - started < 0.3:
        pass
    assert harness.cpu_seconds([os.getpid()]) - before >= 0.2
    assert harness.cpu_seconds([2**22 + 7]) == 0.0  # above Linux's largest pid: no such process


@pytest.mark.skipif(not on_postgres(), reason="PostgreSQL only: bash scripts/with-postgres.sh …")
def test_postgres_cpu_counts_what_a_query_costs_the_server():
    engine = create_engine(PG_URL)
    try:
        with engine.connect() as connection:  # the backend lives on until the count is read again
            before = harness.postgres_cpu_seconds()
            connection.execute(text("SELECT count(*) FROM generate_series(1, 5000000)")).scalar()
            after = harness.postgres_cpu_seconds()
    finally:
        engine.dispose()
    assert before is not None and after is not None
    assert after - before >= 0.1
