"""COUNCIL_DEMO=1: a realistic Swedish demo on an empty database, built through the real services."""

from __future__ import annotations

import random

from sqlmodel import Session

from council import auth, proposals, sessions, voting
from council.models import Role, User

DEMO_PROPOSALS = [
    (
        "Säkra cykelbanor till alla skolor",
        "Bygg separata cykelbanor längs vägarna till skolorna så att fler vågar cykla.",
    ),
    (
        "Gratis busskort för alla elever",
        "Alla elever ska få åka buss gratis, även på helger, så att färre skjutsas med bil.",
    ),
    ("Vegetarisk dag två gånger i veckan", "Skolmaten ska vara vegetarisk två dagar i veckan och smaka gott."),
    ("Solpaneler på skolans tak", "Sätt solpaneler på taket och visa på en skärm hur mycket el de gör."),
    ("Mindre matsvinn i matsalen", "Väg matsvinnet varje vecka och tävla mellan klasserna om att slänga minst."),
    ("Laddstolpar vid idrottshallen", "Fler laddstolpar för elbilar och elcyklar vid idrottshallen och skolan."),
    ("Byteshörna för kläder och prylar", "En hörna i skolan där man kan byta kläder, böcker och sportsaker."),
    ("Plantera träd på skolgården", "Plantera fler träd som ger skugga på sommaren och binder koldioxid."),
    ("Cykelverkstad i skolan", "En verkstad där elever lär sig laga sina cyklar, med lånecyklar till alla."),
    ("Klimatkunskap varje termin", "Lär oss mer om klimatet varje termin, med besök från kommunens klimatstrateg."),
    ("Sänk värmen en grad i skolan", "Sänk temperaturen inomhus med en grad och ha filtar i klassrummen."),
    ("Tåg i stället för flyg på skolresor", "Skolresor ska gå med tåg eller buss, aldrig med flyg."),
]


def seed_if_empty(db: Session) -> bool:
    """Fill an empty install with the demo; returns False when there was already data."""
    if not auth.needs_setup(db):
        return False
    admin = auth.create_first_admin(db, username="admin", password="admin-demo", school_name="Kroppkärrskolan")
    teacher = _demo_teacher(db, admin.school_id)
    _closed_session(db, teacher)
    _propose_session(db, teacher)
    return True


def _demo_teacher(db: Session, school_id: int | None) -> auth.Actor:
    # The demo password is shorter than the rule for real accounts, so it is set directly.
    user = User(
        username="demo",
        display_name="Anna Lind",
        password_hash=auth._hasher.hash("demo"),
        role=Role.teacher,
        school_id=school_id,
    )
    db.add(user)
    db.commit()
    return auth.actor_for(user)


def _closed_session(db: Session, teacher: auth.Actor) -> None:
    council = sessions.create_session(
        db,
        teacher,
        title="Klimatrådet 6B – transporter och mat",
        class_label="6B",
        expected_size=27,
        question="Hur ska Karlstad halvera utsläppen från transporter till 2030?",
        method_params={"max_picks": 3},
    )
    sessions.advance_phase(db, teacher, council.id)
    pupils = [sessions.join(db, code=council.join_code)[0] for _ in range(26)]
    written = [
        proposals.submit(db, pupil=pupils[i], title=title, body=body) for i, (title, body) in enumerate(DEMO_PROPOSALS)
    ]
    for proposal in written:
        proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    chance = random.Random(2030)
    weights = [9, 8, 4, 7, 6, 2, 3, 5, 4, 3, 2, 5]
    for pupil in pupils[:25]:
        picked = {p.id for p in chance.choices(written, weights=weights, k=3)}
        voting.cast(db, pupil=pupil, choices=dict.fromkeys(picked, 1))
    sessions.advance_phase(db, teacher, council.id)


def _propose_session(db: Session, teacher: auth.Actor) -> None:
    council = sessions.create_session(
        db,
        teacher,
        title="Klimatrådet 5A – vår skola",
        class_label="5A",
        expected_size=24,
        question="Vad kan vår skola göra för klimatet redan i år?",
    )
    sessions.advance_phase(db, teacher, council.id)
    pupils = [sessions.join(db, code=council.join_code)[0] for _ in range(3)]
    for pupil, (title, body) in zip(pupils, DEMO_PROPOSALS[6:9], strict=True):
        proposals.submit(db, pupil=pupil, title=title, body=body)
