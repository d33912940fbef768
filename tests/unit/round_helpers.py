"""Builders for the municipal round's tests: schools, staff, a round, classes that voted, groups that voted."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from council import arguments, auth, onetime, proposals, schools, sessions, voting
from council.models import CouncilSession, Phase, Proposal, Role, RoundGroup
from council.rounds import groups, pool, rounds, wording
from council.sessions import Pupil

ENERGY, TRANSPORT, FOOD = "Energi", "Transport och resor", "Mat"
# Per class: (title, theme, addressee) and each pupil's ballot as indexes into the class's proposals.
CLASSES = {
    "6A": (
        [
            ("Solpaneler på skolans tak", ENERGY, "company"),
            ("Cykelbanor till skolan", TRANSPORT, "other_committee"),
            ("Mindre matsvinn", FOOD, "school"),
        ],
        [{0, 1}, {0}, {0, 2}, {1}, {0, 1}],
    ),
    "6B": (
        [
            ("Solceller på taket", ENERGY, "company"),
            ("Solpaneler på alla skolor", ENERGY, "bun"),
            ("Vegetarisk dag varje vecka", FOOD, "bun"),
        ],
        [{0, 1}, {0}, {1}, {0, 2}, {2}],
    ),
    "5C": (
        [
            ("Gratis busskort för alla elever", TRANSPORT, "region"),
            ("Cykelbana till skolan", TRANSPORT, "other_committee"),
            ("Plantera träd", "Natur och biologisk mångfald", "school"),
        ],
        [{0}, {0, 1}, {1}, {0}, {2}],
    ),
}


ARGUMENTS = {"6A": "Solen är gratis.", "6B": "Taken står tomma.", "5C": "Bussen är bättre än bilen."}


@dataclass
class World:
    """A round with its people: coordinator, two teachers in two schools, a third school without a class."""

    admin: auth.Actor
    coordinator: auth.Actor
    anna: auth.Actor
    bo: auth.Actor
    school_ids: list[int]
    round_id: int
    classes: dict[str, object] = field(default_factory=dict)
    written: dict[str, list[Proposal]] = field(default_factory=dict)


def world(db, admin, *, per_class: int = 2) -> World:
    """Three schools, a coordinator, teachers anna (admin's school) and bo (Norrstrandsskolan), an open round."""
    north = schools.add_school(db, admin, name="Norrstrandsskolan")
    crown = schools.add_school(db, admin, name="Kronoparksskolan")
    coordinator = _account(db, admin, "sara", Role.coordinator, None)
    anna = _account(db, admin, "anna", Role.teacher, admin.school_id)
    bo = _account(db, admin, "bo", Role.teacher, north.id)
    ids = [admin.school_id, north.id, crown.id]
    made = rounds.create(
        db,
        coordinator,
        title="Klimatrundan 2026",
        questions=["Hur ska Karlstad halvera utsläppen till 2030?"],
        school_ids=ids,
        per_class=per_class,
    )
    return World(admin, coordinator, anna, bo, ids, made.id)


def _account(db: Session, admin: auth.Actor, username: str, role: Role, school_id: int | None) -> auth.Actor:
    user = auth.create_user(
        db,
        admin,
        username=username,
        password=f"{username}-secret-1",
        role=role,
        school_id=school_id,
        display_name=username.title(),
    )
    return auth.actor_for(user)


# Each class's rating codes (shown to each voter on the receipt), by session id; closed_class fills it.
RATING_CODES: dict[int, list[str]] = {}


def closed_class(
    db: Session, teacher: auth.Actor, round_id: int, label: str, *, with_argument: bool = True
) -> tuple[CouncilSession, list[Proposal]]:
    """A class session in the round that proposed, argued, voted (per CLASSES) and closed."""
    titles, ballots = CLASSES[label]
    council = rounds.create_class_session(
        db,
        teacher,
        round_id,
        title=f"Klimatrådet {label}",
        class_label=label,
        expected_size=len(ballots),
        with_discuss=True,
    )
    sessions.advance_phase(db, teacher, council.id)
    pupils = [sessions.join(db, code=council.join_code)[0] for _ in ballots]
    written = [
        proposals.submit(db, pupil=pupils[i], title=title, body=f"{title} – för klimatet.", theme=theme, addressee=to)
        for i, (title, theme, to) in enumerate(titles)
    ]
    for proposal in written:
        proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    if with_argument:
        argument = arguments.add(db, pupil=pupils[0], proposal_id=written[0].id, side="for", text=ARGUMENTS[label])
        arguments.publish(db, teacher, argument.id)
    sessions.advance_phase(db, teacher, council.id)
    RATING_CODES[council.id] = [
        voting.cast(db, pupil=pupil, choices={written[i].id: 1 for i in picks})
        for pupil, picks in zip(pupils, ballots, strict=True)
    ]
    sessions.advance_phase(db, teacher, council.id)
    db.refresh(council)
    return council, written


def all_classes_sent(db, w: World) -> None:
    """6A and 6B (anna) and 5C (bo) vote and send their suggested proposals."""
    for label, teacher in (("6A", w.anna), ("6B", w.anna), ("5C", w.bo)):
        council, written = closed_class(db, teacher, w.round_id, label)
        w.classes[label], w.written[label] = council, written
        plan = pool.nomination(db, teacher, council.id)
        pool.send(db, teacher, council.id, proposal_ids=plan.suggested)


def representatives(db: Session, actor: auth.Actor, group: RoundGroup, count: int = 3) -> list[Pupil]:
    """Representatives join the group's session with one-time slips (the group opens its discussion first)."""
    if sessions.owned_session(db, actor, group.session_id).phase == Phase.draft:
        sessions.advance_phase(db, actor, group.session_id)
    codes = onetime.generate(db, actor, group.session_id, count=count)
    return [onetime.join(db, code=code)[0] for code in codes]


def group_votes(db: Session, actor: auth.Actor, group: RoundGroup, pupils: list[Pupil], picks: list[list[int]]) -> None:
    """The group moves to the vote, each representative votes for the given proposal ids, and the vote closes."""
    while sessions.owned_session(db, actor, group.session_id).phase != Phase.vote:
        sessions.advance_phase(db, actor, group.session_id)
    for pupil, chosen in zip(pupils, picks, strict=True):
        voting.cast(db, pupil=pupil, choices=dict.fromkeys(chosen, 1))
    sessions.advance_phase(db, actor, group.session_id)


def energy_group(db: Session, w: World) -> RoundGroup:
    """Close the pool and make the energy group (facilitated by anna) with everything energy in it."""
    rounds.close_pool(db, w.coordinator, w.round_id)
    return groups.create(db, w.coordinator, w.round_id, name="Energi", themes=[ENERGY], facilitator_id=w.anna.user_id)


def approve_all(db: Session, group: RoundGroup, pupil: Pupil) -> None:
    """A representative approves every wording on the group's list."""
    for found in wording.items_of(db, group.id):
        wording.approve(db, pupil=pupil, item_id=found.item.id)


@dataclass
class Groups:
    """The two theme groups after merging and voting, and their representatives."""

    energy: object
    everyday: object
    solar: Proposal  # "Solenergi på alla skolor": 6A's and one of 6B's energy proposals merged
    cycling: Proposal  # "Säkra cykelvägar": 6A's and 5C's cycle paths merged
    energy_reps: list
    everyday_reps: list


def by_title(db: Session, group: RoundGroup, title: str) -> Proposal:
    """The group's published proposal with this title."""
    return next(p for p in proposals.published(db, group.session_id) if p.title == title)


def voted_groups(db, w: World) -> Groups:
    """Energy (anna) and everyday (bo) groups: merged, argued, voted, results taken."""
    from council.rounds import consolidate

    energy = energy_group(db, w)
    everyday = groups.create(
        db, w.coordinator, w.round_id, name="Vardag", themes=[TRANSPORT, FOOD], facilitator_id=w.bo.user_id
    )
    solar = consolidate.merge(
        db,
        w.anna,
        energy.id,
        originals=[
            by_title(db, energy, "Solpaneler på skolans tak").id,
            by_title(db, energy, "Solpaneler på alla skolor").id,
        ],
        title="Solenergi på alla skolor",
        body="Solpaneler på varje skoltak.",
        theme=ENERGY,
        addressee="bun",
    )
    cycling = consolidate.merge(
        db,
        w.bo,
        everyday.id,
        originals=[
            by_title(db, everyday, "Cykelbanor till skolan").id,
            by_title(db, everyday, "Cykelbana till skolan").id,
        ],
        title="Säkra cykelvägar till alla skolor",
        body="Separata cykelbanor.",
        theme=TRANSPORT,
        addressee="other_committee",
    )
    energy_reps = representatives(db, w.anna, energy)
    everyday_reps = representatives(db, w.bo, everyday)
    argued = arguments.add(db, pupil=energy_reps[0], proposal_id=solar.id, side="against", text="Det kostar mycket.")
    arguments.publish(db, w.anna, argued.id)
    cells = by_title(db, energy, "Solceller på taket").id
    group_votes(db, w.anna, energy, energy_reps, [[solar.id], [solar.id, cells], [solar.id]])
    bus = by_title(db, everyday, "Gratis busskort för alla elever").id
    veg = by_title(db, everyday, "Vegetarisk dag varje vecka").id
    group_votes(db, w.bo, everyday, everyday_reps, [[cycling.id, bus], [cycling.id, veg], [bus]])
    wording.take_results(db, w.anna, energy.id)
    wording.take_results(db, w.bo, everyday.id)
    return Groups(energy, everyday, solar, cycling, energy_reps, everyday_reps)
