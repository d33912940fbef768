"""Single sign-on by e-mail (only with [auth] configured), and the admin's data and audit page."""

from __future__ import annotations

from sqlmodel import select

from council import auth, sessions, voting
from council.models import CouncilSession, Phase, Role
from council.secret_tables import Ballot

from ..unit.helpers import session_at
from .conftest import app, no_errors

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "x" * 32,
    "client_id": "klimat",
    "client_secret": "hemligt",
    "server_metadata_url": "https://login.example.se/.well-known/openid-configuration",
}


def signed_in(email: str, verified: bool = True):
    at = app()
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "email": email, "email_verified": verified, "name": "Anna Lärare"}
    return at


def test_without_auth_config_the_app_runs_as_before(teacher):
    at = app().run()
    at.switch_page("pages/login.py").run()
    no_errors(at)
    assert not [b for b in at.button if b.key == "login_sso"]
    assert at.session_state.actor is None


def test_with_auth_config_the_login_page_offers_the_school_account(teacher):
    at = app()
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": False}
    at.run()
    at.switch_page("pages/login.py").run()
    no_errors(at)
    assert at.button(key="login_sso").label == "Logga in med skolans konto"
    assert at.session_state.actor is None


def test_sso_teacher_is_mapped_to_the_account_with_that_email(db, admin):
    auth.create_user(db, admin, username="anna", password="anna-secret-1", role=Role.teacher, email="anna@skola.se")
    at = signed_in("Anna@Skola.se").run()
    no_errors(at)
    assert at.session_state.actor.username == "anna"
    at.switch_page("pages/teacher_sessions.py").run()
    no_errors(at)
    assert any("Mina klimatråd" in t.value for t in at.title)


def test_sso_address_the_provider_did_not_verify_opens_no_account(db, admin):
    auth.create_user(db, admin, username="anna", password="anna-secret-1", role=Role.teacher, email="anna@skola.se")
    at = signed_in("anna@skola.se", verified=False).run()
    assert at.session_state.actor is None
    assert "inte bekräftat" in at.error[0].value


def test_sso_user_without_an_account_gets_a_clear_message(db, admin):
    at = signed_in("okand@skola.se").run()
    assert at.session_state.actor is None
    assert "inget aktivt konto" in at.error[0].value and "okand@skola.se" in at.error[0].value


def test_sso_user_whose_account_is_inactive_is_refused(db, admin):
    user = auth.create_user(db, admin, username="berit", password="berit-secret", role=Role.teacher, email="b@skola.se")
    user.active = False
    db.add(user)
    db.commit()
    at = signed_in("b@skola.se").run()
    assert at.session_state.actor is None and "inget aktivt konto" in at.error[0].value


def test_admin_certifies_archives_and_deletes_ballots_and_reads_the_log(db, admin, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    for pupil in pupils:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    at = app(actor=admin).run()
    at.switch_page("pages/admin_data.py").run()
    no_errors(at)
    at.button(key="data_certify").click().run()
    db.rollback()
    assert db.get(CouncilSession, council.id).certified_results is None, "certified without asking"
    assert any("Certifiera resultatet för" in w.value and "3 rösterna" in w.value for w in at.warning)
    at.button(key="data_certify_confirm").click().run()
    at.button(key="data_archive").click().run()
    no_errors(at)
    at.button(key="data_delete").click().run()
    db.rollback()
    db.expire_all()
    assert not db.get(CouncilSession, council.id).ballots_deleted, "deleted without asking"
    assert any("Det går inte att ångra" in w.value and "(3 st.)" in w.value for w in at.warning)
    at.button(key="data_delete_confirm").click().run()
    no_errors(at)
    assert "3 röstsedlar är raderade." in [message.value for message in at.success]
    db.rollback()  # a new read snapshot: the app wrote through its own connection
    db.expire_all()
    stored = db.get(CouncilSession, council.id)
    assert stored.archived and stored.ballots_deleted and stored.certified_results["ballots"] == 3
    assert db.exec(select(Ballot)).all() == []
    log = at.dataframe[-1].value
    assert {"certifierade resultatet i ”Transporter”", "arkiverade ”Transporter”"} <= set(log["Vad"])
    assert f"session?session={council.id}" in set(log["Länk"])


def test_teacher_cannot_open_the_data_page(teacher):
    at = app(actor=teacher).run()
    at.switch_page("pages/admin_data.py").run()
    assert any("bara för administratörer" in w.value for w in at.warning) and not at.dataframe
