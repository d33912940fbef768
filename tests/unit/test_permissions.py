"""Every role × every action: the rules in council/permissions.py and the rule modules beside it, and the services
that call them."""

from __future__ import annotations

import datetime as dt
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
    pupil_permissions,
    reports,
    results,
    round_permissions,
    sessions,
    voting,
)
from council.auth import Actor
from council.db import unit_of_work
from council.errors import CouncilError, NotAllowed, WrongPhase
from council.forwarding_tables import Forwarding
from council.models import CouncilSession, Phase, Proposal, Role, School
from council.permissions import Reach, Verdict

from .helpers import session_at

ACTORS = {
    "admin": Actor(1, "admin", Role.admin, school_id=1),
    "admin_of_another_school": Actor(6, "rektor", Role.admin, school_id=2),
    "teacher": Actor(2, "anna", Role.teacher, school_id=1),
    "other_teacher": Actor(3, "bo", Role.teacher, school_id=1),
    "member": Actor(4, "nils", Role.committee, school_id=None, committee_id=10),
    "member_of_another_committee": Actor(5, "olle", Role.committee, school_id=None, committee_id=11),
    "visitor": None,
}
ADMINS = {"admin", "admin_of_another_school"}
RUNS_THE_SESSION = {"admin", "teacher"}  # the session's own teacher, and an admin of its school

# Who may do each action, when the session's phase and state allow it.
WHO = {
    "teach": ADMINS | {"teacher", "other_teacher"},
    "list_sessions": ADMINS | {"teacher", "other_teacher"},  # and coordinators (tests/unit/test_round*.py)
    "manage_accounts": ADMINS,
    "manage_committees": ADMINS,
    "manage_data": ADMINS,
    "run_session": RUNS_THE_SESSION,
    "moderate": RUNS_THE_SESSION,
    "merge": RUNS_THE_SESSION,
    "add_material": RUNS_THE_SESSION,
    "change_join_options": RUNS_THE_SESSION,
    "see_results": RUNS_THE_SESSION,
    "draft_report": RUNS_THE_SESSION,
    "view_report": RUNS_THE_SESSION,
    "forward": RUNS_THE_SESSION,
    "delete_ballots": {"admin"},
    "offer_ballot_deletion": {"admin"},
    "certify": RUNS_THE_SESSION,
    "step_back": RUNS_THE_SESSION,
    "remove_committee": ADMINS,
    "read_inbox": ADMINS | {"member", "member_of_another_committee"},
    "answer": ADMINS | {"member"},  # a member of the committee the report was sent to, or any admin
}


def council(phase: Phase = Phase.propose, **fields) -> CouncilSession:
    """Anna's session at Kroppkärrskolan (school 1)."""
    return CouncilSession(id=1, school_id=1, teacher_id=2, title="T", question="Q?", join_code="ABCDEF", phase=phase,
                          **fields)  # fmt: skip


SENT_TO_TEKNISKA = Forwarding(id=1, report_id=1, committee_id=10, deadline=dt.date(2030, 1, 1))
FINISHED = {"archived": True, "certified_results": {"table": []}}

RULES = {
    "teach": lambda actor: permissions.may_teach(actor),
    "list_sessions": lambda actor: permissions.may_list_sessions(actor),
    "manage_accounts": lambda actor: permissions.may_manage_accounts(actor),
    "manage_committees": lambda actor: permissions.may_manage_committees(actor),
    "manage_data": lambda actor: permissions.may_manage_data(actor),
    "run_session": lambda actor: permissions.may_run_session(actor, council()),
    "moderate": lambda actor: permissions.may_moderate(actor, council(Phase.propose)),
    "merge": lambda actor: permissions.may_merge(actor, council(Phase.discuss)),
    "add_material": lambda actor: permissions.may_add_material(actor, council(Phase.learn)),
    "change_join_options": lambda actor: permissions.may_change_join_options(actor, council(Phase.vote)),
    "see_results": lambda actor: permissions.may_see_results(actor, council(Phase.closed)),
    "draft_report": lambda actor: permissions.may_draft_report(actor, council(Phase.closed)),
    "view_report": lambda actor: permissions.may_view_report(actor, council(Phase.forwarded)),
    "forward": lambda actor: permissions.may_forward(actor, council(Phase.closed)),
    "delete_ballots": lambda actor: permissions.may_delete_ballots(actor, council(Phase.closed, **FINISHED)),
    "offer_ballot_deletion": lambda actor: permissions.may_offer_ballot_deletion(
        actor, council(Phase.closed, **FINISHED)
    ),
    "certify": lambda actor: permissions.may_certify(actor, council(Phase.closed)),
    "step_back": lambda actor: permissions.may_step_back(
        actor, council(Phase.discuss), back_to=Phase.propose, ballots=0
    ),
    "remove_committee": lambda actor: permissions.may_remove_committee(actor, forwardings=0, members=0),
    "read_inbox": lambda actor: forwarding_permissions.may_read_inbox(actor),
    "answer": lambda actor: forwarding_permissions.may_answer(actor, SENT_TO_TEKNISKA),
}


