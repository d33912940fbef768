"""A theme group's representatives approve the final wording of their proposals, or ask for a change."""

import streamlit as st

from council.i18n import fmt_datetime
from council.rounds import wording
from council.sessions import Pupil
from pages import ui


def show(pupil: Pupil) -> None:
    """The group's list: each proposal with Approve, or a short change request to the facilitator."""
    with ui.db_session() as db:
        group, listed = wording.for_representative(db, pupil=pupil)
    if group is None:
        return
    st.subheader(ui.tr("round.wording.title"))
    if not listed:
        st.info(ui.tr("round.wording.wait"), icon="⏳")
        return
    st.caption(ui.tr("round.wording.help"))
    for entry in listed:
        card(pupil, entry)


def card(pupil: Pupil, entry: wording.ItemWording) -> None:
    """One proposal going to the politicians, as the group will send it."""
    pid = entry.proposal.id
    with st.container(border=True, key=f"wording_{pid}"):
        st.markdown(f"### {ui.plain(entry.proposal.title)}")
        st.markdown(ui.plain(entry.proposal.body))
        for change in entry.changes:
            if change.reply:
                st.caption(ui.tr("round.wording.reply", text=ui.plain(change.text), reply=ui.plain(change.reply)))
        if entry.item.approved_at:
            st.success(ui.tr("round.wording.approved", date=fmt_datetime(entry.item.approved_at, ui.lang())), icon="✅")
            return
        if entry.open_changes:
            st.info(ui.tr("round.wording.asked"), icon="✏️")
            return
        if st.button(ui.tr("round.wording.approve"), key=f"round_wording_approve_{pid}", type="primary"):
            ui.apply(lambda db: wording.approve(db, pupil=pupil, item_id=entry.item.id), "round.wording.thanks")
        with st.expander(ui.tr("round.wording.change")), st.form(f"round_wording_form_{pid}", clear_on_submit=True):
            text = st.text_area(
                ui.tr("round.wording.change_text"), key=f"round_wording_text_{pid}", max_chars=wording.CHANGE_LIMIT
            )
            if st.form_submit_button(ui.tr("round.wording.change_submit"), key=f"round_wording_change_{pid}"):
                ui.apply(
                    lambda db: wording.ask_change(db, pupil=pupil, item_id=entry.item.id, text=text),
                    "round.wording.change_sent",
                )
