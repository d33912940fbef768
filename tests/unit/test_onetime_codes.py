"""One-time codes: hashed, once each, revocable; with the mode on the shared code lets nobody in."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlmodel import select

from council import join_codes, onetime, sessions, slips
from council.errors import InvalidInput, NotAllowed, WrongPhase
from council.models import OneTimeCode, Participant


def slip_session(db, teacher, *, start=True):
    council = sessions.create_session(db, teacher, title="T", question="Q?", one_time_codes=True)
    if start:
        sessions.advance_phase(db, teacher, council.id)
    return council


def test_codes_are_ten_unambiguous_characters_and_only_their_hashes_are_stored(db, teacher):
    council = slip_session(db, teacher)
    codes = onetime.generate(db, teacher, council.id, count=5)
    assert len(set(codes)) == 5
    assert all(len(c) == 10 and set(c) <= set(join_codes.CODE_ALPHABET) for c in codes)
    stored = " ".join(row.code_hash for row in db.exec(select(OneTimeCode)))
    assert not any(code in stored for code in codes)
    assert onetime.counts(db, teacher, council.id).unused == 5


def test_a_code_joins_once_as_one_participant(db, teacher):
    council = slip_session(db, teacher)
    code = onetime.generate(db, teacher, council.id, count=1)[0]
    pupil, token = onetime.join(db, code=f"{code[:5].lower()} {code[5:]}")
    assert pupil.session_id == council.id and sessions.resume_pupil(db, token) == pupil
    with pytest.raises(InvalidInput) as refused:
        onetime.join(db, code=code)
    assert refused.value.key == "join.code_used"
    assert len(db.exec(select(Participant)).all()) == 1


def test_with_codes_on_the_shared_code_alone_lets_nobody_in(db, teacher):
    council = slip_session(db, teacher)
    for join in (sessions.join, onetime.join):
        with pytest.raises(NotAllowed):
            join(db, code=council.join_code)
    assert db.exec(select(Participant)).all() == []


def test_the_shared_code_still_works_without_the_mode(db, teacher):
    council = sessions.create_session(db, teacher, title="T", question="Q?")
    sessions.advance_phase(db, teacher, council.id)
    assert onetime.join(db, code=council.join_code)[0].session_id == council.id


def test_a_code_is_not_spent_before_the_session_starts(db, teacher):
    council = slip_session(db, teacher, start=False)
    code = onetime.generate(db, teacher, council.id, count=1)[0]
    with pytest.raises(WrongPhase):
        onetime.join(db, code=code)
    sessions.advance_phase(db, teacher, council.id)
    assert onetime.join(db, code=code)


def test_more_codes_can_be_made_and_unused_ones_revoked(db, teacher):
    council = slip_session(db, teacher)
    first = onetime.generate(db, teacher, council.id, count=3)
    onetime.join(db, code=first[0])
    onetime.revoke(db, teacher, council.id, code=first[1])
    later = onetime.generate(db, teacher, council.id, count=2)
    assert onetime.revoke_unused(db, teacher, council.id) == 3
    assert onetime.counts(db, teacher, council.id) == onetime.CodeCounts(made=5, used=1, revoked=4)
    for code in (first[1], first[2], later[0]):
        with pytest.raises(InvalidInput, match="join.code_revoked"):
            onetime.join(db, code=code)


def test_batch_size_is_limited_and_only_the_owner_makes_codes(db, teacher, admin):
    from council import auth
    from council.models import Role

    council = slip_session(db, teacher)
    for bad in (0, onetime.MAX_BATCH + 1):
        with pytest.raises(InvalidInput):
            onetime.generate(db, teacher, council.id, count=bad)
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-1", role=Role.teacher))
    with pytest.raises(NotAllowed):
        onetime.generate(db, other, council.id, count=1)


def test_the_slip_pdf_has_every_code_a_qr_and_swedish_instructions():
    codes = [onetime.new_slip_code() for _ in range(12)]
    pdf = PdfReader(io.BytesIO(slips.slips_pdf(codes, base_url="https://klimat.example.se/control", title="6B")))
    assert len(pdf.pages) == 2
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert all(f"{c[:5]} {c[5:]}" in text for c in codes)
    assert "skanna QR-koden" in text and "klimat.example.se" in text
    assert len(pdf.pages[0].images) == 10
    assert slips.join_link("https://klimat.example.se/x?y=1", "ABCDE23456") == (
        "https://klimat.example.se/?code=ABCDE23456"
    )


def test_slips_can_be_switched_on_after_creation_and_close_the_shared_code(db, teacher):
    council = sessions.create_session(db, teacher, title="T", question="Q?")
    sessions.advance_phase(db, teacher, council.id)
    early, _ = sessions.join(db, code=council.join_code)
    changed = onetime.set_join_options(db, teacher, council.id, one_time_codes=True, kiosk=False)
    assert changed.one_time_codes and not changed.kiosk
    with pytest.raises(NotAllowed):
        sessions.join(db, code=council.join_code)
    slip = onetime.generate(db, teacher, council.id, count=1)[0]
    assert onetime.join(db, code=slip)[0].session_id == council.id
    assert db.get(Participant, early.participant_id) is not None  # who joined before keeps their place
    onetime.set_join_options(db, teacher, council.id, one_time_codes=False, kiosk=True)
    assert sessions.join(db, code=council.join_code)[0].session_id == council.id
    assert db.get(type(council), council.id).kiosk


def test_join_options_are_the_owners_and_end_with_the_vote(db, teacher, admin):
    from council import auth
    from council.models import AuditEvent, Phase, Role

    council = sessions.create_session(db, teacher, title="T", question="Q?")
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-12", role=Role.teacher))
    with pytest.raises(NotAllowed):
        onetime.set_join_options(db, other, council.id, one_time_codes=True, kiosk=True)
    with pytest.raises(NotAllowed):
        onetime.set_join_options(db, None, council.id, one_time_codes=True, kiosk=True)
    row = db.get(type(council), council.id)
    row.phase = Phase.closed
    db.add(row)
    db.commit()
    with pytest.raises(WrongPhase):
        onetime.set_join_options(db, teacher, council.id, one_time_codes=True, kiosk=True)
    db.expire_all()
    assert not db.get(type(council), council.id).one_time_codes
    actions = [entry.action for entry in db.exec(select(AuditEvent))]
    assert "session.join_options" not in actions


def test_after_kiosk_mode_is_switched_on_no_pupil_comes_back_by_the_link_in_the_address(db, teacher):
    """Pupils who joined before kiosk mode have their token in the browser's history; on a shared computer
    the next pupil must not be able to press Back and go on as them."""
    council = sessions.create_session(db, teacher, title="T", question="Q?")
    sessions.advance_phase(db, teacher, council.id)
    pupil, token = sessions.join(db, code=council.join_code)
    assert sessions.resume_pupil(db, token) == pupil
    onetime.set_join_options(db, teacher, council.id, one_time_codes=False, kiosk=True)
    assert sessions.resume_pupil(db, token) is None
    onetime.set_join_options(db, teacher, council.id, one_time_codes=False, kiosk=False)
    assert sessions.resume_pupil(db, token) == pupil
