"""Theme groups: the coordinator splits the closed pool into groups, each with a facilitator and its own council
session, where the representatives (one-time slips, no names) work on copies of the pooled proposals."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import SelectOfScalar

from council import join_codes, methods, tally
from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotFound, WrongPhase
from council.models import CouncilSession, Participant, Proposal, ProposalStatus, Role, User
from council.permissions import require
from council.round_permissions import may_facilitate
from council.round_tables import CouncilRound, RoundGroup, RoundItem, RoundNomination, RoundStatus
from council.rounds import rounds
from council.stored import existing, id_of
from council.text import clean_text
from council.themes import THEME_LIMIT

NAME_LIMIT = 80
FACILITATOR_ROLES = (Role.teacher, Role.coordinator, Role.admin)
WORKING_PHASES = {"draft", "discuss"}  # a group's proposals may still be moved or merged


def working_round(db: Session, actor: Actor | None, round_id: int) -> CouncilRound:
    """A round the actor coordinates whose pool is closed and whose list is not frozen yet."""
    council_round = rounds.coordinated(db, actor, round_id)
    rounds.editable(council_round)
    if council_round.status != RoundStatus.groups:
        raise WrongPhase("round.pool_still_open")
    return council_round


def facilitated(db: Session, actor: Actor | None, group_id: int | str | None) -> tuple[RoundGroup, CouncilRound]:
    """A theme group the actor facilitates (or coordinates), with its round."""
    group = db.get(RoundGroup, int(str(group_id))) if str(group_id or "").isdigit() else None
    if group is None:
        raise NotFound("round.group_not_found")
    council_round = existing(db.get(CouncilRound, group.round_id))
    require(may_facilitate(actor, group, council_round))
    return group, council_round


def create(
    db: Session,
    actor: Actor | None,
    round_id: int,
    *,
    name: str,
    themes: list[str],
    facilitator_id: int,
    method: str = "approval",
) -> RoundGroup:
    """A theme group for some of the round's themes; the pool's unplaced proposals of those themes join it."""
    with unit_of_work(db):
        council_round = working_round(db, actor, round_id)
        chosen = [theme for theme in dict.fromkeys(themes) if theme in council_round.themes]
        if not chosen or len(chosen) != len(set(themes)):
            raise InvalidInput("round.group_themes")
        if method not in tally.methods():
            raise InvalidInput("session.bad_method")
        facilitator = _facilitator(db, facilitator_id)
        name = clean_text(name, limit=NAME_LIMIT, field="group_name")
        council = _group_session(db, council_round, name, facilitator, method)
        group = RoundGroup(
            round_id=round_id, name=name, themes=chosen, facilitator_id=id_of(facilitator), session_id=id_of(council)
        )
        db.add(group)
        db.flush()
        unplaced = select(RoundNomination).where(RoundNomination.round_id == round_id, RoundNomination.group_id == None)  # noqa: E711
        for nomination in db.exec(unplaced).all():
            if existing(db.get(Proposal, nomination.proposal_id)).theme in chosen:
                _place(db, nomination, group, council_round)
        record(db, actor, "round.group_create", f"round:{round_id}:group:{group.id}:{name}")
    return group


def one_per_theme(db: Session, actor: Actor | None, round_id: int, *, facilitator_id: int) -> list[RoundGroup]:
    """A group for each theme that still has unplaced proposals (a start the coordinator can then adjust)."""
    council_round = working_round(db, actor, round_id)
    unplaced = (
        select(Proposal.theme)
        .join(RoundNomination, col(RoundNomination.proposal_id) == Proposal.id)
        .where(RoundNomination.round_id == round_id, RoundNomination.group_id == None)  # noqa: E711
        .distinct()
    )
    themes = [theme for theme in council_round.themes if theme in set(db.exec(unplaced))]
    return [create(db, actor, round_id, name=t, themes=[t], facilitator_id=facilitator_id) for t in themes]


def _facilitator(db: Session, user_id: int) -> User:
    user = db.get(User, int(user_id)) if user_id is not None else None
    if user is None or not user.active or user.role not in FACILITATOR_ROLES:
        raise InvalidInput("round.bad_facilitator")
    return user


def _group_session(
    db: Session, council_round: CouncilRound, name: str, facilitator: User, method: str
) -> CouncilSession:
    # Representatives of grades 4–9 meet here: easy-read screens, slips only, arguments before the vote.
    council = CouncilSession(
        kind="group",
        round_id=council_round.id,
        teacher_id=id_of(facilitator),
        school_id=facilitator.school_id,
        title=f"{council_round.title[:60]} – {name}"[:120],
        question=council_round.questions[0],
        themes=list(council_round.themes),
        with_discuss=True,
        one_time_codes=True,
        age_group="4-6",
        method=methods.as_method(method),  # type: ignore[arg-type]  # a method registered at run time stays text
        method_params=tally.default_params(method),
        join_code=join_codes.unused_code(db),
    )
    db.add(council)
    db.flush()
    return council


def _place(db: Session, nomination: RoundNomination, group: RoundGroup, council_round: CouncilRound) -> None:
    """Put a pooled proposal into a group: a published copy in the group's session (the class's stays as it was)."""
    if nomination.copy_id is not None:
        copy = existing(db.get(Proposal, nomination.copy_id))
        copy.session_id = group.session_id
    else:
        original = existing(db.get(Proposal, nomination.proposal_id))
        theme = original.theme if original.theme in council_round.themes else council_round.themes[-1]
        copy = Proposal(
            session_id=group.session_id,
            title=original.title,
            body=original.body,
            theme=theme[:THEME_LIMIT],
            addressee=original.addressee,
            status=ProposalStatus.published,
        )
    db.add(copy)
    db.flush()
    nomination.copy_id, nomination.group_id = copy.id, group.id
    db.add(nomination)


def move(db: Session, actor: Actor | None, round_id: int, *, nomination_ids: list[int], group_id: int) -> int:
    """Move pooled proposals into another group (to split a theme), while neither group has merged or voted them."""
    with unit_of_work(db):
        council_round = working_round(db, actor, round_id)
        target = db.get(RoundGroup, int(group_id))
        if target is None or target.round_id != round_id:
            raise NotFound("round.group_not_found")
        _check_working(db, target)
        for nomination_id in dict.fromkeys(nomination_ids):
            nomination = db.get(RoundNomination, int(nomination_id))
            if nomination is None or nomination.round_id != round_id:
                raise NotFound("round.not_in_pool")
            if nomination.group_id is not None:
                _check_movable(db, nomination)
            _place(db, nomination, target, council_round)
        record(db, actor, "round.group_move", f"round:{round_id}:group:{group_id}:{list(nomination_ids)}")
    return len(nomination_ids)


def _check_working(db: Session, group: RoundGroup) -> None:
    if existing(db.get(CouncilSession, group.session_id)).phase not in WORKING_PHASES:
        raise WrongPhase("round.group_voting")


def _check_movable(db: Session, nomination: RoundNomination) -> None:
    _check_working(db, existing(db.get(RoundGroup, nomination.group_id)))
    if existing(db.get(Proposal, nomination.copy_id)).status != ProposalStatus.published:
        raise InvalidInput("round.already_merged")


def set_facilitator(db: Session, actor: Actor | None, group_id: int, *, facilitator_id: int) -> RoundGroup:
    """The coordinator hands a group to another facilitator (who then runs its session)."""
    with unit_of_work(db):
        group = db.get(RoundGroup, int(group_id))
        if group is None:
            raise NotFound("round.group_not_found")
        working_round(db, actor, group.round_id)
        facilitator = _facilitator(db, facilitator_id)
        group.facilitator_id = id_of(facilitator)
        council = existing(db.get(CouncilSession, group.session_id))
        council.teacher_id = id_of(facilitator)
        db.add_all([group, council])
        record(db, actor, "round.group_facilitator", f"group:{group_id}:user:{facilitator.id}")
    return group


@dataclass(frozen=True)
class GroupState:
    """One theme group at a glance."""

    group: RoundGroup
    facilitator: str
    phase: str
    placed: int
    proposals: int
    representatives: int
    items: int
    approved: int


def states(db: Session, round_id: int) -> list[GroupState]:
    """Every group of the round with its counts."""
    return [_state(db, group) for group in db.exec(select(RoundGroup).where(RoundGroup.round_id == round_id))]


def _state(db: Session, group: RoundGroup) -> GroupState:
    council = existing(db.get(CouncilSession, group.session_id))
    user = db.get(User, group.facilitator_id)

    def count(query: SelectOfScalar[int]) -> int:
        return db.exec(query).one()

    published = (Proposal.session_id == group.session_id, Proposal.status == ProposalStatus.published)
    items = select(func.count()).select_from(RoundItem).where(RoundItem.group_id == group.id)
    return GroupState(
        group,
        (user.display_name or user.username) if user else "–",
        str(council.phase),
        count(select(func.count()).select_from(RoundNomination).where(RoundNomination.group_id == group.id)),
        count(select(func.count()).select_from(Proposal).where(*published)),
        count(select(func.count()).select_from(Participant).where(Participant.session_id == group.session_id)),
        count(items),
        count(items.where(col(RoundItem.approved_at).is_not(None))),
    )


def facilitators(db: Session) -> list[User]:
    """Accounts that can lead a theme group."""
    query = select(User).where(col(User.role).in_(FACILITATOR_ROLES), User.active == True)  # noqa: E712
    return list(db.exec(query.order_by(col(User.display_name), col(User.username))))


def groups_of(db: Session, actor: Actor | None) -> list[RoundGroup]:
    """The theme groups this account facilitates."""
    if actor is None:
        return []
    return list(db.exec(select(RoundGroup).where(RoundGroup.facilitator_id == actor.user_id)))


def groups_of_session(db: Session, session_id: int) -> list[RoundGroup]:
    """The theme group whose meeting this session is (an empty list for any other session)."""
    return list(db.exec(select(RoundGroup).where(RoundGroup.session_id == session_id)))
