"""A login stops working at once in an open tab; admin forms are only for admins; guessing meets a wait; the control
room warns when more joined than the class has pupils (issue 17, items 1, 2, 5, 11)."""

from __future__ import annotations

import pytest
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from council import accounts, auth, logins, sessions, throttle
from council.models import Phase, Role
from council.runtime_tables import Throttle

from ..unit.helpers import session_at
from .conftest import app, no_errors


def open_tab(actor: auth.Actor, db: Session, page: str = "pages/teacher_sessions.py") -> AppTest:
    """A teacher's tab that logged in with a password (its login token as the cookie would give it)."""
    at = app(actor=actor, login_token=logins.start_login(db, actor)).run()
    at.switch_page(page).run()
    no_errors(at)
    return at


def assert_logged_out(at: AppTest) -> None:
    assert at.session_state.actor is None
    assert any("gäller inte längre" in w.value for w in at.warning), [w.value for w in at.warning]
    assert not any("Mina klimatråd" in t.value for t in at.title)


@pytest.mark.parametrize("change", ["deactivate", "role", "logout"])
def test_an_open_tab_stops_working_at_once(db, admin, teacher, change):
    at = open_tab(teacher, db)
    assert any("Mina klimatråd" in t.value for t in at.title)
    if change == "deactivate":
        accounts.set_active(db, admin, teacher.user_id, active=False)
    elif change == "role":
        accounts.edit(db, admin, teacher.user_id, display_name="Anna", email="", role=Role.admin)
    else:
        logins.end_login(db, at.session_state.login_token)  # logged out in another tab
    at.run()
    assert_logged_out(at)


def test_an_expired_login_stops_working_in_its_tab(db, teacher):
    from sqlmodel import select

    from council.models import utcnow
    from council.runtime_tables import LoginSession

    at = open_tab(teacher, db)
    login = db.exec(select(LoginSession)).one()
    login.expires_at = utcnow()
    db.add(login)
    db.commit()
    at.run()
    assert_logged_out(at)


@pytest.mark.parametrize(
    ("page", "form_key"),
    [("pages/accounts.py", "account_username"), ("pages/committees_admin.py", "committee_name")],
)
def test_admin_forms_are_not_shown_to_a_teacher(db, admin, teacher, page, form_key):
    at = app(actor=teacher).run()
    at.switch_page(page).run()
    assert not [w for w in at.text_input if w.key == form_key]
    assert any("bara för administratörer" in w.value for w in at.warning)
    mine = app(actor=admin).run()
    mine.switch_page(page).run()
    no_errors(mine)
    assert [w for w in mine.text_input if w.key == form_key]


def test_the_data_page_shows_a_teacher_nothing_of_the_admins(db, teacher):
    at = app(actor=teacher).run()
    at.switch_page("pages/admin_data.py").run()
    assert [b.key for b in at.button] == ["logout"] and not at.dataframe
    assert any("bara för administratörer" in w.value for w in at.warning)


def test_wrong_passwords_on_the_page_count_and_a_locked_account_waits_until_the_admin_lifts_it(db, admin, teacher):
    at = app().run()
    at.switch_page("pages/login.py").run()
    at.text_input(key="login_username").input("anna")
    at.text_input(key="login_password").input("fel-losenord")
    at.button(key="login_submit").click().run()
    assert db.get(Throttle, throttle.key(throttle.LOGIN_ACCOUNT, "anna")).failures == 1
    for _ in range(10):  # as if she had kept guessing: the wait is minutes now, whatever the machine's speed
        throttle.count(db, throttle.LOGIN_ACCOUNT, "anna")
    db.commit()
    at.text_input(key="login_password").input("anna-secret-1")
    at.button(key="login_submit").click().run()
    assert at.session_state.actor is None and "Vänta" in at.error[0].value

    accounts = app(actor=admin).run()
    accounts.switch_page("pages/accounts.py").run()
    no_errors(accounts)
    accounts.button(key=f"account_lift_{teacher.user_id}").click().run()
    no_errors(accounts)
    assert logins.lockouts(db, admin) == {}


def test_a_common_password_is_refused_on_the_accounts_page(db, admin):
    at = app(actor=admin).run()
    at.switch_page("pages/accounts.py").run()
    at.text_input(key="account_username").input("bo")
    at.text_input(key="account_password").input("Password123")
    at.button(key="account_create").click().run()
    assert "för vanligt" in at.error[0].value


def test_the_control_room_warns_when_more_joined_than_the_class_has(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose, pupils=3, titles=())
    council.expected_size = 2
    db.add(council)
    db.commit()
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.run()
    at.switch_page("pages/control_room.py").run()
    no_errors(at)
    assert any("3 har gått med" in w.value and "engångskoder" in w.value for w in at.warning)
    sessions.join(db, code=council.join_code)  # still fine: the warning is advice, joining goes on
