"""Attacks on SQLite's files: replay the -wal commit by commit, read the order of cells in the main file, and look
for bytes of ballots that are no longer live. Each knows the app's schema, as an attacker with the code would."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .sqlite_file import Cell, Database, page_cells, wal_commits

BOX_PREFIX = "sealedbox_"
_HEX = frozenset("0123456789abcdef")


def is_hex(value: object, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and set(value) <= _HEX


@dataclass
class Rows:
    """What some cells tell about pupils: participants and their flag, slips used, ballots and their content."""

    participants: dict[int, int] = field(default_factory=dict)
    slips_used: set[str] = field(default_factory=set)
    ballots: dict[str, set[int]] = field(default_factory=dict)
    rating_codes: set[str] = field(default_factory=set)

    def contents(self) -> set[frozenset[int]]:
        """The ballots' contents (the proposals each one holds)."""
        return {frozenset(proposals) for proposals in self.ballots.values() if proposals}


def classify(cells: Iterable[Cell]) -> Rows:
    """Sort cells by the shape of their record into participants, slips and ballots."""
    rows = Rows()
    for cell in cells:
        v = cell.values
        if cell.rowid is not None and len(v) == 5 and is_hex(v[2], 64) and v[3] in (0, 1):
            rows.participants[cell.rowid] = v[3]
        elif cell.rowid is not None and len(v) == 4 and is_hex(v[0], 64) and v[2] in (0, 1):
            if v[2]:
                rows.slips_used.add(v[0])
        elif len(v) == 3 and is_hex(v[0], 32) and isinstance(v[1], int):
            rows.ballots.setdefault(v[0], set()).add(v[1])
        elif len(v) == 2 and is_hex(v[0], 32):
            rows.ballots.setdefault(v[0], set())
        elif len(v) == 3 and v[0] == "b" and is_hex(v[1], 32) and isinstance(v[2], str):
            rows.ballots.setdefault(v[1], set()).update(int(k) for k in json.loads(v[2]))
        elif len(v) == 3 and v[0] == "s" and is_hex(v[1], 64):
            rows.slips_used.add(v[1])
        elif len(v) == 3 and v[0] == "r" and is_hex(v[1], 64):
            rows.rating_codes.add(v[1])
        elif cell.rowid is None and len(v) == 3 and is_hex(v[0], 64) and isinstance(v[1], int) and v[2] in (0, 1):
            rows.rating_codes.add(v[0])
    return rows


@dataclass(frozen=True)
class WalFindings:
    """Pairs read from the -wal: (participant, proposal of the ballot), (slip hash, participant) and (participant,
    rating code hash)."""

    ballot_pairs: list[tuple[int, int]]
    slip_pairs: list[tuple[str, int]]
    commits: int
    code_pairs: list[tuple[int, str]] = field(default_factory=list)


def replay_wal(wal: bytes, usable: int) -> WalFindings:
    """Read the -wal's commits in order; a commit that adds exactly one voter and one ballot pairs them, and one
    that adds exactly one participant and uses exactly one slip pairs those, and one that adds a voter and a rating
    code pairs those."""
    voters: set[int] = set()
    participants: set[int] = set()
    contents: set[frozenset[int]] = set()
    slips: set[str] = set()
    codes: set[str] = set()
    ballot_pairs, slip_pairs, code_pairs = [], [], []
    commits = wal_commits(wal)
    for commit in commits:
        rows = classify(cell for f in commit for cell in page_cells(f.page, f.page_number, usable))
        new_voters = {p for p, voted in rows.participants.items() if voted} - voters
        new_contents = rows.contents() - contents
        if len(new_voters) == 1 and len(new_contents) == 1:
            content = next(iter(new_contents))
            if len(content) == 1:
                ballot_pairs.append((next(iter(new_voters)), next(iter(content))))
        new_codes = rows.rating_codes - codes
        if len(new_voters) == 1 and len(new_codes) == 1:
            code_pairs.append((next(iter(new_voters)), next(iter(new_codes))))
        new_participants = set(rows.participants) - participants
        new_slips = rows.slips_used - slips
        if len(new_participants) == 1 and len(new_slips) == 1:
            slip_pairs.append((next(iter(new_slips)), next(iter(new_participants))))
        voters |= new_voters
        participants |= new_participants
        contents |= new_contents
        slips |= new_slips
        codes |= new_codes
    return WalFindings(ballot_pairs, slip_pairs, len(commits), code_pairs)


def apparent_insertion_order(cells: list[Cell]) -> list[Cell]:
    """Cells in the order SQLite seems to have written them: each page fills from its end towards its start."""
    return sorted(cells, key=lambda cell: (cell.page, -cell.offset))


def ballot_orders(db: Database) -> dict[str, list[int]]:
    """Per ballot structure in the file, the ballots' proposals in apparent insertion order."""
    choices = db.table("ballotchoice")
    content = {cell.values[0]: cell.values[1] for cell in choices}
    orders = {"ballotchoice": [cell.values[1] for cell in apparent_insertion_order(choices)]}
    for name, column in (("ballot", 0), ("ix_ballot_session_id", 1)):
        cells = apparent_insertion_order(db.table(name))
        orders[name] = [content[c.values[column]] for c in cells if c.values[column] in content]
    for name in db.schema:
        if name.startswith(BOX_PREFIX):
            rows = [c for c in apparent_insertion_order(db.table(name)) if c.values[0] == "b"]
            orders[name] = [int(next(iter(json.loads(c.values[2])))) for c in rows]
    return orders


def rating_code_orders(db: Database) -> dict[str, list[str]]:
    """Per rating-code structure in the file (the table, its index, any sealed box), the code hashes in apparent
    insertion order."""
    orders = {
        "ratingcode": [c.values[0] for c in apparent_insertion_order(db.table("ratingcode"))],
        "ix_ratingcode_session_id": [
            c.values[1] for c in apparent_insertion_order(db.table("ix_ratingcode_session_id"))
        ],
    }
    for name in db.schema:
        if name.startswith(BOX_PREFIX):
            orders[name] = [c.values[1] for c in apparent_insertion_order(db.table(name)) if c.values[0] == "r"]
    return orders


def rating_orders(db: Database) -> dict[str, list[str]]:
    """The 0–10 ratings' ids in apparent insertion order, in the answerrating table and its index."""
    return {
        "answerrating": [c.values[0] for c in apparent_insertion_order(db.table("answerrating"))],
        "ix_answerrating_session_id": [
            c.values[1] for c in apparent_insertion_order(db.table("ix_answerrating_session_id"))
        ],
    }


def participant_order(db: Database) -> list[int]:
    """Participant ids in apparent insertion order (the order pupils joined, if nothing hides it)."""
    cells = [c for c in db.table("participant") if c.rowid is not None]
    return [cell.rowid for cell in apparent_insertion_order(cells)]


# A sealed-box entry is stored as kind "b" right before its id, so an id may follow one "b".
_BALLOT_ID = re.compile(rb"(?<![0-9a-f])b?([0-9a-f]{32})(?![0-9a-f])")
_BOX_BODY = re.compile(rb'\{"\d+": ?-?\d+')


def stray_ballot_bytes(data: bytes, live_ids: set[str]) -> tuple[set[str], int]:
    """Ballot-like ids in the bytes that belong to no live ballot, and how many sealed-box bodies remain."""
    found = {match.group(1).decode() for match in _BALLOT_ID.finditer(data)}
    return found - live_ids, len(_BOX_BODY.findall(data))
