"""How pupils get in, on the teacher's screens and the join page: one-time codes and their slip PDF, switching to
slips after creation closes the shared code, a one-time code joins once, a kiosk turn leaves nothing of the pupil
behind, the join link warns when it points at localhost, and after the close the code box opens what happened."""

from __future__ import annotations

import pytest
from sqlmodel import select

from council import onetime, proposals, sessions
from council.errors import NotAllowed
from council.models import OneTimeCode, Phase

from ..unit.helpers import session_at
from .conftest import app, no_errors
from .test_deliberation_pages import control_room, fresh


def test_teacher_generates_codes_and_gets_a_slip_pdf(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?", one_time_codes=True)
    at = control_room(teacher, council)
    at.number_input(key="codes_count").set_value(12)
    at.button(key="codes_generate").click().run()
    no_errors(at)
    assert at.session_state.codes_pdf.startswith(b"%PDF")
    assert len(db.exec(select(OneTimeCode)).all()) == 12
    at.button(key="codes_revoke_unused").click().run()
    no_errors(at)
    fresh(db)
    assert onetime.counts(db, teacher, council.id).revoked == 12


def test_teacher_switches_to_slips_after_creation_and_the_shared_code_closes(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?")
    sessions.advance_phase(db, teacher, council.id)
    at = control_room(teacher, council)
    assert not [n for n in at.number_input if n.key == "codes_count"]  # shared code: no slips to make yet
    at.toggle(key="join_options_slips").set_value(True)
    at.button(key="join_options_save").click().run()
    no_errors(at)
    assert any("Sparat" in s.value for s in at.success)
    assert at.number_input(key="codes_count") is not None
    fresh(db)
    with pytest.raises(NotAllowed):
        sessions.join(db, code=council.join_code)
    row = db.get(type(council), council.id)
    row.phase = Phase.closed  # after the vote the choices are gone from the page (the service refuses too)
    db.add(row)
    db.commit()
    closed = control_room(teacher, council)
    no_errors(closed)
    assert not [t for t in closed.toggle if t.key == "join_options_slips"]


def test_a_one_time_code_joins_once_through_the_join_page(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?", one_time_codes=True)
    sessions.advance_phase(db, teacher, council.id)
    code = onetime.generate(db, teacher, council.id, count=1)[0]
    for attempt, expected in ((council.join_code, "egen kod"), (code, None), (code, "redan använd")):
        at = app().run()
        at.text_input(key="join_code").input(attempt)
        at.button(key="join_submit").click().run()
        if expected:
            assert expected in at.error[0].value
        else:
            no_errors(at)
            assert at.session_state.pupil is not None


def test_kiosk_turn_ends_after_the_ballot_with_nothing_of_the_pupil_left(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?", kiosk=True)
    sessions.advance_phase(db, teacher, council.id)
    author = sessions.join(db, code=council.join_code)[0]
    proposal = proposals.submit(db, pupil=author, title="Solceller", body="På taket")
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    at = app().run()
    at.text_input(key="join_code").input(council.join_code)
    at.button(key="join_submit").click().run()
    assert "p" not in at.query_params
    at.checkbox(key=f"vote_choice_{proposal.id}").check()
    at.button(key="vote_submit").click().run()
    no_errors(at)
    assert at.session_state.pupil is None and "p" not in at.query_params
    assert f"vote_choice_{proposal.id}" not in at.session_state
    assert any("nästa elevs tur" in s.value for s in at.success)
    at.switch_page("pages/pupil.py").run()  # what Back would do
    assert at.session_state.pupil is None and not at.get("checkbox")


def test_the_teacher_is_warned_when_the_join_link_points_at_localhost(teacher, db, monkeypatch):
    council, _, _ = session_at(db, teacher, Phase.propose)
    monkeypatch.delenv("COUNCIL_PUBLIC_URL", raising=False)
    at = control_room(teacher, council)
    assert any("localhost" in w.value for w in at.warning), "AppTest's own address is localhost"
    monkeypatch.setenv("COUNCIL_PUBLIC_URL", "https://klimat.karlstad.se/")
    at = control_room(teacher, council)
    no_errors(at)
    assert not [w for w in at.warning if "localhost" in w.value]
    assert any(f"https://klimat.karlstad.se/?code={council.join_code}" in m.value for m in at.markdown)


def test_after_the_close_the_code_box_says_the_code_opens_what_happened_not_a_join(teacher, db, monkeypatch):
    monkeypatch.setenv("COUNCIL_PUBLIC_URL", "https://klimat.karlstad.se/")
    council, _, _ = session_at(db, teacher, Phase.closed)
    at = control_room(teacher, council)
    no_errors(at)
    shown = [c.value for c in at.caption] + [m.value for m in at.markdown]
    assert any("Vad hände med förslagen?" in text for text in shown)
    assert not any(text == "Kod för att gå med" for text in shown)
    assert any(f"https://klimat.karlstad.se/progress?code={council.join_code}" in text for text in shown)
