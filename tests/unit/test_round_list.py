"""The round's list: the groups' results, the pupils' wording approval, freezing, routing and forwarding."""

from __future__ import annotations

import pytest
from sqlmodel import Session, func, select

from council import auth, committees, proposals
from council.errors import InvalidInput, NotAllowed, NotFound, WrongPhase
from council.forwarding_tables import Answer, Forwarding
from council.models import Committee, Report, Role, RoundGroup, RoundItem, RoundStatus
from council.rounds import consolidate, groups, pool, report, rounds, routing, wording

from .round_helpers import ENERGY, FOOD, Groups, World, all_classes_sent, approve_all, voted_groups, world


@pytest.fixture
def w(db, admin):
    made = world(db, admin)
    all_classes_sent(db, made)
    return made


@pytest.fixture
def g(db, w):
    return voted_groups(db, w)


def listed(db: Session, group: RoundGroup) -> list[str]:
    return [found.proposal.title for found in wording.items_of(db, group.id)]


def test_each_group_sends_on_what_its_representatives_supported(db, g):
    assert listed(db, g.energy) == ["Solenergi på alla skolor", "Solceller på taket"]
    assert listed(db, g.everyday) == [  # cycle paths and bus cards share the first place
        "Gratis busskort för alla elever",
        "Säkra cykelvägar till alla skolor",
        "Vegetarisk dag varje vecka",
    ]
    first = wording.items_of(db, g.energy.id)[0].item
    assert (first.group_rank, first.group_supporters, first.group_voters) == (1, 3, 3)


def test_the_groups_number_keeps_ties_at_the_cut(db, w):
    rounds.update(db, w.coordinator, w.round_id, per_group=1)
    found = voted_groups(db, w)
    assert len(listed(db, found.everyday)) == 2  # cycle paths and bus cards share the first place
    assert listed(db, found.energy) == ["Solenergi på alla skolor"]


def test_results_are_taken_once_and_only_after_the_vote(db, w):
    found = voted_groups(db, w)
    with pytest.raises(InvalidInput):
        wording.take_results(db, w.anna, found.energy.id)
    other = groups.create(db, w.coordinator, w.round_id, name="Sen", themes=[ENERGY], facilitator_id=w.anna.user_id)
    with pytest.raises(WrongPhase):
        wording.take_results(db, w.anna, other.id)


def test_a_representative_approves_and_the_round_records_when(db, g):
    item = wording.items_of(db, g.energy.id)[0].item
    approved = wording.approve(db, pupil=g.energy_reps[1], item_id=item.id)
    assert approved.approved_at is not None
    with pytest.raises(InvalidInput) as again:
        wording.approve(db, pupil=g.energy_reps[2], item_id=item.id)
    assert again.value.key == "round.already_approved"


def test_a_representative_of_another_group_cannot_approve(db, g):
    item = wording.items_of(db, g.energy.id)[0].item
    with pytest.raises(NotFound):
        wording.approve(db, pupil=g.everyday_reps[0], item_id=item.id)
    assert db.get(RoundItem, item.id).approved_at is None


def test_a_change_must_be_taken_or_answered_before_the_wording_is_approved(db, g, w):
    item = wording.items_of(db, g.energy.id)[0].item
    wording.approve(db, pupil=g.energy_reps[0], item_id=item.id)
    change = wording.ask_change(db, pupil=g.energy_reps[1], item_id=item.id, text="Skriv 'skolor och förskolor'.")
    assert db.get(RoundItem, item.id).approved_at is None
    with pytest.raises(InvalidInput) as refused:
        wording.approve(db, pupil=g.energy_reps[0], item_id=item.id)
    assert refused.value.key == "round.change_still_open"
    with pytest.raises(InvalidInput):
        wording.settle(db, w.anna, change.id, take=False, reply="")
    wording.settle(db, w.anna, change.id, take=True, title="Solenergi på alla skolor och förskolor", body="Solpaneler.")
    assert wording.items_of(db, g.energy.id)[0].proposal.title == "Solenergi på alla skolor och förskolor"
    assert wording.approve(db, pupil=g.energy_reps[0], item_id=item.id).approved_at is not None


