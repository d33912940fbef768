"""Typed access to what the database guarantees: primary keys after a flush, rows a foreign key points at."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

T = TypeVar("T")


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...


def id_of(row: _Stored) -> int:
    """The primary key of a row the database has stored (loaded, or added and flushed)."""
    assert row.id is not None, "the row has not been flushed"
    return row.id


def existing(row: T | None) -> T:
    """A row (or key) the database guarantees is there: looked up by a foreign key, or a primary key column."""
    assert row is not None, "a foreign key points at a missing row"
    return row


def ids(keys: Iterable[int | None]) -> list[int]:
    """Primary keys read from the database (never NULL), typed as such."""
    return [existing(key) for key in keys]
