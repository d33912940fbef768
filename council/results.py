"""Results of a closed session: hidden from everyone until the vote is closed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from io import StringIO
from typing import Any

import pandas as pd
from sqlmodel import Session, col, func, select

from council import methods, tally
from council.auth import Actor
from council.errors import NotFound
from council.i18n import fmt_number, fmt_percent, t
from council.models import CouncilSession, Participant, Proposal, ProposalStatus, utcnow
from council.permissions import may_see_results, require, results_shown
from council.secret_tables import Ballot, BallotChoice
from council.sessions import Pupil, owned_session
from council.smallgroups import format_share, needs_small_group_warning
from council.stored import id_of


@dataclass(frozen=True)
class Results:
    """A session's tallied results, the ballots behind them (anonymous) and turnout."""

    table: pd.DataFrame
    method: methods.Method | str
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

    @property
    def described(self) -> methods.MethodDescription:
        return methods.describe(self.method)

    @property
    def chart_column(self) -> str:
        """The column the ranking chart draws: what decided the order (points, or Schulze wins)."""
        return self.described.charted(self.params, self.table.columns)

    @property
    def deciding_way(self) -> methods.Way:
        """The counting method that decided the order."""
        return self.described.deciding_way(self.params)


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
        return results_from_certificate(council)
    choices = ballot_choices(db, id_of(council))
    proposals = proposal_frame(db, id_of(council))
    ballots = db.exec(select(func.count()).select_from(Ballot).where(Ballot.session_id == council.id)).one()
    joined = db.exec(select(func.count()).select_from(Participant).where(Participant.session_id == council.id)).one()
    params = methods.describe(council.method).as_recorded(council.method_params)
    table = tally.tally(council.method, choices, proposals, params)
    return Results(table, council.method, params, choices, proposals, ballots, joined, council.expected_size)


def certificate(res: Results) -> dict:
    """The results as plain JSON: the table, turnout and what was on the ballot."""
    return {
        "certified_at": utcnow().isoformat(timespec="seconds"),
        "table": json.loads(res.table.to_json(orient="split", index=False)),
        "proposals": json.loads(res.proposals.to_json(orient="split", index=False)),
        "ballots": res.ballots,
        "voters": res.voters,
        "joined": res.joined,
    }


def results_from_certificate(council: CouncilSession) -> Results:
    """The certified results of a session whose raw ballots are gone."""
    cert = council.certified_results or {}
    empty = pd.DataFrame({"ballot_id": pd.Series(dtype=str), "proposal_id": [], "value": []})
    return Results(
        _frame(cert["table"]),
        council.method,
        methods.describe(council.method).as_recorded(council.method_params),
        empty,
        _frame(cert["proposals"]),
        int(cert["ballots"]),
        int(cert["joined"]),
        council.expected_size,
        certified_voters=int(cert["voters"]),
    )


def _frame(split: dict) -> pd.DataFrame:
    return pd.read_json(StringIO(json.dumps(split)), orient="split")


def ballot_choices(db: Session, session_id: int) -> pd.DataFrame:
    """Every choice of every ballot of a session, as (ballot_id, proposal_id, value)."""
    rows = db.exec(
        select(BallotChoice.ballot_id, BallotChoice.proposal_id, BallotChoice.value)
        .join(Ballot, col(Ballot.id) == BallotChoice.ballot_id)
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


def display_table(results: Results, lang: str) -> pd.DataFrame:
    """The results as people read them: headers translated, shares protected for small minorities."""
    table, described = results.table, results.described
    shown = {
        t("column.rank", lang): table["rank"],
        t("column.title", lang): table["title"],
        t(described.points_key, lang): table["points"],
        t("column.voters_supporting", lang): table["voters_supporting"],
        t("column.share_of_voters", lang): [format_share(n, results.voters, lang) for n in table["voters_supporting"]],
    }
    for column in (c for c in described.result_columns if c in table):  # a certificate may predate a column
        shown[t(f"column.{column}", lang)] = [_number(column, value, results, lang) for value in table[column]]
    if table["tied"].any():
        shown[t("column.tied", lang)] = [t("results.tied_yes", lang) if tied else "" for tied in table["tied"]]
    return pd.DataFrame(shown)


def _number(column: str, value: float, results: Results, lang: str) -> str | int:
    if column in ("share_for", "share_against"):
        return format_share(round(value * results.voters), results.voters, lang)
    return fmt_number(value, lang, digits=2) if isinstance(value, float) else int(value)


def method_lines(results: Results, lang: str) -> list[str]:
    """'Röstsätt: Rangordning', 'Räknesätt: Schulzemetoden' (when it is not the method itself), and how it works."""
    described, way = results.described, results.deciding_way
    lines = [t("results.method", lang, name=t(described.name_key, lang))]
    if way.key != described.method:
        lines.append(t("results.counting", lang, name=t(way.name_key, lang)))
    return [" · ".join(lines), t(way.explanation_key, lang)]


def row_figure(results: Results, row: Mapping[str, Any], lang: str) -> str | None:
    """The figure beside one result for pupils ('3 röster', 'slår 4 andra förslag'), or None if a method has none."""
    return results.described.row_figure(row, results.params, lang)


def comparison_table(results: Results, lang: str) -> tuple[pd.DataFrame, list[str]]:
    """The order under each counting method these ballots allow (the deciding one marked), and how each works."""
    compared = tally.compare_methods(results.method, results.choices, results.proposals, results.params)
    ways, decided = results.described.ways, compared.attrs["decided_by"]
    shown = pd.DataFrame({t("column.title", lang): compared["title"]})
    for way in ways:
        name = t(way.name_key, lang)
        header = t("results.decided_column", lang, name=name) if way.key == decided else name
        shown[header] = compared[f"rank_{way.key}"]
    notes = [f"**{t(way.name_key, lang)}:** {t(way.explanation_key, lang)}" for way in ways]
    deciding = 1 + [way.key for way in ways].index(decided)
    return shown.sort_values(shown.columns[deciding], kind="stable"), notes


def pairwise_table(results: Results, lang: str) -> pd.DataFrame:
    """Ranked ballots: how many put the row's proposal ahead of the column's."""
    matrix = tally.pairwise_matrix(results.choices, results.proposals)
    titles = dict(zip(results.proposals["proposal_id"], results.proposals["title"], strict=True))
    return matrix.rename(index=titles, columns=titles)


def turnout_text(results: Results, lang: str) -> str:
    """'23 av 26 som gick med (88 %) · 27 elever i klassen': against those who joined, as the control room
    counts them, and the class size beside it."""
    if not results.joined:
        return str(results.ballots)
    share = fmt_percent(results.ballots / results.joined, lang)
    text = t("results.turnout_joined", lang, count=results.ballots, joined=results.joined, percent=share)
    return f"{text} · {t('results.class_size', lang, n=results.expected)}" if results.expected else text
