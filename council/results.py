"""Results of a closed session: hidden from everyone until the vote is closed."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlmodel import Session, func, select

from council import tally
from council.auth import Actor
from council.errors import NotFound
from council.i18n import fmt_count_of, fmt_number, t
from council.models import Ballot, BallotChoice, CouncilSession, Participant, Proposal, ProposalStatus
from council.permissions import may_see_results, require, results_shown
from council.sessions import Pupil, owned_session
from council.smallgroups import format_share, needs_small_group_warning


@dataclass(frozen=True)
class Results:
    """A session's tallied results, the ballots behind them (anonymous) and turnout."""

    table: pd.DataFrame
    method: str
    params: dict
    choices: pd.DataFrame
    proposals: pd.DataFrame
    ballots: int
    joined: int
    expected: int
    # Set when the raw ballots are deleted and these results come from the session's certificate.
    certified_voters: int | None = None

    @property
    def from_certificate(self) -> bool:
        return self.certified_voters is not None

    @property
    def voters(self) -> int:
        """Ballots that chose something (blank ballots count in turnout only)."""
        if self.certified_voters is not None:
            return self.certified_voters
        return int(self.choices["ballot_id"].nunique())

    @property
    def blank(self) -> int:
        return self.ballots - self.voters

    @property
    def small_group(self) -> bool:
        return needs_small_group_warning(self.ballots)

    @property
    def turnout_base(self) -> int:
        return self.expected or self.joined


def for_teacher(db: Session, actor: Actor | None, session_id: int) -> Results:
    """The results of the teacher's own session, once voting has closed."""
    return _results(db, owned_session(db, actor, session_id, may=may_see_results))


def for_pupil(db: Session, *, pupil: Pupil) -> Results:
    """The results of the pupil's session, once voting has closed."""
    council = db.get(CouncilSession, pupil.session_id)
    if council is None:
        raise NotFound("session.not_found")
    return _results(db, council)


def _results(db: Session, council: CouncilSession) -> Results:
    require(results_shown(council))
    if council.ballots_deleted:
        from council.lifecycle import results_from_certificate

        return results_from_certificate(council)
    choices = ballot_choices(db, council.id)
    proposals = proposal_frame(db, council.id)
    ballots = db.exec(select(func.count()).select_from(Ballot).where(Ballot.session_id == council.id)).one()
    joined = db.exec(select(func.count()).select_from(Participant).where(Participant.session_id == council.id)).one()
    table = tally.tally(council.method, choices, proposals, council.method_params)
    return Results(
        table, council.method, dict(council.method_params), choices, proposals, ballots, joined, council.expected_size
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


def proposal_frame(db: Session, session_id: int) -> pd.DataFrame:
    """The proposals that were on the ballot: id, title, body, theme."""
    rows = db.exec(
        select(Proposal.id, Proposal.title, Proposal.body, Proposal.theme).where(
            Proposal.session_id == session_id, Proposal.status == ProposalStatus.published
        )
    ).all()
    return pd.DataFrame(rows, columns=["proposal_id", "title", "body", "theme"])


_EXTRA_COLUMNS = {
    "ranked": ("schulze_rank", "first_preferences"),
    "score": ("mean", "share_for", "share_against", "consensus", "polarisation"),
}


def display_table(results: Results, lang: str) -> pd.DataFrame:
    """The results as people read them: headers translated, shares protected for small minorities."""
    table = results.table
    shown = {
        "rank": table["rank"],
        "title": table["title"],
        "points": table["points"],
        "voters_supporting": table["voters_supporting"],
        "share_of_voters": [format_share(n, results.voters, lang) for n in table["voters_supporting"]],
    }
    for column in _EXTRA_COLUMNS.get(results.method, ()):
        shown[column] = [_number(column, value, results, lang) for value in table[column]]
    if table["tied"].any():
        shown["tied"] = [t("results.tied_yes", lang) if tied else "" for tied in table["tied"]]
    return pd.DataFrame({t(f"column.{name}", lang): values for name, values in shown.items()})


def _number(column: str, value: float, results: Results, lang: str) -> str:
    if column in ("share_for", "share_against"):
        return format_share(round(value * results.voters), results.voters, lang)
    return fmt_number(value, lang, digits=2) if isinstance(value, float) else str(value)


def comparison_table(results: Results, lang: str) -> tuple[pd.DataFrame, list[str]]:
    """How the ranking would look under each way of counting these ballots, and one sentence on each way."""
    compared = tally.compare_methods(results.method, results.choices, results.proposals, results.params)
    ways = list(compared.attrs["ways"])
    shown = pd.DataFrame({t("column.title", lang): compared["title"]})
    for way in ways:
        shown[t(f"method.{way}", lang)] = compared[f"rank_{way}"]
    notes = [f"**{t(f'method.{way}', lang)}:** {t(tally.explanation_key(way), lang)}" for way in ways]
    return shown.sort_values(shown.columns[1]), notes


def pairwise_table(results: Results, lang: str) -> pd.DataFrame:
    """Ranked ballots: how many put the row's proposal ahead of the column's."""
    matrix = tally.pairwise_matrix(results.choices, results.proposals)
    titles = dict(zip(results.proposals["proposal_id"], results.proposals["title"], strict=True))
    return matrix.rename(index=titles, columns=titles)


def turnout_text(results: Results, lang: str) -> str:
    """'23 av 27 (85 %)', against the expected class size or, without one, those who joined."""
    return fmt_count_of(results.ballots, results.turnout_base, lang)
