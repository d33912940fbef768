"""The teacher's moderation queue, twenty at a time, oldest first: publish or reject each new proposal, see which
proposals it looks like; it refreshes by itself."""

from collections.abc import Callable
from typing import Any

import streamlit as st

from council import duplicates, proposals, themes
from council.auth import Actor
from council.errors import CouncilError
from council.models import CouncilSession, Proposal
from pages import ui
from pages.parts import control_merge
from pages.parts.pager import offset, pager


def show(actor: Actor, council: CouncilSession) -> None:
    """The live queue, polled every few seconds."""
    queue_fragment(actor, council.id, tuple(themes.themes_of(council)))


@st.fragment(run_every=5)
@ui.errors_shown()
def queue_fragment(actor: Actor, session_id: int, theme_list: tuple[str, ...] = ()) -> None:
    """The queue itself; after a publish or reject the whole page redraws, so 'next phase' can unlock."""
    if st.session_state.pop("moderated", False):
        st.rerun()
    with ui.db_session() as db:
        waiting = proposals.queue(db, actor, session_id, offset=offset("queue"))
        lookalikes = duplicates.alike(db, [p.id for p in waiting])
        on_ballot = proposals.published_page(db, actor, session_id, offset=offset("published"))
    st.subheader(ui.tr("control.queue", n=waiting.total))
    if error := st.session_state.pop("moderation_error", None):
        ui.show_error(error)
    if not waiting.total:
        st.caption(ui.tr("control.queue_empty"))
    for proposal in waiting:
        card(actor, proposal, theme_list)
        looks_like(proposal, lookalikes.get(proposal.id, []))
    pager("queue", waiting)
    with st.expander(ui.tr("control.published", n=on_ballot.total)):
        for proposal in on_ballot:
            st.markdown(f"- **{ui.plain(proposal.title)}** — {ui.plain(proposal.body)}")
            st.caption(f"{ui.plain(proposal.theme)} · {ui.tr('addressee.' + proposal.addressee)}")
        pager("published", on_ballot)


def looks_like(proposal: Any, found: list) -> None:
    """The few kept proposals this one looks like, each with a button that fills the merge form with the two."""
    if not found:
        return
    names = ", ".join(f"**{ui.plain(other.title)}** ({score:.0f} %)" for other, score in found)
    st.caption(ui.tr("merge.looks_like", titles=names))
    for other, _ in found:
        st.button(
            ui.tr("merge.pick_with", title=ui.plain(other.title[:40])),
            key=f"similar_pick_{proposal.id}_{other.id}",
            on_click=control_merge.pick_and_redraw,
            args=(proposal, other),
        )


def card(actor: Actor, proposal: Proposal, theme_list: tuple[str, ...]) -> None:
    """One waiting proposal: its text, its theme and addressee (changeable), a reason field, publish and reject."""
    with st.form(f"moderate_{proposal.id}", enter_to_submit=False):
        st.markdown(f"**{ui.plain(proposal.title)}**")
        st.markdown(ui.plain(proposal.body))
        labels(proposal, theme_list)
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


def labels(proposal: Proposal, theme_list: tuple[str, ...]) -> None:
    """The theme and addressee the pupil picked, for the teacher to keep or change."""
    left, right = st.columns(2)
    unknown = proposal.theme == themes.UNKNOWN  # the pupil answered "vet inte": the teacher picks the theme
    options = list(theme_list) + ([proposal.theme] if proposal.theme not in theme_list and not unknown else [])
    left.selectbox(
        ui.tr("proposal.theme"),
        options,
        index=None if unknown else options.index(proposal.theme),
        key=f"moderate_theme_{proposal.id}",
        placeholder=ui.tr("moderate.theme_unknown"),
    )
    right.selectbox(
        ui.tr("proposal.addressee"),
        themes.ADDRESSEES,
        index=themes.ADDRESSEES.index(proposal.addressee) if proposal.addressee in themes.ADDRESSEES else 0,
        key=f"moderate_addressee_{proposal.id}",
        format_func=ui.namer("addressee."),
        placeholder=ui.tr("common.choose"),
    )


def moderate(actor: Actor, action: Callable[..., object], proposal_id: int) -> None:
    """Button callback: publish (with the chosen theme and addressee) or reject, keeping any error for the next run."""
    state = st.session_state
    extra = {"reason": state.get(f"moderate_reason_{proposal_id}", "")} if action is proposals.reject else {}
    if action is proposals.publish and f"moderate_theme_{proposal_id}" in state:
        extra = {field: state[f"moderate_{field}_{proposal_id}"] for field in ("theme", "addressee")}
    try:
        with ui.db_session() as db:
            action(db, actor, proposal_id, **extra)
        st.session_state.moderated = True
    except CouncilError as err:
        st.session_state.moderation_error = err
