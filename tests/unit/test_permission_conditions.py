"""The rules that hang on more than a role and a phase: a forwarding is answered by its own committee and withdrawn
once, raw ballots go only once certified and archived, stepping back loses nothing, a committee goes only while
nothing names it, the first admin is made only on an empty install, and a new role is new rows in the tables."""

from __future__ import annotations

import datetime as dt

import pytest

from council import forwarding_permissions, permissions
from council.auth import Actor
from council.errors import WrongPhase
from council.forwarding_tables import Forwarding
from council.models import Phase, Role
from council.permissions import Reach, Verdict

from .test_permissions import ACTORS, FINISHED, council


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
