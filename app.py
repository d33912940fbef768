"""Klimatrådet: page config, the engine, who is here, and the pages this role may see."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: see pages/startup.py
starting = startup.start_screen()  # only while the app gets ready after a server start

import streamlit as st

from pages import mail_worker, routing, server_sockets, sso, ui, who

ROLE_PAGES = {  # by role (council.models.Role values)
    "teacher": ["sessions", "control", "report"],
    "committee": ["inbox", "dashboard"],
    "admin": ["sessions", "control", "report", "inbox", "dashboard", "committees", "accounts", "data"],
}

server_sockets.reply_without_delay_once()  # Streamlit's own socket leaves Nagle on (see the module)
st.set_page_config(page_title="Klimatrådet", page_icon="🌍", layout="wide")
ui.init_state()
first_run = ui.first_run()  # makes the engine (and the demo) on the first run after a server start
startup.ready(starting)
mail_worker.start_once()  # e-mail reminders, when .streamlit/secrets.toml has [smtp]
actor = who.current_actor()
pupil = who.current_pupil()
ui.language_switch()
ui.declare_language()
ui.base_style()
who.write_pending_cookie()
who.account_box(actor)
sso.sso_notice()

if first_run:
    visible = ["setup"]
elif actor is not None:
    visible = list(ROLE_PAGES[actor.role])
elif pupil is not None:
    visible = ["pupil", "progress", "join", "login"]
else:
    visible = ["join", "progress", "login"]
visible.append("accessibility")
st.session_state.landing = routing.PAGES[visible[0]][0]
st.navigation(routing.all_pages(visible, ui.tr)).run()
