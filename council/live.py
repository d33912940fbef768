"""What polling screens read: live counts, and (through a shelf that keeps them a second or two) the session row,
the ballot and the background material that every pupil's page shows on every run."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar, cast

from sqlalchemy import case, event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, func, select

from council.db import busy_means_try_again
from council.i18n import t
from council.materials import for_session
from council.models import CouncilSession, Material, Participant, Proposal, ProposalStatus
from council.proposals import published
from council.similarity import TitleIndex
from council.stored import id_of


@dataclass(frozen=True)
class Counts:
    joined: int
    proposals: int
    published: int
    pending: int
    voted: int
    rejected: int = 0


def counts(db: Session, session_id: int) -> Counts:
    """Live numbers for the control room and projector — never how anyone voted."""
    voted_flag = case((col(Participant.has_voted), 1), else_=0)
    participants = select(func.count(), func.coalesce(func.sum(voted_flag), 0)).where(
        Participant.session_id == session_id
    )
    joined, voted = db.exec(participants).one()
    by_status = dict(
        db.exec(
            select(Proposal.status, func.count()).where(Proposal.session_id == session_id).group_by(Proposal.status)
        ).all()
    )
    total = sum(v for k, v in by_status.items() if k != ProposalStatus.merged)
    return Counts(
        joined,
        total,
        by_status.get(ProposalStatus.published, 0),
        by_status.get(ProposalStatus.pending, 0),
        int(voted),
        by_status.get(ProposalStatus.rejected, 0),
    )


def voted_text(now: Counts, lang: str) -> str:
    """'23 av 26': voted out of those who joined, the numbers the teacher sees beside each other."""
    return t("common.n_of_total", lang, count=now.voted, total=now.joined)


TTL_SECONDS = 1.5
"""How long another app instance's change may take to reach this one's pupils (this process's own commits reach
them at once, see _forget_after_commit)."""

_MAX_ENTRIES = 4096

T = TypeVar("T")


class _Shelf:
    """Per database and session, what every pupil's screen reads, kept for TTL_SECONDS: thirty or a thousand
    pupils rerunning their pages cost one query per session a second or two.

    Entries are detached rows shared by every visitor and thread: read them, never change them or add them to a
    database session. A load that was under way when this process committed a change is returned to its reader
    but not shelved (the generation of its session moved on meanwhile)."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str, int], tuple[float, object]] = {}
        self._generations: dict[tuple[str, int], int] = {}
        self._loading: set[tuple[str, str, int]] = set()  # entries being read again right now
        self._lock = threading.Lock()

    def get(self, source: Engine | Session, kind: str, session_id: int, load: Callable[[Session], T]) -> T:
        database = _database(source)
        key = (database, kind, session_id)
        now = time.monotonic()
        with self._lock:
            hit = self._entries.get(key)
            generation = self._generations.get((database, session_id), 0)
            if hit is not None and (now - hit[0] < TTL_SECONDS or key in self._loading):
                # Fresh; or just stale while another run reads it again: 300 pupils' runs that find it stale at
                # once read it once, not 300 times (a change this process commits removes the entry instead).
                return cast(T, hit[1])  # stored by this kind's own load, so of its type
            self._loading.add(key)
        try:
            value = self._load(source, load)
        finally:
            with self._lock:
                self._loading.discard(key)
        with self._lock:
            if self._generations.get((database, session_id), 0) != generation:
                return value  # a commit landed while this was read: the next reader reads again
            if len(self._entries) >= _MAX_ENTRIES:
                self._entries = {k: v for k, v in self._entries.items() if now - v[0] < TTL_SECONDS}
            self._entries[key] = (now, value)
        return value

    @staticmethod
    def _load(source: Engine | Session, load: Callable[[Session], T]) -> T:
        # A caller that holds a database session lends its connection: a run never takes a second one while it
        # holds the first (with a full pool, that wait could never end). The rows load into a session of their
        # own, so they leave detached and the caller's session never sees them.
        bind = source.connection() if isinstance(source, Session) else source
        with busy_means_try_again(), Session(bind, expire_on_commit=False, join_transaction_mode="rollback_only") as db:
            return load(db)

    def forget(self, database: str, session_id: int) -> None:
        with self._lock:
            self._generations[(database, session_id)] = self._generations.get((database, session_id), 0) + 1
            for key in [k for k in self._entries if k[0] == database and k[2] == session_id]:
                del self._entries[key]


_SHELF = _Shelf()


def _database(source: Engine | Session | Connection) -> str:
    bind = source.get_bind() if isinstance(source, Session) else source
    return bind.engine.url.render_as_string(hide_password=True)


# Each reader takes the engine, or the database session the caller already holds (then its connection is used).


def council(source: Engine | Session, session_id: int) -> CouncilSession | None:
    """The session's row as pupils' screens read it (title, question, phase, method, options)."""
    return _SHELF.get(source, "council", session_id, lambda db: db.get(CouncilSession, session_id))


def ballot(source: Engine | Session, session_id: int) -> tuple[Proposal, ...]:
    """The published proposals, in id order: what the ballot lists (fixed once the vote has started)."""
    return _SHELF.get(source, "ballot", session_id, lambda db: tuple(published(db, session_id)))


def published_titles(source: Engine | Session, session_id: int) -> TitleIndex:
    """The published proposals' titles, indexed for "Finns redan: …" while a pupil writes (one index per session)."""
    return _SHELF.get(source, "published_titles", session_id, lambda db: TitleIndex(_titles(published(db, session_id))))


def _titles(proposals: list[Proposal]) -> dict[int, str]:
    return {id_of(proposal): proposal.title for proposal in proposals}


def materials(source: Engine | Session, session_id: int) -> tuple[Material, ...]:
    """The session's background, in the order it was added."""
    return _SHELF.get(source, "materials", session_id, lambda db: tuple(for_session(db, session_id)))


_TOUCHED = "live_touched_sessions"  # db.info key: the sessions a database session changed since its last commit


@event.listens_for(Session, "after_flush")
def _note_touched_sessions(db: Session, _flush_context: object) -> None:
    touched = db.info.setdefault(_TOUCHED, set())
    for row in (*db.new, *db.dirty, *db.deleted):
        if isinstance(row, CouncilSession):
            touched.add(row.id)
        elif isinstance(row, (Proposal, Material)):
            touched.add(row.session_id)


@event.listens_for(Session, "after_commit")
def _forget_after_commit(db: Session) -> None:
    """Every change this process commits to a session, its proposals or its material reaches its pupils at once."""
    if db.in_nested_transaction():  # a savepoint released: the outer transaction has not committed yet
        return
    touched = db.info.pop(_TOUCHED, set())
    if not touched:
        return
    database = _database(db.get_bind())
    for session_id in touched:
        _SHELF.forget(database, session_id)


@event.listens_for(Session, "after_rollback")
def _forget_nothing(db: Session) -> None:
    if not db.in_nested_transaction():  # a savepoint rolled back keeps what the outer transaction changed
        db.info.pop(_TOUCHED, None)
