"""Login for teachers, committee members and admins."""

import streamlit as st

from council import logins
from council.errors import CouncilError
from pages import sso, ui, who

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

who.leave_if_done(who.home_page(who.current_actor()), who.current_actor() is not None)
st.title(ui.tr("login.title"))
if sso.sso_configured():
    if st.button(ui.tr("login.sso"), key="login_sso", type="primary", icon=":material/school:"):
        st.session_state.logged_out = False
        st.login()
    st.caption(ui.tr("login.or_password"))
with st.form("login"):
    username = st.text_input(ui.tr("login.username"), key="login_username", max_chars=80)
    password = st.text_input(ui.tr("login.password"), type="password", key="login_password", max_chars=200)
    submitted = st.form_submit_button(ui.tr("login.submit"), type="primary", key="login_submit")
if submitted:
    try:
        with ui.db_session() as db:
            actor = logins.log_in(db, username=username, password=password, client=who.client())
        who.log_in(actor, to=who.home_landing(actor))
    except CouncilError as err:
        ui.show_error(err)
st.caption(ui.tr("login.pupil_hint"))
