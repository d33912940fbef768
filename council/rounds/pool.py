"""From class to pool: a closed class session sends its top proposals (ties included) with its support, once."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import pandas as pd
from sqlmodel import Session, col, func, select

from council import results, sessions
from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, WrongPhase
from council.models import CouncilSession, Proposal, School
from council.permissions import RESULT_PHASES, require
from council.round_permissions import may_coordinate
from council.round_tables import CouncilRound, RoundGroup, RoundNomination, RoundSending, RoundStatus
from council.rounds import rounds
from council.stored import id_of
from council.text import clean_text

REASON_LIMIT = 300


def top_with_ties(rows: list[dict], n: int) -> list[int]:
    """Ids of the proposals ranked n or better, ties at the cut included, that somebody supported; best first."""
    ranked = sorted(rows, key=lambda row: (row["rank"], row["proposal_id"]))
    return [row["proposal_id"] for row in ranked if row["rank"] <= n and row["voters_supporting"] > 0]


def cap(rows: list[dict], n: int) -> int:
    """How many a class may send: n, or more only when proposals share the n-th place."""
    return max(n, sum(1 for row in rows if row["rank"] <= n))


def support_sets(choices: pd.DataFrame, ids: list[int]) -> dict[str, int]:
    """For every set of the sent proposals: how many distinct ballots supported at least one of them.

    Kept at sending, so a theme group that merges two proposals of one class counts each pupil once.
    """
    supporting = choices[(choices["value"] > 0) & choices["proposal_id"].isin(ids)]
    ballots = {pid: set(found["ballot_id"]) for pid, found in supporting.groupby("proposal_id")}
    ordered = sorted(ids)
    return {
        ",".join(map(str, chosen)): len(set().union(*(ballots.get(pid, set()) for pid in chosen)))
        for size in range(1, len(ordered) + 1)
        for chosen in combinations(ordered, size)
    }


@dataclass(frozen=True)
class Nomination:
    """What the teacher sees before sending: the class's results, the suggestion, the cap, and any sending."""

    council: CouncilSession
    council_round: CouncilRound
    rows: list[dict]
    suggested: list[int]
    cap: int
    sending: RoundSending | None
    voters: int


def nomination(db: Session, actor: Actor | None, session_id: int) -> Nomination:
    """The class's top proposals as suggested for the round's pool, once its vote is closed."""
    council = sessions.owned_session(db, actor, session_id)
    council_round = rounds.of_session(db, council)
    if council_round is None or council.kind != "class":
        raise InvalidInput("round.not_in_round")
    if council.phase not in RESULT_PHASES:
        raise WrongPhase("round.not_closed")
    res = results.for_teacher(db, actor, session_id)
    rows = res.table.to_dict("records")
    sending = db.exec(select(RoundSending).where(RoundSending.session_id == session_id)).first()
    n = council_round.per_class
    return Nomination(council, council_round, rows, top_with_ties(rows, n), cap(rows, n), sending, res.voters)


def send(db: Session, actor: Actor | None, session_id: int, *, proposal_ids: list[int], reason: str = "") -> int:
    """The teacher sends the chosen proposals to the pool, once; a change from the suggestion needs a reason."""
    with unit_of_work(db):
        plan = nomination(db, actor, session_id)
        chosen = list(dict.fromkeys(int(pid) for pid in proposal_ids))
        reason = clean_text(reason, limit=REASON_LIMIT, field="reason", required=False)
        _check(plan, chosen, reason)
        res = results.for_teacher(db, actor, session_id)
        sets = {} if res.from_certificate else support_sets(res.choices, chosen)
        assert actor is not None  # require() refused anyone not signed in
        db.add(
            RoundSending(
                round_id=id_of(plan.council_round),
                session_id=session_id,
                sent_by=actor.user_id,
                reason=reason,
                voters=res.voters,
                support_sets=sets,
            )
        )
        by_id = {row["proposal_id"]: row for row in plan.rows}
        db.add_all(_nominated(id_of(plan.council_round), session_id, by_id[pid], res.voters) for pid in chosen)
        record(db, actor, "round.send", f"round:{plan.council_round.id}:session:{session_id}:{chosen}")
        if reason:
            record(db, actor, "round.send_changed", f"round:{plan.council_round.id}:session:{session_id}: {reason}")
    return len(chosen)


