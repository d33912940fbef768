"""Merging near-duplicates: the suggested pairs, and a form for the one new wording."""

from typing import Any

import streamlit as st

from council import merging, proposals, themes
from council.auth import Actor
from council.errors import CouncilError
from council.models import CouncilSession
from pages import ui


def show(actor: Actor, council: CouncilSession) -> None:
    """The most alike pairs first (kept, never worked out here); picking one fills the merge form."""
    with ui.db_session() as db:
        pairs = merging.suggestions(db, actor, council.id)
        open_ones = [p for p in proposals.all_for(db, actor, council.id) if p.status in merging.OPEN]
    st.subheader(ui.tr("merge.title"))
    st.caption(ui.tr("merge.best_pairs") if pairs else ui.tr("merge.no_pairs"))
    for first, second, score in pairs:
        with st.container(border=True, key=f"merge_pair_{first.id}_{second.id}"):
            st.markdown(f"**{ui.plain(first.title)}** ↔ **{ui.plain(second.title)}** ({score:.0f} %)")
            st.button(
                ui.tr("merge.pick"),
                key=f"merge_pick_{first.id}_{second.id}",
                on_click=pick,
                args=(first, second),
            )
    with st.expander(ui.tr("merge.form"), expanded=bool(st.session_state.get("merge_originals"))):
        form(actor, council, {p.id: p for p in open_ones})


def pick_and_redraw(first: Any, second: Any) -> None:
    """Button callback in the moderation queue (a fragment): fill the merge form and redraw the whole page."""
    pick(first, second)
    st.session_state.moderated = True  # the queue's next run redraws the page, merge form included


def pick(first: Any, second: Any) -> None:
    """Button callback: fill the form with the pair, the first one's wording as a start."""
    st.session_state.merge_originals = [first.id, second.id]
    st.session_state.merge_title = first.title
    st.session_state.merge_body = f"{first.body}\n\n{second.body}"[: proposals.BODY_LIMIT]
    st.session_state.merge_theme = first.theme
    st.session_state.merge_addressee = first.addressee


def form(actor: Actor, council: CouncilSession, open_ones: dict) -> None:
    """Which proposals, and the new title, text, theme and addressee."""
    state = st.session_state
    state.merge_originals = [pid for pid in state.get("merge_originals", []) if pid in open_ones]
    st.multiselect(
        ui.tr("merge.originals"),
        list(open_ones),
        key="merge_originals",
        format_func=lambda pid: open_ones[pid].title,
        placeholder=ui.tr("common.choose"),
        select_all=False,
    )
    st.text_input(ui.tr("pupil.proposal_title"), key="merge_title", max_chars=proposals.TITLE_LIMIT)
    st.text_area(ui.tr("pupil.proposal_body"), key="merge_body", max_chars=proposals.BODY_LIMIT)
    left, right = st.columns(2)
    theme_list = themes.themes_of(council)
    if state.get("merge_theme") not in theme_list:
        state.merge_theme = theme_list[-1]
    left.selectbox(ui.tr("proposal.theme"), theme_list, key="merge_theme", placeholder=ui.tr("common.choose"))
    right.selectbox(
        ui.tr("proposal.addressee"),
        themes.ADDRESSEES,
        key="merge_addressee",
        format_func=ui.namer("addressee."),
        placeholder=ui.tr("common.choose"),
    )
    if st.button(ui.tr("merge.submit"), key="merge_submit", type="primary"):
        merge(actor, council.id)


def merge(actor: Actor, session_id: int) -> None:
    """Make the merged proposal, then start the form afresh."""
    state = st.session_state
    try:
        with ui.db_session() as db:
            merging.merge(
                db,
                actor,
                session_id,
                originals=list(state.merge_originals),
                title=state.merge_title,
                body=state.merge_body,
                theme=state.merge_theme,
                addressee=state.merge_addressee,
            )
    except CouncilError as err:
        ui.show_error(err)
        return
    for key in ("merge_originals", "merge_title", "merge_body"):
        state.pop(key, None)
    ui.flash("merge.done")
    st.rerun()
