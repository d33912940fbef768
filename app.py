"""Klimatrådet: page config, the engine, who is here, and the pages this role may see."""

import streamlit as st

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
    # decides every page, so settle that here, before any visitor (ui.leave_folder_page_mode still checks per run).
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False

PAGES = {
    "home": ("pages/home.py", "nav.home", ":material/home:", "start"),
    "setup": ("pages/setup.py", "nav.setup", ":material/build:", "setup"),
    "join": ("pages/join.py", "nav.join", ":material/login:", "join"),
    "pupil": ("pages/pupil.py", "nav.pupil", ":material/eco:", "pupil"),
    "login": ("pages/login.py", "nav.login", ":material/key:", "login"),
    "rounds": ("pages/rounds.py", "nav.rounds", ":material/hub:", "rundor"),
    "sessions": ("pages/teacher_sessions.py", "nav.sessions", ":material/list:", "sessions"),
    "control": ("pages/control_room.py", "nav.control", ":material/tune:", "session"),
    "report": ("pages/report.py", "nav.report", ":material/description:", "report"),
    "committees": ("pages/committees_admin.py", "nav.committees", ":material/account_balance:", "committees"),
    "inbox": ("pages/inbox.py", "nav.inbox", ":material/inbox:", "inbox"),
    "answer": ("pages/answer.py", "nav.answer", ":material/edit_note:", "answer"),
    "dashboard": ("pages/dashboard.py", "nav.dashboard", ":material/insights:", "dashboard"),
    "progress": ("pages/progress.py", "nav.progress", ":material/campaign:", "progress"),
    "answers": ("pages/public_answers.py", "nav.answers", ":material/public:", "svar"),
    "shared": ("pages/shared.py", "nav.shared", ":material/share:", "shared"),
    "projector": ("pages/projector.py", "nav.projector", ":material/tv:", "projector"),
    "accounts": ("pages/accounts.py", "nav.accounts", ":material/group:", "accounts"),
    "data": ("pages/admin_data.py", "nav.data", ":material/inventory_2:", "data"),
    "accessibility": ("pages/accessibility.py", "nav.accessibility", ":material/accessibility:", "tillganglighet"),
    "round": ("pages/round.py", "nav.round", ":material/account_tree:", "runda"),
    "round_group": ("pages/round_group.py", "nav.round_group", ":material/groups:", "temagrupp"),
    "round_meeting": ("pages/round_meeting.py", "nav.round_meeting", ":material/slideshow:", "atertraff"),
}

ROLE_PAGES = {
    Role.teacher: ["sessions", "control", "report"],
    Role.committee: ["inbox", "dashboard", "answers"],
    Role.coordinator: ["rounds", "sessions", "control", "report", "answers"],
    Role.admin: ["sessions", "control", "report", "inbox", "dashboard", "committees", "accounts", "data", "rounds"],
}


def route() -> None:
    """Who is here, and the pages they may see."""
    # Called here, not when pages.ui is imported: a rerun raised inside an import broke the import for the
    # other visitors arriving at the same moment after a server start ("cannot import name 'ui'").
    ui.leave_folder_page_mode()
    server_sockets.reply_without_delay_once()  # Streamlit's own socket leaves Nagle on (see the module)
    st.set_page_config(page_title="Klimatrådet", page_icon="🌍", layout="wide")
    ui.init_state()
    try:
        first_run, actor, pupil = ui.first_run(), who.current_actor(), who.current_pupil()
    except CouncilError as err:  # e.g. Busy: a clear "try again" in the visitor's language, never a traceback
        ui.show_error(err)
        st.stop()
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
    st.session_state.landing = PAGES[visible[0]][0]

    # Every page stays registered (hidden when not this role's), so a login, a join or a reload never lands on a
    # page that vanished; each page checks who is there, and council/ checks every permission again. The default
    # page (served at "/") only forwards to this role's landing page, so every real page keeps an address.
    with ui.errors_shown():  # an error no page expected (e.g. Busy) is shown as a message, never as a traceback
        st.navigation(
            [
                routing.page(
                    path,
                    title=ui.tr(title),
                    icon=icon,
                    url_path=url,
                    default=name == "home",
                    visible=name in visible,
                )
                for name, (path, title, icon, url) in PAGES.items()
            ]
        ).run()


if __name__ == "__main__":
    route()
