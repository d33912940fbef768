"""The shape of a frozen report (Report.data): what reports.draft writes, and what demos, tests and benchmarks build.

Readers (report_facts.py, exports/) take the stored JSON as a plain dict: a report frozen by an older version may
lack a key added since, so they read with .get() and a default.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

ResultRow = dict[str, Any]
"""One proposal's row of the method's results table (rank, title, support …); its columns differ by method."""


class Turnout(TypedDict):
    voted: int
    expected: int
    joined: int
    blank: int


class ArgumentLine(TypedDict):
    proposal_id: int
    side: str  # "for" or "against"
    text: str
    marks: int  # how many pupils marked it as convincing (reports frozen before marks existed lack it: read with .get)


class BallotLine(TypedDict):
    ballot_id: str
    proposal_id: int
    value: int


class ReportContext(TypedDict):
    """Who asked what: the session, its question, class, school and teacher."""

    session_id: int | None
    question: str
    class_label: str
    school: str
    teacher: str


class ReportData(TypedDict):
    """A frozen report: the class's question, the results and arguments, the ballots and the teacher's words."""

    session_id: NotRequired[int | None]
    question: str
    class_label: str
    school: str
    teacher: str
    title: str
    teacher_comment: str
    committees: list[str]
    committee_ids: NotRequired[list[int]]
    method: str
    method_params: dict[str, Any]
    turnout: Turnout
    results: list[ResultRow]
    arguments: list[ArgumentLine]
    ballots: list[BallotLine]
    small_group: bool
    created_at: str
    version: NotRequired[int]  # set when frozen
    lang: NotRequired[str]
