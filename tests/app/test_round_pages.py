"""The municipal round's pages run for each role, and their widgets (by their stable keys) do what they say."""

from __future__ import annotations

from sqlmodel import Session, func, select
from streamlit.testing.v1 import AppTest

from council import auth, committees, schools
from council.forwarding_tables import Forwarding
from council.models import CouncilRound, Proposal, RoundGroup, RoundNomination, RoundSending, RoundStatus
from council.rounds import report, rounds, routing, wording

from ..unit.round_helpers import (
    ENERGY,
    Groups,
    World,
    all_classes_sent,
    approve_all,
    closed_class,
    energy_group,
    voted_groups,
    world,
)
from .conftest import app, no_errors


def page(actor: auth.Actor | None, path: str, tab: str | None = None, **params: object) -> AppTest:
    at = app(actor=actor) if actor is not None else app()
    if tab is not None:  # the round page's tabs keep their state in round_tab
        at.session_state["round_tab"] = tab
    for key, value in params.items():
        at.query_params[key] = str(value)
    at.run()
    return at.switch_page(path).run()


def text(at: AppTest) -> str:
    return " ".join(m.value for m in [*at.markdown, *at.caption, *at.title, *at.header, *at.subheader])


def test_a_coordinator_opens_a_round_from_the_rounds_page(db, admin):
    schools.add_school(db, admin, name="Norrstrandsskolan")
    coordinator = auth.actor_for(
        auth.create_user(db, admin, username="sara", password="sara-secret-1", role="coordinator")
    )
    at = page(coordinator, "pages/rounds.py")
    no_errors(at)
    at.button(key="round_create").click().run()
    db.rollback()
    at.text_input(key="round_title").input("Klimatrundan 2026")
    at.text_area(key="round_questions").input("Hur ska Karlstad halvera utsläppen?")
    at.multiselect(key="round_schools").set_value([s.id for s in schools.list_schools(db)])
    at.button(key="round_submit").click().run()
    db.rollback()
    no_errors(at)
    made = db.exec(select(CouncilRound)).one()
    assert made.title == "Klimatrundan 2026" and len(made.school_ids) == 2 and len(made.themes) == 10
    assert "Klimatrundan 2026" in text(at)


def test_a_round_without_a_title_gets_a_message_and_none_is_made(db, admin):
    coordinator = auth.actor_for(
        auth.create_user(db, admin, username="sara", password="sara-secret-1", role="coordinator")
    )
    at = page(coordinator, "pages/rounds.py")
    at.button(key="round_create").click().run()
    db.rollback()
    at.text_area(key="round_questions").input("Hur?")
    at.multiselect(key="round_schools").set_value([admin.school_id])
    at.button(key="round_submit").click().run()
    db.rollback()
    assert "Ge rundan ett namn" in at.error[0].value
    assert db.exec(select(func.count()).select_from(CouncilRound)).one() == 0


def test_the_round_page_shows_the_pool_and_closes_it(db, admin):
    w = world(db, admin)
    all_classes_sent(db, w)
    at = page(w.coordinator, "pages/round.py", round=w.round_id)
    no_errors(at)
    assert "9 förslag från 3 klasser i 2 skolor" in text(at)
    pool_rows = at.dataframe[0].value
    assert len(pool_rows) == 7
    at.button(key="round_close_pool").click().run()
    db.rollback()
    no_errors(at)
    assert rounds.get(db, w.round_id).status == RoundStatus.groups


def test_a_teacher_of_another_round_sees_no_round_page(db, admin):
    w = world(db, admin)
    at = page(w.anna, "pages/round.py", round=w.round_id)
    assert "samordnare" in at.error[0].value


def test_the_coordinator_makes_a_theme_group_on_the_groups_tab(db, admin):
    w = world(db, admin)
    all_classes_sent(db, w)
    rounds.close_pool(db, w.coordinator, w.round_id)
    at = page(w.coordinator, "pages/round.py", tab="Temagrupper", round=w.round_id)
    at.text_input(key="round_group_name").input("Energi")
    at.multiselect(key="round_group_themes").set_value([ENERGY])
    at.selectbox(key="round_group_facilitator").set_value(w.anna.user_id)
    at.button(key="round_group_create").click().run()
    db.rollback()
    no_errors(at)
    made = db.exec(select(RoundGroup)).one()
    assert made.name == "Energi" and made.facilitator_id == w.anna.user_id


def test_a_teacher_creates_a_class_session_in_the_round(db, admin):
    w = world(db, admin)
    at = page(w.anna, "pages/teacher_sessions.py")
    no_errors(at)
    assert "Klimatrundan 2026" in " ".join(i.value for i in at.info)
    at.text_input(key="new_session_title").input("Klimatrådet 6A")
    at.selectbox(key="new_session_round").set_value(w.round_id)
    at.button(key="new_session_create").click().run()
    db.rollback()
    no_errors(at)
    (made,) = rounds.class_sessions(db, w.round_id)
    assert made.question == "Hur ska Karlstad halvera utsläppen till 2030?"


