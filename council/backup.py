"""A consistent copy of the SQLite database while the app keeps running (sqlite3's online backup API)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import make_url


def sqlite_path(url: str) -> Path:
    """The file behind a sqlite:/// URL; anything else is refused."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise ValueError("backup copies a SQLite file; for PostgreSQL use pg_dump")
    return Path(parsed.database)


def backup_sqlite(url: str, target: str | Path) -> dict:
    """Copy the live database page by page into `target`, then check the copy's integrity."""
    source_path, target = sqlite_path(url), Path(target)
    if not source_path.exists():
        raise FileNotFoundError(source_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(source_path, timeout=60, isolation_level=None)
    copy = sqlite3.connect(partial)
    try:
        # The copy holds pages, never the -wal's history; emptying the source's -wal first (if no reader holds
        # it) leaves none of that history behind in the data folder either (secrecy.py).
        # A short wait: a checkpoint that waits for readers holds back the pupils' writes meanwhile.
        source.execute("PRAGMA busy_timeout=1000")
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.execute("PRAGMA busy_timeout=60000")
        # Pages are copied in steps; a write to the source restarts the copy, so the result is one snapshot.
        source.backup(copy, pages=1024)
        copy.execute("PRAGMA journal_mode=DELETE")
        check = copy.execute("PRAGMA integrity_check").fetchone()[0]
        tables = [name for (name,) in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    finally:
        copy.close()
        source.close()
    if check != "ok":
        raise RuntimeError(f"backup failed its integrity check: {check}")
    partial.replace(target)
    return {"path": str(target), "integrity": check, "tables": len(tables), "bytes": target.stat().st_size}
