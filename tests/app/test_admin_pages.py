"""The admin's pages: accounts are edited, deactivated and given new passwords; committees renamed and removed."""

from __future__ import annotations

from council import auth, committees
from council.errors import InvalidInput
from council.models import Role, User

from .conftest import app, no_errors


def accounts_page(admin):
    at = app(actor=admin).run()
    return at.switch_page("pages/accounts.py").run()


def fresh(db):
    db.rollback()
    db.expire_all()


def test_the_admin_deactivates_an_account_which_then_cannot_log_in_and_shows_as_inactive(db, admin, teacher):
    at = accounts_page(admin)
    no_errors(at)
    at.selectbox(key="account_pick").select(teacher.user_id).run()
    at.button(key="account_toggle_active").click().run()
    no_errors(at)
    assert any("inaktiverat" in s.value for s in at.success)
    fresh(db)
    try:
        auth.authenticate(db, username="anna", password="anna-secret-1")
        raise AssertionError("a deactivated account logged in")
    except InvalidInput:
        pass
    listed = at.dataframe[0].value
    assert listed.loc[listed["Användarnamn"] == "anna", "Läge"].item() == "inaktivt"
    login = app().run()
    login.switch_page("pages/login.py").run()
    login.text_input(key="login_username").input("anna")
    login.text_input(key="login_password").input("anna-secret-1")
    login.button(key="login_submit").click().run()
    assert login.session_state.actor is None and login.error[0].value.startswith("Fel användarnamn")


def test_the_admin_edits_an_account_and_resets_its_password(db, admin, teacher):
    body = committees.add_committee(db, admin, name="Tekniska nämnden")
    at = accounts_page(admin)
    at.selectbox(key="account_pick").select(teacher.user_id).run()
    at.text_input(key=f"account_name_{teacher.user_id}").input("Anna Berg")
    at.selectbox(key=f"account_role_{teacher.user_id}").select(Role.committee)
    at.selectbox(key=f"account_committee_{teacher.user_id}").select(body.id)
    at.button(key="account_save").click().run()
    no_errors(at)
    fresh(db)
    user = db.get(User, teacher.user_id)
    assert (user.display_name, user.role, user.committee_id) == ("Anna Berg", Role.committee, body.id)
    at.text_input(key="account_new_password").input("kort")
    at.button(key="account_reset").click().run()
    assert any("minst 8 tecken" in e.value for e in at.error)
    at.text_input(key="account_new_password").input("ett-nytt-losen")
    at.button(key="account_reset").click().run()
    no_errors(at)
    fresh(db)
    assert auth.authenticate(db, username="anna", password="ett-nytt-losen").role == Role.committee


def test_the_admin_renames_a_committee_and_removes_an_unused_one(db, admin):
    used, spare = (committees.add_committee(db, admin, name=n) for n in ("Tekniska nämnden", "Miljönämnden"))
    auth.create_user(db, admin, username="nils", password="nils-secret", role=Role.committee, committee_id=used.id)
    at = app(actor=admin).run()
    at.switch_page("pages/committees_admin.py").run()
    no_errors(at)
    at.selectbox(key="committee_pick").select(used.id).run()
    assert at.button(key="committee_remove").disabled
    assert any("ledamöter" in c.value for c in at.caption)
    at.selectbox(key="committee_pick").select(spare.id).run()
    at.text_input(key=f"committee_new_name_{spare.id}").input("Miljö- och klimatnämnden")
    at.button(key="committee_rename").click().run()
    no_errors(at)
    assert "Miljö- och klimatnämnden" in list(at.dataframe[0].value["Namn"])
    at.selectbox(key="committee_pick").select(spare.id).run()
    at.button(key="committee_remove").click().run()
    no_errors(at)
    assert list(at.dataframe[0].value["Namn"]) == ["Tekniska nämnden"]


def test_a_teacher_cannot_change_accounts(db, admin, teacher):
    at = accounts_page(teacher)
    assert at.warning and "account_toggle_active" not in [b.key for b in at.button]


def test_deleting_ballots_of_a_session_not_yet_certified_says_why_instead_of_asking(db, admin, teacher):
    from council.models import Phase

    from ..unit.helpers import session_at

    council, _, _ = session_at(db, teacher, Phase.vote)
    at = app(actor=admin).run()
    at.switch_page("pages/admin_data.py").run()
    at.button(key="data_delete").click().run()
    assert "data_delete_confirm" not in [b.key for b in at.button]
    assert any("Certifiera resultatet och arkivera" in e.value for e in at.error)
    at.button(key="data_certify").click().run()
    assert any("när röstningen är avslutad" in e.value for e in at.error)
    assert council.id
