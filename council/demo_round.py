"""COUNCIL_DEMO=1: a finished municipal round, built through the real services, so every round screen has content.

Four schools, six classes that voted and sent their best proposals, three theme groups whose representatives merged,
voted and approved the wording, a frozen list forwarded to three committees, most of it answered.
"""

from __future__ import annotations

import random

from sqlmodel import Session, select

from council import arguments, auth, committees, onetime, proposals, ratingcodes, schools, sessions, voting
from council.demo_round_data import ANSWERS, CLASSES, GROUPS, STAFF
from council.models import Proposal, Report, Role, User
from council.rounds import consolidate, groups, pool, report, rounds, routing, wording
from council.stored import existing, id_of


def seed_round(db: Session, admin: auth.Actor, bodies: list) -> None:
    """The whole round, from classes to answers."""
    staff = _staff(db, admin)
    council_round = rounds.create(
        db,
        staff["samordnare"],
        title="Klimatrundan 2026",
        per_class=3,
        per_group=4,
        questions=["Hur ska Karlstad halvera utsläppen till 2030 – och vad kan skolorna göra?"],
        school_ids=[admin.school_id] + [staff[name].school_id for name in ("eva", "omar")],
    )
    chance = random.Random(967)
    voters = [
        _class(db, staff[teacher], id_of(council_round), label, written, chance) for teacher, label, written in CLASSES
    ]
    rounds.close_pool(db, staff["samordnare"], id_of(council_round))
    for name, themes, facilitator, merges in GROUPS:
        _group(db, staff, id_of(council_round), name, themes, staff[facilitator], merges, chance)
    report.freeze(
        db,
        staff["samordnare"],
        id_of(council_round),
        comment="Tack till alla klasser och till representanterna som arbetade en hel dag i stadshuset!",
    )
    mapping = {"school": bodies[1].id, "bun": bodies[1].id, "other_committee": bodies[0].id}
    routing.set_defaults(db, staff["samordnare"], id_of(council_round), mapping=mapping)
    _answer(db, admin, routing.forward(db, staff["samordnare"], id_of(council_round)), bodies)
    class_code, rating_codes = voters[0]
    for score, code in zip((8, 7, 9, 6, 8, 7), rating_codes, strict=False):  # class 6A rates the answers
        ratingcodes.rate(db, class_code=class_code, rating_code=code, score=score)


def _staff(db: Session, admin: auth.Actor) -> dict[str, auth.Actor]:
    made = {"demo": auth.actor_for(db.exec(select(User).where(User.username == "demo")).one())}
    made["samordnare"] = _account(db, admin, "samordnare", "Sara Strand", Role.coordinator, existing(admin.school_id))
    for username, (name, school) in STAFF.items():
        made[username] = _account(
            db, admin, username, name, Role.teacher, id_of(schools.add_school(db, admin, name=school))
        )
    return made


def _account(
    db: Session,
    admin: auth.Actor,
    username: str,
    name: str,
    role: Role,
    school_id: int,
    committee_id: int | None = None,
) -> auth.Actor:
    user = auth.create_user(
        db,
        admin,
        username=username,
        password=f"{username}-demo",
        role=role,
        display_name=name,
        school_id=school_id,
        committee_id=committee_id,
    )
    return auth.actor_for(user)


def _class(
    db: Session, teacher: auth.Actor, round_id: int, label: str, written: list, chance: random.Random
) -> tuple[str, list[str]]:
    """A class of 9 that proposes, argues a little, votes and sends its top three; returns its code and the voters'
    rating codes."""
    age = "7-9" if label[0] in "789" else "4-6"
    council = rounds.create_class_session(
        db,
        teacher,
        round_id,
        title=f"Klimatrådet {label}",
        class_label=label,
        expected_size=10,
        with_discuss=True,
        age_group=age,
    )
    sessions.advance_phase(db, teacher, id_of(council))
    pupils = [sessions.join(db, code=council.join_code)[0] for _ in range(9)]
    made = written_and_published(db, teacher, pupils, written)
    sessions.advance_phase(db, teacher, id_of(council))
    argued = arguments.add(
        db,
        pupil=pupils[5],
        proposal_id=id_of(made[0]),
        side="for",
        text="Det är bra för klimatet och vi lär oss något varje dag.",
    )
    arguments.publish(db, teacher, id_of(argued))
    sessions.advance_phase(db, teacher, id_of(council))
    weights = [6, 5, 4, 2, 1][: len(made)]
    codes = []
    for pupil in pupils[:8]:
        picked = {id_of(p) for p in chance.choices(made, weights=weights, k=2)}
        codes.append(voting.cast(db, pupil=pupil, choices=dict.fromkeys(picked, 1)))
    sessions.advance_phase(db, teacher, id_of(council))
    plan = pool.nomination(db, teacher, id_of(council))
    chosen = plan.suggested[: plan.council_round.per_class]
    reason = "" if chosen == plan.suggested else "Lika många röster på sista platsen – klassen valde själv."
    pool.send(db, teacher, id_of(council), proposal_ids=chosen, reason=reason)
    return council.join_code, codes


