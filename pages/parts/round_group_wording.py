"""The group page after the vote: take the group's result to the round's list, and answer the representatives'
wording changes (take the change, or say why not)."""

import streamlit as st

from council import proposals
from council.auth import Actor
from council.i18n import fmt_datetime
from council.models import Phase
from council.round_tables import WordingChange
from council.rounds import consolidate, wording
from council.rounds.wording import CHANGE_LIMIT, ItemWording
from pages import ui


def show(actor: Actor, work: consolidate.GroupWork, listed: list[ItemWording]) -> None:
    """The group's list, its approvals and open changes."""
    st.subheader(ui.tr("round.group.list_title"))
    if Phase(work.council.phase) not in (Phase.closed, Phase.forwarded):
        st.caption(ui.tr("round.group.list_after_vote"))
        return
    if work.group.results_taken_at is None:
        st.caption(ui.tr("round.group.take_help"))
        if st.button(ui.tr("round.group.take"), key="round_group_results", type="primary"):
            ui.apply(lambda db: len(wording.take_results(db, actor, work.group.id)), "round.group.taken", counted=True)
        return
    st.caption(ui.tr("round.group.wording_help"))
    for entry in listed:
        item_card(actor, entry)


def item_card(actor: Actor, entry: ItemWording) -> None:
    """One proposal on the list: approved or not, and each open change with the two ways to settle it."""
    with st.container(border=True, key=f"round_item_{entry.item.id}"):
        st.markdown(f"{entry.item.group_rank}. **{ui.plain(entry.proposal.title)}**")
        st.markdown(ui.plain(entry.proposal.body))
        if entry.item.approved_at:
            st.success(ui.tr("round.list.approved", date=fmt_datetime(entry.item.approved_at, ui.lang())), icon="✅")
        elif not entry.open_changes:
            st.caption(ui.tr("round.list.waiting_approval"))
        for change in entry.open_changes:
            change_form(actor, entry, change)
        for change in (c for c in entry.changes if c.status != "open"):
            st.caption(
                ui.tr(f"round.group.change_{change.status}", text=ui.plain(change.text), reply=ui.plain(change.reply))
            )


def change_form(actor: Actor, entry: ItemWording, change: WordingChange) -> None:
    """Take the representatives' change (write the new wording) or answer why it is not made."""
    st.warning(ui.tr("round.group.change_asked", text=ui.plain(change.text)), icon="✏️")
    with st.form(f"round_change_{change.id}"):
        title = st.text_input(
            ui.tr("pupil.proposal_title"),
            value=entry.proposal.title,
            max_chars=proposals.TITLE_LIMIT,
            key=f"round_change_title_{change.id}",
        )
        body = st.text_area(
            ui.tr("pupil.proposal_body"),
            value=entry.proposal.body,
            max_chars=proposals.BODY_LIMIT,
            key=f"round_change_body_{change.id}",
        )
        reply = st.text_input(
            ui.tr("round.group.reply"),
            max_chars=CHANGE_LIMIT,
            key=f"round_change_reply_{change.id}",
            help=ui.tr("round.group.reply_help"),
        )
        take, answer = st.columns(2)
        if take.form_submit_button(
            ui.tr("round.group.take_change"), key=f"round_change_take_{change.id}", type="primary"
        ):
            ui.apply(
                lambda db: wording.settle(db, actor, change.id, take=True, title=title, body=body, reply=reply),
                "round.group.change_done",
            )
        if answer.form_submit_button(ui.tr("round.group.answer_change"), key=f"round_change_answer_{change.id}"):
            ui.apply(
                lambda db: wording.settle(db, actor, change.id, take=False, reply=reply), "round.group.change_done"
            )
