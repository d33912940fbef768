"""The secret tables: ballots and their choices, argument marks, answer ratings and rating codes. No row names a
participant or a time, and each table is WITHOUT ROWID on SQLite, so not even a row's place tells when it came
(DESIGN.md, secrecy.py)."""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class Ballot(SQLModel, table=True):
    """One secret ballot: a random key and its session, nothing else (WITHOUT ROWID on SQLite)."""

    __table_args__ = {"sqlite_with_rowid": False}

    id: str = Field(primary_key=True, max_length=32)
    session_id: int = Field(foreign_key="councilsession.id", index=True)


class BallotChoice(SQLModel, table=True):
    """One value a ballot gives one proposal (approval 1, points, rank position or score)."""

    __table_args__ = (UniqueConstraint("ballot_id", "proposal_id"), {"sqlite_with_rowid": False})

    ballot_id: str = Field(foreign_key="ballot.id", primary_key=True, max_length=32)
    proposal_id: int = Field(foreign_key="proposal.id", primary_key=True)
    value: int


class ArgumentMark(SQLModel, table=True):
    """That some pupil marked some argument: a keyed hash of the pupil's secret and the argument, nothing else.

    Only the pupil's browser holds the secret, so the database can neither say whose mark a tag is nor which
    argument it is for; it only stops a second mark (WITHOUT ROWID on SQLite: no insertion order)."""

    __table_args__ = {"sqlite_with_rowid": False}

    tag: str = Field(primary_key=True, max_length=64)
    session_id: int = Field(foreign_key="councilsession.id", index=True)


class AnswerRating(SQLModel, table=True):
    """A pupil's 0–10 rating of the committees' answers: a random key and the score, no participant, no time."""

    __table_args__ = {"sqlite_with_rowid": False}

    id: str = Field(primary_key=True, max_length=32)
    session_id: int = Field(foreign_key="councilsession.id", index=True)
    score: int


class RatingCode(SQLModel, table=True):
    """A voter's code for rating the answers later: only its hash, no participant, no time (WITHOUT ROWID)."""

    __table_args__ = {"sqlite_with_rowid": False}

    code_hash: str = Field(primary_key=True, max_length=64)
    session_id: int = Field(foreign_key="councilsession.id", index=True)
    used: bool = False
