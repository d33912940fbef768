"""A municipal round's lifecycle: opened by a coordinator, joined by classes, edited until it is frozen."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session, SQLModel, func, select

from council import lifecycle, sessions
from council.errors import InvalidInput, NotAllowed, WrongPhase
from council.models import AuditEvent, CouncilRound, CouncilSession, Phase
from council.rounds import rounds
from council.themes import default_themes

from .helpers import session_at
from .round_helpers import world


def count(db: Session, model: type[SQLModel]) -> int:
    return db.exec(select(func.count()).select_from(model)).one()


def test_a_coordinator_opens_a_round_with_the_default_themes_and_an_address(db, admin):
    w = world(db, admin)
    made = rounds.get(db, w.round_id)
    assert made.slug == "klimatrundan-2026" and made.themes == default_themes("sv")
    assert made.per_class == 2 and made.school_ids == w.school_ids
    holder = rounds.holder(db, w.round_id)
    assert holder.kind == "round" and holder.one_time_codes
    assert holder not in sessions.sessions_for(db, w.coordinator)
    actions = [line.action for line in lifecycle.audit_log(db, admin)]
    assert "round.create" in actions


def test_a_second_round_with_the_same_title_gets_its_own_address(db, admin):
    w = world(db, admin)
    again = rounds.create(db, w.coordinator, title="Klimatrundan 2026", questions=["Hur?"], school_ids=w.school_ids)
    assert again.slug == "klimatrundan-2026-2"
    assert rounds.slug_for("Åk 4–9: Klimat & Miljö!", set()) == "ak-4-9-klimat-miljo"


def test_a_teacher_cannot_open_a_round(db, admin, teacher):
    with pytest.raises(NotAllowed):
        rounds.create(db, teacher, title="Min runda", questions=["Hur?"], school_ids=[admin.school_id])
    assert count(db, CouncilRound) == 0


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"title": "  "}, "input.round_title_empty"),
        ({"title": "x" * 121}, "input.round_title_too_long"),
        ({"questions": []}, "round.bad_questions"),
        ({"questions": ["x" * 501]}, "input.question_too_long"),
        ({"school_ids": []}, "round.bad_schools"),
        ({"school_ids": [9999]}, "round.bad_schools"),
        ({"per_class": 0}, "round.bad_per_class"),
        ({"propose_until": dt.date(2026, 5, 1), "meeting_on": dt.date(2026, 4, 1)}, "round.bad_dates"),
        ({"themes": ["Energi", "energi"]}, "theme.twice"),
    ],
)
def test_bad_round_input_gets_a_clear_message_and_creates_nothing(db, admin, fields, key):
    w = world(db, admin)
    before = count(db, CouncilRound)
    good = {"title": "Runda två", "questions": ["Hur?"], "school_ids": w.school_ids}
    with pytest.raises(InvalidInput) as refused:
        rounds.create(db, w.coordinator, **{**good, **fields})
    assert refused.value.key == key
    assert count(db, CouncilRound) == before


def test_a_class_session_in_a_round_takes_the_rounds_question_and_themes(db, admin):
    w = world(db, admin)
    council = rounds.create_class_session(db, w.anna, w.round_id, title="Klimatrådet 6A", class_label="6A")
    assert council.round_id == w.round_id and council.kind == "class"
    assert council.question == "Hur ska Karlstad halvera utsläppen till 2030?"
    assert council.themes == default_themes("sv")
    assert [r.id for r in rounds.open_for_teacher(db, w.anna)] == [w.round_id]


def test_a_teacher_whose_school_is_not_in_the_round_cannot_join_it(db, admin):
    w = world(db, admin)
    rounds.update(db, w.coordinator, w.round_id, school_ids=[w.school_ids[1]])
    before = count(db, CouncilSession)
    with pytest.raises(NotAllowed) as refused:
        rounds.create_class_session(db, w.anna, w.round_id, title="Klimatrådet 6A")
    assert refused.value.key == "round.school_not_in_round"
    assert count(db, CouncilSession) == before and rounds.open_for_teacher(db, w.anna) == []


def test_an_existing_session_joins_a_round_until_its_vote_closes(db, admin):
    w = world(db, admin)
    early, _, _ = session_at(db, w.anna, Phase.vote)
    assert rounds.attach(db, w.anna, early.id, w.round_id).round_id == w.round_id
    with pytest.raises(InvalidInput):
        rounds.attach(db, w.anna, early.id, w.round_id)
    late, _, _ = session_at(db, w.anna, Phase.closed)
    with pytest.raises(WrongPhase):
        rounds.attach(db, w.anna, late.id, w.round_id)
    db.refresh(late)
    assert late.round_id is None


def test_another_coordinator_cannot_change_the_round(db, admin):
    w = world(db, admin)
    from .round_helpers import _account

    other = _account(db, admin, "olle", w.coordinator.role, None)
    with pytest.raises(NotAllowed):
        rounds.update(db, other, w.round_id, title="Kapad")
    assert rounds.get(db, w.round_id).title == "Klimatrundan 2026"


def test_every_coordinator_action_is_in_the_audit_log(db, admin):
    w = world(db, admin)
    rounds.update(db, w.coordinator, w.round_id, per_class=3)
    rounds.close_pool(db, w.coordinator, w.round_id)
    logged = db.exec(select(AuditEvent.action).where(AuditEvent.user_id == w.coordinator.user_id)).all()
    assert logged == ["round.create", "round.update", "round.close_pool"]
