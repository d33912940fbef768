"""The screens that keep a big room calm: the teacher's queues a page at a time with each proposal's look-alikes,
and pupils told clearly when they reached a limit — with nothing they wrote lost."""

from __future__ import annotations

from typing import Any

from council import arguments, limits, proposals, sessions
from council.i18n import t
from council.models import Phase

from ..unit.helpers import session_at
from .conftest import app, no_errors
from .test_deliberation_pages import control_room, pupil_page


def publish_buttons(at: Any) -> list[str]:
    return [b.key for b in at.button if b.key and b.key.startswith("moderate_publish_")]


def test_the_teacher_sees_twenty_waiting_proposals_at_a_time_oldest_first(teacher, db):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=9)
    made = [proposals.submit(db, pupil=pupils[n % 9], title=f"Idé nummer {n}", body="b") for n in range(45)]
    at = control_room(teacher, council)
    no_errors(at)
    assert publish_buttons(at) == [f"moderate_publish_{p.id}" for p in made[:20]]
    assert any("Visar 1–20 av 45" in c.value for c in at.caption)
    at.button(key="queue_next").click().run()
    no_errors(at)
    assert publish_buttons(at) == [f"moderate_publish_{p.id}" for p in made[20:40]]
    at.button(key="queue_next").click().run()
    assert publish_buttons(at) == [f"moderate_publish_{p.id}" for p in made[40:]]
    assert at.button(key="queue_next").disabled


def test_a_waiting_proposal_says_what_it_looks_like_and_one_click_fills_the_merge_form(teacher, db):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    first = proposals.submit(db, pupil=pupils[0], title="Fler cykelbanor", body="Till skolan")
    twin = proposals.submit(db, pupil=pupils[1], title="Mer cykelbanor!", body="Överallt")
    at = control_room(teacher, council)
    no_errors(at)
    assert any("Liknar" in c.value and "Mer cykelbanor" in c.value for c in at.caption)
    at.button(key=f"similar_pick_{first.id}_{twin.id}").click().run()
    at.run()  # the queue's next run redraws the whole page with the filled form
    no_errors(at)
    assert at.session_state.merge_originals == [first.id, twin.id]
    assert at.text_input(key="merge_title").value == "Fler cykelbanor"


def test_a_pupil_sees_how_many_proposals_are_left_and_at_the_cap_why_there_is_no_form(teacher, db):
    council, _, _ = session_at(db, teacher, Phase.propose, titles=())
    pupil, token = sessions.join(db, code=council.join_code)
    for n in range(2):
        proposals.submit(db, pupil=pupil, title=f"Förslag {n}", body="b")
    at = pupil_page(token)
    no_errors(at)
    assert any("Du kan skriva 3 förslag till" in c.value for c in at.caption)
    for n in range(2, limits.PROPOSALS_PER_PUPIL):
        proposals.submit(db, pupil=pupil, title=f"Förslag {n}", body="b")
    at.run()
    no_errors(at)
    assert not [b for b in at.button if b.key == "proposal_submit"]
    assert [i.value for i in at.info if "5 förslag" in i.value] == [t("limit.proposal_cap", "sv", most=5)]


def test_a_refused_argument_keeps_its_text_and_a_stored_one_empties_the_field(teacher, db, monkeypatch):
    monkeypatch.setattr(limits, "ARGUMENTS_PER_PUPIL", 1)
    council = sessions.create_session(db, teacher, title="T", question="Q?", with_discuss=True)
    sessions.advance_phase(db, teacher, council.id)
    pupil, token = sessions.join(db, code=council.join_code)
    proposal = proposals.submit(db, pupil=pupil, title="Solceller", body="På taket")
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    at = pupil_page(token)
    at.text_area(key=f"argument_text_{proposal.id}").input("Billig el")
    at.button(key=f"argument_submit_{proposal.id}").click().run()
    no_errors(at)
    assert at.text_area(key=f"argument_text_{proposal.id}").value == ""
    at.text_area(key=f"argument_text_{proposal.id}").input("Och bra för klimatet")
    at.button(key=f"argument_submit_{proposal.id}").click().run()
    assert [e.value for e in at.error] == [t("limit.argument_cap", "sv", most=1)]
    assert at.text_area(key=f"argument_text_{proposal.id}").value == "Och bra för klimatet"
    assert [a.text for a in arguments.queue(db, teacher, council.id)] == ["Billig el"]


def test_joining_a_session_past_its_rate_says_to_wait_a_minute(teacher, db, monkeypatch):
    # No class size given: the rate is PER_MINUTE["join"] alone.
    council, joined, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=3, expected_size=0)
    monkeypatch.setitem(limits.PER_MINUTE, "join", len(joined))
    at = app().run()
    at.text_input(key="join_code").input(council.join_code)
    at.button(key="join_submit").click().run()
    assert [e.value for e in at.error] == [t("limit.join_rate", "sv")]


def test_a_waiting_pupil_polls_about_every_twelve_seconds_and_each_pupil_at_its_own_pace(teacher, db):
    council, _, _ = session_at(db, teacher, Phase.propose, titles=())
    paces = set()
    for _ in range(3):
        _, token = sessions.join(db, code=council.join_code)
        at = pupil_page(token)
        no_errors(at)
        assert 9.6 <= at.session_state["poll_every_phase"] <= 14.4
        assert 32 <= at.session_state["poll_every_my_proposals"] <= 48
        paces.add(at.session_state["poll_every_phase"])
        at.run()
        assert at.session_state["poll_every_phase"] in paces  # drawn once per visit, not on every run
    assert len(paces) > 1
