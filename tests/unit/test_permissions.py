"""Every role × every action, and every phase: the rules in council/permissions.py and the rule modules beside it
give each role exactly what the tables here say, each in the right phases, with a reason that is in the catalogue.
The rules' other conditions are in test_permission_conditions.py, the services that call them in
test_permission_services.py."""

from __future__ import annotations

import datetime as dt

import pytest

from council import forwarding_permissions, permissions, pupil_permissions, round_permissions
from council.auth import Actor
from council.errors import NotAllowed, WrongPhase
from council.forwarding_tables import Forwarding
from council.models import CouncilSession, Phase, Role

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


def test_every_reason_a_rule_gives_is_in_the_catalogue():
    import inspect
    import re

    from council.locale import CATALOGUE

    source = "".join(inspect.getsource(module) for module in RULE_MODULES)
    reasons = set(re.findall(r'"([a-z_]+\.[a-z_.]+)"', source))
    assert reasons >= permissions.PHASE_REASONS and len(reasons) > len(permissions.PHASE_REASONS)
    assert sorted(reasons - set(CATALOGUE)) == []
