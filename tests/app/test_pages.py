"""Every page runs for each role without an exception, and the core widgets do what they say."""

from __future__ import annotations

import pytest
from sqlmodel import select

from council import sessions, voting
from council.models import CouncilSession, Phase

from ..unit.helpers import ballots_of, session_at
from .conftest import app, no_errors, pupil_for


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


def test_control_room_in_each_phase(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Cykelbanor",))
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    no_errors(at)
    assert any(council.join_code in m.value for m in at.markdown)
    for phase in (Phase.vote, Phase.closed):
        at.button(key="phase_next").click().run()
        at.button(key="phase_confirm").click().run()
        no_errors(at)
        db.rollback()  # a new read snapshot: the app changed the phase through its own connection
        db.expire_all()
        db.refresh(council)
        assert council.phase == phase
    assert at.dataframe[0].value.shape[0] == 1
    assert [b.key for b in at.get("download_button")] == ["export_csv", "export_csv_data"]


def test_moderation_buttons_publish_and_reject(teacher, db):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    from council import proposals

    first = proposals.submit(db, pupil=pupils[0], title="Solceller", body="På taket")
    second = proposals.submit(db, pupil=pupils[1], title="Förbjud allt", body="Allt")
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    at.button(key=f"moderate_publish_{first.id}").click().run()
    at.text_input(key=f"moderate_reason_{second.id}").input("För brett")
    at.button(key=f"moderate_reject_{second.id}").click().run()
    no_errors(at)
    db.rollback()
    db.expire_all()
    assert [p.title for p in proposals.published(db, council.id)] == ["Solceller"]
    assert proposals.mine(db, pupil=pupils[1])[0].reject_reason == "För brett"


def test_pupil_proposes_votes_once_and_sees_the_receipt(teacher, db):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    pupil, token = sessions.join(db, code=council.join_code)
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.run()
    at.switch_page("pages/pupil.py").run()
    no_errors(at)
    at.text_input(key="proposal_title").input("<script>alert(1)</script>")
    at.text_area(key="proposal_body").input("[x](javascript:alert(1))")
    at.selectbox(key="proposal_theme").select("Mat")
    at.button(key="proposal_submit").click().run()
    no_errors(at)
    shown = " ".join(m.value for m in at.markdown)
    assert "\\<script\\>" in shown and "\\[x\\]\\(javascript" not in shown.replace("\\(javascript", "")
    from council import proposals

    proposal = proposals.mine(db, pupil=pupil)[0]
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    at.run()
    no_errors(at)
    at.checkbox(key=f"vote_choice_{proposal.id}").check()
    at.button(key="vote_submit").click().run()
    no_errors(at)
    assert any("Din röst är räknad" in s.value for s in at.success)
    assert len(ballots_of(db, council.id)) == 1
    again = app()
    again.session_state["pupil"] = pupil_for(token)
    again.run()
    again.switch_page("pages/pupil.py").run()
    assert not [b for b in again.button if b.key == "vote_submit"]
    assert any("Din röst är räknad" in s.value for s in again.success)
    assert any("stänger omröstningen" in c.value for c in again.caption), "the pupil is told what happens next"


@pytest.mark.parametrize(
    ("age", "title", "words"),
    [
        (
            "7-9",
            "Så hålls din röst hemlig",
            ("förseglad låda", "den som sköter servern", "färre än fem", "Betygskoden"),
        ),
        ("4-6", "Är min röst hemlig?", ("blandas", "den vuxna som sköter servern", "betygskod")),
    ],
)
def test_the_ballot_and_the_receipt_say_how_far_the_secrecy_goes(teacher, db, age, title, words):
    council, _, written = session_at(db, teacher, Phase.vote)
    council.age_group = age
    db.add(council)
    db.commit()
    pupil, token = sessions.join(db, code=council.join_code)
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.run()
    at.switch_page("pages/pupil.py").run()
    for step in ("ballot", "receipt"):
        no_errors(at)
        [note] = [e for e in at.expander if e.label == title]
        text = " ".join(m.value for m in note.markdown)
        assert all(word in text for word in words), (step, text)
        if step == "ballot":
            at.checkbox(key=f"vote_choice_{written[0].id}").check()
            at.button(key="vote_submit").click().run()
            assert any("räknad" in s.value for s in at.success)


def test_pupil_with_an_empty_ballot_gets_a_message_and_no_vote(teacher, db):
    council, _, written = session_at(db, teacher, Phase.vote)
    pupil, token = sessions.join(db, code=council.join_code)
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.run()
    at.switch_page("pages/pupil.py").run()
    at.button(key="vote_submit").click().run()
    assert "minst ett" in at.error[0].value
    assert ballots_of(db, council.id) == []


def test_pupil_sees_results_after_close_in_english(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    pupil, token = sessions.join(db, code=council.join_code)
    voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/pupil.py").run()
    no_errors(at)
    assert any("This is what the class chose" in s.value for s in at.subheader)  # easy-read: years 4–6
    assert any("Fewer than 5" in w.value for w in at.warning)


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


def test_the_control_room_counts_what_the_ballot_lists_and_voted_out_of_joined(teacher, db):
    from council import proposals

    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Cykelbanor", "Solceller"))
    proposals.submit(db, pupil=pupils[0], title="Fler träd", body="På skolgården")
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    no_errors(at)
    shown = {m.label: m.value for m in at.metric}
    assert shown["Förslag på listan"] == "2"
    assert shown["Har gått med"] == "3"
    assert shown["Har röstat"] == "0 av 3"


def fresh_phase(db, council):
    db.rollback()
    db.expire_all()
    db.refresh(council)
    return council.phase


def test_closing_the_vote_asks_first_with_how_many_have_voted(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    at.button(key="phase_next").click().run()
    no_errors(at)
    assert fresh_phase(db, council) == Phase.vote, "one click closed the vote without asking"
    assert any("1 av 3 har röstat" in w.value for w in at.warning)
    at.button(key="phase_cancel").click().run()
    assert "phase_confirm" not in [b.key for b in at.button]
    assert fresh_phase(db, council) == Phase.vote
    at.button(key="phase_next").click().run()
    at.button(key="phase_confirm").click().run()
    no_errors(at)
    assert fresh_phase(db, council) == Phase.closed


def test_starting_the_vote_asks_first_and_says_what_is_left_out(teacher, db):
    from council import proposals

    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=("Cykelbanor",))
    proposals.submit(db, pupil=pupils[1], title="Fler träd", body="På skolgården")
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    at.button(key="phase_next").click().run()
    assert fresh_phase(db, council) == Phase.propose
    question = " ".join(w.value for w in at.warning)
    assert "Förslag på röstsedeln: 1" in question and "kommer inte med: 1" in question


def test_the_teacher_steps_back_from_the_vote_while_nobody_has_voted(teacher, db):
    council, _, written = session_at(db, teacher, Phase.vote)
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    at.button(key="phase_back").click().run()
    no_errors(at)
    assert fresh_phase(db, council) == Phase.propose
    assert any("Inget har försvunnit" in s.value for s in at.success)


def test_the_way_back_is_closed_once_a_ballot_exists(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    assert at.button(key="phase_back").disabled
    assert any("Det finns redan röster" in c.value for c in at.caption)
