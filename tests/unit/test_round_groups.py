"""Theme groups: placing the pool, representatives by slip, merging across classes with provenance, suggestions."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from sqlmodel import Session, func, select

from council import onetime, phase_order, results, sessions
from council.errors import InvalidInput, NotAllowed, WrongPhase
from council.models import Participant, Phase, Proposal, ProposalStatus, RoundGroup, RoundNomination
from council.rounds import consolidate, groups, provenance, rounds

from .round_helpers import ENERGY, FOOD, TRANSPORT, World, all_classes_sent, energy_group, representatives, world


@pytest.fixture
def w(db, admin):
    made = world(db, admin)
    all_classes_sent(db, made)
    return made


def copies(db: Session, group: RoundGroup) -> Sequence[Proposal]:
    return db.exec(select(Proposal).where(Proposal.session_id == group.session_id).order_by(Proposal.id)).all()


def test_groups_need_a_closed_pool(db, w):
    with pytest.raises(WrongPhase):
        groups.create(db, w.coordinator, w.round_id, name="Energi", themes=[ENERGY], facilitator_id=w.anna.user_id)


def test_a_group_gets_copies_of_its_themes_proposals_and_the_classes_keep_theirs(db, w):
    before = results.for_teacher(db, w.anna, w.classes["6B"].id).table.to_dict("records")
    group = energy_group(db, w)
    made = copies(db, group)
    assert sorted(p.title for p in made) == [
        "Solceller på taket",
        "Solpaneler på alla skolor",
        "Solpaneler på skolans tak",
    ]
    assert all(p.status == ProposalStatus.published and p.author_id is None for p in made)
    assert results.for_teacher(db, w.anna, w.classes["6B"].id).table.to_dict("records") == before
    council = sessions.owned_session(db, w.anna, group.session_id)
    assert council.kind == "group" and council.one_time_codes
    assert phase_order.phases_of(council) == [Phase.draft, Phase.discuss, Phase.vote, Phase.closed, Phase.forwarded]


def test_a_group_can_take_several_themes_and_a_theme_can_be_split(db, w):
    rounds.close_pool(db, w.coordinator, w.round_id)
    everyday = groups.create(
        db, w.coordinator, w.round_id, name="Vardag", themes=[TRANSPORT, FOOD], facilitator_id=w.bo.user_id
    )
    assert len(copies(db, everyday)) == 4
    second = groups.create(
        db, w.coordinator, w.round_id, name="Transport 2", themes=[TRANSPORT], facilitator_id=w.anna.user_id
    )
    assert copies(db, second) == []
    busses = db.exec(select(RoundNomination).where(RoundNomination.group_id == everyday.id)).all()
    moved = [n.id for n in busses if db.get(Proposal, n.proposal_id).theme == TRANSPORT][:1]
    groups.move(db, w.coordinator, w.round_id, nomination_ids=moved, group_id=second.id)
    assert len(copies(db, second)) == 1 and len(copies(db, everyday)) == 3


def test_one_group_per_theme_covers_the_whole_pool(db, w):
    rounds.close_pool(db, w.coordinator, w.round_id)
    made = groups.one_per_theme(db, w.coordinator, w.round_id, facilitator_id=w.coordinator.user_id)
    assert sorted(g.name for g in made) == sorted({ENERGY, TRANSPORT, FOOD})
    unplaced = select(func.count()).select_from(RoundNomination).where(RoundNomination.group_id == None)  # noqa: E711
    assert db.exec(unplaced).one() == 0


def test_a_representative_slip_works_once(db, w):
    group = energy_group(db, w)
    (code,) = onetime.generate(db, w.anna, group.session_id, count=1)
    sessions.advance_phase(db, w.anna, group.session_id)
    onetime.join(db, code=code)
    with pytest.raises(InvalidInput) as refused:
        onetime.join(db, code=code)
    assert refused.value.key == "join.code_used"
    joined = select(func.count()).select_from(Participant).where(Participant.session_id == group.session_id)
    assert db.exec(joined).one() == 1


def test_the_shared_code_of_a_group_lets_nobody_in(db, w):
    group = energy_group(db, w)
    council = sessions.owned_session(db, w.anna, group.session_id)
    sessions.advance_phase(db, w.anna, group.session_id)
    with pytest.raises(NotAllowed):
        onetime.join(db, code=council.join_code)


def merge_energy(db: Session, w: World, group: RoundGroup) -> Proposal:
    ids = [p.id for p in copies(db, group)]
    return consolidate.merge(
        db,
        w.anna,
        group.id,
        originals=ids,
        title="Solenergi på alla skolor",
        body="Solpaneler på varje skoltak i kommunen.",
        theme=ENERGY,
        addressee="company",
    )


def test_merging_across_classes_keeps_every_original_and_adds_up_the_support(db, w):
    group = energy_group(db, w)
    merged = merge_energy(db, w, group)
    found = provenance.of_proposal(db, merged.id)
    assert sorted(o.class_label for o in found.origins) == ["6A", "6B", "6B"]
    assert (found.classes, found.schools, found.school_names) == (2, 1, ["Kroppkärrskolan"])
    # 6A: "Solpaneler på skolans tak" had 4 of 5. 6B: its two energy proposals had 3 and 2 of 5, but only 4
    # distinct pupils backed either, so the class counts 4, not 5.
    assert (found.supporters, found.voters) == (4 + 4, 5 + 5)
    assert found.share == pytest.approx(0.8)


def test_support_adds_up_to_the_classes_figures_when_nothing_is_merged(db, w):
    group = energy_group(db, w)
    work = consolidate.work(db, w.anna, group.id)
    assert sum(p.supporters for p in work.provenance.values()) == 4 + 3 + 2
    assert all(len(p.origins) == 1 for p in work.provenance.values())


def test_a_merge_with_another_groups_proposal_is_refused_and_changes_nothing(db, w):
    group = energy_group(db, w)
    food = groups.create(db, w.coordinator, w.round_id, name="Mat", themes=[FOOD], facilitator_id=w.anna.user_id)
    mine, theirs = copies(db, group)[0], copies(db, food)[0]
    with pytest.raises(InvalidInput) as refused:
        consolidate.merge(
            db,
            w.anna,
            group.id,
            originals=[mine.id, theirs.id],
            title="Blandat",
            body="x",
            theme=ENERGY,
            addressee="bun",
        )
    assert refused.value.key == "round.merge_other_group"
    db.refresh(mine)
    db.refresh(theirs)
    assert mine.status == theirs.status == ProposalStatus.published


def test_a_merge_across_two_rounds_is_refused_and_changes_nothing(db, admin, w):
    group = energy_group(db, w)
    other = rounds.create(db, w.coordinator, title="Höstrundan", questions=["Hur?"], school_ids=w.school_ids)
    from .round_helpers import closed_class

    _, foreign = closed_class(db, w.bo, other.id, "5C", with_argument=False)
    with pytest.raises(InvalidInput) as refused:
        consolidate.merge(
            db,
            w.anna,
            group.id,
            originals=[copies(db, group)[0].id, foreign[0].id],
            title="Blandat",
            body="x",
            theme=ENERGY,
            addressee="bun",
        )
    assert refused.value.key == "round.merge_other_round"
    assert all(p.status == ProposalStatus.published for p in copies(db, group))


def test_only_the_facilitator_or_the_coordinator_works_on_a_group(db, w):
    group = energy_group(db, w)
    with pytest.raises(NotAllowed):
        consolidate.work(db, w.bo, group.id)
    assert consolidate.work(db, w.coordinator, group.id).group.id == group.id
    assert sessions.owned_session(db, w.coordinator, group.session_id).id == group.session_id
    with pytest.raises(NotAllowed):
        sessions.owned_session(db, w.coordinator, w.classes["6A"].id)  # a class stays its teacher's


def test_near_duplicates_are_suggested_kept_and_computed_again_after_a_merge(db, w):
    group = energy_group(db, w)
    work = consolidate.work(db, w.anna, group.id)
    titles = {p.id: p.title for p in work.proposals}
    paired = {titles[pid]: [titles[o] for o, _ in pairs] for pid, pairs in work.suggestions.items()}
    assert "Solpaneler på alla skolor" in paired["Solpaneler på skolans tak"]
    db.refresh(group)
    kept = group.suggestions_key
    assert kept == consolidate.fingerprint(work.proposals)
    merge_energy(db, w, group)
    db.refresh(group)
    assert group.suggestions == {} and group.suggestions_key not in ("", kept)


def test_proposals_cannot_be_moved_once_the_group_votes(db, w):
    group = energy_group(db, w)
    other = groups.create(db, w.coordinator, w.round_id, name="Mat", themes=[FOOD], facilitator_id=w.bo.user_id)
    representatives(db, w.anna, group, 1)
    assert sessions.advance_phase(db, w.anna, group.session_id) == Phase.vote
    placed = db.exec(select(RoundNomination.id).where(RoundNomination.group_id == group.id)).first()
    with pytest.raises(WrongPhase):
        groups.move(db, w.coordinator, w.round_id, nomination_ids=[placed], group_id=other.id)
    assert db.get(RoundNomination, placed).group_id == group.id


def test_a_facilitator_must_have_a_staff_account(db, w, admin):
    rounds.close_pool(db, w.coordinator, w.round_id)
    from council.models import Role

    from .round_helpers import _account

    member = _account(db, admin, "nils", Role.teacher, None)
    with pytest.raises(InvalidInput):
        groups.create(db, w.coordinator, w.round_id, name="Energi", themes=[ENERGY], facilitator_id=99999)
    assert groups.create(db, w.coordinator, w.round_id, name="E", themes=[ENERGY], facilitator_id=member.user_id)


def test_a_suggested_merge_starts_from_the_best_supported_wording(db, w):
    group = energy_group(db, w)
    work = consolidate.work(db, w.anna, group.id)
    ids = [p.id for p in work.proposals if p.title.startswith("Sol")]
    start = consolidate.starting_wording(work, ids)
    assert start["title"] == "Solpaneler på skolans tak"  # 4 of 5 in 6A, the broadest support
    assert (start["theme"], start["addressee"]) == (ENERGY, "company")
    assert start["body"].count("för klimatet") == len(ids)


def test_a_representative_keeps_their_place_after_the_groups_vote_to_approve_the_wording(db, w):
    group = energy_group(db, w)
    (code,) = onetime.generate(db, w.anna, group.session_id, count=1)
    sessions.advance_phase(db, w.anna, group.session_id)
    pupil, token = onetime.join(db, code=code)
    db.commit()
    while sessions.owned_session(db, w.anna, group.session_id).phase != Phase.closed:
        sessions.advance_phase(db, w.anna, group.session_id)
    assert sessions.resume_pupil(db, token) == pupil  # a class pupil's cookie ends here (test_joins_and_clients)
