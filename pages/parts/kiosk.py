"""Kiosk mode on one shared computer: each pupil's turn ends on a clean 'next pupil' screen."""

import streamlit as st

from council import ratingcodes
from council.models import CouncilSession
from pages import ui

DONE_FLAG = "kiosk_done"
CODE_FLAG = "kiosk_rating_code"


def is_kiosk(council: CouncilSession) -> bool:
    """True when this session runs on a shared computer."""
    return bool(council.kiosk)


def end_turn(message_key: str = "kiosk.thanks", *, rating_code: str | None = None) -> None:
    """Forget everything this pupil did in the browser and show the next-pupil screen.

    The pupil's token is never put in the URL in kiosk mode, so nothing in the browser's history
    leads back to them: Back lands on a page that finds no pupil and sends it to the join screen.
    """
    lang = ui.lang()
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.query_params.clear()
    st.query_params["lang"] = lang
    ui.init_state()
    st.session_state[DONE_FLAG] = message_key
    st.session_state[CODE_FLAG] = rating_code
    st.switch_page("pages/join.py", query_params={"lang": lang})


def done_button() -> None:
    """'I'm done – next pupil', for the phases where pupils read and write."""
    st.divider()
    if st.button(ui.tr("kiosk.done_button"), key="kiosk_done_button", icon=":material/logout:"):
        end_turn()


def next_pupil_screen() -> None:
    """The start screen after a kiosk turn: a thank-you with nothing of the previous pupil."""
    code = st.session_state.pop(CODE_FLAG, None)
    if message_key := st.session_state.pop(DONE_FLAG, None):
        with st.container(key="kiosk_next"):
            st.success(ui.tr(message_key), icon="👋")
            if code:
                # Shown this once: the next pupil's first click on the join screen wipes it.
                st.markdown(ui.tr("kiosk.rating_code", code=ratingcodes.shown(code)))
