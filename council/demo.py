"""COUNCIL_DEMO=1: a realistic Swedish demo on an empty database, built through the real services."""

from __future__ import annotations

import datetime as dt
import random

from sqlmodel import Session

from council import (
    arguments,
    auth,
    committees,
    demo_round,
    marks,
    proposals,
    registry,
    reports,
    sessions,
    voting,
)
from council.db import transactional
from council.models import CouncilSession, Proposal, Role
from council.stored import id_of

# Username: password of every demo account (README.md names them); each keeps the app's own password rule.
ACCOUNTS = {"demo": "demo-larare", "admin": "admin-demo", "namnd": "namnd-demo"}

DEMO_PROPOSALS = [
    (
        "Säkra cykelbanor till alla skolor",
        "Bygg separata cykelbanor längs vägarna till skolorna så att fler vågar cykla.",
        "Transport och resor",
        "other_committee",
    ),
    (
        "Gratis busskort för alla elever",
        "Alla elever ska få åka buss gratis, även på helger, så att färre skjutsas med bil.",
        "Transport och resor",
        "region",
    ),
    (
        "Vegetarisk dag två gånger i veckan",
        "Skolmaten ska vara vegetarisk två dagar i veckan och smaka gott.",
        "Mat",
        "bun",
    ),
    (
        "Solpaneler på skolans tak",
        "Sätt solpaneler på taket och visa på en skärm hur mycket el de gör.",
        "Energi",
        "company",
    ),
    (
        "Mindre matsvinn i matsalen",
        "Väg matsvinnet varje vecka och tävla mellan klasserna om att slänga minst.",
        "Mat",
        "school",
    ),
    (
        "Laddstolpar vid idrottshallen",
        "Fler laddstolpar för elbilar och elcyklar vid idrottshallen och skolan.",
        "Transport och resor",
        "company",
    ),
    (
        "Byteshörna för kläder och prylar",
        "En hörna i skolan där man kan byta kläder, böcker och sportsaker.",
        "Konsumtion och avfall",
        "school",
    ),
    (
        "Plantera träd på skolgården",
        "Plantera fler träd som ger skugga på sommaren och binder koldioxid.",
        "Natur och biologisk mångfald",
        "other_committee",
    ),
    (
        "Cykelverkstad i skolan",
        "En verkstad där elever lär sig laga sina cyklar, med lånecyklar till alla.",
        "Transport och resor",
        "school",
    ),
    (
        "Klimatkunskap varje termin",
        "Lär oss mer om klimatet varje termin, med besök från kommunens klimatstrateg.",
        "Information och beteende",
        "bun",
    ),
    (
        "Sänk värmen en grad i skolan",
        "Sänk temperaturen inomhus med en grad och ha filtar i klassrummen.",
        "Byggnader och lokaler",
        "company",
    ),
    (
        "Tåg i stället för flyg på skolresor",
        "Skolresor ska gå med tåg eller buss, aldrig med flyg.",
        "Skolan och vardagen",
        "bun",
    ),
]
DEMO_ARGUMENTS = [
    (0, "for", "Då kan vi cykla själva i stället för att bli skjutsade, och det blir säkrare vid korsningarna."),
    (0, "against", "Det kostar mycket och tar lång tid att bygga."),
    (1, "for", "Många familjer har inte råd med busskort, och bussen släpper ut mindre än bilar."),
    (3, "for", "Vi lär oss om energi varje dag när vi ser skärmen."),
    (4, "for", "Maten som slängs har redan släppt ut växthusgaser när den odlades."),
    (4, "against", "Det kan kännas jobbigt för den som inte är hungrig."),
]
DEMO_MARKS = [9, 3, 6, 2, 7, 4]  # how many pupils found each of DEMO_ARGUMENTS convincing
DEMO_ANSWERS: list[tuple[int, str, str, *tuple[str, ...]]] = [
    (0, "investigating", "Vi utreder var en cykelbana till Kroppkärrskolan kan gå."),  # replaced by the next answer
    (0, "will_do", "Tekniska nämnden bygger en separat cykelbana till Kroppkärrskolan under 2027."),
    (1, "not_ours", "Busstrafiken beslutas av Region Värmland. Vi har skickat ert förslag dit.", "Region Värmland"),
    (4, "already_happening", "Skolrestaurangerna börjar väga matsvinnet i alla skolor från januari."),
]


