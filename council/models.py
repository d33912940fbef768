"""The council's SQLModel tables and their enums (the secret, forwarding, runtime and round tables: *_tables.py)."""

from __future__ import annotations

import datetime as dt
import secrets
from enum import StrEnum

from sqlalchemy import JSON, BigInteger, Column, Integer, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlmodel import AutoString, Field, SQLModel

from council.methods import Method, as_method

# A participant's id: 64-bit on PostgreSQL; on SQLite plain INTEGER, which is 64-bit and keeps it the rowid.
PARTICIPANT_KEY = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> dt.datetime:
    """The current time in UTC."""
    return dt.datetime.now(dt.UTC)


def random_participant_id() -> int:
    """A random positive id, so no id tells in which order pupils joined (secrecy.py)."""
    return 1 + secrets.randbelow(2**62)


class Role(StrEnum):
    admin = "admin"
    teacher = "teacher"
    committee = "committee"
    coordinator = "coordinator"


class Phase(StrEnum):
    draft = "draft"
    learn = "learn"
    propose = "propose"
    discuss = "discuss"
    vote = "vote"
    closed = "closed"
    forwarded = "forwarded"


class ProposalStatus(StrEnum):
    pending = "pending"
    published = "published"
    rejected = "rejected"
    merged = "merged"


class ArgumentSide(StrEnum):
    for_ = "for"
    against = "against"


class ArgumentStatus(StrEnum):
    pending = "pending"
    published = "published"
    rejected = "rejected"


class MethodName(TypeDecorator):
    """A voting method stored as plain text: no database enum type, so a new method needs no migration."""

    impl = AutoString
    cache_ok = True

    def process_bind_param(self, value: object, dialect: object) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: object) -> Method | str | None:
        return None if value is None else as_method(value)


class School(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)


class Committee(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=80, unique=True, index=True)
    # Single sign-on finds the account by this address (lower case); None for password-only accounts.
    email: str | None = Field(default=None, max_length=254, unique=True, index=True)
    display_name: str = Field(default="", max_length=120)
    password_hash: str
    role: Role
    school_id: int | None = Field(default=None, foreign_key="school.id")
    committee_id: int | None = Field(default=None, foreign_key="committee.id")
    # Where reminders go; may be a shared registry mailbox, so neither unique nor a way to log in (see notify.py).
    notify_email: str | None = Field(default=None, max_length=254)
    active: bool = True
    created_at: dt.datetime = Field(default_factory=utcnow)


class CouncilSession(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    school_id: int | None = Field(default=None, foreign_key="school.id")
    teacher_id: int = Field(foreign_key="user.id", index=True)
    title: str = Field(max_length=120)
    question: str = Field(max_length=500)
    class_label: str = Field(default="", max_length=40)
    expected_size: int = 0
    phase: Phase = Phase.draft
    with_learn: bool = False
    with_discuss: bool = False
    age_group: str = Field(default="4-6", max_length=8)
    one_time_codes: bool = False
    kiosk: bool = False
    themes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    countdown_phase: str = Field(default="", max_length=20)
    countdown_ends_at: dt.datetime | None = None
    join_code: str = Field(max_length=12, unique=True, index=True)
    method: Method = Field(default=Method.approval, sa_type=MethodName)
    method_params: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    archived: bool = False
    # The results table frozen when certified; it outlives the raw ballots once those are deleted.
    certified_results: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    ballots_deleted: bool = False
    # "class" (a teacher's class), "group" (a municipal round's theme group) or "round" (holds a round's reports).
    kind: str = Field(default="class", max_length=8)
    round_id: int | None = Field(default=None, foreign_key="councilround.id", index=True)
    created_at: dt.datetime = Field(default_factory=utcnow)


class Participant(SQLModel, table=True):
    """A pupil in one session: a hashed random credential and whether they voted — never when."""

    id: int | None = Field(
        default_factory=random_participant_id,
        primary_key=True,
        sa_type=PARTICIPANT_KEY,
        sa_column_kwargs={"autoincrement": False},
    )
    session_id: int = Field(foreign_key="councilsession.id", index=True)
    credential_hash: str = Field(max_length=64, unique=True)
    has_voted: bool = False
    has_rated: bool = False


class Proposal(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="councilsession.id", index=True)
    author_id: int | None = Field(default=None, foreign_key="participant.id", sa_type=PARTICIPANT_KEY)
    title: str = Field(max_length=120)
    body: str = Field(max_length=1000)
    theme: str = Field(default="", max_length=80)
    addressee: str = Field(default="school", max_length=40)
    status: ProposalStatus = ProposalStatus.pending
    reject_reason: str = Field(default="", max_length=300)
    merged_into: int | None = Field(default=None, foreign_key="proposal.id")
    created_at: dt.datetime = Field(default_factory=utcnow)


class Argument(SQLModel, table=True):
    """A short argument for or against a published proposal; its author never links to a ballot."""

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True)
    author_id: int | None = Field(default=None, foreign_key="participant.id", sa_type=PARTICIPANT_KEY)
    side: ArgumentSide
    text: str = Field(max_length=280)
    status: ArgumentStatus = ArgumentStatus.pending
    reject_reason: str = Field(default="", max_length=300)
    # How many pupils marked it as convincing: a count only, who marked it is nowhere (see ArgumentMark).
    marks: int = 0