def test_the_facilitator_answers_a_change_with_a_reason_the_pupils_read(db, g, w):
    item = wording.items_of(db, g.energy.id)[0].item
    change = wording.ask_change(db, pupil=g.energy_reps[1], item_id=item.id, text="Ta bort ordet 'alla'.")
    with pytest.raises(NotAllowed):
        wording.settle(db, w.bo, change.id, take=False, reply="Nej")
    answered = wording.settle(db, w.anna, change.id, take=False, reply="Gruppen röstade för 'alla'.")
    assert answered.status == "answered" and answered.reply == "Gruppen röstade för 'alla'."
    assert wording.items_of(db, g.energy.id)[0].proposal.title == "Solenergi på alla skolor"


def test_the_list_is_frozen_only_when_every_wording_is_approved(db, g, w):
    approve_all(db, g.energy, g.energy_reps[0])
    with pytest.raises(InvalidInput) as refused:
        report.freeze(db, w.coordinator, w.round_id)
    assert refused.value.values == {"group": "Vardag"} and report.frozen(db, w.round_id) is None
    approve_all(db, g.everyday, g.everyday_reps[0])
    frozen = report.freeze(db, w.coordinator, w.round_id, comment="Tack till alla klasser!")
    assert frozen.data["funnel"] == {
        "written": 9,
        "classes": 3,
        "schools": 2,
        "nominated": 7,
        "consolidated": 5,
        "final": 5,
        "groups": 2,
        "representatives": 6,
    }
    assert rounds.get(db, w.round_id).status == RoundStatus.frozen


def freeze(db: Session, g: Groups, w: World) -> Report:
    approve_all(db, g.energy, g.energy_reps[0])
    approve_all(db, g.everyday, g.everyday_reps[0])
    return report.freeze(db, w.coordinator, w.round_id)


def test_a_frozen_round_refuses_every_edit_and_nothing_changes(db, g, w):
    frozen = freeze(db, g, w)
    item = wording.items_of(db, g.energy.id)[1].item
    attempts = [
        lambda: rounds.update(db, w.coordinator, w.round_id, title="Ny titel"),
        lambda: wording.ask_change(db, pupil=g.energy_reps[0], item_id=item.id, text="Ändra"),
        lambda: consolidate.merge(
            db,
            w.anna,
            g.energy.id,
            originals=[g.solar.id, item.proposal_id],
            title="x",
            body="y",
            theme=ENERGY,
            addressee="bun",
        ),
        lambda: groups.create(db, w.coordinator, w.round_id, name="Mat", themes=[FOOD], facilitator_id=w.bo.user_id),
        lambda: report.freeze(db, w.coordinator, w.round_id),
    ]
    for attempt in attempts:
        with pytest.raises(WrongPhase) as refused:
            attempt()
        assert refused.value.key == "round.frozen"
    assert rounds.get(db, w.round_id).title == "Klimatrundan 2026"
    assert [r.title for r in [report.frozen(db, w.round_id)]] == [frozen.title]
    assert db.get(type(g.solar), g.solar.id).title == "Solenergi på alla skolor"
    assert len(proposals.published(db, g.energy.session_id)) == 2


@pytest.fixture
def bodies(db, admin):
    made = {name: committees.add_committee(db, admin, name=name) for name in ("Tekniska nämnden", "BUN")}
    members = {
        name: auth.actor_for(
            auth.create_user(
                db, admin, username=f"m{body.id}", password="member-secret", role=Role.committee, committee_id=body.id
            )
        )
        for name, body in made.items()
    }
    return made, members


def test_the_addressee_decides_the_committee_and_regions_and_companies_are_passed_on(db, g, w, bodies):
    made, _ = bodies
    freeze(db, g, w)
    council_round = rounds.get(db, w.round_id)
    assert [r.decided for r in routing.routes(db, council_round)].count(False) == 3
    with pytest.raises(InvalidInput) as refused:
        routing.forward(db, w.coordinator, w.round_id)
    assert refused.value.values == {"n": 3} and db.exec(select(func.count()).select_from(Forwarding)).one() == 0
    routing.set_defaults(
        db, w.coordinator, w.round_id, mapping={"bun": made["BUN"].id, "other_committee": made["Tekniska nämnden"].id}
    )
    found = {r.proposal.title: (r.committee, r.passed_to) for r in routing.routes(db, rounds.get(db, w.round_id))}
    assert found == {
        "Solenergi på alla skolor": ("BUN", ""),
        "Solceller på taket": ("", "Ett kommunalt bolag"),
        "Säkra cykelvägar till alla skolor": ("Tekniska nämnden", ""),
        "Gratis busskort för alla elever": ("", "Regionen"),
        "Vegetarisk dag varje vecka": ("BUN", ""),
    }