@transactional
def seed_if_empty(db: Session) -> bool:
    """Fill an empty install with the demo, all of it or nothing; returns False when there was already data."""
    if not auth.needs_setup(db):
        return False
    admin = auth.create_first_admin(db, username="admin", password=ACCOUNTS["admin"], school_name="Kroppkärrskolan")
    teacher = auth.actor_for(
        auth.create_user(
            db, admin, username="demo", password=ACCOUNTS["demo"], role=Role.teacher, display_name="Anna Lind"
        )
    )
    bodies = [committees.add_committee(db, admin, name=name) for name in DEMO_COMMITTEES]
    auth.create_user(
        db,
        admin,
        username="namnd",
        password=ACCOUNTS["namnd"],
        role=Role.committee,
        display_name="Nils Nämndsson",
        committee_id=bodies[0].id,
    )
    council, written = _closed_session(db, teacher)
    _forwarded_report(db, teacher, id_of(council), written, bodies)
    _propose_session(db, teacher)
    demo_round.seed_round(db, admin, bodies)
    return True


DEMO_COMMITTEES = ("Tekniska nämnden", "Barn- och ungdomsnämnden", "Miljö- och klimatnämnden", "Kommunstyrelsen")


def _closed_session(db: Session, teacher: auth.Actor) -> tuple[CouncilSession, list[Proposal]]:
    """A class that proposed, argued and voted: 26 joined, 25 voted, 12 proposals, a few arguments."""
    council = sessions.create_session(
        db,
        teacher,
        title="Klimatrådet 6B – transporter och mat",
        class_label="6B",
        expected_size=27,
        question="Hur ska Karlstad halvera utsläppen från transporter till 2030?",
        method_params={"max_picks": 3},
        with_discuss=True,
    )
    sessions.advance_phase(db, teacher, id_of(council))
    pupils = [sessions.join(db, code=council.join_code)[0] for _ in range(26)]
    written = demo_round.written_and_published(db, teacher, pupils, DEMO_PROPOSALS)
    sessions.advance_phase(db, teacher, id_of(council))
    for i, ((index, side, text), marked) in enumerate(zip(DEMO_ARGUMENTS, DEMO_MARKS, strict=True)):
        argument = arguments.add(db, pupil=pupils[12 + i], proposal_id=id_of(written[index]), side=side, text=text)
        arguments.publish(db, teacher, id_of(argument))
        for pupil in pupils[:marked]:
            marks.mark(db, pupil=pupil, argument_id=id_of(argument))
    sessions.advance_phase(db, teacher, id_of(council))
    chance = random.Random(2030)
    weights = [9, 8, 4, 7, 6, 2, 3, 5, 4, 3, 2, 5]
    for pupil in pupils[:25]:
        picked = {id_of(p) for p in chance.choices(written, weights=weights, k=3)}
        voting.cast(db, pupil=pupil, choices=dict.fromkeys(picked, 1))
    sessions.advance_phase(db, teacher, id_of(council))
    return council, written


def _forwarded_report(db: Session, teacher: auth.Actor, session_id: int, written: list, bodies: list) -> None:
    """The report frozen, sent to two committees, and answered in part by the technical committee."""
    report = reports.freeze(
        db,
        teacher,
        session_id,
        committee_ids=[bodies[0].id, bodies[1].id],
        comment="Klassen arbetade med frågan i fyra lektioner: fakta, egna förslag, argument och en hemlig omröstning.",
    )
    forwarded = committees.forward(db, teacher, id_of(report), committee_ids=[id_of(bodies[0]), id_of(bodies[1])])
    member = auth.authenticate(db, username="namnd", password=ACCOUNTS["namnd"])
    registry.register(db, member, id_of(forwarded[0]), diarienummer="TN 2026/0412", registered_on=None)
    given: dict[int, int] = {}
    for index, status, text, *passed in DEMO_ANSWERS:
        # The cycle path's final answer was decided by the committee, with its minutes paragraph.
        decided = status == "will_do"
        made = committees.answer(
            db,
            member,
            id_of(forwarded[0]),
            proposal_id=written[index].id,
            status=status,
            text=text,
            passed_to=passed[0] if passed else "",
            decision=committees.Decision(
                decided_on=dt.date.today() if decided else None,
                by_kind="committee" if decided else "",
                minutes="§ 34" if decided else "",
            ),
            replaces=given.get(index),
        )
        given[index] = id_of(made)


def _propose_session(db: Session, teacher: auth.Actor) -> None:
    council = sessions.create_session(
        db,
        teacher,
        title="Klimatrådet 5A – vår skola",
        class_label="5A",
        expected_size=24,
        question="Vad kan vår skola göra för klimatet redan i år?",
    )
    sessions.advance_phase(db, teacher, id_of(council))
    pupils = [sessions.join(db, code=council.join_code)[0] for _ in range(3)]
    for pupil, (title, body, theme, addressee) in zip(pupils, DEMO_PROPOSALS[6:9], strict=True):
        proposals.submit(db, pupil=pupil, title=title, body=body, theme=theme, addressee=addressee)
