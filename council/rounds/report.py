"""One list to the politicians: the round's report (the funnel, every consolidated proposal with its provenance,
support, theme, addressee and the pupils' arguments), frozen as a Report like a class's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement
from sqlmodel import Session, SQLModel, col, func, select

from council import arguments
from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, WrongPhase
from council.i18n import t
from council.models import Participant, Phase, Proposal, ProposalStatus, Report, utcnow
from council.round_tables import CouncilRound, RoundGroup, RoundItem, RoundNomination, RoundStatus
from council.rounds import consolidate, pool, rounds, wording
from council.rounds.provenance import Provenance, by_destination
from council.stored import id_of
from council.text import clean_text

COMMENT_LIMIT = 4000


def funnel(db: Session, council_round: CouncilRound) -> dict[str, int]:
    """From what the pupils wrote to the list: written, classes, schools, sent on, voted on in groups, on the list."""
    classes = rounds.class_sessions(db, id_of(council_round))
    group_sessions = consolidate.groups_sessions(db, id_of(council_round))

    def count(model: type[SQLModel], *where: ColumnElement[bool] | bool) -> int:
        return db.exec(select(func.count()).select_from(model).where(*where)).one()

    voted_on = (col(Proposal.session_id).in_(group_sessions), Proposal.status == ProposalStatus.published)
    return {
        "written": pool.written(db, id_of(council_round)),
        "classes": len(classes),
        "schools": len({c.school_id for c in classes}),
        "nominated": count(RoundNomination, RoundNomination.round_id == council_round.id),
        "consolidated": count(Proposal, *voted_on) if group_sessions else 0,
        "final": count(RoundItem, RoundItem.round_id == council_round.id),
        "groups": len(group_sessions),
        "representatives": count(Participant, col(Participant.session_id).in_(group_sessions)) if group_sessions else 0,
    }


def build(db: Session, council_round: CouncilRound, *, lang: str = "sv", comment: str = "") -> dict[str, Any]:
    """The round's report as it would be frozen now."""
    numbers = funnel(db, council_round)
    found = by_destination(db, consolidate.groups_sessions(db, id_of(council_round)))
    rows = _rows(db, id_of(council_round), found, lang)
    return {
        "kind": "round",
        "round_id": council_round.id,
        "slug": council_round.slug,
        "title": council_round.title,
        "question": council_round.questions[0],
        "questions": list(council_round.questions),
        "funnel": numbers,
        "school": t("round.report.schools", lang, n=numbers["schools"]),
        "class_label": t("round.report.classes", lang, n=numbers["classes"]),
        "teacher_comment": comment,
        "method": "approval",
        "method_params": {},
        "turnout": {"voted": sum({o.session_id: o.voters for p in found.values() for o in p.origins}.values())},
        "results": rows,
        "arguments": _arguments(db, rows, found),
        "ballots": [],
        "created_at": utcnow().isoformat(timespec="seconds"),
    }


def _rows(db: Session, round_id: int, found: dict[int, Provenance], lang: str) -> list[dict[str, Any]]:
    query = (
        select(RoundItem, Proposal, RoundGroup.name)
        .join(Proposal, col(Proposal.id) == RoundItem.proposal_id)
        .join(RoundGroup, col(RoundGroup.id) == RoundItem.group_id)
        .where(RoundItem.round_id == round_id)
        .order_by(col(RoundGroup.id), col(RoundItem.group_rank), col(RoundItem.id))
    )
    return [
        _row(position, item, proposal, group, found.get(id_of(proposal), Provenance()), lang)
        for position, (item, proposal, group) in enumerate(db.exec(query), start=1)
    ]


def _row(position: int, item: RoundItem, proposal: Proposal, group: str, origin: Provenance, lang: str) -> dict:
    return {
        "proposal_id": proposal.id,
        "rank": position,
        "group_rank": item.group_rank,
        "group": group,
        "title": proposal.title,
        "body": proposal.body,
        "theme": proposal.theme,
        "addressee_key": proposal.addressee,
        "addressee": t(f"addressee.{proposal.addressee}", lang),
        "voters_supporting": origin.supporters,
        "voters": origin.voters,
        "share_of_voters": origin.share,
        "points": item.group_supporters,
        "tied": False,
        "group_supporters": item.group_supporters,
        "group_voters": item.group_voters,
        "originals": len(origin.origins),
        "classes": origin.classes,
        "schools": origin.schools,
        "school_names": origin.school_names,
        "origins": [
            {
                "title": o.title,
                "class_label": o.class_label,
                "school": o.school,
                "supporters": o.supporters,
                "voters": o.voters,
            }
            for o in origin.origins
        ],
        "approved_at": item.approved_at.isoformat(timespec="seconds") if item.approved_at else None,
    }


def _arguments(db: Session, rows: list[dict], found: dict[int, Provenance]) -> list[dict[str, Any]]:
    """The group's arguments and the classes' arguments on every original, each text once."""
    made = []
    for row in rows:
        sources = [row["proposal_id"]] + [o.proposal_id for o in found.get(row["proposal_id"], Provenance()).origins]
        seen: set[tuple[str, str]] = set()
        for source in sources:
            sides = arguments.sides(db, source)
            for side, listed in (("for", sides.pros), ("against", sides.cons)):
                for argument in listed:
                    if (side, argument.text) not in seen:
                        seen.add((side, argument.text))
                        made.append({"proposal_id": row["proposal_id"], "side": side, "text": argument.text})
    return made


def freeze(db: Session, actor: Actor | None, round_id: int, *, comment: str = "", lang: str = "sv") -> Report:
    """The coordinator freezes the round's list once every group's pupils approved their wording."""
    with unit_of_work(db):
        council_round = rounds.coordinated(db, actor, round_id)
        rounds.editable(council_round)
        if council_round.status != RoundStatus.groups:
            raise WrongPhase("round.pool_still_open")
        _check_ready(db, round_id)
        comment = clean_text(comment, limit=COMMENT_LIMIT, field="comment", required=False, multiline=True)
        data = {**build(db, council_round, lang=lang, comment=comment), "version": 1}
        holder = rounds.holder(db, round_id)
        assert actor is not None  # require() refused anyone not signed in
        report = Report(session_id=id_of(holder), version=1, title=data["title"], data=data, created_by=actor.user_id)
        council_round.status, council_round.frozen_at, council_round.comment = RoundStatus.frozen, utcnow(), comment
        holder.phase = Phase.closed
        db.add_all([report, council_round, holder])
        record(db, actor, "round.freeze", f"round:{round_id}:{len(data['results'])}")
    return report


def _check_ready(db: Session, round_id: int) -> None:
    found = list(db.exec(select(RoundGroup).where(RoundGroup.round_id == round_id).order_by(col(RoundGroup.id))))
    if not found:
        raise InvalidInput("round.no_groups")
    for group in found:
        if group.results_taken_at is None:
            raise InvalidInput("round.group_not_ready", group=group.name)
        listed = wording.items_of(db, id_of(group))
        if listed and wording.approved_at(listed) is None:
            raise InvalidInput("round.wording_not_approved", group=group.name)


def frozen(db: Session, round_id: int) -> Report | None:
    """The round's frozen report, if it was frozen."""
    holder = rounds.holder(db, round_id)
    return db.exec(select(Report).where(Report.session_id == holder.id).order_by(col(Report.version).desc())).first()


def edit_comment(comment: str) -> str:
    """The coordinator's comment, cleaned (for the draft shown before freezing)."""
    return clean_text(comment, limit=COMMENT_LIMIT, field="comment", required=False, multiline=True)
