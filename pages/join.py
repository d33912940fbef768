"""Pupils join a session with its code or a one-time code from a slip (typed, or from a link with ?code=)."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import onetime, sessions
from council.errors import CouncilError
from pages import ui, who
from pages.parts import kiosk


def enter(code: str) -> None:
    """Join with the code and go to the pupil view (with the participant token in the URL, unless kiosk)."""
    try:
        with ui.db_session() as db:
            pupil, token = onetime.join(db, code=code)
            council = sessions.session_for_pupil(db, pupil=pupil)
    except CouncilError as err:
        ui.show_error(err)
        return
    st.session_state.pupil = pupil
    # On a shared computer the token stays out of the URL, so Back and history cannot reach this pupil.
    params = {"lang": ui.lang()} if kiosk.is_kiosk(council) else {who.PUPIL_PARAM: token, "lang": ui.lang()}
    st.switch_page("pages/pupil.py", query_params=params)


kiosk.next_pupil_screen()
st.title(ui.tr("join.title"))
st.write(ui.tr("join.intro"))
link_code = st.query_params.get("code")
if link_code and not st.session_state.get("joined_by_link"):
    st.session_state.joined_by_link = True
    enter(link_code)
with st.form("join"):
    code = st.text_input(
        ui.tr("join.code_label"), key="join_code", max_chars=12, placeholder="ABC234", help=ui.tr("join.code_help")
    )
    if st.form_submit_button(ui.tr("join.submit"), type="primary", key="join_submit"):
        enter(code)
st.caption(ui.tr("join.privacy"))
