"""Each proposal to the committee it concerns: the addressee decides the default (a mapping the coordinator sets),
the coordinator may route one proposal elsewhere, and proposals for a region, county board, company or the state
are passed on instead. Forwarding reuses the class loop's Forwarding, one per committee, covering its proposals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from council import committees
from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotFound, WrongPhase
from council.forwarding_tables import Forwarding
from council.i18n import t
from council.models import Committee, Phase, Proposal
from council.round_tables import CouncilRound, RoundItem, RoundStatus
from council.rounds import report, rounds
from council.stored import existing, id_of
from council.text import clean_text

COMMITTEE_ADDRESSEES = ("school", "bun", "other_committee")
PASSED_ON_ADDRESSEES = ("company", "region", "county_board", "national")


@dataclass(frozen=True)
class Route:
    """Where one proposal of the list goes: a committee, passed on to someone outside, or not decided yet."""

    item: RoundItem
    proposal: Proposal
    committee_id: int | None
    committee: str
    passed_to: str

    @property
    def passed_on(self) -> bool:
        return bool(self.passed_to)

    @property
    def decided(self) -> bool:
        return self.passed_on or self.committee_id is not None


def route_of(item: RoundItem, proposal: Proposal, mapping: dict, names: dict[int, str], lang: str = "sv") -> Route:
    """The effective route: the coordinator's own choice first, then the addressee's default."""
    if item.passed_on:
        return Route(item, proposal, None, "", item.passed_to)
    if item.committee_id is not None:
        return Route(item, proposal, item.committee_id, names.get(item.committee_id, ""), "")
    if proposal.addressee in PASSED_ON_ADDRESSEES:
        return Route(item, proposal, None, "", t(f"addressee.{proposal.addressee}", lang))
    chosen = mapping.get(proposal.addressee)
    chosen = int(chosen) if chosen is not None and int(chosen) in names else None
    return Route(item, proposal, chosen, names.get(chosen, "") if chosen else "", "")


def routes(db: Session, council_round: CouncilRound, lang: str = "sv") -> list[Route]:
    """Every proposal of the round's list with its route, in the list's order."""
    names = {existing(cid): name for cid, name in db.exec(select(Committee.id, Committee.name))}
    query = (
        select(RoundItem, Proposal)
        .join(Proposal, col(Proposal.id) == RoundItem.proposal_id)
        .where(RoundItem.round_id == council_round.id)
        .order_by(col(RoundItem.group_id), col(RoundItem.group_rank), col(RoundItem.id))
    )
    return [route_of(item, proposal, council_round.routing, names, lang) for item, proposal in db.exec(query)]


def _routable(db: Session, actor: Actor | None, round_id: int) -> CouncilRound:
    council_round = rounds.coordinated(db, actor, round_id)
    if council_round.status == RoundStatus.forwarded:
        raise WrongPhase("round.already_forwarded")
    return council_round


def set_defaults(db: Session, actor: Actor | None, round_id: int, *, mapping: dict[str, int | None]) -> dict:
    """The committee each addressee goes to by default (school, children's committee, another committee)."""
    with unit_of_work(db):
        council_round = _routable(db, actor, round_id)
        known = set(db.exec(select(Committee.id)))
        if set(mapping) - set(COMMITTEE_ADDRESSEES):
            raise InvalidInput("round.bad_addressee")
        if any(cid is not None and int(cid) not in known for cid in mapping.values()):
            raise InvalidInput("report.unknown_committee")
        council_round.routing = {key: (int(cid) if cid is not None else None) for key, cid in mapping.items()}
        db.add(council_round)
        record(db, actor, "round.routing", f"round:{round_id}:{council_round.routing}")
    return council_round.routing


def route_item(
    db: Session, actor: Actor | None, item_id: int, *, committee_id: int | None = None, passed_to: str = ""
) -> RoundItem:
    """Send one proposal to another committee, or pass it on to someone outside (both empty: the default)."""
    with unit_of_work(db):
        item = db.get(RoundItem, int(item_id))
        if item is None:
            raise NotFound("round.item_not_found")
        _routable(db, actor, item.round_id)
        if committee_id is not None and db.get(Committee, int(committee_id)) is None:
            raise InvalidInput("report.unknown_committee")
        passed_to = clean_text(passed_to, limit=200, field="passed_to", required=False)
        item.committee_id = int(committee_id) if committee_id is not None and not passed_to else None
        item.passed_on, item.passed_to = bool(passed_to), passed_to
        db.add(item)
        record(db, actor, "round.route", f"item:{item.id}:committee:{item.committee_id}:passed:{passed_to}")
    return item


def forward(db: Session, actor: Actor | None, round_id: int, *, deadline: dt.date | None = None) -> list[Forwarding]:
    """Send each proposal of the frozen list to its committee (one forwarding per committee) or mark it passed on."""
    with unit_of_work(db):
        council_round = _routable(db, actor, round_id)
        if council_round.status != RoundStatus.frozen:
            raise WrongPhase("round.not_frozen")
        found = routes(db, council_round)
        if undecided := [r for r in found if not r.decided]:
            raise InvalidInput("round.unrouted", n=len(undecided))
        deadline = deadline or council_round.answers_due or committees.default_deadline()
        if deadline < dt.date.today():
            raise InvalidInput("committee.deadline_past")
        frozen = existing(report.frozen(db, round_id))
        assert actor is not None  # require() refused anyone not signed in
        made = [_forwarding(db, actor, id_of(frozen), cid, deadline, found) for cid in _committees(found)]
        for route in found:
            route.item.committee_id, route.item.passed_on = route.committee_id, route.passed_on
            route.item.passed_to = route.passed_to
            db.add(route.item)
        holder = rounds.holder(db, round_id)
        holder.phase, council_round.status = Phase.forwarded, RoundStatus.forwarded
        db.add_all([holder, council_round])
        record(db, actor, "round.forward", f"round:{round_id}:committees:{_committees(found)}")
    return made


def _committees(found: list[Route]) -> list[int]:
    return list(dict.fromkeys(r.committee_id for r in found if r.committee_id is not None))


def _forwarding(
    db: Session, actor: Actor, report_id: int, committee_id: int, deadline: dt.date, found: list[Route]
) -> Forwarding:
    covered = [r.proposal.id for r in found if r.committee_id == committee_id]
    forwarding = Forwarding(
        report_id=report_id,
        committee_id=committee_id,
        deadline=deadline,
        forwarded_by=actor.user_id,
        proposal_ids=covered,
    )
    db.add(forwarding)
    db.flush()
    return forwarding
