"""Klimatrådet: page config, the engine, who is here, and the pages this role may see."""

import streamlit as st

from council.auth import needs_setup
from council.models import Role
from pages import ui

st.set_page_config(page_title="Klimatrådet", page_icon="🌍", layout="wide")
ui.init_state()
with ui.db_session() as db:
    first_run = needs_setup(db)
actor = ui.current_actor()
pupil = ui.current_pupil()
ui.language_switch()
ui.declare_language()
ui.write_pending_cookie()
ui.account_box(actor)

PAGES = {
    "setup": st.Page("pages/setup.py", title=ui.tr("nav.setup"), icon="🛠️", url_path="setup"),
    "join": st.Page("pages/join.py", title=ui.tr("nav.join"), icon="🙋", url_path="join"),
    "pupil": st.Page("pages/pupil.py", title=ui.tr("nav.pupil"), icon="🌱", url_path="pupil"),
    "login": st.Page("pages/login.py", title=ui.tr("nav.login"), icon="🔑", url_path="login"),
    "sessions": st.Page("pages/teacher_sessions.py", title=ui.tr("nav.sessions"), icon="📋", url_path="sessions"),
    "control": st.Page("pages/control_room.py", title=ui.tr("nav.control"), icon="🎛️", url_path="session"),
    "accounts": st.Page("pages/accounts.py", title=ui.tr("nav.accounts"), icon="👥", url_path="accounts"),
}

if first_run:
    visible = ["setup"]
elif actor is not None:
    visible = ["sessions", "control"] + (["accounts"] if actor.role == Role.admin else [])
elif pupil is not None:
    visible = ["pupil", "join", "login"]
else:
    visible = ["join", "login"]

st.navigation([PAGES[name] for name in visible]).run()
