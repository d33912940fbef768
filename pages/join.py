"""Pupils join a session with its code or a one-time code from a slip (typed, or from a link with ?code=)."""

import streamlit as st

from council import gate, sessions
from council.errors import CouncilError
from pages import ui, who
from pages.parts import kiosk

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py


def enter(code: str) -> None:
    """Join with the code and go to the pupil view; the pupil's place is kept in an HttpOnly cookie, unless kiosk."""
    try:
        with ui.db_session() as db:
            pupil, _token = gate.join(db, code=code, client=who.client())
            council = sessions.session_for_pupil(db, pupil=pupil)
    except CouncilError as err:
        ui.show_error(err)
        if err.key == "join.closed":
            st.page_link("pages/progress.py", label=ui.tr("nav.progress"), icon=":material/campaign:")
        return
    if kiosk.is_kiosk(council):
        # On a shared computer nothing is kept in the browser: the next pupil must never become this one.
        st.session_state.pupil = pupil
        st.switch_page("pages/pupil.py", query_params={"lang": ui.lang()})
    who.keep_pupil(pupil)


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