def _group(
    db: Session,
    staff: dict,
    round_id: int,
    name: str,
    themes: list,
    facilitator: auth.Actor,
    merges: list,
    chance: random.Random,
) -> None:
    """A theme group: four representatives, the merges, arguments, a vote, the result and the approved wording."""
    group = groups.create(
        db, staff["samordnare"], round_id, name=name, themes=themes, facilitator_id=facilitator.user_id
    )
    sessions.advance_phase(db, facilitator, group.session_id)
    reps = [onetime.join(db, code=code)[0] for code in onetime.generate(db, facilitator, group.session_id, count=4)]
    for titles, title, body, theme, addressee in merges:
        found = {p.title: id_of(p) for p in proposals.published(db, group.session_id)}
        chosen = [found[t] for t in titles if t in found]
        if len(chosen) >= 2:  # a class may not have sent one of them
            consolidate.merge(
                db,
                facilitator,
                id_of(group),
                originals=chosen,
                title=title,
                body=body,
                theme=theme,
                addressee=addressee,
            )
    shown = proposals.published(db, group.session_id)
    argued = arguments.add(
        db, pupil=reps[0], proposal_id=id_of(shown[-1]), side="against", text="Det kostar pengar, men det lönar sig."
    )
    arguments.publish(db, facilitator, id_of(argued))
    sessions.advance_phase(db, facilitator, group.session_id)
    merged = [id_of(p) for p in shown if p.title in {m[1] for m in merges}]
    for rep in reps:
        picked = set(merged[:3]) | {id_of(chance.choice(shown))}
        voting.cast(db, pupil=rep, choices=dict.fromkeys(picked, 1))
    sessions.advance_phase(db, facilitator, group.session_id)
    wording.take_results(db, facilitator, id_of(group))
    listed = wording.items_of(db, id_of(group))
    if name.startswith("Mat"):
        change = wording.ask_change(
            db, pupil=reps[1], item_id=id_of(listed[0].item), text="Skriv att maten ska vara god!"
        )
        wording.settle(db, facilitator, id_of(change), take=False, reply="Det står redan: god mat som barn gillar.")
    for entry in listed:
        wording.approve(db, pupil=reps[2], item_id=id_of(entry.item))


def _answer(db: Session, admin: auth.Actor, made: list, bodies: list) -> None:
    """A member of each committee answers the proposals it has an answer for; the rest wait."""
    members = {
        bodies[0].id: auth.authenticate(db, username="namnd", password="namnd-demo"),
        id_of(bodies[1]): _account(
            db, admin, "bun", "Berit Unger", Role.committee, existing(admin.school_id), id_of(bodies[1])
        ),
    }
    for forwarding in made:
        member = members.get(forwarding.committee_id)
        for row in committees.sent_proposals(forwarding, existing(db.get(Report, forwarding.report_id))):
            if member is not None and row["title"] in ANSWERS:
                status, text = ANSWERS[row["title"]]
                committees.answer(db, member, forwarding.id, proposal_id=row["proposal_id"], status=status, text=text)


def written_and_published(
    db: Session, teacher: auth.Actor, pupils: list[sessions.Pupil], rows: list[tuple[str, str, str, str]]
) -> list[Proposal]:
    """Each (title, body, theme, addressee) written by its own pupil, then published by the teacher."""
    made = [
        proposals.submit(db, pupil=pupils[i], title=title, body=body, theme=theme, addressee=addressee)
        for i, (title, body, theme, addressee) in enumerate(rows)
    ]
    for proposal in made:
        proposals.publish(db, teacher, id_of(proposal))
    return made
