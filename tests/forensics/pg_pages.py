"""A reader of PostgreSQL heap pages as a superuser with pageinspect sees them: every tuple whose bytes are still
in a page — live, dead, or left behind in space VACUUM freed — with its xmin and xmax (page layout:
https://www.postgresql.org/docs/current/storage-page-layout.html).

Tuples are found by scanning every 8-byte-aligned place of a page for a plausible header, not by the line
pointers: a freed line pointer no longer points at the old bytes, but the bytes are still there.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

PAGE_HEADER, TUPLE_HEADER = 24, 23
HEAP_HASNULL = 0x0001
ALIGN = {"c": 1, "s": 2, "i": 4, "d": 8}


@dataclass(frozen=True)
class Attribute:
    name: str
    length: int
    align: int
    type: str


@dataclass(frozen=True)
class Version:
    """One row version found in a page."""

    relation: str
    block: int
    offset: int
    xmin: int
    xmax: int
    values: dict


def attributes(connection: Any, relation: str) -> list[Attribute]:
    """The relation's columns as stored (dropped ones included: they still take a place in every tuple)."""
    rows = connection.execute(
        text(
            "SELECT attname, attlen, attalign, atttypid::regtype::text FROM pg_attribute "
            "WHERE attrelid = CAST(:r AS regclass) AND attnum > 0 ORDER BY attnum"
        ),
        {"r": relation},
    ).all()
    return [Attribute(name, length, ALIGN[align], kind) for name, length, align, kind in rows]


def raw_pages(connection: Any, relation: str) -> list[bytes]:
    """Every block of the relation's main fork, as bytes (needs pageinspect and a superuser)."""
    blocks = connection.execute(
        text("SELECT pg_relation_size(CAST(:r AS regclass)) / current_setting('block_size')::int"), {"r": relation}
    ).scalar_one()
    return [
        bytes(connection.execute(text("SELECT get_raw_page(:r, :n)"), {"r": relation, "n": n}).scalar_one())
        for n in range(blocks)
    ]


def versions(connection: Any, relation: str) -> list[Version]:
    """Every row version whose bytes remain anywhere in the relation's pages."""
    columns = attributes(connection, relation)
    found = []
    for block, page in enumerate(raw_pages(connection, relation)):
        special = struct.unpack("<H", page[16:18])[0] or len(page)
        for offset in range(PAGE_HEADER, special - TUPLE_HEADER, 8):
            values = _tuple_at(page, offset, special, columns)
            if values is not None:
                xmin, xmax = struct.unpack("<II", page[offset : offset + 8])
                found.append(Version(relation, block, offset, xmin, xmax, values))
    return found


def _tuple_at(page: bytes, at: int, end: int, columns: list[Attribute]) -> dict | None:
    infomask2, infomask, hoff = struct.unpack("<HHB", page[at + 18 : at + 23])
    xmin = struct.unpack("<I", page[at : at + 4])[0]
    if hoff != 24 or (infomask2 & 0x07FF) != len(columns) or xmin < 3:
        return None
    nulls = page[at + 23] if infomask & HEAP_HASNULL else 0xFF
    values, position = {}, at + hoff
    try:
        for i, column in enumerate(columns):
            if not infomask & HEAP_HASNULL or nulls & (1 << i):
                values[column.name], position = _value(page, position, end, column)
            else:
                values[column.name] = None
    except (ValueError, UnicodeDecodeError, struct.error):
        return None
    return values


def _value(page: bytes, at: int, end: int, column: Attribute) -> tuple[object, int]:
    if column.length == -1:
        if page[at] == 0:  # padding before a 4-byte varlena header
            at = _aligned(at, column.align)
        if page[at] & 0x01:
            if page[at] == 0x01:
                raise ValueError("toasted")
            size, start = page[at] >> 1, at + 1
        else:
            size, start = (struct.unpack("<I", page[at : at + 4])[0] >> 2) & 0x3FFFFFFF, at + 4
        if size < start - at or at + size > end:
            raise ValueError("varlena past the page")
        return page[start : at + size].decode("ascii"), at + size
    at = _aligned(at, column.align)
    if at + column.length > end:
        raise ValueError("value past the page")
    raw = page[at : at + column.length]
    if column.type == "boolean":
        if raw[0] > 1:
            raise ValueError("not a boolean")
        return bool(raw[0]), at + 1
    return int.from_bytes(raw, "little", signed=True), at + column.length


def _aligned(at: int, align: int) -> int:
    return (at + align - 1) // align * align
