"""Emptying SQLite's -wal file, which keeps the pages of every recent commit — one vote, one flipped flag and one
new ballot per commit — until a checkpoint truncates it (see secrecy.py); and VACUUM, once, for older files."""

from __future__ import annotations

import threading
import time

from sqlalchemy.engine import Engine

BUSY_TIMEOUT_MS = 60_000  # the app's usual wait for the write lock (db.py sets it on every connection)
PATIENCE_SECONDS = 10.0  # how long closing a vote waits for readers to let go of the -wal
KEEP_TRYING_SECONDS = 3600.0  # after that, a background thread keeps trying for this long

_retrying: set[str] = set()
_retrying_lock = threading.Lock()


def truncate(engine: Engine, *, wait_ms: int = 0) -> bool:
    """Checkpoint every frame into the database file and cut the -wal to zero bytes; False if a reader or a writer
    held it longer than `wait_ms` (nothing is lost then: the frames stay until the next try)."""
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
        try:
            busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.close()
    finally:
        raw.close()
    return busy == 0


def vacuum(engine: Engine) -> None:
    """Rebuild the SQLite file: every table in key order on fresh pages, no free page left (outside transactions)."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("VACUUM")
    finally:
        raw.close()


def truncate_patiently(engine: Engine, *, seconds: float = PATIENCE_SECONDS) -> bool:
    """Try again and again for `seconds`; if readers still hold the -wal, leave a thread that keeps trying."""
    deadline = time.monotonic() + seconds
    while not truncate(engine, wait_ms=200):
        if time.monotonic() > deadline:
            _keep_trying(engine)
            return False
        time.sleep(0.05)
    return True


def _keep_trying(engine: Engine) -> None:
    # One thread per database file; a reader can delay the truncation, never stop it for good.
    key = str(engine.url)
    with _retrying_lock:
        if key in _retrying:
            return
        _retrying.add(key)

    def run() -> None:
        try:
            deadline = time.monotonic() + KEEP_TRYING_SECONDS
            while time.monotonic() < deadline and not truncate(engine, wait_ms=1000):
                time.sleep(2)
        finally:
            with _retrying_lock:
                _retrying.discard(key)

    threading.Thread(target=run, name="wal-truncate", daemon=True).start()
