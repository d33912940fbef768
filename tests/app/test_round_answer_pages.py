"""A round's list on its way to the politicians and back: the coordinator freezes, routes and forwards it, the
committee answers only its own proposals, the meeting moves forward and back, the public page needs no login and
filters, and a class reads its proposals' fate on the progress page."""

from __future__ import annotations

from sqlmodel import Session

from council import auth, committees
from council.forwarding_tables import Forwarding
from council.models import RoundStatus
from council.rounds import report, rounds, routing

from ..unit.round_helpers import Groups, World, all_classes_sent, approve_all, voted_groups, world
from .conftest import no_errors
from .test_round_pages import page, text


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