def _check(plan: Nomination, chosen: list[int], reason: str) -> None:
    if plan.council_round.status != RoundStatus.open:
        raise WrongPhase("round.pool_closed")
    if plan.sending is not None:
        raise InvalidInput("round.already_sent")
    if not chosen:
        raise InvalidInput("round.none_chosen")
    if any(pid not in {row["proposal_id"] for row in plan.rows} for pid in chosen):
        raise InvalidInput("round.not_on_ballot")
    if len(chosen) > plan.cap:
        raise InvalidInput("round.too_many", most=plan.cap, n=plan.council_round.per_class)
    if set(chosen) != set(plan.suggested) and not reason:
        raise InvalidInput("round.reason_needed")


def _nominated(round_id: int, session_id: int, row: dict, voters: int) -> RoundNomination:
    return RoundNomination(
        round_id=round_id,
        session_id=session_id,
        proposal_id=row["proposal_id"],
        rank=int(row["rank"]),
        supporters=int(row["voters_supporting"]),
        voters=int(voters),
    )


POOL_COLUMNS = [
    "nomination_id",
    "proposal_id",
    "title",
    "theme",
    "addressee",
    "school",
    "class_label",
    "grade",
    "rank",
    "supporters",
    "voters",
    "share",
    "group",
]


@dataclass(frozen=True)
class Pool:
    """The round's pool as the coordinator follows it grow."""

    table: pd.DataFrame
    written: int
    classes: int
    schools: int
    sent: int
    waiting: list[CouncilSession]
    schools_without_class: list[str]

    def counts(self, column: str) -> pd.DataFrame:
        """How many proposals per school, class or theme, most first."""
        if self.table.empty:
            return pd.DataFrame({column: [], "proposals": []})
        grouped = self.table.groupby(column, dropna=False).size().rename("proposals").reset_index()
        return grouped.sort_values(["proposals", column], ascending=[False, True]).reset_index(drop=True)


def pool(db: Session, actor: Actor | None, round_id: int) -> Pool:
    """Every nominated proposal with its class, school and support; who has not sent; the totals."""
    council_round = rounds.get(db, round_id)
    require(may_coordinate(actor, council_round))
    classes = rounds.class_sessions(db, round_id)
    sent = set(db.exec(select(RoundSending.session_id).where(RoundSending.round_id == round_id)))
    names = dict(db.exec(select(School.id, School.name)).all())
    in_classes = {c.school_id for c in classes}
    return Pool(
        table=pool_table(db, round_id),
        written=written(db, round_id),
        classes=len(classes),
        schools=len(in_classes),
        sent=len(sent),
        waiting=[c for c in classes if c.id not in sent],
        schools_without_class=[names[s] for s in council_round.school_ids if s not in in_classes and s in names],
    )


def pool_table(db: Session, round_id: int) -> pd.DataFrame:
    """One row per nomination, in one query."""
    query = (
        select(  # type: ignore[call-overload]  # sqlmodel types select() for at most four columns
            RoundNomination,
            Proposal.title,
            Proposal.theme,
            Proposal.addressee,
            School.name,
            CouncilSession.class_label,
            CouncilSession.age_group,
            RoundGroup.name,
        )
        .join(Proposal, col(Proposal.id) == RoundNomination.proposal_id)
        .join(CouncilSession, col(CouncilSession.id) == RoundNomination.session_id)
        .join(School, col(School.id) == CouncilSession.school_id, isouter=True)
        .join(RoundGroup, col(RoundGroup.id) == RoundNomination.group_id, isouter=True)
        .where(RoundNomination.round_id == round_id)
        .order_by(col(RoundNomination.id))
    )
    rows = [
        [
            n.id,
            n.proposal_id,
            title,
            theme,
            addressee,
            school or "",
            label,
            grade,
            n.rank,
            n.supporters,
            n.voters,
            n.supporters / n.voters if n.voters else 0.0,
            group or "",
        ]
        for n, title, theme, addressee, school, label, grade, group in db.exec(query)
    ]
    return pd.DataFrame(rows, columns=POOL_COLUMNS)


def written(db: Session, round_id: int) -> int:
    """How many proposals the pupils of the round's classes wrote (a teacher's merged wording not counted)."""
    query = (
        select(func.count())
        .select_from(Proposal)
        .join(CouncilSession, col(CouncilSession.id) == Proposal.session_id)
        .where(
            CouncilSession.round_id == round_id, CouncilSession.kind == "class", col(Proposal.author_id).is_not(None)
        )
    )
    return db.exec(query).one()
