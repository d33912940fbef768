"""The control room's phase path: 'next' (asking first before the vote starts or closes) and 'back'."""

from collections.abc import Callable

import streamlit as st
from sqlmodel import Session

from council import phase_order, phases, sessions
from council.auth import Actor
from council.errors import CouncilError
from council.models import CouncilSession, Phase
from pages import ui

ASKING = "phase_asking"  # session_state: the phase in which 'next' was clicked and the question is open


def show(actor: Actor, council: CouncilSession) -> None:
    """Where the session is, the buttons that move it, and the question before the vote starts or closes."""
    phase = Phase(council.phase)
    with ui.db_session() as db:
        allowed, why_not = phase_order.can_advance(db, council)
        back_allowed, back_why_not = phases.step_back_verdict(db, actor, council)
        question = phases.confirmation(db, council)
    st.subheader(ui.tr("control.phase"))
    path = (f"**{ui.tr('phase.' + p)}**" if p == phase else ui.tr("phase." + p) for p in phase_order.phases_of(council))
    st.markdown(" → ".join(path))
    st.caption(ui.tr(f"phase_help.{phase}"))
    if st.session_state.get(ASKING) not in (None, phase):
        del st.session_state[ASKING]  # asked in a phase the session has left meanwhile
    following, previous = phase_order.next_phase(council), phase_order.previous_phase(council)
    left, right = st.columns([3, 2], vertical_alignment="center")
    if following is not None and left.button(
        ui.tr("control.next", phase=ui.tr("phase." + following)), key="phase_next", type="primary", disabled=not allowed
    ):
        if question is None:
            move(lambda db: sessions.advance_phase(db, actor, council.id, expected=phase))
        st.session_state[ASKING] = phase
    if previous is not None and right.button(
        ui.tr("control.back", phase=ui.tr("phase." + previous)),
        key="phase_back",
        disabled=not back_allowed,
        help=ui.tr("control.back_help"),
    ):
        move(lambda db: phases.step_back(db, actor, council.id, expected=phase), "phase.stepped_back", previous)
    for reason in (why_not if following and not allowed else "", back_why_not if previous and not back_allowed else ""):
        if reason:
            st.caption(ui.tr(reason))
    if question is not None and st.session_state.get(ASKING) == phase:
        ask(actor, council, question)


def ask(actor: Actor, council: CouncilSession, question: phases.Confirmation) -> None:
    """What starting or closing the vote means, and yes or cancel."""
    following = phase_order.next_phase(council)
    with st.container(border=True, key="phase_confirm_box"):
        st.warning(ui.tr(question.key, **question.values), icon=":material/help:")
        yes, no = st.columns(2)
        if yes.button(ui.tr(f"phase.confirm_button.{following}"), key="phase_confirm", type="primary"):
            st.session_state.pop(ASKING, None)
            move(lambda db: sessions.advance_phase(db, actor, council.id, expected=Phase(council.phase)))
        if no.button(ui.tr("phase.cancel"), key="phase_cancel"):
            st.session_state.pop(ASKING, None)
            st.rerun()


def move(change: Callable[[Session], object], done_key: str = "", phase: Phase | None = None) -> None:
    """Change the phase and redraw the page; or say why not."""
    try:
        with ui.db_session() as db:
            change(db)
    except CouncilError as err:
        ui.show_error(err)
        return
    if done_key:
        ui.flash(done_key, phase=ui.tr(f"phase.{phase}"))
    st.rerun()
