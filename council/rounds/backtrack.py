"""Back to every class: where each proposal a class sent went in the round, and the answer it got.

Only the class's own proposals and the round's list are read: nothing says which pupil wrote what.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from council.forwarding_tables import Answer
from council.join_codes import session_by_code
from council.models import Committee, CouncilSession, Proposal
from council.round_tables import CouncilRound, RoundGroup, RoundItem, RoundNomination, RoundStatus
from council.rounds import answers, rounds
from council.rounds.provenance import destination, merges
from council.stored import existing, id_of


@dataclass(frozen=True)
class Fate:
    """What became of one proposal the class sent: its stage, the consolidated wording, and any answer."""

    title: str
    stage: str  # pool, group, not_kept, on_list, waiting, answered, passed_on
    became: str = ""
    committee: str = ""
    answer: Answer | None = None
    passed_to: str = ""

    @property
    def merged(self) -> bool:
        return bool(self.became) and self.became != self.title


@dataclass(frozen=True)
class ClassRound:
    """The class's part in a municipal round."""

    title: str
    sent: bool
    forwarded: bool
    fates: list[Fate]


def for_session(db: Session, council: CouncilSession) -> ClassRound | None:
    """The round news of one class session (None when it is not in a round)."""
    council_round = rounds.of_session(db, council)
    if council_round is None or council.kind != "class":
        return None
    query = select(RoundNomination).where(RoundNomination.session_id == council.id).order_by(col(RoundNomination.rank))
    nominations = list(db.exec(query))
    given = answers.latest(db, id_of(council_round)) if council_round.status == RoundStatus.forwarded else {}
    fates = [_fate(db, council_round, nomination, given) for nomination in nominations]
    return ClassRound(council_round.title, bool(nominations), council_round.status == RoundStatus.forwarded, fates)


def for_code(db: Session, *, code: str) -> ClassRound | None:
    """The round news a class reads with its own code."""
    return for_session(db, session_by_code(db, code))


def _fate(db: Session, council_round: CouncilRound, nomination: RoundNomination, given: dict) -> Fate:
    title = existing(db.get(Proposal, nomination.proposal_id)).title
    group = db.get(RoundGroup, nomination.group_id) if nomination.group_id else None
    if group is None or nomination.copy_id is None:
        return Fate(title, "pool")
    if group.results_taken_at is None:
        return Fate(title, "group")
    merged_into = merges(db, [group.session_id])
    final = existing(db.get(Proposal, destination(merged_into, nomination.copy_id)))
    item = db.exec(select(RoundItem).where(RoundItem.proposal_id == final.id)).first()
    if item is None:
        return Fate(title, "not_kept", final.title)
    if council_round.status != RoundStatus.forwarded:
        return Fate(title, "on_list", final.title)
    if item.passed_on:
        return Fate(title, "passed_on", final.title, passed_to=item.passed_to)
    committee = existing(db.get(Committee, item.committee_id)).name if item.committee_id else ""
    if final.id in given:
        return Fate(title, "answered", final.title, given[final.id][0], given[final.id][1])
    return Fate(title, "waiting", final.title, committee)