def forward(
    db: Session, g: Groups, w: World, bodies: tuple[dict[str, Committee], dict[str, auth.Actor]]
) -> tuple[list[Forwarding], dict[str, auth.Actor]]:
    made, members = bodies
    freeze(db, g, w)
    routing.set_defaults(
        db, w.coordinator, w.round_id, mapping={"bun": made["BUN"].id, "other_committee": made["Tekniska nämnden"].id}
    )
    busses = next(i for i in wording.items_of(db, g.everyday.id) if i.proposal.title.startswith("Gratis")).item
    routing.route_item(db, w.coordinator, busses.id, passed_to="Region Värmland")
    return routing.forward(db, w.coordinator, w.round_id), members


def test_forwarding_sends_each_committee_only_its_proposals(db, g, w, bodies):
    made, members = forward(db, g, w, bodies)
    covered = {f.committee_id: sorted(f.proposal_ids) for f in made}
    assert covered == {
        bodies[0]["BUN"].id: sorted([g.solar.id, wording.items_of(db, g.everyday.id)[2].proposal.id]),
        bodies[0]["Tekniska nämnden"].id: [g.cycling.id],
    }
    inbox = committees.inbox(db, members["Tekniska nämnden"])
    assert [(i.total, i.report.data["kind"]) for i in inbox] == [(1, "round")]
    assert rounds.get(db, w.round_id).status == RoundStatus.forwarded
    passed = db.exec(select(RoundItem).where(RoundItem.passed_on == True)).all()  # noqa: E712
    assert sorted(i.passed_to for i in passed) == ["Ett kommunalt bolag", "Region Värmland"]


def test_an_answer_for_a_proposal_of_another_committee_is_refused(db, g, w, bodies):
    made, members = forward(db, g, w, bodies)
    technical = next(f for f in made if f.committee_id == bodies[0]["Tekniska nämnden"].id)
    with pytest.raises(InvalidInput) as refused:
        committees.answer(
            db, members["Tekniska nämnden"], technical.id, proposal_id=g.solar.id, status="will_do", text="Ja"
        )
    assert refused.value.key == "answer.not_sent_here"
    assert db.exec(select(func.count()).select_from(Answer)).one() == 0
    committees.answer(
        db, members["Tekniska nämnden"], technical.id, proposal_id=g.cycling.id, status="will_do", text="Ja"
    )
    assert db.exec(select(func.count()).select_from(Answer)).one() == 1


def test_forwarding_twice_is_refused(db, g, w, bodies):
    forward(db, g, w, bodies)
    with pytest.raises(WrongPhase):
        routing.forward(db, w.coordinator, w.round_id)
    assert db.exec(select(func.count()).select_from(Forwarding)).one() == 2


def test_every_original_is_reachable_from_the_list_and_back(db, g, w):
    data = freeze(db, g, w).data
    from council.rounds import backtrack

    on_list = {row["title"]: {(o["class_label"], o["title"]) for o in row["origins"]} for row in data["results"]}
    assert on_list["Solenergi på alla skolor"] == {
        ("6A", "Solpaneler på skolans tak"),
        ("6B", "Solpaneler på alla skolor"),
    }
    assert on_list["Säkra cykelvägar till alla skolor"] == {
        ("6A", "Cykelbanor till skolan"),
        ("5C", "Cykelbana till skolan"),
    }
    reached_back = set()
    for label, council in w.classes.items():
        for fate in backtrack.for_session(db, council).fates:
            assert fate.stage == "on_list" and fate.became in on_list
            reached_back.add((fate.became, label, fate.title))
    assert reached_back == {(row, label, title) for row, origins in on_list.items() for label, title in origins}
    assert len(reached_back) == len(pool.pool_table(db, w.round_id)) == 7


def test_the_round_report_adds_up_support_and_carries_both_groups_and_classes_arguments(db, g, w):
    data = freeze(db, g, w).data
    solar = next(row for row in data["results"] if row["title"] == "Solenergi på alla skolor")
    assert (solar["originals"], solar["classes"], solar["schools"]) == (2, 2, 1)
    assert (solar["voters_supporting"], solar["voters"]) == (4 + 2, 5 + 5)
    texts = {(a["side"], a["text"]) for a in data["arguments"] if a["proposal_id"] == solar["proposal_id"]}
    assert ("against", "Det kostar mycket.") in texts and ("for", "Solen är gratis.") in texts
    assert data["turnout"]["voted"] == 15
