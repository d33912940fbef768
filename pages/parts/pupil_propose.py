"""The pupil's propose phase: write a proposal, see what happened to one's own."""

import streamlit as st

from council import proposals
from council.errors import CouncilError
from council.sessions import Pupil
from pages import ui


def show(pupil: Pupil) -> None:
    """The proposal form, then the pupil's own proposals."""
    proposal_form(pupil)
    my_proposals(pupil)


def proposal_form(pupil: Pupil) -> None:
    """Write a new proposal: a title and a text, both required."""
    with st.form("proposal", clear_on_submit=True):
        st.subheader(ui.tr("pupil.new_proposal"))
        title = st.text_input(
            ui.tr("pupil.proposal_title"),
            key="proposal_title",
            max_chars=proposals.TITLE_LIMIT,
            placeholder=ui.tr("pupil.proposal_title_placeholder"),
        )
        body = st.text_area(
            ui.tr("pupil.proposal_body"),
            key="proposal_body",
            max_chars=proposals.BODY_LIMIT,
            placeholder=ui.tr("pupil.proposal_body_placeholder"),
        )
        sent = st.form_submit_button(ui.tr("pupil.proposal_submit"), type="primary", key="proposal_submit")
    if sent:
        try:
            with ui.db_session() as db:
                proposals.submit(db, pupil=pupil, title=title, body=body)
            ui.flash("pupil.proposal_sent")
            st.rerun()
        except CouncilError as err:
            ui.show_error(err)


@st.fragment(run_every=5)
def my_proposals(pupil: Pupil) -> None:
    """What this pupil wrote and what happened to it; refreshes by itself as the teacher moderates."""
    with ui.db_session() as db:
        written = proposals.mine(db, pupil=pupil)
    if not written:
        return
    st.subheader(ui.tr("pupil.my_proposals"))
    for proposal in written:
        with st.container(border=True):
            st.markdown(f"**{ui.plain(proposal.title)}** — {ui.tr('status.' + proposal.status)}")
            if proposal.reject_reason:
                st.caption(ui.tr("pupil.reject_reason", reason=ui.plain(proposal.reject_reason)))
