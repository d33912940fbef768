"""The new-session form's deliberation options: learn and discuss phases, one-time codes, kiosk mode."""

import streamlit as st

from pages import ui

OPTIONS = {
    "with_learn": "new_session_learn",
    "with_discuss": "new_session_discuss",
    "one_time_codes": "new_session_onetime",
    "kiosk": "new_session_kiosk",
}


def form_fields() -> dict[str, bool]:
    """Four checkboxes (inside the caller's form); returns create_session's keyword arguments."""
    left, right = st.columns(2)
    chosen = {}
    for index, (name, key) in enumerate(OPTIONS.items()):
        column = left if index % 2 == 0 else right
        chosen[name] = column.checkbox(ui.tr(f"sessions.option.{name}"), key=key, help=ui.tr(f"sessions.help.{name}"))
    return chosen
