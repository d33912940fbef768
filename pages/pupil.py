"""The pupil's view: follows the session's phase by itself; learn, propose, discuss, vote, then see the results."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import live, projector, sessions
from council.errors import CouncilError, NotFound
from council.models import Phase, utcnow
from pages import ui, who
from pages.parts import (
    kiosk,
    pupil_discuss,
    pupil_learn,
    pupil_notices,
    pupil_propose,
    pupil_results,
    pupil_vote,
    round_wording,
)

pupil = who.require_pupil()
engine = ui.engine()
council = live.council(engine, pupil.session_id)  # read through the shelf: every pupil's every run reads it
if council is None:
    ui.show_error(NotFound("session.not_found"))
    st.stop()
phase = Phase(council.phase)
ui.use_easy_read(sessions.easy_read(council))
# Each poll is a fragment run, and Streamlit's own cost of one (~5-10 ms of server CPU) is what idle pupils cost:
# every ~12 s (spread per pupil) keeps 300 waiting pupils under a quarter of a core (benchmarks/idle_pupils.py).
FOLLOW_SECONDS = 12


@st.fragment(run_every=ui.every(FOLLOW_SECONDS, "phase"))
@ui.errors_shown()
def follow_phase() -> None:
    """Poll the session through the shared shelf: redraw the page when the teacher moves on, and show the
    teacher's countdown for this phase in whole minutes."""
    now = live.council(engine, pupil.session_id)
    if now is None or Phase(now.phase) != phase:
        st.rerun(scope="app")
    if countdown := projector.pupil_countdown(projector.seconds_left(now, utcnow())):
        key, minutes = countdown
        with st.container(key="pupil_countdown"):
            st.markdown(f"**{ui.tr(key, minutes=minutes)}**")


pupil_notices.follow(phase)
ui.show_flash()
pupil_notices.show()
st.caption(ui.tr("pupil.session", title=ui.plain(council.title)))
st.header(ui.plain(council.question))
st.info(ui.tr(f"pupil.phase.{phase}"), icon="🧭")
follow_phase()  # here, so the countdown stands under the phase
if phase == Phase.forwarded:
    st.page_link("pages/progress.py", label=ui.tr("nav.progress"), icon=":material/campaign:")


VIEWS = {
    Phase.learn: pupil_learn.show,
    Phase.propose: pupil_propose.show,
    Phase.discuss: pupil_discuss.show,
    Phase.vote: pupil_vote.show,
    Phase.closed: pupil_results.show,
    Phase.forwarded: pupil_results.show,
}
try:
    if council.kind == "group" and phase in (Phase.closed, Phase.forwarded):
        round_wording.show(pupil)  # the representatives' task now comes first: approve the words
    VIEWS.get(phase, pupil_propose.my_proposals)(pupil)
    if phase != Phase.learn:
        pupil_learn.background_box(pupil)
except CouncilError as err:
    ui.show_error(err)
if kiosk.is_kiosk(council) and phase in (Phase.learn, Phase.propose, Phase.discuss):
    kiosk.done_button()
