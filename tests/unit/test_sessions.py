from __future__ import annotations

import pytest

from council import auth, join_codes, live, phase_order, proposals, sessions
from council.errors import InvalidInput, NotAllowed, WrongPhase
from council.models import Phase, Role


def new_session(db, teacher, **extra):
    fields = {
        "title": "Transporter",
        "question": "Hur ska Karlstad halvera utsläppen?",
        "class_label": "6B",
        "expected_size": 27,
        **extra,
    }
    return sessions.create_session(db, teacher, **fields)


def test_join_code_uses_only_unambiguous_characters():
    for _ in range(200):
        code = join_codes.new_join_code()
        assert len(code) == join_codes.CODE_LENGTH
        assert not set(code) & set("0O1IL")


def test_join_codes_are_unique_across_sessions(db, teacher):
    codes = {new_session(db, teacher).join_code for _ in range(30)}
    assert len(codes) == 30


def test_creating_a_session_needs_a_teacher(db):
    with pytest.raises(NotAllowed):
        sessions.create_session(db, None, title="x", question="y")


def test_committee_member_cannot_create_a_session(db, admin):
    from council import committees

    committee = committees.add_committee(db, admin, name="Tekniska nämnden")
    member = auth.actor_for(
        auth.create_user(
            db, admin, username="nils", password="nils-secret", role=Role.committee, committee_id=committee.id
        )
    )
    with pytest.raises(NotAllowed):
        new_session(db, member)


@pytest.mark.parametrize("field,value", [("title", ""), ("title", "x" * 121), ("question", "   ")])
def test_bad_session_text_is_refused(db, teacher, field, value):
    with pytest.raises(InvalidInput):
        new_session(db, teacher, **{field: value})


def test_phases_follow_the_order_and_skip_unused_ones(db, teacher):
    council = new_session(db, teacher)
    assert phase_order.phases_of(council)[:4] == [Phase.draft, Phase.propose, Phase.vote, Phase.closed]
    with_all = new_session(db, teacher, with_learn=True, with_discuss=True)
    assert phase_order.phases_of(with_all) == list(Phase)


def test_vote_phase_needs_a_published_proposal(db, teacher):
    council = new_session(db, teacher)
    assert sessions.advance_phase(db, teacher, council.id) == Phase.propose
    with pytest.raises(WrongPhase):
        sessions.advance_phase(db, teacher, council.id)


def test_double_click_on_next_phase_moves_only_once(db, teacher):
    council = new_session(db, teacher)
    sessions.advance_phase(db, teacher, council.id, expected=Phase.draft)
    with pytest.raises(WrongPhase):
        sessions.advance_phase(db, teacher, council.id, expected=Phase.draft)


def test_closed_session_has_no_next_phase_by_button(db, teacher):
    council = new_session(db, teacher)
    council.phase = Phase.closed
    assert phase_order.next_phase(council) is None


def test_another_teacher_cannot_touch_the_session(db, admin, teacher):
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-1", role=Role.teacher))
    council = new_session(db, teacher)
    with pytest.raises(NotAllowed):
        sessions.advance_phase(db, other, council.id)
    assert sessions.sessions_for(db, other) == []


def test_pupils_cannot_join_a_draft_session(db, teacher):
    council = new_session(db, teacher)
    with pytest.raises(WrongPhase):
        sessions.join(db, code=council.join_code)


def test_join_accepts_lower_case_and_spaces_and_resumes_by_token(db, teacher):
    council = new_session(db, teacher)
    sessions.advance_phase(db, teacher, council.id)
    pupil, token = sessions.join(db, code=" " + council.join_code.lower()[:3] + " " + council.join_code.lower()[3:])
    assert pupil.session_id == council.id
    assert sessions.resume_pupil(db, token) == pupil
    assert sessions.resume_pupil(db, "not-a-token") is None


@pytest.mark.parametrize("code", ["", "ZZZZZZ", "<script>", "x" * 5000])
def test_unknown_code_is_refused(db, teacher, code):
    with pytest.raises(InvalidInput):
        sessions.join(db, code=code)


def test_archived_session_code_has_expired(db, teacher):
    council = new_session(db, teacher)
    council.archived = True
    db.add(council)
    db.commit()
    with pytest.raises(InvalidInput) as err:
        sessions.join(db, code=council.join_code)
    assert err.value.key == "join.expired_code"


def test_counts_show_joined_proposals_and_voted(db, teacher):
    council = new_session(db, teacher)
    sessions.advance_phase(db, teacher, council.id)
    pupil, _ = sessions.join(db, code=council.join_code)
    proposals.submit(db, pupil=pupil, title="Cykelbanor", body="Fler cykelbanor till skolan")
    counts = live.counts(db, council.id)
    assert (counts.joined, counts.proposals, counts.pending, counts.voted) == (1, 1, 1, 0)