class Material(SQLModel, table=True):
    """Background for the learn phase: teacher markdown, links, and optional figures as a chart."""

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="councilsession.id", index=True)
    title: str = Field(max_length=120)
    body: str = Field(default="", max_length=10000)
    links: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    figures_csv: str = Field(default="")
    chart_x: str = Field(default="", max_length=120)
    chart_y: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class OneTimeCode(SQLModel, table=True):
    """A printed slip's code, stored only as a hash; it lets one pupil in, once, and says nothing of whom."""

    code_hash: str = Field(primary_key=True, max_length=64)
    session_id: int = Field(foreign_key="councilsession.id", index=True)
    used: bool = False
    revoked: bool = False


class AuditEvent(SQLModel, table=True):
    """What a teacher or admin did, and when — never anything about a pupil's vote."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None, foreign_key="user.id")
    action: str = Field(max_length=60)
    target: str = Field(default="", max_length=200)
    at: dt.datetime = Field(default_factory=utcnow)


class Report(SQLModel, table=True):
    """A frozen, versioned snapshot of a session's results for the committees; later edits never change it."""

    __table_args__ = (UniqueConstraint("session_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="councilsession.id", index=True)
    version: int
    title: str = Field(max_length=200)
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_by: int | None = Field(default=None, foreign_key="user.id")
    created_at: dt.datetime = Field(default_factory=utcnow)
    share_token_hash: str | None = Field(default=None, max_length=64, unique=True)


class ReportDraft(SQLModel, table=True):
    """The teacher's words for a session's next report version, kept between visits (frozen versions stay apart)."""

    session_id: int = Field(foreign_key="councilsession.id", primary_key=True)
    title: str = Field(default="", max_length=200)
    comment: str = Field(default="", max_length=4000)
    committee_ids: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    updated_at: dt.datetime = Field(default_factory=utcnow)


from council.round_tables import (  # noqa: E402,F401  (registers the municipal round's tables)
    CouncilRound,
    RoundGroup,
    RoundItem,
    RoundNomination,
    RoundSending,
    RoundStatus,
    WordingChange,
    WordingChangeStatus,
)


class SimilarProposal(SQLModel, table=True):
    """A kept near-duplicate suggestion: one of the few open proposals most like `proposal_id` (council/duplicates.py),
    worked out when a proposal is written or merged, so the control room never compares all pairs."""

    proposal_id: int = Field(foreign_key="proposal.id", primary_key=True)
    similar_id: int = Field(foreign_key="proposal.id", primary_key=True, index=True)
    session_id: int = Field(foreign_key="councilsession.id", index=True)
    score: float
