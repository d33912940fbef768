"""First start: create the admin account (and name the school)."""

import streamlit as st

from council import auth
from council.errors import CouncilError
from pages import ui, who

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

with ui.db_session() as db:
    who.leave_if_done("pages/teacher_sessions.py", not auth.needs_setup(db))
st.title(ui.tr("setup.title"))
st.write(ui.tr("setup.intro"))
with st.form("setup"):
    school = st.text_input(ui.tr("setup.school"), key="setup_school", max_chars=200)
    username = st.text_input(ui.tr("login.username"), key="setup_username", max_chars=80)
    password = st.text_input(
        ui.tr("login.password"),
        type="password",
        key="setup_password",
        max_chars=200,
        help=ui.tr("setup.password_help", minimum=auth.MIN_PASSWORD),
    )
    submitted = st.form_submit_button(ui.tr("setup.submit"), type="primary", key="setup_submit")
if submitted:
    try:
        with ui.db_session() as db:
            actor = auth.create_first_admin(db, username=username, password=password, school_name=school)
        ui.flash("setup.done")  # shown here when no browser reloads; after a reload the address carries it
        who.log_in(actor, to="sessions", said="setup.done")
    except CouncilError as err:
        ui.show_error(err)
