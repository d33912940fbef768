"""Who is here: the logged-in account and the joined pupil, both kept across reloads by HttpOnly cookies that only
the server sets (pages/web.py); logging in and out, re-checking a login on every run, and the guards pages start with.
"""

from __future__ import annotations

import streamlit as st

from council import clients, logins, sessions
from council.auth import Actor
from council.models import Role
from council.sessions import Pupil
from pages import sso, ui, web


def client() -> str | None:
    """The visitor's address as this server sees it (behind COUNCIL_TRUSTED_PROXIES: as the proxy saw it)."""
    headers = st.context.headers
    return clients.client_address(headers.get(web.PEER_HEADER), headers.get("X-Forwarded-For"))


def current_actor() -> Actor | None:
    """The logged-in account, re-checked on every run: from this browser session, or from the login cookie."""
    if st.session_state.actor is not None and not _still_valid():
        st.session_state.actor = st.session_state.login_token = None
        st.session_state.login_ended = True
    if st.session_state.actor is None and not st.session_state.logged_out:
        token = st.context.cookies.get(web.LOGIN_COOKIE)
        if isinstance(token, str) and token and not st.session_state.get("login_ended"):
            with ui.db_session() as db:
                st.session_state.actor = logins.resume_login(db, token)
            st.session_state.login_token = token if st.session_state.actor else None
    if st.session_state.actor is None and not st.session_state.logged_out:
        sso.sso_actor()
    return st.session_state.actor


def _still_valid() -> bool:
    """A logout elsewhere, an expired login, or an account switched off or given another role ends this one too."""
    fresh = logins.current(ui.engine(), st.session_state.actor, st.session_state.get("login_token"))
    return fresh is not None


def log_in(actor: Actor, *, to: str, said: str = "") -> None:
    """Log in here at once, and send the browser to the server for its HttpOnly cookie (then on to `to`)."""
    st.session_state.actor, st.session_state.login_token = actor, None
    st.session_state.logged_out = st.session_state.login_ended = False
    with ui.db_session() as db:
        code = logins.start_handoff(db, kind=logins.LOGIN, subject_id=actor.user_id)
    go_to(web.cookie_url(logins.LOGIN, code, to=to, lang=ui.lang(), said=said), then=home_page(actor))


def log_out() -> None:
    """End the login in the database and here, then let the server clear the cookie (and the sign-on provider's)."""
    with ui.db_session() as db:
        logins.end_login(db, st.session_state.login_token)
    st.session_state.actor = st.session_state.login_token = None
    st.session_state.logged_out = True
    if sso.sso_configured() and st.user.get("is_logged_in", False):
        st.logout()
        return
    go_to(web.logout_url(ui.lang()))


def go_to(url: str, *, then: str | None = None) -> None:
    """Send the browser to one of the server's own addresses, as st.login does, and stop until it has gone there.
    A session without a browser (Streamlit's agent API, AppTest) never leaves, so it goes on to the page `then`."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    context = get_script_run_ctx()
    if context is not None:
        message = ForwardMsg()
        message.auth_redirect.url = url
        context.enqueue(message)
    if then is not None and not st.context.headers.get(web.PEER_HEADER):  # the header comes with a websocket only
        st.switch_page(then, query_params={"lang": ui.lang()})
    st.stop()


def current_pupil() -> Pupil | None:
    """The joined pupil: from this browser session, or from their cookie after a reload (until the vote closes)."""
    if st.session_state.pupil is None:
        token = st.context.cookies.get(web.PUPIL_COOKIE)
        if isinstance(token, str) and token:
            with ui.db_session() as db:
                st.session_state.pupil = sessions.resume_pupil(db, token)
    return st.session_state.pupil


def keep_pupil(pupil: Pupil) -> None:
    """After a join: keep the pupil here, and send the browser to the server for the cookie that keeps their place."""
    st.session_state.pupil = pupil
    with ui.db_session() as db:
        code = logins.start_handoff(db, kind=logins.PUPIL, subject_id=pupil.participant_id)
    go_to(web.cookie_url(logins.PUPIL, code, to="pupil", lang=ui.lang()), then="pages/pupil.py")


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
        ended = st.session_state.get("login_ended")
        st.warning(ui.tr("auth.session_ended" if ended else "auth.login_needed"), icon="🔑")
        st.page_link("pages/login.py", label=ui.tr("nav.login"), icon=":material/key:")
        st.stop()
    return actor


def require_admin() -> Actor:
    """The logged-in admin; anyone else sees why not, and none of the admin's forms."""
    actor = require_actor()
    if actor.role != Role.admin:
        st.warning(ui.tr("auth.admin_only"), icon="🔒")
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


def home_landing(actor: Actor | None) -> str:
    """The address (url path) of that page, for the cookie route to go on to."""
    return "inbox" if actor is not None and actor.role == Role.committee else "sessions"


def leave_if_done(target: str, done: bool) -> None:
    """Go on to `target` when this page has nothing left to do (logged in already, set up already)."""
    if done:
        st.switch_page(target)
