"""From class to pool: the top N by the class's result (ties included), the cap, reasons, and the pool's totals."""

from __future__ import annotations

import pytest
from sqlmodel import Session, func, select

from council import results
from council.errors import InvalidInput, WrongPhase
from council.models import AuditEvent, RoundNomination, RoundSending
from council.rounds import pool, rounds

from .round_helpers import ENERGY, all_classes_sent, closed_class, world


def rows(*ranks_and_support: tuple[int, int]) -> list[dict]:
    return [{"proposal_id": i, "rank": r, "voters_supporting": s} for i, (r, s) in enumerate(ranks_and_support, 1)]


def test_top_n_keeps_every_proposal_that_shares_the_last_place():
    table = rows((1, 9), (2, 7), (3, 5), (3, 5), (5, 2))
    assert pool.top_with_ties(table, 3) == [1, 2, 3, 4]
    assert pool.cap(table, 3) == 4
    assert pool.top_with_ties(table, 2) == [1, 2] and pool.cap(table, 2) == 2


def test_top_n_leaves_out_proposals_nobody_supported():
    table = rows((1, 4), (2, 0), (2, 0))
    assert pool.top_with_ties(table, 3) == [1]
    assert pool.cap(table, 3) == 3


def test_support_sets_count_each_pupil_once():
    import pandas as pd

    choices = pd.DataFrame(
        {"ballot_id": ["a", "a", "b", "c", "c"], "proposal_id": [1, 2, 1, 2, 3], "value": [1, 1, 1, 1, 1]}
    )
    sets = pool.support_sets(choices, [1, 2])
    assert sets == {"1": 2, "2": 2, "1,2": 3}


def test_a_class_sends_its_suggestion_with_its_support_and_the_teacher_is_logged(db, admin):
    w = world(db, admin)
    council, written = closed_class(db, w.anna, w.round_id, "6A")
    plan = pool.nomination(db, w.anna, council.id)
    assert plan.suggested == [written[0].id, written[1].id] and plan.cap == 2
    assert pool.send(db, w.anna, council.id, proposal_ids=plan.suggested) == 2
    sent = db.exec(select(RoundNomination).order_by(RoundNomination.rank)).all()
    assert [(n.proposal_id, n.rank, n.supporters, n.voters) for n in sent] == [
        (written[0].id, 1, 4, 5),
        (written[1].id, 2, 3, 5),
    ]
    sending = db.exec(select(RoundSending)).one()
    assert sending.support_sets[f"{written[0].id},{written[1].id}"] == 5 and sending.reason == ""
    assert "round.send" in db.exec(select(AuditEvent.action)).all()
    assert results.for_teacher(db, w.anna, council.id).table["proposal_id"].tolist()[:2] == plan.suggested


def test_a_tie_for_the_last_place_lets_the_class_send_one_more(db, admin):
    w = world(db, admin)
    council, written = closed_class(db, w.anna, w.round_id, "6B")
    plan = pool.nomination(db, w.anna, council.id)
    assert plan.suggested == [written[0].id, written[1].id, written[2].id] and plan.cap == 3
    assert pool.send(db, w.anna, council.id, proposal_ids=plan.suggested) == 3


def nominations(db: Session) -> int:
    return db.exec(select(func.count()).select_from(RoundNomination)).one()


def test_a_class_that_sends_more_than_n_is_refused_and_nothing_is_sent(db, admin):
    w = world(db, admin)
    council, written = closed_class(db, w.anna, w.round_id, "6A")
    with pytest.raises(InvalidInput) as refused:
        pool.send(db, w.anna, council.id, proposal_ids=[p.id for p in written], reason="Alla är bra")
    assert refused.value.key == "round.too_many" and refused.value.values == {"most": 2, "n": 2}
    assert nominations(db) == 0 and db.exec(select(RoundSending)).first() is None


def test_changing_the_suggestion_needs_a_reason_which_is_logged(db, admin):
    w = world(db, admin)
    council, written = closed_class(db, w.anna, w.round_id, "6A")
    changed = [written[0].id, written[2].id]
    with pytest.raises(InvalidInput) as refused:
        pool.send(db, w.anna, council.id, proposal_ids=changed)
    assert refused.value.key == "round.reason_needed" and nominations(db) == 0
    pool.send(db, w.anna, council.id, proposal_ids=changed, reason="Matsvinnet engagerade hela klassen")
    logged = db.exec(select(AuditEvent.target).where(AuditEvent.action == "round.send_changed")).one()
    assert "Matsvinnet engagerade hela klassen" in logged
    assert db.exec(select(RoundSending.reason)).one() == "Matsvinnet engagerade hela klassen"


def test_a_class_sends_once(db, admin):
    w = world(db, admin)
    council, written = closed_class(db, w.anna, w.round_id, "6A")
    pool.send(db, w.anna, council.id, proposal_ids=[written[0].id], reason="Bara ett")
    with pytest.raises(InvalidInput) as refused:
        pool.send(db, w.anna, council.id, proposal_ids=[written[1].id], reason="Ett till")
    assert refused.value.key == "round.already_sent" and nominations(db) == 1


def test_sending_is_refused_before_the_vote_closes_and_after_the_pool_closes(db, admin):
    w = world(db, admin)
    early = rounds.create_class_session(db, w.anna, w.round_id, title="Klimatrådet 7A")
    with pytest.raises(WrongPhase):
        pool.send(db, w.anna, early.id, proposal_ids=[1])
    council, written = closed_class(db, w.anna, w.round_id, "6A")
    rounds.close_pool(db, w.coordinator, w.round_id)
    with pytest.raises(WrongPhase) as refused:
        pool.send(db, w.anna, council.id, proposal_ids=[written[0].id, written[1].id])
    assert refused.value.key == "round.pool_closed" and nominations(db) == 0


def test_only_proposals_of_the_classs_own_ballot_can_be_sent(db, admin):
    w = world(db, admin)
    council, _ = closed_class(db, w.anna, w.round_id, "6A")
    _, others = closed_class(db, w.anna, w.round_id, "6B")
    with pytest.raises(InvalidInput) as refused:
        pool.send(db, w.anna, council.id, proposal_ids=[others[0].id], reason="Lånat")
    assert refused.value.key == "round.not_on_ballot" and nominations(db) == 0


def test_another_teacher_cannot_send_for_the_class(db, admin):
    w = world(db, admin)
    council, written = closed_class(db, w.anna, w.round_id, "6A")
    from council.errors import NotAllowed

    with pytest.raises(NotAllowed):
        pool.send(db, w.bo, council.id, proposal_ids=[written[0].id, written[1].id])
    assert nominations(db) == 0


def test_the_coordinator_sees_the_pool_grow_by_school_class_and_theme(db, admin):
    w = world(db, admin)
    all_classes_sent(db, w)
    waiting = rounds.create_class_session(db, w.bo, w.round_id, title="Klimatrådet 9D", class_label="9D")
    found = pool.pool(db, w.coordinator, w.round_id)
    assert (found.written, found.classes, found.schools, found.sent) == (9, 4, 2, 3)
    assert [c.id for c in found.waiting] == [waiting.id]
    assert found.schools_without_class == ["Kronoparksskolan"]
    assert len(found.table) == 7
    by_theme = dict(found.counts("theme").itertuples(index=False))
    assert by_theme[ENERGY] == 3
    by_school = dict(found.counts("school").itertuples(index=False))
    assert by_school == {"Kroppkärrskolan": 5, "Norrstrandsskolan": 2}
