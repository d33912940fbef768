"""Every page runs on one database connection at a time: with a pool of one and no waiting, a page that took a
second connection while holding the first would fail. And a pupil who cannot get a connection in time is told to
try again in their language, never shown a traceback."""

from __future__ import annotations

from typing import Any

import pytest

from council import arguments, live, materials, proposals, sessions
from council.i18n import t
from council.models import Phase
from pages import startup, ui

from ..unit.helpers import session_at
from .conftest import app, no_errors, pupil_for


@pytest.fixture(autouse=True)
def pool_of_one(monkeypatch):
    """The app's engine gets one connection, and a run that wants a second one fails at once."""
    monkeypatch.setenv("COUNCIL_POOL_SIZE", "1")
    monkeypatch.setenv("COUNCIL_POOL_TIMEOUT", "0")
    monkeypatch.setattr(live, "TTL_SECONDS", 0.0)  # every shelf read loads: the load is what could nest


def pupil_page(token: str, lang: str = "sv") -> Any:
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.query_params["lang"] = lang
    at.run()
    return at.switch_page("pages/pupil.py").run()


def a_session_with_everything(db: Any, teacher: Any) -> Any:
    """A session with learn and discuss, background material, a published proposal and an argument."""
    council = sessions.create_session(db, teacher, title="T", question="Q?", with_learn=True, with_discuss=True)
    materials.add(db, teacher, council.id, title="Utsläpp", body="Text")
    sessions.advance_phase(db, teacher, council.id)
    pupil, token = sessions.join(db, code=council.join_code)
    return council, pupil, token


@pytest.mark.parametrize("phase", [Phase.learn, Phase.propose, Phase.discuss, Phase.vote, Phase.closed])
def test_every_pupil_phase_runs_on_one_connection(teacher, db, phase):
    council, pupil, token = a_session_with_everything(db, teacher)
    if phase != Phase.learn:
        sessions.advance_phase(db, teacher, council.id)
        db.refresh(council)
        written = proposals.submit(db, pupil=pupil, title="Fler cykelbanor", body="Säkrare")
        proposals.publish(db, teacher, written.id)
    while council.phase != phase:
        if council.phase == Phase.discuss:
            arguments.add(db, pupil=pupil, proposal_id=written.id, side="for", text="Bra")
        sessions.advance_phase(db, teacher, council.id)
        db.refresh(council)
    at = pupil_page(token)
    no_errors(at)
    if phase == Phase.vote:
        at.checkbox(key=f"vote_choice_{written.id}").check()
        at.button(key="vote_submit").click().run()
        no_errors(at)
        assert any("Din röst är räknad" in s.value for s in at.success)


@pytest.mark.parametrize("phase", [Phase.propose, Phase.vote, Phase.closed])
def test_the_teachers_pages_run_on_one_connection(teacher, db, phase):
    council, _, _ = session_at(db, teacher, phase)
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    no_errors(at)
    at.switch_page("pages/projector.py").run()
    no_errors(at)
    at.switch_page("pages/teacher_sessions.py").run()
    no_errors(at)


def test_a_pupil_who_cannot_get_a_connection_in_time_is_told_to_try_again(teacher, db):
    council, _, _ = session_at(db, teacher, Phase.vote)
    _, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token, lang="en")
    no_errors(at)
    # AppTest resets Streamlit's page mode before each run, which would run pupil.py without app.py around it:
    # let the page settle it as the first visit after a server start does, so this run goes through app.py.
    startup._FOLDER_MODE_CHECKED.clear()
    with ui.engine().connect():  # every connection of the app is taken (by a slow run elsewhere)
        at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [t("server.busy", "en")]


def test_a_pupil_whose_vote_was_counted_but_whose_page_could_not_be_drawn_is_told_the_vote_counts(teacher, db):
    council, _, written = session_at(db, teacher, Phase.vote)
    _, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token, lang="en")
    at.checkbox(key=f"vote_choice_{written[0].id}").check()
    at.button(key="vote_submit").click().run()
    no_errors(at)
    startup._FOLDER_MODE_CHECKED.clear()  # as above: this run goes through app.py
    with ui.engine().connect():  # the vote is in; then every connection is taken before the receipt is drawn
        at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [t("server.busy_voted", "en")]
    assert "Nothing was changed" not in at.error[0].value
