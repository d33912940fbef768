"""Command line: `python -m council backup PATH` copies the live SQLite database; `upgrade` migrates the schema."""

from __future__ import annotations

import argparse
import sys

from council import backup, db, migrate


def main(argv: list[str] | None = None) -> int:
    """Run one maintenance command against COUNCIL_DATABASE_URL (or data/council.db)."""
    parser = argparse.ArgumentParser(prog="python -m council")
    commands = parser.add_subparsers(dest="command", required=True)
    copy = commands.add_parser("backup", help="consistent copy of the SQLite database while the app runs")
    copy.add_argument("path")
    commands.add_parser("upgrade", help="bring the schema to the newest migration")
    args = parser.parse_args(argv)
    if args.command == "backup":
        try:
            done = backup.backup_sqlite(db.database_url(), args.path)
        except (ValueError, FileNotFoundError, RuntimeError) as err:
            print(f"backup failed: {err}", file=sys.stderr)
            return 2
        print(f"backup written to {done['path']}: {done['bytes']} bytes, {done['tables']} tables, {done['integrity']}")
    else:
        engine = db.make_engine(migrate=False)
        migrate.upgrade(engine)
        print(f"schema at revision {migrate.current_revision(engine)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
