"""Every role × every action through the services that ask the rules: each service lets each role do exactly what
the table in test_permissions.py says, the lists show exactly the rows the rules allow, and a refused service
changes nothing."""

from __future__ import annotations

import itertools

import pytest
from sqlmodel import Session, select

from council import (
    auth,
    committee_admin,
    committees,
    dashboard,
    forwarding_permissions,
    lifecycle,
    materials,
    merging,
    onetime,
    permissions,
    phases,
    proposals,
    reports,
    results,
    sessions,
    voting,
)
from council.db import unit_of_work
from council.errors import CouncilError, NotAllowed
from council.forwarding_tables import Forwarding
from council.models import CouncilSession, Phase, Proposal, Role, School

from .helpers import session_at
from .test_permissions import WHO


@pytest.fixture
def world(db, admin, teacher):
    """Every role as a real account, a closed session forwarded to one committee, a session taking proposals,
    and a certified, archived session (for deleting raw ballots)."""
    with unit_of_work(db):
        elsewhere = School(name="Sundstaskolan")
        db.add(elsewhere)
    tekniska = committees.add_committee(db, admin, name="Tekniska nämnden")
    bun = committees.add_committee(db, admin, name="Barn- och ungdomsnämnden")

    def account(username, role, **fields):
        made = auth.create_user(db, admin, username=username, password=f"{username}-secret", role=role, **fields)
        return auth.actor_for(made)

    actors = {
        "admin": admin,
        "admin_of_another_school": account("rektor", Role.admin, school_id=elsewhere.id),
        "teacher": teacher,
        "other_teacher": account("bo", Role.teacher),
        "member": account("nils", Role.committee, committee_id=tekniska.id),
        "member_of_another_committee": account("olle", Role.committee, committee_id=bun.id),
        "visitor": None,
    }
    closed, pupils, written = session_at(db, teacher, Phase.vote, pupils=5)
    for pupil in pupils:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, closed.id)
    report = reports.freeze(db, teacher, closed.id)
    forwarding = committees.forward(db, teacher, report.id, committee_ids=[tekniska.id])[0]
    open_session, proposers, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=1)
    pending = proposals.submit(db, pupil=proposers[0], title="Solceller", body="På taket")
    finished, _, _ = session_at(db, teacher, Phase.closed, titles=("Tåg",), pupils=1)
    lifecycle.certify(db, teacher, finished.id)
    lifecycle.archive(db, teacher, finished.id)
    return actors, {
        "closed": closed.id,
        "report": report.id,
        "forwarding": forwarding.id,
        "tekniska": tekniska.id,
        "written": written[0].id,
        "open": open_session.id,
        "pending": pending.id,
        "finished": finished.id,
        "made": itertools.count().__next__,
    }


# Each action through the services that check it (several where more than one service asks the same rule).
SERVICES = {
    "teach": lambda db, a, w: (sessions.create_session(db, a, title="Ny", question="Q?"), sessions.sessions_for(db, a)),
    "list_sessions": lambda db, a, w: sessions.sessions_for(db, a),
    "manage_accounts": lambda db, a, w: auth.list_users(db, a),
    "manage_committees": lambda db, a, w: committees.add_committee(db, a, name=f"Nämnd {w['made']()}"),
    "manage_data": lambda db, a, w: (lifecycle.audit_log(db, a), lifecycle.school_sessions(db, a)),
    "run_session": lambda db, a, w: (sessions.owned_session(db, a, w["open"]), onetime.counts(db, a, w["open"])),
    "moderate": lambda db, a, w: proposals.publish(db, a, w["pending"]),
    "merge": lambda db, a, w: merging.merge(
        db, a, w["open"], originals=[w["pending"]], title="T", body="b", theme="Annat", addressee="school"
    ),
    "add_material": lambda db, a, w: materials.add(db, a, w["open"], title="Fakta"),
    "change_join_options": lambda db, a, w: onetime.set_join_options(
        db, a, w["open"], one_time_codes=False, kiosk=False
    ),
    "see_results": lambda db, a, w: (results.for_teacher(db, a, w["closed"]), lifecycle.certify(db, a, w["closed"])),
    "draft_report": lambda db, a, w: reports.draft(db, a, w["closed"]),
    "view_report": lambda db, a, w: (reports.get(db, a, w["report"]), reports.versions(db, a, w["closed"])),
    "forward": lambda db, a, w: committees.forward(db, a, w["report"], committee_ids=[w["tekniska"]]),
    "delete_ballots": lambda db, a, w: lifecycle.delete_ballots(db, a, w["finished"]),
    "read_inbox": lambda db, a, w: (committees.inbox(db, a), dashboard.priorities(db, a)),
    "answer": lambda db, a, w: committees.answer(
        db,
        a,
        w["forwarding"],
        proposal_id=w["written"],
        status="investigating",
        text=f"Vi utreder, svar nummer {w['made']()}.",
        replaces=_answer_now(db, w),
    ),
    "certify": lambda db, a, w: lifecycle.certify(db, a, w["closed"]),
    "offer_ballot_deletion": lambda db, a, w: lifecycle.delete_ballots(db, a, w["finished"]),
    "step_back": lambda db, a, w: (phases.step_back(db, a, w["open"]), sessions.advance_phase(db, a, w["open"])),
    "remove_committee": lambda db, a, w: committee_admin.remove(db, a, w["tekniska"]),
}


