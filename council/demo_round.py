"""COUNCIL_DEMO=1: a finished municipal round, built through the real services, so every round screen has content.

Four schools, six classes that voted and sent their best proposals, three theme groups whose representatives merged,
voted and approved the wording, a frozen list forwarded to three committees, most of it answered.
"""

from __future__ import annotations

import random

from sqlmodel import Session, select

from council import arguments, auth, committees, onetime, proposals, ratingcodes, schools, sessions, voting
from council.models import Proposal, Report, Role, User
from council.rounds import consolidate, groups, pool, report, rounds, routing, wording
from council.stored import existing, id_of

ENERGY, TRANSPORT, FOOD, STUFF, BUILDINGS = (
    "Energi",
    "Transport och resor",
    "Mat",
    "Konsumtion och avfall",
    "Byggnader och lokaler",
)
CLASSES = [  # (teacher, class, [(title, body, theme, addressee)])
    (
        "demo",
        "6A",
        [
            (
                "Solpaneler på skolans tak",
                "Sätt solpaneler på taket och visa på en skärm hur mycket el de gör.",
                ENERGY,
                "company",
            ),
            (
                "Cykelbana hela vägen till skolan",
                "En säker cykelbana från Rud till skolan, skild från bilvägen.",
                TRANSPORT,
                "other_committee",
            ),
            (
                "Vegetariskt två dagar i veckan",
                "Skolmaten ska vara vegetarisk två dagar i veckan och smaka gott.",
                FOOD,
                "bun",
            ),
            (
                "Släck lamporna i tomma rum",
                "Rörelsevakter som släcker ljuset när ingen är i rummet.",
                BUILDINGS,
                "company",
            ),
        ],
    ),
    (
        "demo",
        "6B",
        [
            ("Solceller på alla skolor", "Alla skolor i kommunen ska ha solceller på taket.", ENERGY, "company"),
            (
                "Gratis busskort för alla elever",
                "Alla elever ska kunna åka buss gratis, även på helgerna.",
                TRANSPORT,
                "region",
            ),
            ("Mindre matsvinn i matsalen", "Väg matsvinnet varje vecka och tävla mellan klasserna.", FOOD, "school"),
            ("Byteshörna för kläder", "En hörna där man kan byta kläder, böcker och sportsaker.", STUFF, "school"),
        ],
    ),
    (
        "eva",
        "5C",
        [
            (
                "Säkra cykelvägar till skolan",
                "Bygg cykelvägar så att fler vågar cykla till skolan.",
                TRANSPORT,
                "other_committee",
            ),
            ("Solenergi på skolan", "Skolan ska göra sin egen el med solpaneler.", ENERGY, "company"),
            ("Mer vegetarisk skolmat", "Fler vegetariska rätter som barn gillar.", FOOD, "bun"),
            ("Laga i stället för att slänga", "En verkstad där vi lagar cyklar, kläder och prylar.", STUFF, "school"),
        ],
    ),
    (
        "eva",
        "8D",
        [
            (
                "Fler laddstolpar",
                "Laddstolpar för elbilar och elcyklar vid skolor och idrottshallar.",
                TRANSPORT,
                "company",
            ),
            ("Klimatsmart skolmat varje dag", "Mer närodlat och mindre kött i skolmaten.", FOOD, "bun"),
            (
                "Sänk värmen en grad",
                "Sänk temperaturen inomhus en grad och ha filtar i klassrummen.",
                BUILDINGS,
                "other_committee",
            ),
            ("Tåg i stället för flyg på skolresor", "Skolresor ska gå med tåg eller buss.", TRANSPORT, "bun"),
        ],
    ),
    (
        "omar",
        "4B",
        [
            (
                "Plantera fler träd",
                "Plantera träd som ger skugga och binder koldioxid.",
                "Natur och biologisk mångfald",
                "other_committee",
            ),
            ("Cykelställ med tak", "Fler cykelställ med tak vid skolan.", TRANSPORT, "school"),
            ("Solpaneler på idrottshallen", "Idrottshallens stora tak kan göra mycket el.", ENERGY, "company"),
        ],
    ),
    (
        "omar",
        "9A",
        [
            ("Billigare bussar för unga", "Sänk priset på busskort för alla under 20 år.", TRANSPORT, "region"),
            ("Matsvinnet ska halveras", "Mät matsvinnet och halvera det till 2028.", FOOD, "school"),
            ("Reparationscafé i skolan", "Ett café där man lagar saker i stället för att köpa nytt.", STUFF, "school"),
        ],
    ),
]
STAFF = {"eva": ("Eva Berg", "Norrstrandsskolan"), "omar": ("Omar Said", "Kronoparksskolan")}
GROUPS = [  # (name, themes, facilitator, merges: [(titles, new title, new body, theme, addressee)])
    (
        "Energi och byggnader",
        [ENERGY, BUILDINGS],
        "demo",
        [
            (
                [
                    "Solpaneler på skolans tak",
                    "Solceller på alla skolor",
                    "Solenergi på skolan",
                    "Solpaneler på idrottshallen",
                ],
                "Solenergi på alla skolor",
                "Alla skolor och idrottshallar i kommunen får solpaneler, och eleverna ser på en skärm hur mycket el de gör.",
                ENERGY,
                "other_committee",
            ),
        ],
    ),
    (
        "Resor och transporter",
        [TRANSPORT],
        "samordnare",
        [
            (
                ["Cykelbana hela vägen till skolan", "Säkra cykelvägar till skolan"],
                "Säkra cykelvägar till alla skolor",
                "Separata cykelvägar till varje skola, så att alla barn vågar cykla.",
                TRANSPORT,
                "other_committee",
            ),
            (
                ["Gratis busskort för alla elever", "Billigare bussar för unga"],
                "Gratis eller billigare buss för unga",
                "Unga under 20 åker gratis eller billigt med buss, också på helgerna.",
                TRANSPORT,
                "region",
            ),
        ],
    ),
    (
        "Mat och prylar",
        [FOOD, STUFF, "Natur och biologisk mångfald"],
        "eva",
        [
            (
                ["Vegetariskt två dagar i veckan", "Mer vegetarisk skolmat", "Klimatsmart skolmat varje dag"],
                "Mer vegetarisk och närodlad skolmat",
                "Vegetarisk mat minst två dagar i veckan, mer närodlat – och god mat som barn gillar.",
                FOOD,
                "bun",
            ),
            (
                ["Mindre matsvinn i matsalen", "Matsvinnet ska halveras"],
                "Halvera matsvinnet i skolorna",
                "Väg matsvinnet varje vecka och tävla mellan klasserna om att halvera det till 2028.",
                FOOD,
                "school",
            ),
            (
                ["Laga i stället för att slänga", "Reparationscafé i skolan", "Byteshörna för kläder"],
                "Laga och byt i stället för att köpa nytt",
                "En verkstad och byteshörna på varje skola för kläder, cyklar och prylar.",
                STUFF,
                "school",
            ),
        ],
    ),
]
ANSWERS = {  # new title -> (status, text)
    "Solenergi på alla skolor": (
        "will_do",
        "Teknik- och fastighetsförvaltningen sätter solpaneler på tio skolor och två idrottshallar 2027–2028. Varje skola får en skärm som visar elen.",
    ),
    "Säkra cykelvägar till alla skolor": (
        "investigating",
        "Vi går igenom skolvägarna under hösten och börjar med de tre farligaste till våren.",
    ),
    "Mer vegetarisk och närodlad skolmat": (
        "already_happening",
        "Från januari serveras vegetariskt två dagar i veckan i alla skolrestauranger.",
    ),
    "Halvera matsvinnet i skolorna": (
        "will_do",
        "Alla skolrestauranger börjar väga matsvinnet. Målet att halvera det till 2028 står i vår plan.",
    ),
    "Sänk värmen en grad": (
        "not_now",
        "Några skolor har redan svårt att hålla värmen. Vi sänker där det går när ventilationen byggs om.",
    ),
}


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
