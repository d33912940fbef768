"""What the classroom screen shows: counts that never reveal a vote, the phase and its countdown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
from sqlmodel import Session

from council import arguments, live, materials
from council.auth import Actor, record
from council.db import transactional
from council.errors import InvalidInput
from council.models import CouncilSession, Material, utcnow
from council.permissions import results_shown
from council.proposals import published
from council.sessions import owned_session

MAX_MINUTES = 120


@dataclass(frozen=True)
class Screen:
    """Everything on the projector: counts only, and whether results may be shown yet."""

    joined: int
    proposals: int
    arguments: int
    voted: int
    seconds_left: int | None
    show_results: bool


def screen(db: Session, actor: Actor | None, session_id: int, *, now: dt.datetime | None = None) -> Screen:
    """The projector's numbers for this session (results only once the vote is closed)."""
    council = owned_session(db, actor, session_id)
    counts = live.counts(db, session_id)
    return Screen(
        joined=counts.joined,
        proposals=counts.published,
        arguments=arguments.count(db, session_id),
        voted=counts.voted,
        seconds_left=seconds_left(council, now or utcnow()),
        show_results=results_shown(council).allowed,
    )


@dataclass(frozen=True)
class Discussed:
    """A published proposal on the projector in the discuss phase: its title and how many argue each way."""

    title: str
    pros: int
    cons: int


def background(db: Session, actor: Actor | None, session_id: int) -> list[Material]:
    """The background the class reads in the learn phase."""
    owned_session(db, actor, session_id)
    return materials.for_session(db, session_id)


def figures_of(material: Material) -> pd.DataFrame | None:
    """A piece of background's figures as a table, or None."""
    return materials.figures_of(material)


def discussion(db: Session, actor: Actor | None, session_id: int) -> list[Discussed]:
    """The published proposals with their counts of published arguments for and against."""
    owned_session(db, actor, session_id)
    sides = arguments.all_sides(db, session_id)
    titles = {p.id: p.title for p in published(db, session_id)}
    return [Discussed(titles[pid], len(found.pros), len(found.cons)) for pid, found in sides.items()]


def seconds_left(council: CouncilSession, now: dt.datetime) -> int | None:
    """Seconds left of the countdown for the current phase; None when there is none."""
    if council.countdown_ends_at is None or council.countdown_phase != council.phase:
        return None
    ends = council.countdown_ends_at
    ends = ends if ends.tzinfo else ends.replace(tzinfo=dt.UTC)  # SQLite gives back naive UTC
    return max(0, int((ends - now).total_seconds()))


def pupil_countdown(seconds: int | None) -> tuple[str, int] | None:
    """The countdown as pupils' own screens say it: whole minutes left, rounded up; the last minute; time is up."""
    if seconds is None:
        return None
    if seconds <= 0:
        return "countdown.pupil.over", 0
    if seconds < 60:
        return "countdown.pupil.last_minute", 0
    return "countdown.pupil.minutes", -(-seconds // 60)


@transactional
def start_countdown(db: Session, actor: Actor | None, session_id: int, *, minutes: int) -> None:
    """Start a countdown for the current phase; 0 minutes clears it."""
    council = owned_session(db, actor, session_id)
    if not 0 <= int(minutes) <= MAX_MINUTES:
        raise InvalidInput("countdown.bad_minutes", most=MAX_MINUTES)
    council.countdown_phase = council.phase if minutes else ""
    council.countdown_ends_at = utcnow() + dt.timedelta(minutes=int(minutes)) if minutes else None
    db.add(council)
    record(db, actor, "session.countdown", f"session:{session_id}:{minutes}")
