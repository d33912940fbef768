"""Single sign-on (st.login, OIDC) when .streamlit/secrets.toml has an [auth] section; accounts matched by e-mail."""

import streamlit as st

from council import auth
from council.errors import CouncilError
from pages import ui


def sso_configured() -> bool:
    """True when .streamlit/secrets.toml has an [auth] section, i.e. single sign-on through st.login."""
    if "sso_configured" in st.session_state:  # read secrets.toml once per browser session, not every run
        return st.session_state.sso_configured
    st.session_state.sso_configured = _secrets_have_auth()
    return st.session_state.sso_configured


def _secrets_have_auth() -> bool:
    try:
        return "auth" in st.secrets
    except FileNotFoundError:  # no secrets.toml at all (Streamlit's error subclasses FileNotFoundError)
        return False


def sso_actor() -> None:
    """Map a single sign-on identity to its account by e-mail, once per browser session."""
    # Without [auth], st.user.is_logged_in raises: ask with .get, and only when sign-on is configured.
    if not sso_configured() or not st.user.get("is_logged_in", False):
        return
    email = st.user.get("email")
    if st.session_state.sso_refusal is not None and st.session_state.sso_refusal.values.get("email") == email:
        return
    try:
        with ui.db_session() as db:
            st.session_state.actor = auth.actor_for_sso(db, email=email, email_verified=st.user.get("email_verified"))
        st.session_state.sso_refusal = None
    except CouncilError as err:
        st.session_state.sso_refusal = err


def sso_notice() -> None:
    """Tell a signed-in visitor without a matching account why nothing opened, with a way out."""
    if st.session_state.sso_refusal is None or st.session_state.actor is not None:
        return
    ui.show_error(st.session_state.sso_refusal)
    if st.button(ui.tr("nav.logout"), key="sso_logout"):
        st.session_state.sso_refusal = None
        st.logout()
