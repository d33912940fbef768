"""The municipal round's tables: the round, what each class sends on, theme groups, the final list, wording changes.

Nothing here names a pupil: nominations point at a class's proposal and carry the class's figures, theme groups'
representatives are participants of the group's own session, and wording approvals store only when.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    """The current time in UTC (council.models imports this module, so it cannot import models' own)."""
    return dt.datetime.now(dt.UTC)


class RoundStatus(StrEnum):
    open = "open"  # classes propose, vote and send their top proposals to the pool
    groups = "groups"  # the pool is closed; theme groups consolidate, vote and approve the wording
    frozen = "frozen"  # the round's list is frozen as a report; nothing in the round changes any more
    forwarded = "forwarded"  # every proposal has gone to its committee (or was passed on)


class WordingChangeStatus(StrEnum):
    open = "open"
    taken = "taken"
    answered = "answered"


class CouncilRound(SQLModel, table=True):
    """A municipality's round: many classes' proposals, through theme groups, to one list for the politicians."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=60, unique=True, index=True)
    title: str = Field(max_length=120)
    questions: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    themes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    school_ids: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    propose_until: dt.date | None = None
    meeting_on: dt.date | None = None
    answers_due: dt.date | None = None
    per_class: int = 3
    per_group: int = 10
    status: RoundStatus = RoundStatus.open
    coordinator_id: int = Field(foreign_key="user.id", index=True)
    # addressee -> committee id: the default committee of each proposal (the coordinator may change it).
    routing: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    comment: str = Field(default="", max_length=4000)
    frozen_at: dt.datetime | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)


class RoundSending(SQLModel, table=True):
    """A class session's sending to the pool: once, by its teacher, with the reason when the teacher changed the
    suggestion; `support_sets` holds how many distinct pupils supported each set of the sent proposals."""

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="councilround.id", index=True)
    session_id: int = Field(foreign_key="councilsession.id", unique=True)
    sent_by: int | None = Field(default=None, foreign_key="user.id")
    reason: str = Field(default="", max_length=300)
    voters: int = 0
    support_sets: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    sent_at: dt.datetime = Field(default_factory=utcnow)


class RoundNomination(SQLModel, table=True):
    """One class proposal in the round's pool, with the class's figures as they were when it was sent."""

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="councilround.id", index=True)
    session_id: int = Field(foreign_key="councilsession.id", index=True)
    proposal_id: int = Field(foreign_key="proposal.id", unique=True)
    rank: int
    supporters: int
    voters: int
    group_id: int | None = Field(default=None, foreign_key="roundgroup.id", index=True)
    # The proposal's copy in its theme group's session, which the group merges; the original stays untouched.
    copy_id: int | None = Field(default=None, foreign_key="proposal.id", index=True)


class RoundGroup(SQLModel, table=True):
    """A theme group: part of the pool, a facilitator, and its own council session for the representatives."""

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="councilround.id", index=True)
    name: str = Field(max_length=80)
    themes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    facilitator_id: int = Field(foreign_key="user.id", index=True)
    session_id: int = Field(foreign_key="councilsession.id", unique=True)
    # Near-duplicate suggestions, kept so a page never computes them: {proposal id: [[other id, score], ...]}.
    suggestions: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    suggestions_key: str = Field(default="", max_length=64)
    results_taken_at: dt.datetime | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)


class RoundItem(SQLModel, table=True):
    """A consolidated proposal on the round's list: its group's vote, the pupils' approval, where it goes."""

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="councilround.id", index=True)
    group_id: int = Field(foreign_key="roundgroup.id", index=True)
    proposal_id: int = Field(foreign_key="proposal.id", unique=True)
    group_rank: int
    group_supporters: int
    group_voters: int
    approved_at: dt.datetime | None = None  # when the representatives approved this wording
    committee_id: int | None = Field(default=None, foreign_key="committee.id")  # the coordinator's own choice
    passed_on: bool = False
    passed_to: str = Field(default="", max_length=200)


class WordingChange(SQLModel, table=True):
    """A change the representatives ask for in a consolidated proposal's wording, and what the facilitator did."""

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="rounditem.id", index=True)
    text: str = Field(max_length=500)
    status: WordingChangeStatus = WordingChangeStatus.open
    reply: str = Field(default="", max_length=500)
    created_at: dt.datetime = Field(default_factory=utcnow)
    settled_at: dt.datetime | None = None