RULE_MODULES = (permissions, pupil_permissions, forwarding_permissions, round_permissions)


def test_the_table_covers_every_rule_of_the_permission_modules():
    rules = {name for module in RULE_MODULES for name in dir(module) if name.startswith(("may_", "pupil_may_"))}
    asked = {f"may_{action}" for action in RULES} | set(PHASE_RULES) | set(PUPIL_RULES)
    on_their_own = {"may_set_up", "pupil_may_join_without_slip"}
    on_their_own |= {"may_read_forwarding", "may_answer_proposal", "may_register", "may_withdraw"}
    on_their_own |= {"may_open_round", "may_coordinate", "may_facilitate", "may_step_in"}  # test_round*.py
    assert rules - asked == on_their_own
    assert set(RULES) == set(WHO)


@pytest.mark.parametrize("role", ACTORS)
@pytest.mark.parametrize("action", RULES)
def test_each_role_may_do_exactly_what_the_table_says(action, role):
    verdict = RULES[action](ACTORS[role])
    assert verdict == (role in WHO[action], "" if role in WHO[action] else "auth.not_allowed")
    if verdict.allowed:
        permissions.require(verdict)
    else:
        with pytest.raises(NotAllowed) as refused:
            permissions.require(verdict)
        assert refused.value.key == "auth.not_allowed"


# For whoever runs the session: the phases in which each action is open, and the reason it gives elsewhere.
CHANGING = {Phase.draft, Phase.learn, Phase.propose, Phase.discuss}
RESULTS = {Phase.closed, Phase.forwarded}
PHASE_RULES = {
    "may_moderate": (CHANGING, "proposal.moderation_closed"),
    "may_merge": (CHANGING, "merge.too_late"),
    "may_add_material": (set(Phase) - RESULTS, "material.too_late"),
    "may_change_join_options": (CHANGING | {Phase.vote}, "codes.options_closed"),
    "may_see_results": (RESULTS, "results.hidden"),
    "may_draft_report": (RESULTS, "report.not_closed"),
}
# For a pupil of the session.
PUPIL_RULES = {
    # Not before the session starts, and not once the vote has closed (a stolen credential is then worth nothing).
    "pupil_may_join": ({Phase.learn, Phase.propose, Phase.discuss, Phase.vote}, "join.not_started"),
    "pupil_may_propose": ({Phase.propose}, "proposal.not_now"),
    "pupil_may_argue": ({Phase.discuss}, "argument.not_now"),
    "pupil_may_vote": ({Phase.vote}, "vote.not_now"),
}


@pytest.mark.parametrize("phase", list(Phase))
@pytest.mark.parametrize("rule", PHASE_RULES)
def test_whoever_runs_the_session_may_act_only_in_the_right_phases(rule, phase):
    phases, reason = PHASE_RULES[rule]
    for role in RUNS_THE_SESSION:
        verdict = getattr(permissions, rule)(ACTORS[role], council(phase))
        assert verdict == ((True, "") if phase in phases else (False, reason))
        if not verdict.allowed:
            with pytest.raises(WrongPhase, match=reason):
                permissions.require(verdict)


@pytest.mark.parametrize("phase", list(Phase))
@pytest.mark.parametrize("rule", PUPIL_RULES)
def test_a_pupil_may_act_only_in_the_right_phases(rule, phase):
    phases, reason = PUPIL_RULES[rule]
    if rule == "pupil_may_join" and phase in {Phase.closed, Phase.forwarded}:
        reason = "join.closed"
    verdict = getattr(pupil_permissions, rule)(council(phase))
    assert verdict == ((True, "") if phase in phases else (False, reason))
    if not verdict.allowed:
        with pytest.raises(WrongPhase, match=reason):
            permissions.require(verdict)


def test_results_are_shown_to_everyone_only_once_the_vote_is_closed():
    for phase in Phase:
        assert permissions.results_shown(council(phase)).allowed == (phase in RESULTS)
    assert pupil_permissions.pupil_may_vote(None) == (False, "vote.not_now")  # no session at all


def test_a_pupil_joins_by_the_shared_code_only_without_slips():
    assert pupil_permissions.pupil_may_join_without_slip(council(one_time_codes=True)) == (False, "join.needs_slip")
    assert pupil_permissions.pupil_may_join_without_slip(council()).allowed
    with pytest.raises(NotAllowed, match="join.needs_slip"):
        permissions.require(pupil_permissions.pupil_may_join_without_slip(council(one_time_codes=True)))


