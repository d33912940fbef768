"""Group commit: work that must pass one lock one at a time is done together when it arrives together.

A vote seals the session's whole box again (secrecy.py), under a lock that lets one vote of the session through at
a time. When 300 pupils in an assembly hall press "vote" in the same second, each would wait for every vote before
it: 300 rewrites of a growing box, 300 commits, 300 emptyings of SQLite's -wal. Instead the first to come leads:
it takes everything waiting for the same key (here: the same session in the same database), does it in one
transaction through its own database session, and hands each waiting run its own outcome — a value, or the error
that refused that item alone. Whatever comes while the leader works waits for the next batch, which one of those
waiting runs leads in turn. A run waits for its batch to be taken up at most as long as it would wait for a database
connection (COUNCIL_POOL_TIMEOUT; then Busy: nothing of it was written); once taken, it waits for the outcome, which
the batch's transaction bounds.

Alone (one vote at a time) this is exactly one transaction per vote, as before. Per process only: several app
instances each batch their own runs, and the database lock still lets one batch at a time through.

In a burst (a run is asked to lead the next batch while the last was being done), the new leader may first gather
for a moment (`gather`), so that the runs arriving in that moment share its batch: each batch costs about the same
whatever its size (on PostgreSQL above all: the box is truncated and written again), so fewer, larger batches cost
the room less. A run that comes alone never waits.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlmodel import Session

from council.db import end_reads, pool_settings
from council.errors import Busy, CouncilError

T = TypeVar("T")
R = TypeVar("R")

MOST = 128  # items in one batch: a batch's transaction stays well under a second

_WAITING, _TAKEN, _LEAD, _DONE = "waiting", "taken", "lead", "done"


@dataclass(eq=False)
class _Request(Generic[T]):
    item: T
    state: str = _WAITING
    outcome: object = None
    failure: BaseException | None = None
    woken: threading.Event = field(default_factory=threading.Event)


@dataclass(eq=False)
class _Line:
    pending: list[_Request] = field(default_factory=list)
    busy: bool = False  # a batch is being done, or a waiting run has been asked to lead the next


_LINES: dict[Hashable, _Line] = {}
_GUARD = threading.Lock()


def together(
    db: Session,
    key: Hashable,
    item: T,
    work: Callable[[Session, Sequence[T]], Sequence[R | CouncilError]],
    *,
    after: Callable[[Session], object] | None = None,
    wait: float | None = None,
    gather: float = 0.0,
) -> R:
    """Do `item` with whatever else waits under `key`: `work(db, items)` runs once per batch, in the leading run's
    database session, and returns one outcome per item (an error refuses that item alone). Returns this item's
    outcome or raises its error; raises Busy when the batch did not start in time, or when the batch failed as a
    whole (nothing of it was written) and this run did not lead it.

    `after(db)` runs once the line is empty: by the leader of a batch that nobody waits behind, after it let go of
    the line (e.g. emptying SQLite's -wal once a burst of votes is over, not between its batches). `gather`: seconds
    a run asked to lead the next batch of a burst waits first, for more of the burst to join it (no database
    connection held meanwhile)."""
    end_reads(db)  # a snapshot held while waiting would see nothing of the batch, and would pin SQLite's -wal
    request: _Request[T] = _Request(item)
    with _GUARD:
        line = _LINES.setdefault(key, _Line())
        line.pending.append(request)
        leads = not line.busy
        line.busy = True
    if not leads:  # waits for its batch as long as it would wait for a connection (COUNCIL_POOL_TIMEOUT)
        leads = _wait(line, request, pool_settings()["pool_timeout"] if wait is None else wait)
        if leads and gather > 0:  # a burst: what arrives in this moment joins the batch this run leads
            time.sleep(gather)
    if leads and _lead(db, key, line, work, request) and after is not None:
        after(db)
    if request.failure is not None:
        raise request.failure
    if isinstance(request.outcome, CouncilError):
        raise request.outcome
    return request.outcome  # type: ignore[return-value]  # work returned an R for this item


def _wait(line: _Line, request: _Request, wait: float) -> bool:
    """Wait until the request is done (False) or this run is asked to lead the next batch (True)."""
    deadline = time.monotonic() + wait
    while True:
        request.woken.wait(timeout=max(0.0, deadline - time.monotonic()) if request.state == _WAITING else None)
        with _GUARD:
            if request.state == _DONE:
                return False
            if request.state == _LEAD:
                return True
            if request.state == _WAITING and time.monotonic() >= deadline:
                line.pending.remove(request)
                raise Busy("server.busy")
            request.woken.clear()


def _lead(
    db: Session,
    key: Hashable,
    line: _Line,
    work: Callable[[Session, Sequence[T]], Sequence[object]],
    own: _Request,
) -> bool:
    """Do one batch; True when nothing waited behind it (the line is gone)."""
    with _GUARD:
        line.pending.remove(own)  # the leading run first, then the others in the order they came
        batch = [own, *line.pending[: MOST - 1]]
        line.pending = line.pending[MOST - 1 :]
        for request in batch:
            request.state = _TAKEN
    try:
        outcomes = work(db, [request.item for request in batch])
        if len(outcomes) != len(batch):
            raise RuntimeError("a batch's work must return one outcome per item")
        for request, outcome in zip(batch, outcomes, strict=True):
            request.outcome = outcome
    except BaseException as err:
        for request in batch:  # the leading run raises the error itself; the others are told to try again
            request.failure = err if request is own else Busy("server.busy")
            if request is not own:
                request.failure.__cause__ = err
    finally:
        with _GUARD:
            for request in batch:
                request.state = _DONE
                request.woken.set()
            last = not line.pending
            if not last:
                successor = line.pending[0]
                successor.state = _LEAD
                successor.woken.set()
            else:
                line.busy = False
                if _LINES.get(key) is line:
                    del _LINES[key]
    return last
