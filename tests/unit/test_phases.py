"""Changing phase: what the teacher is asked before the vote starts or closes, and stepping back where nothing is
lost."""

from __future__ import annotations

import pytest
from sqlmodel import select

from council import arguments, auth, phases, proposals, sessions, voting
from council.errors import NotAllowed, WrongPhase
from council.models import AuditEvent, Phase, Role

from .helpers import session_at


def discuss_session(db, teacher):
    council = sessions.create_session(db, teacher, title="T", question="Q?", with_learn=True, with_discuss=True)
    for _ in range(2):
        sessions.advance_phase(db, teacher, council.id)  # learn, propose
    pupil, _ = sessions.join(db, code=council.join_code)
    proposal = proposals.submit(db, pupil=pupil, title="Solceller", body="På taket")
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)  # discuss
    argument = arguments.add(db, pupil=pupil, proposal_id=proposal.id, side="for", text="Billig el")
    arguments.publish(db, teacher, argument.id)
    db.refresh(council)
    return council, pupil, proposal


def test_stepping_back_from_discuss_to_propose_keeps_proposals_and_arguments(db, teacher):
    council, pupil, proposal = discuss_session(db, teacher)
    assert phases.step_back(db, teacher, council.id, expected=Phase.discuss) == Phase.propose
    assert [p.id for p in proposals.published(db, council.id)] == [proposal.id]
    assert arguments.count(db, council.id) == 1
    proposals.submit(db, pupil=pupil, title="Fler träd", body="På skolgården")  # pupils can propose again
    events = db.exec(select(AuditEvent.action, AuditEvent.target)).all()
    assert ("session.phase_back", f"session:{council.id}:propose") in events


def test_the_vote_steps_back_while_no_ballot_exists_but_not_after(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    assert phases.step_back_verdict(db, teacher, council) == (True, "")
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    assert phases.step_back_verdict(db, teacher, council) == (False, "phase.back_after_votes")
    with pytest.raises(WrongPhase) as refused:
        phases.step_back(db, teacher, council.id, expected=Phase.vote)
    assert refused.value.key == "phase.back_after_votes"
    db.refresh(council)
    assert council.phase == Phase.vote


def test_a_vote_without_ballots_goes_back_to_propose(db, teacher):
    council, _, written = session_at(db, teacher, Phase.vote)
    assert phases.step_back(db, teacher, council.id) == Phase.propose
    assert len(proposals.published(db, council.id)) == len(written)


@pytest.mark.parametrize("phase", [Phase.draft, Phase.closed])
def test_there_is_no_way_back_from_the_first_phase_or_a_closed_vote(db, teacher, phase):
    council, _, _ = session_at(db, teacher, phase)
    allowed, why = phases.step_back_verdict(db, teacher, council)
    assert not allowed and why == "phase.no_back"
    with pytest.raises(WrongPhase):
        phases.step_back(db, teacher, council.id)


def test_a_double_click_on_back_moves_only_once(db, teacher):
    council, _, _ = discuss_session(db, teacher)
    phases.step_back(db, teacher, council.id, expected=Phase.discuss)
    with pytest.raises(WrongPhase) as refused:
        phases.step_back(db, teacher, council.id, expected=Phase.discuss)
    assert refused.value.key == "phase.changed_meanwhile"
    db.refresh(council)
    assert council.phase == Phase.propose


def test_another_teacher_cannot_step_back(db, teacher, admin):
    council, _, _ = discuss_session(db, teacher)
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-1", role=Role.teacher))
    with pytest.raises(NotAllowed):
        phases.step_back(db, other, council.id)


def test_starting_the_vote_asks_with_what_is_on_the_ballot_and_what_waits(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose)
    proposals.submit(db, pupil=pupils[0], title="Fler träd", body="På skolgården")
    asked = phases.confirmation(db, council)
    assert asked.key == "phase.confirm.vote"
    assert asked.values == {"published": 3, "pending": 1}


def test_closing_the_vote_asks_with_how_many_have_voted(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=4)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    asked = phases.confirmation(db, council)
    assert asked.key == "phase.confirm.closed"
    assert asked.values == {"voted": 1, "joined": 4}


def test_other_phase_changes_need_no_question(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.draft)
    assert phases.confirmation(db, council) is None
