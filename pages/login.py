"""Login for teachers, committee members and admins."""

import streamlit as st

from council import auth
from council.errors import CouncilError
from pages import ui

ui.leave_if_done(ui.home_page(ui.current_actor()), ui.current_actor() is not None)
st.title(ui.tr("login.title"))
with st.form("login"):
    username = st.text_input(ui.tr("login.username"), key="login_username", max_chars=80)
    password = st.text_input(ui.tr("login.password"), type="password", key="login_password", max_chars=200)
    submitted = st.form_submit_button(ui.tr("login.submit"), type="primary", key="login_submit")
if submitted:
    try:
        with ui.db_session() as db:
            actor = auth.authenticate(db, username=username, password=password)
        ui.log_in(actor)
        st.rerun()
    except CouncilError as err:
        ui.show_error(err)
st.caption(ui.tr("login.pupil_hint"))