def test_the_teacher_sends_the_classs_top_proposals_from_the_control_room(db, admin):
    w = world(db, admin)
    council, written = closed_class(db, w.anna, w.round_id, "6A")
    at = page(w.anna, "pages/control_room.py", session=council.id)
    no_errors(at)
    assert at.checkbox(key=f"round_nominate_{written[0].id}").value is True
    assert at.checkbox(key=f"round_nominate_{written[2].id}").value is False
    at.checkbox(key=f"round_nominate_{written[2].id}").check()
    at.button(key="round_send").click().run()
    db.rollback()
    assert "högst 2 förslag" in at.error[0].value
    assert db.exec(select(func.count()).select_from(RoundNomination)).one() == 0
    at.checkbox(key=f"round_nominate_{written[2].id}").uncheck()
    at.button(key="round_send").click().run()
    db.rollback()
    no_errors(at)
    assert db.exec(select(func.count()).select_from(RoundNomination)).one() == 2
    assert db.exec(select(RoundSending)).one().session_id == council.id


def test_the_facilitator_merges_on_the_group_page_and_takes_the_result(db, admin):
    w = world(db, admin)
    all_classes_sent(db, w)
    group = energy_group(db, w)
    at = page(w.anna, "pages/round_group.py", group=group.id)
    no_errors(at)
    assert "bygger på 1 förslag från 1 klasser i 1 skolor" in text(at)
    shown = {p.id: p.title for p in pool_proposals(db, group)}
    pick = [pid for pid, title in shown.items() if title.startswith("Solpaneler")]
    at.multiselect(key="round_merge_originals").set_value(pick)
    at.text_input(key="round_merge_title").input("Solenergi på alla skolor")
    at.text_area(key="round_merge_body").input("Solpaneler på varje skoltak.")
    at.button(key="round_group_merge").click().run()
    db.rollback()
    no_errors(at)
    assert sorted(p.title for p in pool_proposals(db, group)) == ["Solceller på taket", "Solenergi på alla skolor"]


def test_the_group_page_shows_a_big_theme_a_page_at_a_time(db, admin, monkeypatch):
    from pages.parts import round_group_merge

    monkeypatch.setattr(round_group_merge, "PAGE_SIZE", 1)
    w = world(db, admin)
    all_classes_sent(db, w)
    group = energy_group(db, w)
    titles = {p.title for p in pool_proposals(db, group)}
    assert len(titles) >= 2

    def cards(at: AppTest) -> list[str]:
        return [m.value for m in at.markdown if m.value.strip("*") in titles]

    at = page(w.anna, "pages/round_group.py", group=group.id)
    no_errors(at)
    shown_first = cards(at)
    assert len(shown_first) == 1
    assert at.selectbox(key="round_group_page").format_func(0) == f"1–1 av {len(titles)}"
    at.selectbox(key="round_group_page").set_value(1).run()
    no_errors(at)
    assert len(cards(at)) == 1 and cards(at) != shown_first
    assert len(at.multiselect(key="round_merge_originals").options) == len(titles)  # the merge form offers all


def pool_proposals(db: Session, group: RoundGroup) -> list[Proposal]:
    from council import proposals

    db.expire_all()
    return proposals.published(db, group.session_id)


def test_a_representative_approves_the_wording_on_the_pupil_page(db, admin):
    w = world(db, admin)
    all_classes_sent(db, w)
    found = voted_groups(db, w)
    at = app(pupil=found.energy_reps[0])  # joined with a slip before the vote; joining ends when it closes
    at.run()
    at.switch_page("pages/pupil.py").run()
    no_errors(at)
    pid = found.solar.id
    at.button(key=f"round_wording_approve_{pid}").click().run()
    db.rollback()
    no_errors(at)
    items = wording.items_of(db, found.energy.id)
    assert next(i for i in items if i.proposal.id == pid).item.approved_at is not None


def forwarded_round(db: Session, admin: auth.Actor) -> tuple[World, Groups]:
    w = world(db, admin)
    all_classes_sent(db, w)
    found = voted_groups(db, w)
    approve_all(db, found.energy, found.energy_reps[0])
    approve_all(db, found.everyday, found.everyday_reps[0])
    return w, found


def test_the_coordinator_freezes_routes_and_forwards_the_list(db, admin):
    w, found = forwarded_round(db, admin)
    bun = committees.add_committee(db, admin, name="Barn- och ungdomsnämnden")
    technical = committees.add_committee(db, admin, name="Tekniska nämnden")
    at = page(w.coordinator, "pages/round.py", tab="Listan", round=w.round_id)
    at.button(key="round_freeze").click().run()
    db.rollback()
    no_errors(at)
    assert report.frozen(db, w.round_id) is not None
    at.session_state["round_tab"] = "Till politikerna"
    at.run()
    at.selectbox(key="round_route_default_bun").set_value(bun.id)
    at.selectbox(key="round_route_default_other_committee").set_value(technical.id)
    at.button(key="round_routing_save").click().run()
    db.rollback()
    no_errors(at)
    at.button(key="round_forward").click().run()
    db.rollback()
    no_errors(at)
    assert rounds.get(db, w.round_id).status == RoundStatus.forwarded
    assert "Listan är skickad till 2 nämnder." in at.success[0].value


