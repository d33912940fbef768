"""Pupils join a session with its code (typed, or from a link with ?code=)."""

import streamlit as st

from council import sessions
from council.errors import CouncilError
from pages import ui


def enter(code: str) -> None:
    """Join with the code and go to the pupil view, with the participant token in the URL."""
    try:
        with ui.db_session() as db:
            pupil, token = sessions.join(db, code=code)
    except CouncilError as err:
        ui.show_error(err)
        return
    st.session_state.pupil = pupil
    st.switch_page("pages/pupil.py", query_params={ui.PUPIL_PARAM: token, "lang": ui.lang()})


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
