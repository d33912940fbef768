"""Consolidating in a theme group: the group's proposals with provenance, kept near-duplicate suggestions, and the
class loop's merge across classes (never across groups or rounds)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlmodel import Session, select

from council import merging, proposals, similarity
from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotFound, WrongPhase
from council.models import CouncilSession, Proposal
from council.round_tables import RoundGroup, RoundStatus
from council.rounds import groups, rounds
from council.rounds.provenance import Provenance, by_destination
from council.stored import existing, id_of

SHOWN_SUGGESTIONS = 3


@dataclass(frozen=True)
class GroupWork:
    """What the facilitator works on: the group's proposals, where each came from, and suggested duplicates."""

    group: RoundGroup
    council: CouncilSession
    proposals: list[Proposal]
    provenance: dict[int, Provenance]
    suggestions: dict[int, list[tuple[int, float]]]


def work(db: Session, actor: Actor | None, group_id: int | str | None) -> GroupWork:
    """The group's published proposals with provenance and the best few near-duplicates of each."""
    group, _ = groups.facilitated(db, actor, group_id)
    council = existing(db.get(CouncilSession, group.session_id))
    shown = proposals.published(db, group.session_id)
    return GroupWork(group, council, shown, by_destination(db, [group.session_id]), suggestions(db, group, shown))


def fingerprint(shown: list[Proposal]) -> str:
    """What the kept suggestions were computed from: the proposals' ids and titles."""
    text = "\n".join(f"{p.id}:{p.title}" for p in sorted(shown, key=lambda p: id_of(p)))
    return hashlib.sha256(text.encode()).hexdigest()


def suggestions(db: Session, group: RoundGroup, shown: list[Proposal]) -> dict[int, list[tuple[int, float]]]:
    """The kept suggestions, computed again only when the group's proposals changed since."""
    if group.suggestions_key != fingerprint(shown):
        refresh(db, group, shown)
    return {int(pid): [(int(o), float(s)) for o, s in pairs] for pid, pairs in group.suggestions.items()}


def refresh(db: Session, group: RoundGroup, shown: list[Proposal]) -> None:
    """Compute the group's near-duplicate suggestions (blocked, top-k) and keep them."""
    found = similarity.similar_top_k({id_of(p): p.title for p in shown}, k=SHOWN_SUGGESTIONS)
    with unit_of_work(db):
        fresh = existing(db.get(RoundGroup, group.id))
        fresh.suggestions = {str(pid): [[other, score] for other, score in pairs] for pid, pairs in found.items()}
        fresh.suggestions_key = fingerprint(shown)
        db.add(fresh)
    group.suggestions, group.suggestions_key = fresh.suggestions, fresh.suggestions_key


def merge(
    db: Session,
    actor: Actor | None,
    group_id: int,
    *,
    originals: list[int],
    title: str,
    body: str,
    theme: str,
    addressee: str,
) -> Proposal:
    """Merge proposals of this group into one consolidated wording; provenance follows the originals."""
    group, council_round = groups.facilitated(db, actor, group_id)
    rounds.editable(council_round)
    if council_round.status != RoundStatus.groups:
        raise WrongPhase("round.pool_still_open")
    for proposal_id in originals:
        _check_in_group(db, group, int(proposal_id))
    merged = merging.merge(
        db, actor, group.session_id, originals=originals, title=title, body=body, theme=theme, addressee=addressee
    )
    with unit_of_work(db):
        record(db, actor, "round.merge", f"group:{group.id}:proposal:{merged.id}<{list(originals)}")
    refresh(db, group, proposals.published(db, group.session_id))
    return merged


def _check_in_group(db: Session, group: RoundGroup, proposal_id: int) -> None:
    """A proposal from another group, or another round, is refused with a message that says so."""
    proposal = db.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound("merge.not_mergeable")
    if proposal.session_id == group.session_id:
        return
    owner = existing(db.get(CouncilSession, proposal.session_id))
    if owner.round_id is not None and owner.round_id != group.round_id:
        raise InvalidInput("round.merge_other_round")
    if owner.kind == "group":
        raise InvalidInput("round.merge_other_group")
    raise NotFound("merge.not_mergeable")


def starting_wording(group_work: GroupWork, chosen: list[int]) -> dict[str, str]:
    """A first wording for a merge: the best-supported original's title, theme and addressee, every text in turn."""
    picked = [p for p in group_work.proposals if p.id in chosen]
    if not picked:
        return {}
    best = max(picked, key=lambda p: (group_work.provenance.get(id_of(p), Provenance()).share, -id_of(p)))
    body = "\n\n".join(dict.fromkeys(p.body for p in picked))[: proposals.BODY_LIMIT]
    return {"title": best.title, "body": body, "theme": best.theme, "addressee": best.addressee}


def groups_sessions(db: Session, round_id: int) -> list[int]:
    """The council sessions of the round's theme groups."""
    return list(db.exec(select(RoundGroup.session_id).where(RoundGroup.round_id == round_id)))
