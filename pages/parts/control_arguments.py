"""The teacher's argument moderation, and the proposals argued on one side only."""

from collections.abc import Callable

import streamlit as st
from sqlmodel import Session

from council import arguments, proposals
from council.auth import Actor
from council.errors import CouncilError
from council.models import Argument, CouncilSession
from pages import ui
from pages.parts.pager import offset, pager


def show(actor: Actor, council: CouncilSession) -> None:
    """The live argument queue (only in sessions with a discuss phase)."""
    if council.with_discuss:
        queue_fragment(actor, council.id)


@st.fragment(run_every=5)
@ui.errors_shown()
def queue_fragment(actor: Actor, session_id: int) -> None:
    with ui.db_session() as db:
        waiting = arguments.queue(db, actor, session_id, offset=offset("argument_queue"))
        lopsided = arguments.one_sided(db, actor, session_id)
        titles = proposals.titles(db, session_id, {argument.proposal_id for argument in waiting})
    st.subheader(ui.tr("arguments.queue", n=waiting.total))
    if error := st.session_state.pop("argument_error", None):
        ui.show_error(error)
    for argument in waiting:
        card(actor, argument, titles.get(argument.proposal_id, ""))
    pager("argument_queue", waiting)
    with st.container(key="one_sided"):
        st.markdown(f"**{ui.tr('arguments.one_sided', n=len(lopsided))}**")
        for proposal in lopsided:
            st.markdown(f"- {ui.plain(proposal.title)}")


def card(actor: Actor, argument: Argument, proposal_title: str) -> None:
    """One waiting argument: the proposal it is about, its side, its text, publish and reject."""
    with st.container(border=True, key=f"argument_card_{argument.id}"):
        st.markdown(ui.tr("arguments.about", title=ui.plain(proposal_title)))
        st.caption(ui.tr(f"discuss.side.{argument.side}"))
        st.markdown(ui.plain(argument.text))
        left, right = st.columns(2)
        left.button(
            ui.tr("control.publish"),
            key=f"argument_publish_{argument.id}",
            type="primary",
            on_click=moderate,
            args=(actor, arguments.publish, argument.id),
        )
        right.button(
            ui.tr("control.reject"),
            key=f"argument_reject_{argument.id}",
            on_click=moderate,
            args=(actor, arguments.reject, argument.id),
        )


def moderate(actor: Actor, action: Callable[[Session, Actor, int], object], argument_id: int) -> None:
    """Button callback: publish or reject, keeping any error to show on the next run."""
    try:
        with ui.db_session() as db:
            action(db, actor, argument_id)
    except CouncilError as err:
        st.session_state.argument_error = err
