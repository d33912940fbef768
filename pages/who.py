"""Who is here: the logged-in account (kept across reloads by a cookie) and the joined pupil (by the token in
their own URL); logging in and out, and the guards pages start with."""

from __future__ import annotations

import streamlit as st

from council import auth, sessions
from council.auth import Actor
from council.models import Role
from council.sessions import Pupil
from pages import sso, ui

LOGIN_COOKIE = "kr_login"
PUPIL_PARAM = "p"


def current_actor() -> Actor | None:
    """The logged-in account: from this browser session, or from the login cookie after a reload."""
    if st.session_state.actor is None and not st.session_state.logged_out:
        token = st.context.cookies.get(LOGIN_COOKIE)
        if isinstance(token, str) and token:
            with ui.db_session() as db:
                st.session_state.actor = auth.resume_login(db, token)
            st.session_state.login_token = token if st.session_state.actor else None
    if st.session_state.actor is None and not st.session_state.logged_out:
        sso.sso_actor()
    return st.session_state.actor


def log_in(actor: Actor) -> None:
    """Remember the login in this browser session and in a cookie that survives a reload."""
    with ui.db_session() as db:
        token = auth.start_login(db, actor)
    st.session_state.actor, st.session_state.login_token = actor, token
    st.session_state.logged_out = False
    st.session_state.pending_cookie = (token, auth.LOGIN_HOURS * 3600)


def log_out() -> None:
    """Forget the login here, in the cookie, in the database and at the sign-on provider's cookie."""
    with ui.db_session() as db:
        auth.end_login(db, st.session_state.login_token)
    st.session_state.actor = st.session_state.login_token = None
    st.session_state.logged_out = True
    st.session_state.pending_cookie = ("", 0)
    if sso.sso_configured() and st.user.get("is_logged_in", False):
        st.logout()


def write_pending_cookie() -> None:
    """Set or clear the login cookie in the browser, on the run after a login or logout."""
    if st.session_state.pending_cookie is None:
        return
    token, max_age = st.session_state.pending_cookie
    st.session_state.pending_cookie = None
    # The token is url-safe base64 made by the server, never user text.
    st.html(
        f"<script>document.cookie = '{LOGIN_COOKIE}={token}; path=/; max-age={max_age}; SameSite=Strict';</script>",
        unsafe_allow_javascript=True,
    )


def current_pupil() -> Pupil | None:
    """The joined pupil: from this browser session, or from the token in the URL after a reload."""
    if st.session_state.pupil is None and st.query_params.get(PUPIL_PARAM):
        with ui.db_session() as db:
            st.session_state.pupil = sessions.resume_pupil(db, st.query_params.get(PUPIL_PARAM))
    return st.session_state.pupil


def account_box(actor: Actor | None) -> None:
    """Who is logged in, and the logout button, in the sidebar."""
    if actor is None:
        return
    st.sidebar.caption(ui.tr("nav.logged_in_as", username=actor.username))
    if st.sidebar.button(ui.tr("nav.logout"), key="logout"):
        log_out()
        st.rerun()


def require_actor() -> Actor:
    """The logged-in account, or a message with a login link and the page stops."""
    actor = current_actor()
    if actor is None:
        st.warning(ui.tr("auth.login_needed"), icon="🔑")
        st.page_link("pages/login.py", label=ui.tr("nav.login"), icon=":material/key:")
        st.stop()
    return actor


def require_pupil() -> Pupil:
    """The joined pupil, or the join page."""
    pupil = current_pupil()
    if pupil is None:
        st.switch_page("pages/join.py")
    return pupil


def home_page(actor: Actor | None) -> str:
    """Where an account lands after logging in."""
    if actor is not None and actor.role == Role.coordinator:
        return "pages/rounds.py"
    return "pages/inbox.py" if actor is not None and actor.role == Role.committee else "pages/teacher_sessions.py"


def leave_if_done(target: str, done: bool) -> None:
    """Go on to `target` when this page has nothing left to do (logged in already, set up already)."""
    if done:
        st.switch_page(target)
