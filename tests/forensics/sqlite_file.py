"""A small reader of SQLite's files as an attacker sees them: b-tree cells with their byte offsets, free pages,
and every frame of the -wal file, stale ones included (format: https://www.sqlite.org/fileformat2.html).

Only what the forensic tests need: UTF-8 databases, records of integers and text, overflow chains.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

LEAF_TABLE, LEAF_INDEX, INTERIOR_TABLE, INTERIOR_INDEX = 13, 10, 5, 2
WAL_HEADER, WAL_FRAME_HEADER = 32, 24


@dataclass(frozen=True)
class Cell:
    """One b-tree cell: where its bytes start, the rowid of a table cell, and the record's values."""

    page: int
    offset: int
    rowid: int | None
    values: tuple


@dataclass(frozen=True)
class Frame:
    """One -wal frame: its place in the file, the page it holds, and whether it ends a commit."""

    index: int
    page_number: int
    commit_size: int
    salt: tuple[int, int]
    page: bytes


@dataclass
class Database:
    """The main database file (or a backup), read as raw pages."""

    data: bytes
    page_size: int = 0
    reserved: int = 0
    schema: dict[str, tuple[str, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.data[:16] != b"SQLite format 3\x00":
            raise ValueError("not a SQLite database")
        size = struct.unpack(">H", self.data[16:18])[0]
        self.page_size = 65536 if size == 1 else size
        self.reserved = self.data[20]
        self.schema = {
            str(cell.values[1]): (str(cell.values[0]), int(cell.values[3] or 0))
            for cell in self.tree_cells(1)
            if cell.values[0] in ("table", "index")
        }

    @property
    def page_count(self) -> int:
        return len(self.data) // self.page_size

    def page(self, number: int) -> bytes:
        """The bytes of page `number` (pages count from 1)."""
        return self.data[(number - 1) * self.page_size : number * self.page_size]

    def tree_cells(self, root: int) -> list[Cell]:
        """Every leaf cell of the b-tree that starts at page `root`, in key order."""
        cells: list[Cell] = []
        for number in self.tree_pages(root):
            cells += page_cells(self.page(number), number, self.page_size - self.reserved, self.page)
        return [cell for cell in cells if cell.values is not None]

    def tree_pages(self, root: int) -> list[int]:
        """The leaf pages of the b-tree at `root`, left to right."""
        page = self.page(root)
        head = 100 if root == 1 else 0
        kind = page[head]
        if kind in (LEAF_TABLE, LEAF_INDEX):
            return [root]
        children = [struct.unpack(">I", page[p : p + 4])[0] for p in pointers(page, head)]
        children.append(struct.unpack(">I", page[head + 8 : head + 12])[0])
        return [leaf for child in children for leaf in self.tree_pages(child)]

    def table(self, name: str) -> list[Cell]:
        """The leaf cells of a table or index by name."""
        return self.tree_cells(self.schema[name][1])

    def free_pages(self) -> list[int]:
        """Pages on the free list (trunk and leaf pages)."""
        found, trunk = [], struct.unpack(">I", self.data[32:36])[0]
        while trunk:
            page = self.page(trunk)
            following, count = struct.unpack(">II", page[:8])
            found.append(trunk)
            found += [struct.unpack(">I", page[8 + 4 * i : 12 + 4 * i])[0] for i in range(count)]
            trunk = following
        return found


def pointers(page: bytes, head: int) -> list[int]:
    """The cell pointer array of a b-tree page whose header starts at `head`."""
    kind, count = page[head], struct.unpack(">H", page[head + 3 : head + 5])[0]
    start = head + (8 if kind in (LEAF_TABLE, LEAF_INDEX) else 12)
    return [struct.unpack(">H", page[start + 2 * i : start + 2 * i + 2])[0] for i in range(count)]


def page_cells(page: bytes, number: int, usable: int, fetch: Any = None) -> list[Cell]:
    """The leaf cells of one page image (an empty list for anything but a leaf page).

    `fetch(n)` reads overflow page n; without it (a lone -wal frame) an overflowing record is cut short.
    """
    head = 100 if number == 1 else 0
    if len(page) <= head or page[head] not in (LEAF_TABLE, LEAF_INDEX):
        return []
    kind, cells = page[head], []
    for offset in pointers(page, head):
        if not 0 < offset < len(page):
            continue
        size, at = varint(page, offset)
        rowid = None
        if kind == LEAF_TABLE:
            rowid, at = varint(page, at)
        payload = _payload(page, at, size, usable, kind, fetch)
        try:
            values = record(payload)
        except (IndexError, UnicodeDecodeError, struct.error):
            values = None
        cells.append(Cell(number, offset, rowid, values))
    return cells


def _payload(page: bytes, at: int, size: int, usable: int, kind: int, fetch: Any) -> bytes:
    most = usable - 35 if kind == LEAF_TABLE else (usable - 12) * 64 // 255 - 23
    if size <= most:
        return page[at : at + size]
    least = (usable - 12) * 32 // 255 - 23
    local = least + (size - least) % (usable - 4)
    local = local if local <= most else least
    data, following = bytearray(page[at : at + local]), struct.unpack(">I", page[at + local : at + local + 4])[0]
    while following and fetch is not None and len(data) < size:
        overflow = fetch(following)
        following = struct.unpack(">I", overflow[:4])[0]
        data += overflow[4 : 4 + min(usable - 4, size - len(data))]
    return bytes(data)


def varint(data: bytes, at: int) -> tuple[int, int]:
    """A SQLite varint at `at`: its value and where the next field starts."""
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def record(payload: bytes) -> tuple:
    """The values of a record (NULL, integers, floats, text, blobs)."""
    header_size, at = varint(payload, 0)
    types = []
    while at < header_size:
        serial, at = varint(payload, at)
        types.append(serial)
    values, at = [], header_size
    for serial in types:
        if serial == 0:
            values.append(None)
        elif serial in _INT_SIZES:
            width = _INT_SIZES[serial]
            values.append(int.from_bytes(payload[at : at + width], "big", signed=True))
            at += width
        elif serial == 7:
            values.append(struct.unpack(">d", payload[at : at + 8])[0])
            at += 8
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial >= 12:
            width = (serial - 12) // 2
            chunk = payload[at : at + width]
            if len(chunk) < width:
                raise IndexError("record cut short")
            values.append(chunk.decode() if serial % 2 else bytes(chunk))
            at += width
        else:
            raise IndexError(f"reserved serial type {serial}")
    return tuple(values)


def wal_frames(data: bytes) -> list[Frame]:
    """Every complete frame in a -wal file, in file order: the current ones and any stale ones left behind."""
    if len(data) < WAL_HEADER:
        return []
    page_size = struct.unpack(">I", data[8:12])[0]
    frames, at = [], WAL_HEADER
    while at + WAL_FRAME_HEADER + page_size <= len(data):
        number, commit, salt1, salt2 = struct.unpack(">IIII", data[at : at + 16])
        page = data[at + WAL_FRAME_HEADER : at + WAL_FRAME_HEADER + page_size]
        frames.append(Frame(len(frames), number, commit, (salt1, salt2), page))
        at += WAL_FRAME_HEADER + page_size
    return frames


def wal_commits(data: bytes) -> list[list[Frame]]:
    """The -wal's frames grouped into commits, oldest first (a WAL restart bumps the first salt)."""
    commits: list[list[Frame]] = []
    pending: list[Frame] = []
    for frame in sorted(wal_frames(data), key=lambda f: (f.salt[0], f.index)):
        if frame.page_number == 0:
            continue
        pending.append(frame)
        if frame.commit_size:
            commits.append(pending)
            pending = []
    return commits


def with_wal(main: bytes, wal: bytes) -> bytes:
    """The database as SQLite reads it: the main file with the -wal's committed current frames laid over it."""
    frames = [f for f in wal_frames(wal) if f.salt == struct.unpack(">II", wal[16:24])] if wal else []
    last_commit = max((i for i, f in enumerate(frames) if f.commit_size), default=-1)
    if last_commit < 0:
        return main
    page_size = len(frames[0].page)
    pages = bytearray(
        main[: frames[last_commit].commit_size * page_size].ljust(frames[last_commit].commit_size * page_size, b"\0")
    )
    for frame in frames[: last_commit + 1]:
        at = (frame.page_number - 1) * page_size
        if at < len(pages):
            pages[at : at + page_size] = frame.page
    return bytes(pages)
