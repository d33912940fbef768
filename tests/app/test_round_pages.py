"""The municipal round's first pages run for each role, and their widgets (by their stable keys) do what they say:
opening a round, its pool and theme groups, a class session in the round and what it sends, and the admin's
coordinators. The theme groups' own pages are in test_round_group_pages.py, the list's way to the politicians and
back in test_round_answer_pages.py."""

from __future__ import annotations

from sqlmodel import func, select
from streamlit.testing.v1 import AppTest

from council import auth, schools
from council.models import CouncilRound, RoundGroup, RoundNomination, RoundSending, RoundStatus
from council.rounds import rounds

from ..unit.round_helpers import ENERGY, all_classes_sent, closed_class, world
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
