"""Results of a closed session: hidden from everyone until the vote is closed."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlmodel import Session, func, select

from council import tally
from council.auth import Actor
from council.errors import NotFound, WrongPhase
from council.i18n import fmt_count_of, fmt_percent, t
from council.models import Ballot, BallotChoice, CouncilSession, Participant, Proposal, ProposalStatus
from council.sessions import RESULT_PHASES, Pupil, owned_session

SMALL_GROUP = 5


@dataclass(frozen=True)
class Results:
    """A session's tallied results and turnout."""

    table: pd.DataFrame
    method: str
    ballots: int
    blank: int
    joined: int
    expected: int

    @property
    def small_group(self) -> bool:
        return self.ballots < SMALL_GROUP

    @property
    def turnout_base(self) -> int:
        return self.expected or self.joined


def for_teacher(db: Session, actor: Actor | None, session_id: int) -> Results:
    """The results of the teacher's own session, once voting has closed."""
    return _results(db, owned_session(db, actor, session_id))


def for_pupil(db: Session, *, pupil: Pupil) -> Results:
    """The results of the pupil's session, once voting has closed."""
    council = db.get(CouncilSession, pupil.session_id)
    if council is None:
        raise NotFound("session.not_found")
    return _results(db, council)


def _results(db: Session, council: CouncilSession) -> Results:
    if council.phase not in RESULT_PHASES:
        raise WrongPhase("results.hidden")
    choices = ballot_choices(db, council.id)
    ballots = db.exec(select(func.count()).select_from(Ballot).where(Ballot.session_id == council.id)).one()
    joined = db.exec(select(func.count()).select_from(Participant).where(Participant.session_id == council.id)).one()
    table = tally.tally(council.method, choices, _proposal_frame(db, council.id), council.method_params)
    return Results(
        table, council.method, ballots, ballots - choices["ballot_id"].nunique(), joined, council.expected_size
    )


def ballot_choices(db: Session, session_id: int) -> pd.DataFrame:
    """Every choice of every ballot of a session, as (ballot_id, proposal_id, value)."""
    rows = db.exec(
        select(BallotChoice.ballot_id, BallotChoice.proposal_id, BallotChoice.value)
        .join(Ballot, Ballot.id == BallotChoice.ballot_id)
        .where(Ballot.session_id == session_id)
    ).all()
    return pd.DataFrame(rows, columns=["ballot_id", "proposal_id", "value"]).astype(
        {"ballot_id": str, "proposal_id": int, "value": int}
    )


def _proposal_frame(db: Session, session_id: int) -> pd.DataFrame:
    rows = db.exec(
        select(Proposal.id, Proposal.title, Proposal.theme).where(
            Proposal.session_id == session_id, Proposal.status == ProposalStatus.published
        )
    ).all()
    return pd.DataFrame(rows, columns=["proposal_id", "title", "theme"])


def display_table(results: Results, lang: str) -> pd.DataFrame:
    """The results as people read them: rank, proposal, points, supporters and share, headers translated."""
    table = results.table
    shown = pd.DataFrame(
        {
            t("column.rank", lang): table["rank"],
            t("column.title", lang): table["title"],
            t("column.points", lang): table["points"],
            t("column.voters_supporting", lang): table["voters_supporting"],
            t("column.share_of_voters", lang): [fmt_percent(share, lang) for share in table["share_of_voters"]],
        }
    )
    return shown


def turnout_text(results: Results, lang: str) -> str:
    """'23 av 27 (85 %)', against the expected class size or, without one, those who joined."""
    return fmt_count_of(results.ballots, results.turnout_base, lang)
