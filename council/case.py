"""The whole case a committee answers, as a function of (forwarding, report): each proposal sent with its text,
support and arguments, who sent it, the turnout warning, the deadline, and the answers so far.

For a municipal round, the report data may carry `provenance` (who sent the list) and each result row its own
`provenance` (which classes a consolidated proposal came from): both are shown where a class's school and class
would be."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from council import deadlines
from council import report_facts as facts
from council.answer_log import histories
from council.auth import Actor
from council.committees import forwarding_for, sent_proposals
from council.forwarding_tables import Answer, Forwarding
from council.models import Committee, CouncilSession, Report
from council.stored import existing, id_of

DEFAULT_AGE = "7-9"


@dataclass(frozen=True)
class CaseProposal:
    proposal_id: int
    rank: int
    title: str
    body: str
    theme: str
    addressee: str
    supporting: int
    share: float
    arguments_for: list[str]
    arguments_against: list[str]
    provenance: str | None = None
    # A municipal round's proposal: how many originals, classes and schools it is based on (None otherwise).
    origins: tuple[int, int, int] | None = None


@dataclass(frozen=True)
class Case:
    forwarding: Forwarding
    report: Report
    committee: str
    school: str
    class_label: str
    teacher: str
    provenance: str | None
    question: str
    method: str
    voted: int
    share_base: int  # those who voted for something: the base of every share
    expected: int
    small_group: bool
    age_group: str
    proposals: list[CaseProposal]
    state: deadlines.DeadlineState
    history: dict[int, list[Answer]]

    @property
    def current(self) -> dict[int, Answer]:
        """The latest answer per proposal."""
        return {pid: given[-1] for pid, given in self.history.items() if given}

    @property
    def withdrawn(self) -> bool:
        return self.forwarding.withdrawn_at is not None


def case_for(db: Session, actor: Actor | None, forwarding_id: int, *, today: dt.date | None = None) -> Case:
    """The case of one forwarding, for a member of the receiving committee (or an admin)."""
    forwarding, report = forwarding_for(db, actor, forwarding_id)
    council = db.get(CouncilSession, report.data.get("session_id") or report.session_id)
    committee = existing(db.get(Committee, forwarding.committee_id)).name
    age = council.age_group if council else DEFAULT_AGE
    return build_case(forwarding, report, committee, age, histories(db, id_of(forwarding)), today or dt.date.today())


def build_case(
    forwarding: Forwarding, report: Report, committee: str, age_group: str, history: dict, today: dt.date
) -> Case:
    """The case from plain parts (no database)."""
    data = report.data
    rows = sent_proposals(forwarding, report)
    sent = {row["proposal_id"] for row in rows}
    answered = sent <= {pid for pid, given in history.items() if given}
    turnout = data.get("turnout") or {}
    return Case(
        forwarding=forwarding,
        report=report,
        committee=committee,
        school=str(data.get("school", "")),
        class_label=str(data.get("class_label", "")),
        teacher=str(data.get("teacher", "")),
        provenance=data.get("provenance"),
        question=str(data.get("question", "")),
        method=str(data.get("method", "approval")),
        voted=facts.voted(data),
        share_base=facts.share_base(data),
        expected=int(turnout.get("expected") or 0),
        small_group=facts.is_small_group(data),
        age_group=age_group,
        proposals=[_proposal(data, row) for row in rows],
        state=deadlines.state(
            forwarding.deadline, answered=answered, today=today, withdrawn=forwarding.withdrawn_at is not None
        ),
        history={pid: given for pid, given in history.items() if pid in sent},
    )


def _proposal(data: dict, row: dict) -> CaseProposal:
    pid = row["proposal_id"]
    return CaseProposal(
        proposal_id=pid,
        rank=int(row["rank"]),
        title=str(row["title"]),
        body=str(row.get("body") or ""),
        theme=str(row.get("theme") or ""),
        addressee=str(row.get("addressee") or ""),
        supporting=int(row.get("voters_supporting") or 0),
        share=float(row.get("share_of_voters") or 0.0),
        arguments_for=[found["text"] for found in facts.arguments(data, pid, "for")],  # most convincing first
        arguments_against=[found["text"] for found in facts.arguments(data, pid, "against")],
        provenance=row.get("provenance"),
        origins=(int(row["originals"]), int(row["classes"]), int(row["schools"])) if "originals" in row else None,
    )
