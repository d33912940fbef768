"""The admin edits accounts, deactivates them and resets passwords; committees are renamed and removed; every
change is in the audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from council import accounts, auth, committee_admin, committees, logins, reports, sessions, voting
from council.errors import InvalidInput, NotAllowed
from council.models import AuditEvent, Committee, Phase, Role, User

from .helpers import session_at


def audit(db) -> list[tuple[str, str]]:
    return [tuple(row) for row in db.exec(select(AuditEvent.action, AuditEvent.target))]


def test_the_admin_edits_name_e_mail_and_role(db, admin, teacher):
    body = committees.add_committee(db, admin, name="Tekniska nämnden")
    edited = accounts.edit(
        db, admin, teacher.user_id, display_name="Anna Berg", email="Anna@Skola.se", role=Role.committee,
        committee_id=body.id,
    )  # fmt: skip
    assert (edited.display_name, edited.email, edited.role, edited.committee_id) == (
        "Anna Berg", "anna@skola.se", Role.committee, body.id,
    )  # fmt: skip
    assert ("user.edit", "user:anna") in audit(db)


def test_a_committee_member_needs_a_committee_and_an_e_mail_cannot_be_taken_twice(db, admin, teacher):
    with pytest.raises(InvalidInput):
        accounts.edit(db, admin, teacher.user_id, display_name="", email="", role=Role.committee, committee_id=None)
    accounts.edit(db, admin, admin.user_id, display_name="", email="rektor@skola.se", role=Role.admin)
    with pytest.raises(InvalidInput) as refused:
        accounts.edit(db, admin, teacher.user_id, display_name="", email="REKTOR@skola.se", role=Role.teacher)
    assert refused.value.key == "auth.email_taken"


def test_a_deactivated_account_can_no_longer_log_in_and_its_logins_end(db, admin, teacher):
    token = logins.start_login(db, teacher)
    accounts.set_active(db, admin, teacher.user_id, active=False)
    with pytest.raises(InvalidInput):
        auth.authenticate(db, username="anna", password="anna-secret-1")
    assert logins.resume_login(db, token) is None, "an open browser stays logged in"
    assert not db.get(User, teacher.user_id).active
    assert ("user.deactivate", "user:anna") in audit(db)
    accounts.set_active(db, admin, teacher.user_id, active=True)
    assert auth.authenticate(db, username="anna", password="anna-secret-1").username == "anna"


def test_the_last_active_admin_cannot_be_deactivated_or_demoted(db, admin):
    with pytest.raises(InvalidInput) as refused:
        accounts.set_active(db, admin, admin.user_id, active=False)
    assert refused.value.key == "accounts.last_admin"
    with pytest.raises(InvalidInput):
        accounts.edit(db, admin, admin.user_id, display_name="", email="", role=Role.teacher)


def test_a_password_reset_keeps_the_rule_and_ends_the_old_logins(db, admin, teacher):
    token = logins.start_login(db, teacher)
    with pytest.raises(InvalidInput):
        accounts.reset_password(db, admin, teacher.user_id, password="kort")
    accounts.reset_password(db, admin, teacher.user_id, password="nytt-losenord-7")
    assert logins.resume_login(db, token) is None
    assert auth.authenticate(db, username="anna", password="nytt-losenord-7").username == "anna"
    with pytest.raises(InvalidInput):
        auth.authenticate(db, username="anna", password="anna-secret-1")
    assert ("user.reset_password", "user:anna") in audit(db)


def test_only_an_admin_manages_accounts(db, admin, teacher):
    with pytest.raises(NotAllowed):
        accounts.set_active(db, teacher, admin.user_id, active=False)
    with pytest.raises(NotAllowed):
        accounts.reset_password(db, teacher, admin.user_id, password="hacker-pass-1")
    with pytest.raises(NotAllowed):
        committee_admin.rename(db, teacher, 1, name="X")


def test_a_committee_is_renamed_and_one_without_forwardings_or_members_removed(db, admin):
    spare = committees.add_committee(db, admin, name="Miljönämnden")
    renamed = committee_admin.rename(db, admin, spare.id, name="Miljö- och klimatnämnden")
    assert renamed.name == "Miljö- och klimatnämnden"
    committee_admin.remove(db, admin, spare.id)
    assert db.get(Committee, spare.id) is None
    assert ("committee.rename", f"committee:{spare.id}") in audit(db)
    assert ("committee.remove", "Miljö- och klimatnämnden") in audit(db)


def test_a_committee_with_a_forwarding_or_a_member_stays(db, admin, teacher):
    sent, member_of = (committees.add_committee(db, admin, name=n) for n in ("Tekniska nämnden", "Kommunstyrelsen"))
    auth.create_user(db, admin, username="nils", password="nils-secret", role=Role.committee, committee_id=member_of.id)
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    report = reports.freeze(db, teacher, council.id, committee_ids=[sent.id])
    committees.forward(db, teacher, report.id, committee_ids=[sent.id], deadline=dt.date.today())
    for body, why in ((sent, "committee.has_forwardings"), (member_of, "committee.has_members")):
        with pytest.raises(InvalidInput) as refused:
            committee_admin.remove(db, admin, body.id)
        assert refused.value.key == why
        assert db.get(Committee, body.id) is not None
    with pytest.raises(InvalidInput):
        committee_admin.rename(db, admin, sent.id, name="Kommunstyrelsen")  # taken
