"""The pupils own the wording: a group's voted list, each proposal approved by its representatives or changed at
their request (the facilitator takes the change or answers it), and when the pupils approved it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from council import results
from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotFound, WrongPhase
from council.models import CouncilSession, Proposal, utcnow
from council.permissions import RESULT_PHASES
from council.proposals import BODY_LIMIT, TITLE_LIMIT
from council.round_tables import CouncilRound, RoundGroup, RoundItem, RoundStatus, WordingChange, WordingChangeStatus
from council.rounds import groups, rounds
from council.rounds.pool import top_with_ties
from council.sessions import Pupil
from council.stored import existing, id_of
from council.text import clean_text

CHANGE_LIMIT = 500


def take_results(db: Session, actor: Actor | None, group_id: int) -> list[RoundItem]:
    """After the group's vote: its best proposals (the round's per-group number, ties included) go on the list."""
    with unit_of_work(db):
        group, council_round = groups.facilitated(db, actor, group_id)
        _check_working(council_round)
        if existing(db.get(CouncilSession, group.session_id)).phase not in RESULT_PHASES:
            raise WrongPhase("round.group_not_voted")
        if group.results_taken_at is not None:
            raise InvalidInput("round.results_taken")
        res = results.for_teacher(db, actor, group.session_id)
        rows = {row["proposal_id"]: row for row in res.table.to_dict("records")}
        made = [
            RoundItem(
                round_id=group.round_id,
                group_id=id_of(group),
                proposal_id=pid,
                group_rank=int(rows[pid]["rank"]),
                group_supporters=int(rows[pid]["voters_supporting"]),
                group_voters=res.voters,
            )
            for pid in top_with_ties(list(rows.values()), council_round.per_group)
        ]
        db.add_all(made)
        group.results_taken_at = utcnow()
        db.add(group)
        record(db, actor, "round.group_results", f"group:{group.id}:{len(made)}")
    return made


def _check_working(council_round: CouncilRound) -> None:
    rounds.editable(council_round)
    if council_round.status != RoundStatus.groups:
        raise WrongPhase("round.pool_still_open")


@dataclass(frozen=True)
class ItemWording:
    """One proposal on the group's list: its wording, whether the pupils approved it, and the changes asked."""

    item: RoundItem
    proposal: Proposal
    changes: list[WordingChange]

    @property
    def open_changes(self) -> list[WordingChange]:
        return [c for c in self.changes if c.status == WordingChangeStatus.open]


def items_of(db: Session, group_id: int) -> list[ItemWording]:
    """The group's list in its voted order, with the wording changes asked for."""
    found = db.exec(
        select(RoundItem).where(RoundItem.group_id == group_id).order_by(col(RoundItem.group_rank), col(RoundItem.id))
    )
    return [_wording(db, item) for item in found]


def _wording(db: Session, item: RoundItem) -> ItemWording:
    changes = select(WordingChange).where(WordingChange.item_id == item.id).order_by(col(WordingChange.id))
    return ItemWording(item, existing(db.get(Proposal, item.proposal_id)), list(db.exec(changes)))


def approved_at(found: list[ItemWording]) -> dt.datetime | None:
    """When the group's pupils had approved every wording (None while any is not approved)."""
    if not found or any(w.item.approved_at is None for w in found):
        return None
    return max(existing(w.item.approved_at) for w in found)


def for_representative(db: Session, *, pupil: Pupil) -> tuple[RoundGroup | None, list[ItemWording]]:
    """The theme group a representative sits in and its list (empty until the group's result is taken)."""
    group = db.exec(select(RoundGroup).where(RoundGroup.session_id == pupil.session_id)).first()
    return group, (items_of(db, id_of(group)) if group is not None else [])


def _representative_item(db: Session, pupil: Pupil, item_id: int) -> RoundItem:
    item = db.get(RoundItem, int(item_id))
    group = db.get(RoundGroup, item.group_id) if item is not None else None
    if item is None or group is None or group.session_id != pupil.session_id:
        raise NotFound("round.item_not_found")
    _check_working(existing(db.get(CouncilRound, group.round_id)))
    return item


def approve(db: Session, *, pupil: Pupil, item_id: int) -> RoundItem:
    """A representative approves a consolidated proposal's wording for the group; when is kept, never who."""
    with unit_of_work(db):
        item = _representative_item(db, pupil, item_id)
        if item.approved_at is not None:
            raise InvalidInput("round.already_approved")
        if _open_changes(db, id_of(item)):
            raise InvalidInput("round.change_still_open")
        item.approved_at = utcnow()
        db.add(item)
    return item


def ask_change(db: Session, *, pupil: Pupil, item_id: int, text: str) -> WordingChange:
    """A representative proposes a change; the wording waits for the facilitator and a new approval."""
    with unit_of_work(db):
        item = _representative_item(db, pupil, item_id)
        change = WordingChange(item_id=id_of(item), text=clean_text(text, limit=CHANGE_LIMIT, field="change"))
        item.approved_at = None
        db.add_all([item, change])
    return change


def _open_changes(db: Session, item_id: int) -> list[WordingChange]:
    query = select(WordingChange).where(
        WordingChange.item_id == item_id, WordingChange.status == WordingChangeStatus.open
    )
    return list(db.exec(query))


def settle(
    db: Session, actor: Actor | None, change_id: int, *, take: bool, title: str = "", body: str = "", reply: str = ""
) -> WordingChange:
    """The facilitator takes a change (new wording, which the pupils approve again) or answers why not."""
    with unit_of_work(db):
        change = db.get(WordingChange, int(change_id))
        if change is None or change.status != WordingChangeStatus.open:
            raise NotFound("round.change_not_found")
        item = existing(db.get(RoundItem, change.item_id))
        _, council_round = groups.facilitated(db, actor, item.group_id)
        _check_working(council_round)
        if take:
            _rewrite(db, item, title, body)
        change.reply = clean_text(reply, limit=CHANGE_LIMIT, field="reply", required=not take)
        change.status = WordingChangeStatus.taken if take else WordingChangeStatus.answered
        change.settled_at = utcnow()
        db.add(change)
        record(db, actor, f"round.wording_{change.status}", f"item:{item.id}:change:{change.id}")
    return change


def _rewrite(db: Session, item: RoundItem, title: str, body: str) -> None:
    proposal = existing(db.get(Proposal, item.proposal_id))
    proposal.title = clean_text(title, limit=TITLE_LIMIT, field="title")
    proposal.body = clean_text(body, limit=BODY_LIMIT, field="body", multiline=True)
    item.approved_at = None
    db.add_all([proposal, item])
