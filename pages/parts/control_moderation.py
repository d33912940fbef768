"""The teacher's moderation queue: publish or reject each new proposal; it refreshes by itself."""

import streamlit as st

from council import proposals
from council.auth import Actor
from council.errors import CouncilError
from council.models import CouncilSession
from pages import ui


def show(actor: Actor, council: CouncilSession) -> None:
    """The live queue, polled every few seconds."""
    queue_fragment(actor, council.id)


@st.fragment(run_every=5)
def queue_fragment(actor: Actor, session_id: int) -> None:
    """The queue itself; after a publish or reject the whole page redraws, so 'next phase' can unlock."""
    if st.session_state.pop("moderated", False):
        st.rerun()
    with ui.db_session() as db:
        waiting = proposals.queue(db, actor, session_id)
        on_ballot = proposals.published(db, session_id)
    st.subheader(ui.tr("control.queue", n=len(waiting)))
    if error := st.session_state.pop("moderation_error", None):
        ui.show_error(error)
    if not waiting:
        st.caption(ui.tr("control.queue_empty"))
    for proposal in waiting:
        card(actor, proposal)
    with st.expander(ui.tr("control.published", n=len(on_ballot))):
        for proposal in on_ballot:
            st.markdown(f"- **{ui.plain(proposal.title)}** — {ui.plain(proposal.body)}")


def card(actor: Actor, proposal) -> None:  # type: ignore[no-untyped-def]
    """One waiting proposal: its text, a reason field, publish and reject."""
    with st.form(f"moderate_{proposal.id}", enter_to_submit=False):
        st.markdown(f"**{ui.plain(proposal.title)}**")
        st.markdown(ui.plain(proposal.body))
        st.text_input(ui.tr("control.reject_reason"), key=f"moderate_reason_{proposal.id}", max_chars=300)
        left, right = st.columns(2)
        left.form_submit_button(
            ui.tr("control.publish"),
            key=f"moderate_publish_{proposal.id}",
            type="primary",
            on_click=moderate,
            args=(actor, proposals.publish, proposal.id),
        )
        right.form_submit_button(
            ui.tr("control.reject"),
            key=f"moderate_reject_{proposal.id}",
            on_click=moderate,
            args=(actor, proposals.reject, proposal.id),
        )


def moderate(actor: Actor, action, proposal_id: int) -> None:  # type: ignore[no-untyped-def]
    """Button callback: publish or reject, keeping any error to show on the next run."""
    extra = {"reason": st.session_state.get(f"moderate_reason_{proposal_id}", "")} if action is proposals.reject else {}
    try:
        with ui.db_session() as db:
            action(db, actor, proposal_id, **extra)
        st.session_state.moderated = True
    except CouncilError as err:
        st.session_state.moderation_error = err
