"""When the phase moves on under a pupil's open form: say why nothing was saved, and show what they wrote."""

import streamlit as st

from council.models import Phase
from pages import ui

NOTICE = "pupil_unsent"  # session_state: (message key, the pupil's texts) until shown once
SEEN_PHASE = "pupil_seen_phase"  # session_state: the phase this pupil's page last showed
PROPOSAL_FIELDS = ("proposal_title", "proposal_body")


def keep(message_key: str, *texts: str) -> None:
    """Remember what was not saved, to be said on the next run whatever the page shows then."""
    st.session_state[NOTICE] = (message_key, [text for text in texts if text and text.strip()])


def pending() -> bool:
    """A notice waits to be said: kept since the whole page last ran (which says it), so the whole page must run."""
    return NOTICE in st.session_state


def follow(phase: Phase) -> None:
    """On the run that finds a new phase, keep a proposal the pupil was writing but had not sent."""
    seen = st.session_state.get(SEEN_PHASE)
    st.session_state[SEEN_PHASE] = phase
    if seen == Phase.propose and phase != Phase.propose and NOTICE not in st.session_state:
        written = [st.session_state.get(field) or "" for field in PROPOSAL_FIELDS]
        if any(text.strip() for text in written):
            keep("pupil.unsent.proposal", *written)


def show() -> None:
    """Why nothing was saved, and the pupil's own words, so they are not lost."""
    notice = st.session_state.pop(NOTICE, None)
    if notice is None:
        return
    key, texts = notice
    with st.container(key="pupil_unsent"):
        st.warning(ui.tr(key), icon=":material/history_edu:")
        if texts:
            with st.container(border=True):
                st.caption(ui.tr("pupil.unsent.heading"))
                for text in texts:
                    st.markdown(ui.plain(text))
