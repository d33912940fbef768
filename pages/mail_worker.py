"""E-mail settings from .streamlit/secrets.toml ([smtp]) and the one sending thread of this process."""

from __future__ import annotations

import streamlit as st

from council import mailworker
from council.mail import SmtpSettings
from pages import ui


def settings() -> SmtpSettings | None:
    """The [smtp] settings, or None when there are none (then nothing is sent)."""
    try:
        section = st.secrets.get("smtp")
    except FileNotFoundError:  # no secrets.toml at all (Streamlit's error subclasses FileNotFoundError)
        return None
    return SmtpSettings.from_mapping(dict(section) if section else None)


def start_once() -> None:
    """Start the sender with the app, once per process, when e-mail is set up (checked once per browser session)."""
    if st.session_state.get("mail_checked"):
        return
    st.session_state.mail_checked = True
    found = settings()
    if found is None:
        return
    mailworker.start_once(ui.engine(), found, app_url=ui.absolute_url("").split("/?")[0])


def wake() -> None:
    """Send what was just queued now rather than at the next poll."""
    mailworker.wake_all()