def _answer_now(db, w) -> int | None:
    """The answer a member sees before changing it (each role in turn answers the same proposal)."""
    current = committees.current_answers(db, w["forwarding"]).get(w["written"])
    return current.id if current else None


# What an allowed role meets instead of "ok": merging one proposal is refused, after the permission check.
WHEN_ALLOWED = {"merge": "InvalidInput: merge.need_two", "remove_committee": "InvalidInput: committee.has_forwardings"}
# A member of another committee who opens a forwarding is told it was sent to another committee.
REFUSAL = {("answer", "member_of_another_committee"): "answer.other_committee"}


def _outcome(action, db, actor, ids) -> str:
    try:
        SERVICES[action](db, actor, ids)
    except NotAllowed as refused:
        return refused.key
    except CouncilError as other:
        return f"{type(other).__name__}: {other.key}"
    return "ok"


def test_the_services_let_each_role_do_exactly_what_the_table_says(db, world):
    actors, ids = world
    assert set(SERVICES) == set(WHO)
    found = {(action, role): _outcome(action, db, actor, ids) for action in SERVICES for role, actor in actors.items()}
    expected = {
        (action, role): WHEN_ALLOWED.get(action, "ok")
        if role in WHO[action]
        else REFUSAL.get((action, role), "auth.not_allowed")
        for action, role in found
    }
    assert found == expected


def test_lists_show_exactly_the_rows_the_rules_allow(db, world):
    actors, _ = world
    every_session = db.exec(select(CouncilSession).where(CouncilSession.archived == False)).all()  # noqa: E712
    every_forwarding = db.exec(select(Forwarding)).all()
    for role, actor in actors.items():
        if permissions.may_teach(actor).allowed:
            listed = {c.id for c in sessions.sessions_for(db, actor)}
            assert listed == {c.id for c in every_session if permissions.may_run_session(actor, c).allowed}, role
        if forwarding_permissions.may_read_inbox(actor).allowed:
            listed = {item.forwarding.id for item in committees.inbox(db, actor)}
            answerable = {f.id for f in every_forwarding if forwarding_permissions.may_answer(actor, f).allowed}
            assert listed == answerable, role


def test_a_refused_service_changes_nothing(engine, db, world):
    actors, ids = world
    with pytest.raises(NotAllowed):
        committees.forward(db, actors["other_teacher"], ids["report"], committee_ids=[ids["tekniska"]])
    with pytest.raises(NotAllowed):
        proposals.publish(db, actors["member"], ids["pending"], theme="Energi", addressee="region")
    with Session(engine) as other:
        assert other.get(Forwarding, ids["forwarding"]).forwarded_by == actors["teacher"].user_id
        pending = other.get(Proposal, ids["pending"])
        assert (pending.status, pending.theme, pending.addressee) == ("pending", "Annat", "school")
