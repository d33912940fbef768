"""Every page of the app, and page objects for st.navigation, built once per process and copied for each run.

Building an st.Page resolves its file on disk and checks it exists (about a tenth of a millisecond each, for the
18 pages on every run of every visitor). The objects are copied rather than shared, because st.navigation and
Page.run mark a page object as callable and then as used, and two visitors' runs must not see each other's marks.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable

import streamlit as st

# name: (script, title's translation key, icon, address)
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

_BUILT: dict[tuple, st.Page] = {}
_LOCK = threading.Lock()


def all_pages(visible: list[str], title: Callable[[str], str]) -> list[st.Page]:
    """Every page, registered on every run (hidden when not in `visible`), so a login, a join or a reload never
    lands on a page that vanished; each page checks who is there, and council/ checks every permission again.
    The default page (served at "/") only forwards to the visitor's landing page."""
    return [
        page(path, title=title(key), icon=icon, url_path=url, default=name == "home", visible=name in visible)
        for name, (path, key, icon, url) in PAGES.items()
    ]


def page(path: str, *, title: str, icon: str, url_path: str, default: bool, visible: bool) -> st.Page:
    """A fresh st.Page for this run, copied from the one built the first time these arguments were asked for."""
    key = (path, title, icon, url_path, default, visible)
    with _LOCK:
        built = _BUILT.get(key)
    if built is None:
        visibility = "visible" if visible else "hidden"
        built = st.Page(path, title=title, icon=icon, url_path=url_path, default=default, visibility=visibility)
        with _LOCK:
            built = _BUILT.setdefault(key, built)
    return copy.copy(built)