def test_a_forwarding_is_answered_by_its_committee_for_what_was_sent_while_not_withdrawn():
    sent = Forwarding(id=1, report_id=1, committee_id=7, deadline=dt.date(2027, 6, 2))
    member = Actor(5, "ledamot", Role.committee, committee_id=7)
    stranger = Actor(6, "annan", Role.committee, committee_id=8)
    assert forwarding_permissions.may_answer_proposal(member, sent, 3, {3, 4}).allowed
    assert forwarding_permissions.may_answer_proposal(member, sent, 9, {3, 4}) == (False, "answer.not_sent_here")
    assert forwarding_permissions.may_answer_proposal(stranger, sent, 3, {3, 4}) == (False, "answer.other_committee")
    assert forwarding_permissions.may_register(stranger, sent) == (False, "answer.other_committee")
    assert forwarding_permissions.may_answer_proposal(None, sent, 3, {3}) == (False, "auth.not_allowed")
    withdrawn = Forwarding(
        id=2, report_id=1, committee_id=7, deadline=dt.date(2027, 6, 2), withdrawn_at=dt.datetime(2026, 12, 1)
    )
    assert forwarding_permissions.may_answer_proposal(member, withdrawn, 3, {3}) == (False, "answer.withdrawn")
    assert forwarding_permissions.may_register(member, withdrawn).allowed  # the diary keeps everything


def test_a_forwarding_is_withdrawn_once_by_whoever_runs_the_session():
    teacher = ACTORS["teacher"]
    mine = council(Phase.forwarded)
    sent = Forwarding(id=1, report_id=1, committee_id=7, deadline=dt.date(2027, 6, 2))
    assert forwarding_permissions.may_withdraw(teacher, sent, mine).allowed
    assert not forwarding_permissions.may_withdraw(ACTORS["other_teacher"], sent, mine).allowed
    sent.withdrawn_at = dt.datetime(2026, 12, 1)
    assert forwarding_permissions.may_withdraw(teacher, sent, mine) == (False, "forward.already_withdrawn")


def test_raw_ballots_go_only_from_a_certified_and_archived_session():
    admin = ACTORS["admin"]
    for state in ({}, {"archived": True}, {"certified_results": {"table": []}}):
        verdict = permissions.may_delete_ballots(admin, council(Phase.closed, **state))
        assert verdict == (False, "lifecycle.certify_and_archive_first")
    assert permissions.may_delete_ballots(ACTORS["teacher"], council(Phase.closed)) == (False, "auth.not_allowed")


def test_certifying_and_deleting_ballots_are_offered_once():
    admin = ACTORS["admin"]
    assert permissions.may_certify(admin, council(Phase.vote)) == (False, "results.hidden")
    certified = council(Phase.closed, certified_results={"table": []})
    assert permissions.may_certify(admin, certified) == (False, "lifecycle.certified_already")
    gone = council(Phase.closed, ballots_deleted=True, **FINISHED)
    assert permissions.may_offer_ballot_deletion(admin, gone) == (False, "lifecycle.deleted_already")


def test_stepping_back_loses_nothing():
    teacher = ACTORS["teacher"]
    assert permissions.may_step_back(teacher, council(Phase.draft), back_to=None, ballots=0) == (False, "phase.no_back")
    in_vote = council(Phase.vote)
    assert permissions.may_step_back(teacher, in_vote, back_to=Phase.discuss, ballots=0).allowed
    refused = permissions.may_step_back(teacher, in_vote, back_to=Phase.discuss, ballots=1)
    assert refused == (False, "phase.back_after_votes")
    with pytest.raises(WrongPhase):
        permissions.require(refused)


def test_a_committee_goes_only_while_nothing_names_it():
    admin = ACTORS["admin"]
    assert permissions.may_remove_committee(admin, forwardings=1, members=0) == (False, "committee.has_forwardings")
    assert permissions.may_remove_committee(admin, forwardings=0, members=2) == (False, "committee.has_members")


def test_the_first_admin_is_made_only_on_an_empty_install():
    assert permissions.may_set_up(True).allowed
    assert permissions.may_set_up(False) == (False, "auth.setup_done")


def test_a_new_role_is_new_rows_in_the_tables(monkeypatch):
    """E.g. a coordinator: the rows say which sessions it runs and what it may do; no rule changes."""
    member = ACTORS["member"]
    assert not permissions.may_run_session(member, council()).allowed
    monkeypatch.setitem(permissions.SESSIONS, Role.committee, Reach(lambda actor, c: True, lambda actor: True))
    monkeypatch.setitem(permissions.ROLE_ACTIONS, "teach", frozenset({Role.committee}))
    assert permissions.may_run_session(member, council()).allowed
    assert permissions.may_moderate(member, council(Phase.propose)) == Verdict(True, "")
    assert permissions.may_teach(member).allowed and not permissions.may_teach(ACTORS["teacher"]).allowed


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


def test_every_reason_a_rule_gives_is_in_the_catalogue():
    import inspect
    import re

    from council.locale import CATALOGUE

    source = "".join(inspect.getsource(module) for module in RULE_MODULES)
    reasons = set(re.findall(r'"([a-z_]+\.[a-z_.]+)"', source))
    assert reasons >= permissions.PHASE_REASONS and len(reasons) > len(permissions.PHASE_REASONS)
    assert sorted(reasons - set(CATALOGUE)) == []
