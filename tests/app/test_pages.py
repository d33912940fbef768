"""The first run, logging in and who may open which page run without an exception, and the accounts and report
pages' core widgets do what they say. The control room is in test_control_room_pages.py, the pupil's ballot in
test_ballot_pages.py."""

from __future__ import annotations

from sqlmodel import select

from council import sessions, voting
from council.models import CouncilSession, Phase

from ..unit.helpers import session_at
from .conftest import app, no_errors


def test_empty_install_opens_the_first_run_page_and_creates_the_admin():
    at = app().run()
    no_errors(at)
    at.text_input(key="setup_school").input("Kroppkärrskolan")
    at.text_input(key="setup_username").input("rektor")
    at.text_input(key="setup_password").input("rektor-secret")
    at.button(key="setup_submit").click().run()
    no_errors(at)
    assert at.session_state.actor.username == "rektor"
    at.switch_page("pages/teacher_sessions.py").run()
    no_errors(at)
    assert any("Mina klimatråd" in t.value for t in at.title)


def test_setup_with_a_short_password_shows_a_message():
    at = app().run()
    at.text_input(key="setup_username").input("rektor")
    at.text_input(key="setup_password").input("kort")
    at.button(key="setup_submit").click().run()
    assert at.session_state.actor is None
    assert "minst 8 tecken" in at.error[0].value


def test_visitor_sees_the_join_page_and_a_wrong_code_gets_a_message(admin):
    at = app().run()
    no_errors(at)
    at.text_input(key="join_code").input("ZZZZZZ")
    at.button(key="join_submit").click().run()
    assert "Vi hittar inget klimatråd med den koden" in at.error[0].value


def test_wrong_password_gets_a_clear_message(teacher):
    at = app().run()
    at.switch_page("pages/login.py").run()
    at.text_input(key="login_username").input("anna")
    at.text_input(key="login_password").input("fel-losenord")
    at.button(key="login_submit").click().run()
    assert at.error[0].value.startswith("Fel användarnamn")
    assert at.session_state.actor is None


def test_teacher_logs_in_and_creates_a_session(teacher, db):
    at = app().run()
    at.switch_page("pages/login.py").run()
    at.text_input(key="login_username").input("anna")
    at.text_input(key="login_password").input("anna-secret-1")
    at.button(key="login_submit").click().run()
    no_errors(at)
    assert at.session_state.actor.username == "anna"
    at.switch_page("pages/teacher_sessions.py").run()
    at.text_input(key="new_session_title").input("Transporter 6B")
    at.text_area(key="new_session_question").input("Hur ska Karlstad halvera utsläppen?")
    at.button(key="new_session_create").click().run()
    no_errors(at)
    council = db.exec(select(CouncilSession)).one()
    assert council.title == "Transporter 6B" and council.phase == Phase.draft


def test_teacher_pages_refuse_a_visitor_who_is_not_logged_in(teacher, db):
    council, _, _ = session_at(db, teacher, Phase.propose)
    at = app()
    at.query_params["session"] = str(council.id)
    at.run()
    for page in ("pages/control_room.py", "pages/teacher_sessions.py", "pages/accounts.py"):
        at.switch_page(page).run()
        no_errors(at)
        assert any("Logga in" in w.value for w in at.warning)
        assert council.join_code not in " ".join(m.value for m in at.markdown)


def test_another_teachers_session_is_refused_in_the_control_room(teacher, admin, db):
    from council import auth
    from council.models import Role

    council, _, _ = session_at(db, teacher, Phase.propose)
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-1", role=Role.teacher))
    at = app(actor=other)
    at.query_params["session"] = str(council.id)
    at.run()
    at.switch_page("pages/control_room.py").run()
    assert any("behörighet" in e.value for e in at.error)
    assert council.join_code not in " ".join(m.value for m in at.markdown)


def test_admin_accounts_page_creates_a_teacher(admin, db):
    at = app(actor=admin).run()
    at.switch_page("pages/accounts.py").run()
    no_errors(at)
    at.text_input(key="account_username").input("bo")
    at.text_input(key="account_password").input("bo-secret-123")
    at.button(key="account_create").click().run()
    no_errors(at)
    assert "bo" in at.success[0].value


def test_report_page_freezes_versions_and_offers_every_format(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.run()
    at.switch_page("pages/report.py").run()
    no_errors(at)
    assert any("Klassen" in m.value or "klass" in m.value for m in at.markdown)
    at.text_area(key="report_comment").input("Klassen var engagerad.")
    at.button(key="report_freeze").click().run()
    no_errors(at)
    keys = {b.key for b in at.get("download_button")} if at.get("download_button") else set()
    documents = {"export_pdf", "export_docx", "export_txt", "export_md"}
    assert documents | {"export_xlsx", "export_csv", "export_csv_data"} <= keys
    from council import reports

    assert [r.version for r in reports.versions(db, teacher, council.id)] == [1]
    at.button(key="report_freeze").click().run()
    no_errors(at)
    db.rollback()
    assert len(reports.versions(db, teacher, council.id)) == 2
