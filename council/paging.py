"""Long lists shown a page at a time (the teacher's queues): the rows of one page, and how many there are in all."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlmodel import Session

T = TypeVar("T")
SIZE = 20


@dataclass(frozen=True)
class Page(Generic[T]):
    """The rows of one page (iterate over it), where it starts, and how many rows there are in all."""

    items: Sequence[T]
    total: int
    offset: int
    size: int = SIZE

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    @property
    def first(self) -> int:
        """The position of the page's first row, counting from 1 (0 on an empty list)."""
        return self.offset + 1 if self.items else 0

    @property
    def last(self) -> int:
        return self.offset + len(self.items)

    @property
    def has_previous(self) -> bool:
        return self.offset > 0

    @property
    def has_next(self) -> bool:
        return self.last < self.total


def page_of(db: Session, query: Select, *, offset: int = 0, size: int = SIZE) -> Page:
    """One page of an ordered query; an offset past the end shows the last page (rows vanish as they are handled)."""
    total = db.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    offset = max(0, min(int(offset), (max(total, 1) - 1) // size * size))
    return Page(list(db.scalars(query.offset(offset).limit(size))), total, offset, size)
