"""Klimatrådet: page config, the engine, who is here, and the pages this role may see."""

import streamlit as st

from council.models import Role
from pages import sso, ui

# Called here, not when pages.ui is imported: a rerun raised inside an import broke the import for the
# other visitors arriving at the same moment after a server start ("cannot import name 'ui'").
ui.leave_folder_page_mode()
st.set_page_config(page_title="Klimatrådet", page_icon="🌍", layout="wide")
ui.init_state()
first_run = ui.first_run()
actor = ui.current_actor()
pupil = ui.current_pupil()
ui.language_switch()
ui.declare_language()
ui.write_pending_cookie()
ui.account_box(actor)
sso.sso_notice()

PAGES = {
    "setup": ("pages/setup.py", "nav.setup", ":material/build:", "setup"),
    "join": ("pages/join.py", "nav.join", ":material/login:", "join"),
    "pupil": ("pages/pupil.py", "nav.pupil", ":material/eco:", "pupil"),
    "login": ("pages/login.py", "nav.login", ":material/key:", "login"),
    "sessions": ("pages/teacher_sessions.py", "nav.sessions", ":material/list:", "sessions"),
    "control": ("pages/control_room.py", "nav.control", ":material/tune:", "session"),
    "accounts": ("pages/accounts.py", "nav.accounts", ":material/group:", "accounts"),
    "data": ("pages/admin_data.py", "nav.data", ":material/inventory_2:", "data"),
}

if first_run:
    visible = ["setup"]
elif actor is not None:
    visible = ["sessions", "control"] + (["accounts", "data"] if actor.role == Role.admin else [])
elif pupil is not None:
    visible = ["pupil", "join", "login"]
else:
    visible = ["join", "login"]

# Every page stays registered (hidden when not this role's), so a login, a join or a reload never lands on a
# page that vanished; each page checks who is there, and council/ checks every permission again.
st.navigation(
    [
        st.Page(
            path,
            title=ui.tr(title),
            icon=icon,
            url_path=url,
            default=name == visible[0],
            visibility="visible" if name in visible else "hidden",
        )
        for name, (path, title, icon, url) in PAGES.items()
    ]
).run()