def forward(db: Session, admin: auth.Actor) -> tuple[World, Groups, auth.Actor, Forwarding]:
    w, found = forwarded_round(db, admin)
    bun = committees.add_committee(db, admin, name="BUN")
    technical = committees.add_committee(db, admin, name="Tekniska nämnden")
    report.freeze(db, w.coordinator, w.round_id)
    routing.set_defaults(db, w.coordinator, w.round_id, mapping={"bun": bun.id, "other_committee": technical.id})
    made = {f.committee_id: f for f in routing.forward(db, w.coordinator, w.round_id)}
    member = auth.actor_for(
        auth.create_user(db, admin, username="nils", password="nils-secret", role="committee", committee_id=bun.id)
    )
    committees.answer(
        db, member, made[bun.id].id, proposal_id=found.solar.id, status="will_do", text="Vi gör det 2028."
    )
    return w, found, member, made[bun.id]


def test_the_committee_answers_only_its_own_proposals_of_the_round(db, admin):
    w, found, member, forwarding = forward(db, admin)
    at = page(member, "pages/answer.py", forwarding=forwarding.id)
    no_errors(at)
    keys = sorted(str(s.key) for s in at.selectbox if str(s.key).startswith("answer_status_"))
    assert len(keys) == 2 and f"answer_status_{found.solar.id}" in keys
    assert f"answer_status_{found.cycling.id}" not in keys
    assert "Bygger på 2 förslag från 2 klasser i 1 skolor" in text(at)


def test_the_meeting_moves_forward_and_back(db, admin):
    w, found, _, _ = forward(db, admin)
    at = page(w.coordinator, "pages/round_meeting.py", round=w.round_id)
    no_errors(at)
    assert "Klimatrundan 2026" in text(at)
    at.button(key="round_meeting_next").click().run()
    db.rollback()
    assert "Solenergi på alla skolor" in text(at) and "Ni sa – vi gör det!" in text(at)
    at.button(key="round_meeting_next").click().run()
    db.rollback()
    at.button(key="round_meeting_prev").click().run()
    db.rollback()
    assert "Solenergi på alla skolor" in text(at)
    while not at.button(key="round_meeting_next").disabled:
        at.button(key="round_meeting_next").click().run()
    db.rollback()
    no_errors(at)
    assert "1 ska göras" in text(at) and "väntar fortfarande på svar" in text(at)


def test_the_public_page_needs_no_login_and_filters(db, admin):
    w, found, _, _ = forward(db, admin)
    at = page(None, "pages/public_answers.py", round="klimatrundan-2026")
    no_errors(at)
    table = at.dataframe[0].value
    assert len(table) == 5
    at.multiselect(key="public_status").set_value(["will_do"])
    at.run()
    db.rollback()
    assert len(at.dataframe[0].value) == 1
    assert "Vi gör det 2028\\." in text(at)
    listing = page(None, "pages/public_answers.py")
    no_errors(listing)
    missing = page(None, "pages/public_answers.py", round="finns-inte")
    assert "inga publicerade svar" in missing.error[0].value


def test_a_class_reads_its_proposals_fate_on_the_progress_page(db, admin):
    w, found, _, _ = forward(db, admin)
    at = page(None, "pages/progress.py", code=w.classes["6A"].join_code)
    no_errors(at)
    shown = text(at)
    assert "Solpaneler på skolans tak" in shown and "blev en del av **Solenergi på alla skolor**" in shown
    assert "Vi gör det 2028\\." in shown


def test_the_admin_makes_a_coordinator_in_a_school(db, admin):
    north = schools.add_school(db, admin, name="Norrstrandsskolan")
    at = page(admin, "pages/accounts.py")
    no_errors(at)
    at.text_input(key="account_username").input("sara")
    at.text_input(key="account_password").input("sara-secret-1")
    at.selectbox(key="account_role").set_value("coordinator")
    at.selectbox(key="account_school").set_value(north.id)
    at.button(key="account_create").click().run()
    db.rollback()
    no_errors(at)
    made = next(u for u in auth.list_users(db, admin) if u.username == "sara")
    assert (made.role, made.school_id) == ("coordinator", north.id)
    at.text_input(key="school_name").input("Kronoparksskolan")
    at.button(key="school_add").click().run()
    db.rollback()
    no_errors(at)
    assert "Kronoparksskolan" in [s.name for s in schools.list_schools(db)]
