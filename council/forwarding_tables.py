"""A frozen report's way to the committees and back: forwardings (deadline, diary number, withdrawal) and answers."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from council.models import utcnow


class AnswerStatus(StrEnum):
    will_do = "will_do"
    investigating = "investigating"
    already_happening = "already_happening"
    not_now = "not_now"
    not_ours = "not_ours"


class Forwarding(SQLModel, table=True):
    """A frozen report sent to one committee, with the date its answer is due."""

    __table_args__ = (UniqueConstraint("report_id", "committee_id"),)

    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", index=True)
    committee_id: int = Field(foreign_key="committee.id", index=True)
    deadline: dt.date
    forwarded_at: dt.datetime = Field(default_factory=utcnow)
    forwarded_by: int | None = Field(default=None, foreign_key="user.id")
    # The proposals sent to this committee; None means every proposal of the report.
    proposal_ids: list | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    diarienummer: str = Field(default="", max_length=60)
    registered_on: dt.date | None = None
    withdrawn_at: dt.datetime | None = None
    withdrawn_by: int | None = Field(default=None, foreign_key="user.id")
    # The newest answer the teacher has been told about by e-mail (notify.py).
    answers_notified_through: int = 0


class Answer(SQLModel, table=True):
    """A committee's answer to one proposal; a new row per change, so the history stays."""

    id: int | None = Field(default=None, primary_key=True)
    forwarding_id: int = Field(foreign_key="forwarding.id", index=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True)
    status: AnswerStatus
    text: str = Field(max_length=2000)
    passed_to: str = Field(default="", max_length=200)
    answered_by: int | None = Field(default=None, foreign_key="user.id")
    answered_at: dt.datetime = Field(default_factory=utcnow)
    decided_on: dt.date | None = None
    # Who decided: empty (not given), the committee itself, or a delegated official named in decided_by.
    decided_by_kind: str = Field(default="", max_length=12)
    decided_by: str = Field(default="", max_length=200)
    minutes_paragraph: str = Field(default="", max_length=20)
