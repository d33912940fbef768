"""Klimatrådet: page config, the engine, who is here, and the pages this role may see."""

from pages import startup

if __name__ == "__main__":  # a visit's run (see below), not the server's import
    startup.leave_folder_page_mode()  # first of all: see pages/startup.py
    starting = startup.start_screen()  # only while the app gets ready after a server start

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from council.errors import CouncilError
from council.models import Role
from pages import mail_worker, open_data, routing, server_sockets, sso, ui, web, who

if __name__ != "__main__":
    # `streamlit run app.py` imports this file to find the ASGI app below, then runs this same file as the script
    # of every visit (as "__main__"). The server adds the cookie routes, security headers and the websocket's
    # origin check (pages/web.py) around Streamlit's own, and the rounds' open data (pages/open_data.py).
    app = st.App(__file__, routes=[*web.ROUTES, *open_data.ROUTES], middleware=web.MIDDLEWARE)
    # Beside a pages/ folder Streamlit starts in its old folder mode, where the first visitor's address is looked up
    # among pages/ file names: "/svar?round=…" or "/rundor" then showed "Page not found". app.py's st.navigation
    # decides every page, so settle that here, before any visitor (startup.leave_folder_page_mode still checks per run).
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False

ROLE_PAGES = {
    Role.teacher: ["sessions", "control", "report"],
    Role.committee: ["inbox", "dashboard", "answers"],
    Role.coordinator: ["rounds", "sessions", "control", "report", "answers"],
    Role.admin: ["sessions", "control", "report", "inbox", "dashboard", "committees", "accounts", "data", "rounds"],
}


def route(starting: DeltaGenerator | None) -> None:
    """Who is here, and the pages they may see."""
    server_sockets.reply_without_delay_once()  # Streamlit's own socket leaves Nagle on (see the module)
    st.set_page_config(page_title="Klimatrådet", page_icon="🌍", layout="wide")
    ui.init_state()
    try:  # first_run makes the engine (and the demo) on the first run after a server start
        first_run, actor, pupil = ui.first_run(), who.current_actor(), who.current_pupil()
    except CouncilError as err:  # e.g. Busy: a clear "try again" in the visitor's language, never a traceback
        startup.ready(starting)
        ui.show_error(err)
        st.stop()
    startup.ready(starting)
    mail_worker.start_once()  # e-mail reminders, when .streamlit/secrets.toml has [smtp]
    ui.language_switch()
    ui.declare_language()
    ui.base_style()
    who.account_box(actor)
    sso.sso_notice()

    if first_run:
        visible = ["setup"]
    elif actor is not None:
        visible = list(ROLE_PAGES[actor.role])
    elif pupil is not None:
        visible = ["pupil", "progress", "join", "answers", "login"]
    else:
        visible = ["join", "progress", "answers", "login"]
    visible.append("accessibility")
    st.session_state.landing = routing.PAGES[visible[0]][0]
    # Every page stays registered (hidden when not this role's), so a login, a join or a reload never lands on a
    # page that vanished; each page checks who is there, and council/ checks every permission again.
    with ui.errors_shown():  # an error no page expected (e.g. Busy) is shown as a message, never as a traceback
        st.navigation(routing.all_pages(visible, ui.tr)).run()


if __name__ == "__main__":
    route(starting)
